#!/bin/sh
set -e
docker build -t svc-build -f Dockerfile.build .
docker create --name svc-x svc-build
docker cp svc-x:/app/dist ./dist
docker rm svc-x
docker build -t svc .
rm -rf dist
