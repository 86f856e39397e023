#!/bin/sh
set -e
docker build -t probe-builder -f Dockerfile.build .
CID=$(docker run -d -t probe-builder)
docker cp "$CID":/out/probe ./probe
docker rm -f "$CID"
docker build -t probe .
