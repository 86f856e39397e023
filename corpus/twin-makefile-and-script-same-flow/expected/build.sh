#!/bin/sh
# the same steps as `make image`, for machines without make
docker build -t chime .
