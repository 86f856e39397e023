#!/bin/bash
docker build -t server-build -f Dockerfile.build .
docker create --name extract server-build
docker cp extract:/app/bin/server out/
docker rm extract
docker build -t server -f Dockerfile .
