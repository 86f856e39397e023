#!/bin/bash
IMAGE=ticker

echo "Building $IMAGE builder...
docker build -t $IMAGE-build -f Dockerfile.build .
docker create --name $IMAGE-extract $IMAGE-build
docker cp $IMAGE-extract:/src/ticker ./ticker
docker rm $IMAGE-extract
docker build -t $IMAGE .
