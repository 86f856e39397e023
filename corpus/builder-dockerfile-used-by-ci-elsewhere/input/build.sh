#!/bin/bash
IMAGE_NAME="helloworld"
BUILDER_IMAGE_NAME=$IMAGE_NAME"-builder"
IMAGE_TAG="latest"

echo "Building the builder image..."
docker build -t $BUILDER_IMAGE_NAME:$IMAGE_TAG -f Dockerfile.build .
if [ $? -ne 0 ]; then
    echo "Failed to build the builder image"
    exit 1
fi

echo "Extracting the artifact..."
docker create --name extract $BUILDER_IMAGE_NAME:$IMAGE_TAG
docker cp extract:/app/HelloWorld.jar ./HelloWorld.jar
docker rm -f extract

echo "Building the runtime image..."
docker build --no-cache -t $IMAGE_NAME:$IMAGE_TAG .
if [ $? -ne 0 ]; then
    echo "Failed to build the runtime image"
    exit 1
fi

docker rmi $BUILDER_IMAGE_NAME:$IMAGE_TAG
rm ./HelloWorld.jar
