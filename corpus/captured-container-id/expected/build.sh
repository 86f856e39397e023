#!/bin/bash
set -e

IMAGE_NAME=greeter
TAG=${TAG:-latest}

docker build -t "$IMAGE_NAME:$TAG" .
