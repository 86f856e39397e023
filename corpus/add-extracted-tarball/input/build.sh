#!/bin/bash
set -e
docker build -t webroot-build -f Dockerfile.build .
docker create --name webroot-extract webroot-build
docker cp webroot-extract:/out/webroot.tar.gz ./webroot.tar.gz
docker rm webroot-extract
docker build -t webroot .
rm -f webroot.tar.gz
