#!/bin/bash
set -e
docker build -t tool-build -f Dockerfile.build .
cid=$(docker create tool-build)
mkdir -p rootfs
docker export "$cid" | tar x -C rootfs
docker rm "$cid"
docker build -t tool .
rm -rf rootfs
