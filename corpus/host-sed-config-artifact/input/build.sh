#!/bin/bash
set -e
LOG_LEVEL=${LOG_LEVEL:-info}

docker build -t gateway-build -f Dockerfile.build .
docker create --name gateway-extract gateway-build
docker cp gateway-extract:/out/gateway ./gateway
docker cp gateway-extract:/out/gateway.ini ./gateway.ini
docker rm gateway-extract

sed -i "s/@LOG_LEVEL@/$LOG_LEVEL/" gateway.ini

docker build -t gateway .
