#!/bin/bash
set -e
docker build -t metrics-build -f Dockerfile.build ./src
docker create --name metrics-extract metrics-build
docker cp metrics-extract:/go/src/metrics/metrics ./metrics
docker rm metrics-extract
docker build -t metrics .
