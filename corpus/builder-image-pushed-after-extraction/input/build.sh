#!/bin/bash
set -e
BUILDER=registry.example.com/ci/vault-agent-builder:latest

docker build -t $BUILDER -f Dockerfile.build .
docker create --name va-extract $BUILDER
docker cp va-extract:/src/vault-agent ./vault-agent
docker rm va-extract
docker build -t vault-agent .

# keep the toolchain image warm for the next pipeline
docker push $BUILDER
