#!/bin/sh
set -e
docker build -t hello-builder -f Dockerfile.build .
docker create --name extract hello-builder
docker cp extract:/app/HelloWorld.jar docker/HelloWorld.jar
docker rm extract
docker build -t hello docker/
rm docker/HelloWorld.jar
