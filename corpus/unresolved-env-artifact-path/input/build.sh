#!/bin/bash
# ARTIFACT_PATH is exported by the CI job, e.g. /build/app.jar
docker build -t app-build -f Dockerfile.build .
docker create --name c app-build
docker cp c:$ARTIFACT_PATH .
docker rm c
docker build -t app .
