#!/bin/sh
# the site is streamed out as a tar and unpacked under web/
set -e
docker build -t web-build -f Dockerfile.build .
docker create --name web-x web-build
mkdir -p web
docker cp web-x:/out/dist - | tar -x -C web
docker rm web-x
docker build -t web .
rm -rf web
