#!/bin/sh
set -e

# Compile each service in its own builder image
docker build -t svc-api-build -f api/Dockerfile.build .
docker build -t svc-worker-build -f worker/Dockerfile.build .

# Copy the binaries out
mkdir -p bin
docker create --name svc-api svc-api-build
docker cp svc-api:/out/api bin/api
docker rm svc-api
docker create --name svc-worker svc-worker-build
docker cp svc-worker:/out/worker bin/worker
docker rm svc-worker

docker build -t svc .
