#!/bin/bash
set -e
VERSION=${VERSION:-devbuild}
docker build -t stamp-build -f Dockerfile.build .
docker run --name stamp-out -e VERSION="$VERSION" stamp-build sh -c 'mkdir -p /out && echo "$VERSION" > /out/version'
docker cp stamp-out:/out/version version
docker rm stamp-out
docker build -t stamp .
