#!/bin/sh
# compile in the builder image, then put the static binary into a small image

docker build -t probe -f Dockerfile .
