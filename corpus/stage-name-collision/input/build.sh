#!/bin/bash
set -e

docker build -t server-builder -f Dockerfile.build .
docker create --name server-extract server-builder
docker cp server-extract:/out/server ./server
docker rm server-extract
docker build -t server:latest .
