#!/bin/bash
set -e
docker build -t pinger-build -f Dockerfile.build .
docker create --name pinger-extract pinger-build
docker cp pinger-extract:/out/pinger ./pinger
docker rm pinger-extract
docker build -t pinger .
