#!/bin/bash
set -e
docker build -t cli-build -f Dockerfile.build .
docker create --name cli-extract cli-build
docker cp cli-extract:/out/cli ./cli
docker rm cli-extract

docker build -t cli:alpine -f Dockerfile.alpine .
docker build -t cli:debian -f Dockerfile.debian .
rm -f cli
