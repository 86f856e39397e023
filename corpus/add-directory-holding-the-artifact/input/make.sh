#!/bin/bash
set -e
docker build -t plugin-build -f Dockerfile.build .
mkdir -p build
docker create --name plugin-out plugin-build
docker cp plugin-out:/out/app build/plugin
docker rm plugin-out
docker build -t plugin -f Dockerfile.run .
