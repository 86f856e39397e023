#!/bin/bash
set -e
docker build -t server-builder -f Dockerfile.build .
docker create --name server-extract server-builder
docker cp server-extract:/home/app/bin/server ./server
docker rm server-extract
docker build -t server:latest .
docker rmi server-builder
rm -f server
