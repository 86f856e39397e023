#!/bin/sh
# Builds the jar in the builder image and copies it out.
set -e

echo "Building the builder image..."
docker build -t helloworld-builder:latest -f Dockerfile.build .
docker create --name extract helloworld-builder:latest
docker cp extract:/app/HelloWorld.jar ./HelloWorld.jar
docker rm -f extract
