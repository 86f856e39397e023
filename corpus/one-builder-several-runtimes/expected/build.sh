#!/bin/bash
set -e

docker build -t cli:alpine -f Dockerfile.alpine .
docker build -t cli:debian -f Dockerfile.debian .
