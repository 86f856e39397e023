#!/bin/bash
set -e

echo "--- building test image"
docker build -t parser-tests -f Dockerfile.test .

echo "--- building builder"
docker build -t parser-builder -f Dockerfile.build .

echo "--- extracting binary"
docker create --name parser-extract parser-builder
docker cp parser-extract:/src/parser ./parser
docker rm parser-extract

echo "--- building runtime image"
docker build -t parser:latest .
echo "--- done"
