#!/bin/bash
set -e

REGISTRY=registry.example.com/team
GIT_SHA=$(git rev-parse --short HEAD)

docker build -t shortener-build -f Dockerfile.build .
docker create --name shortener-extract shortener-build
docker cp shortener-extract:/src/shortener ./shortener
docker rm shortener-extract

docker build -t "$REGISTRY/shortener:$GIT_SHA" .
docker push "$REGISTRY/shortener:$GIT_SHA"
