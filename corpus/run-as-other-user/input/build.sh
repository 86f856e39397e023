#!/bin/sh
set -e
docker build -t tracker-build -f Dockerfile.build .
mkdir -p out
# copy the binary out through a bind mount
docker run --rm -u 1000 -v "$PWD/out:/out" tracker-build cp /src/bin/tracker /out/
docker build -t tracker .
rm -rf out
