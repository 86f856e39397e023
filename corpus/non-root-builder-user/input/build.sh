#!/bin/bash
set -e

docker build -t agent-build -f Dockerfile.build .
docker create --name agent-extract agent-build
docker cp agent-extract:/home/builder/out ./out
docker rm agent-extract
docker build -t agent .
