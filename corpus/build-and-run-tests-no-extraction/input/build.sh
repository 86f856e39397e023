#!/bin/bash
set -e
docker build -t calc-test -f Dockerfile.test .
docker run --rm calc-test
docker build -t calc .
