#!/bin/bash
set -e
docker build -t site-render -f Dockerfile.build .
id=$(docker create site-render)
docker start -ai "$id"
docker cp "$id":/work/public ./public
docker rm "$id"
docker build -t site .
