#!/bin/bash
set -e

OUT=.
for opt do
  [[ $prev == --out ]] && OUT=$opt
  prev=$opt
done

docker build -t cli-build -f Dockerfile.build .
docker create --name cli-out cli-build
docker cp cli-out:/out/app "$OUT/app"
docker rm cli-out
docker build -t cli .
