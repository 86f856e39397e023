#!/bin/bash
set -e

IMAGE_NAME=greeter
BUILDER_IMAGE=$IMAGE_NAME"-builder"
TAG=${TAG:-latest}

docker build -t "$BUILDER_IMAGE:$TAG" -f Dockerfile.build .

id=$(docker create "$BUILDER_IMAGE:$TAG")
docker cp "$id":/out/greeter ./greeter
docker rm -v "$id"

docker build -t "$IMAGE_NAME:$TAG" .
rm -f greeter
