#!/bin/bash
set -e
VERSION="1.4.2"

docker build --build-arg APP_VERSION="$VERSION" -t stamp-builder -f Dockerfile.build .
docker create --name stamp-out stamp-builder
docker cp stamp-out:/out/stamp stamp
docker cp stamp-out:/out/VERSION VERSION
docker rm stamp-out

docker build -t stamp:$VERSION .
