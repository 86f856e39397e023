#!/bin/sh
set -e

echo "Building the builder image..."
docker build -t relay-build -f Dockerfile.build .

# The container's CMD copies the binary into the volume, which is ./dist on the host
mkdir -p dist
docker run --rm -v "$PWD/dist:/dist" relay-build

echo "Building the runtime image..."
docker build -t relay .
rm -rf dist # the binary is in the image now
