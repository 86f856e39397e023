#!/bin/bash
# Usage: ./build.sh [tag]
TAG="${1:-latest}"
APP=inventory

docker build -f Dockerfile.build -t "${APP}-build:${TAG}" .

CID=$(docker container create "${APP}-build:${TAG}")
docker container cp "${CID}:/build/app.jar" .
docker container rm "${CID}"

docker build -t "${APP}:${TAG}" .
docker image rm "${APP}-build:${TAG}"
