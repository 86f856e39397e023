#!/bin/bash
set -e
docker build -t collector-build -f Dockerfile.build .
docker create --name collector-extract collector-build
docker cp collector-extract:/src/collector ./collector
docker rm collector-extract

# shave the symbols off before packaging
strip --strip-unneeded ./collector

docker build -t collector .
