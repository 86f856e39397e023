#!/bin/sh
# Build the builder, pull the binary out, build the slim image.
docker build -t relay-builder -f Dockerfile.build . && \
    docker create --name relay-extract relay-builder && \
    docker cp relay-extract:/go/src/relay/relay ./relay && \
    docker rm relay-extract && \
    docker build -t relay:latest . && \
    rm -f ./relay
