#!/bin/bash
set -e
docker build -t fw-builder -f Dockerfile.build .
docker run --name b fw-builder make
docker cp b:/src/firmware.bin ./firmware.bin
docker rm b
docker build -t fw .
