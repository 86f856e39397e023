#!/bin/bash
docker build -t app-build -f Dockerfile.build .
docker create --name c app-build
docker cp c:/go/bin/app ./server
docker rm c
docker build -t app-server .
