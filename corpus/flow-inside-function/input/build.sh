#!/bin/bash
set -e

build_release() {
    local tag=$1
    docker build -t meter-build -f Dockerfile.build .
    docker create --name meter-extract meter-build
    docker cp meter-extract:/src/meter ./meter
    docker rm meter-extract
    docker build -t "meter:$tag" .
}

build_release "${1:-latest}"
