#!/bin/bash
IMAGE_NAME="helloworld"
IMAGE_TAG="latest"

echo "Building the runtime image..."
docker build --no-cache -t $IMAGE_NAME:$IMAGE_TAG .
if [ $? -ne 0 ]; then
    echo "Failed to build the runtime image"
    exit 1
fi
