#!/bin/sh
set -e
TAG=${1:-dev}
docker build -t quote:$TAG .
