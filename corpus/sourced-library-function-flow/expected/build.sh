#!/bin/bash
set -e
source scripts/lib.sh

docker build -t "$IMAGE:latest" .
