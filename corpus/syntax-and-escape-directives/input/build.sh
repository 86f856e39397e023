#!/bin/bash
set -e
docker build -t reporter-build -f Dockerfile.build .
docker create --name reporter-extract reporter-build
docker cp reporter-extract:/out/reporter ./reporter
docker rm reporter-extract
docker build -t reporter .
