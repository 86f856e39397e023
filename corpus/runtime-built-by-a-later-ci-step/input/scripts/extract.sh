#!/bin/sh
set -e
cd "$(dirname "$0")/.."
docker build -t app-build -f Dockerfile.build .
docker create --name app-out app-build
docker cp app-out:/out/app bin/app
docker rm app-out
