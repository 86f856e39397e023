#!/bin/sh
set -e
docker build -t pinger-build .
docker create --name pinger-tmp pinger-build
docker cp pinger-tmp:/go/src/pinger/pinger .
docker rm pinger-tmp
docker build -t pinger -f Dockerfile.run .
