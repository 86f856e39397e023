#!/usr/bin/env bash
# Compile in the builder image and copy the results out.
# usage: ci/compile.sh VERSION
set -eu
cd "$(dirname "$0")/.."

version="$1"
mkdir -p reports
date -u > reports/compiled-at.txt

docker build --build-arg VERSION="$version" -t hello-builder -f Dockerfile.build .
cid=$(docker create hello-builder)
docker cp "$cid":/app/HelloWorld.jar HelloWorld.jar
docker cp "$cid":/app/VERSION VERSION
docker rm "$cid"
