#!/bin/bash
set -e
source scripts/lib.sh

build_jar
docker build -t "$IMAGE:latest" .
