#!/bin/bash
set -e

if [ "${SKIP_BUILDER:-0}" != "1" ]; then
  docker build -t indexer-build -f Dockerfile.build .
  docker create --name indexer-extract indexer-build
  docker cp indexer-extract:/src/indexer ./indexer
  docker rm indexer-extract
fi

docker build -t indexer .
