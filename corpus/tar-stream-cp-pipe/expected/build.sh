#!/bin/sh
# the site is streamed out as a tar and unpacked under web/
set -e
docker build -t web .
