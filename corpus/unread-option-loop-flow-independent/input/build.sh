#!/bin/bash
set -e

VERBOSE=0
for opt do
  [[ $opt == -v ]] && VERBOSE=1
done

docker build -t cli-build -f Dockerfile.build .
docker create --name cli-out cli-build
docker cp cli-out:/out/app ./app
docker rm cli-out
docker build -t cli .
