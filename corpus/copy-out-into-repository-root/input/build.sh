#!/bin/bash
set -euo pipefail

docker build -t board-build -f Dockerfile.build .
docker create --name pack board-build
docker cp pack:/dist/. .
docker rm pack
docker build -t board .
