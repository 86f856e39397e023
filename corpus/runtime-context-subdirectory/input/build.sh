#!/bin/bash
set -e
docker build -t agent-build -f Dockerfile.build .
docker create --name agent-x agent-build
docker cp agent-x:/out/agent docker/agent
docker rm agent-x
docker build -t agent docker
