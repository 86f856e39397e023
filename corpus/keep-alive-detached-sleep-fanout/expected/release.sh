#!/bin/bash
# Cross-compile in a throwaway container, then package one image per architecture.
set -e

docker build -t example/relay-arm64 --file docker/Dockerfile.arm64 .
docker build -t example/relay-amd64 --file docker/Dockerfile.amd64 .
