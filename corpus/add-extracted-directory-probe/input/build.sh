#!/bin/sh
set -e

docker build -t web-builder -f Dockerfile.build .

rm -rf build
docker create --name web-extract web-builder
docker cp web-extract:/usr/src/app/build ./build
docker rm web-extract

docker build -t web:latest .
