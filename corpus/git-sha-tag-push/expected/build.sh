#!/bin/bash
set -e

REGISTRY=registry.example.com/team
GIT_SHA=$(git rev-parse --short HEAD)

docker build -t "$REGISTRY/shortener:$GIT_SHA" .
docker push "$REGISTRY/shortener:$GIT_SHA"
