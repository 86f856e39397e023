#!/bin/sh
set -e
# copy the binary out through a bind mount
docker build -t tracker .
