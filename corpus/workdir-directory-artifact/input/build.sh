#!/bin/bash
docker build -t welcome-build -f Dockerfile.build .
docker create --name welcome-extract welcome-build
docker cp welcome-extract:/go/src/welcome ./welcome
docker rm welcome-extract
docker build -t welcome .
rm -rf ./welcome
