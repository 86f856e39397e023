#!/bin/bash
set -e
docker build -t kasse-build -f Dockerfile.build .
docker create --name kasse-tmp kasse-build
docker cp kasse-tmp:/build/kasse.jar kasse.jar
docker rm kasse-tmp
docker build -t kasse:latest .
