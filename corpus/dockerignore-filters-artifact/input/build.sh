#!/bin/bash
set -e
rm -rf dist
docker build -t widget-build -f Dockerfile.build .
docker create --name widget-extract widget-build
docker cp widget-extract:/app/dist ./dist
docker rm widget-extract
docker build -t widget .
