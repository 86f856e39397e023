#!/bin/sh
set -e
docker build -t billing-build -f Dockerfile.build .
docker create --name billing-out billing-build
docker cp billing-out:/work/billing.jar ./billing.jar
docker rm billing-out
docker build -t billing .
