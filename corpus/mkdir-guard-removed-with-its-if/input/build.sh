#!/usr/bin/env bash
REV=dev

if [ ! -d "$(pwd)/dist" ]; then
    mkdir "$(pwd)/dist"
fi

docker build -t greeter-build:$REV -f Dockerfile.build .
docker run --rm -v "$(pwd)/dist:/export" greeter-build:$REV
docker image rm greeter-build:$REV
docker build -t greeter:$REV .
