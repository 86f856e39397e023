#!/bin/bash
set -e

mkdir -p build
docker build -t tool-builder -f build.Dockerfile .
c=$(docker create tool-builder)
docker cp $c:/out/. ./build/
docker rm $c

docker build -t tool:latest -f Dockerfile .
