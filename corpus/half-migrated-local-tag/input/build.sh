#!/bin/bash
set -e
docker build -t gateway-builder -f Dockerfile.build .
docker build -t gateway .
docker rmi gateway-builder
