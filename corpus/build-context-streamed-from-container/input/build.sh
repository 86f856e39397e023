#!/bin/sh
set -e
docker build -t hello-builder -f Dockerfile.ctx .
docker run --rm hello-builder | docker build -t hello -
