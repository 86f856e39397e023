#!/bin/sh
# Build the compiler image under a fresh tag, print the binary out of it, then package it.
set -e
STAMP=$(date +%Y%m%d%H%M%S)

docker build -t $STAMP -f Dockerfile.build .
docker run --rm $STAMP cat /out/app > app
chmod 755 app
docker build -t greeter .
rm -f app
