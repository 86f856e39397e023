#!/bin/sh
set -e
docker build -t hello -f docker/Dockerfile .
