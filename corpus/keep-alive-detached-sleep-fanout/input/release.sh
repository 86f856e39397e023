#!/bin/bash
# Cross-compile in a throwaway container, then package one image per architecture.
set -e

docker build -t relay-cross --file Dockerfile.cross .
# keep the container up while the binaries are copied out
docker run -d --name relay-hold relay-cross sleep 1h
mkdir -p bin
docker cp relay-hold:/dist/relay-arm64 ./bin/relay-arm64
docker cp relay-hold:/dist/relay-amd64 ./bin/relay-amd64
docker rm -f relay-hold

docker build -t example/relay-arm64 --file docker/Dockerfile.arm64 .
docker build -t example/relay-amd64 --file docker/Dockerfile.amd64 .
