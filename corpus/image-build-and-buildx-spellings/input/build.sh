#!/bin/bash
set -e
docker image build -t calc-build -f Dockerfile.build .
docker create --name calc-extract calc-build
docker cp calc-extract:/src/calc ./calc
docker rm calc-extract
docker buildx build -t calc:latest .
docker image rm calc-build
