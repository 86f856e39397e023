#!/bin/bash
set -e
IMAGE_NAME="helloworld"
BUILDER_IMAGE_NAME=$IMAGE_NAME"-builder"
IMAGE_TAG="latest"

echo "Building the builder image..."
docker build -t $BUILDER_IMAGE_NAME:$IMAGE_TAG -f Dockerfile.build .

echo "Extracting the artifact..."
docker create --name extract $BUILDER_IMAGE_NAME:$IMAGE_TAG
docker cp extract:/app/HelloWorld.jar ./HelloWorld.jar
docker rm -f extract

echo "Building the runtime image..."
docker build -t $IMAGE_NAME:$IMAGE_TAG .
docker rmi $BUILDER_IMAGE_NAME:$IMAGE_TAG
