#!/bin/sh
# the same steps as `make image`, for machines without make
docker build -f Dockerfile.build -t chime-build .
docker create --name chime-out chime-build
docker cp chime-out:/opt/bin/chime ./chime
docker rm chime-out
docker rmi chime-build
docker build -t chime .
