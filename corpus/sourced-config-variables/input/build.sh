#!/bin/bash
set -e
. ./ci/config.sh

docker build -t "$BUILDER_IMAGE" -f Dockerfile.build .
cid=$(docker create "$BUILDER_IMAGE")
docker cp "$cid:$ARTIFACT" "./$APP"
docker rm "$cid"
docker build -t "$APP:latest" .
rm -f "./$APP"
