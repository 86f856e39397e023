#!/bin/sh
set -e
docker build -t server-builder -f Dockerfile.build .
docker create --name server-extract server-builder
mkdir -p bin
docker cp server-extract:/out/server bin/server
docker rm server-extract
docker build -t server .
