#!/bin/bash
set -e

echo "Building site..."
docker build -t site-builder -f Dockerfile.build .

rm -rf dist
docker create --name extract site-builder
docker cp extract:/src/dist ./dist
docker rm extract

echo "Building web image..."
docker build -t site:latest .
