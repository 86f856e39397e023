#!/bin/bash
set -e
OUT=../out

docker build -t syncd-build -f Dockerfile.build .
docker create --name syncd-extract syncd-build
mkdir -p "$OUT"
docker cp syncd-extract:/src/syncd "$OUT/syncd"
docker rm syncd-extract

docker build -t syncd -f Dockerfile "$OUT"
