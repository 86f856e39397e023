#!/bin/bash
set -e

docker build --target build -t api-build -f Dockerfile.build .
docker create --name api-extract api-build
docker cp api-extract:/bin/api ./api
docker rm api-extract
docker build -t api .
