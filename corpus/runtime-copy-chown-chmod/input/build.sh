#!/bin/bash
set -e

docker build -t notifier-build -f Dockerfile.build .
CONTAINER=$(docker create notifier-build)
docker cp $CONTAINER:/out/notifier notifier
docker cp $CONTAINER:/out/healthcheck healthcheck
docker rm $CONTAINER

docker build -t notifier .
rm -f notifier healthcheck
