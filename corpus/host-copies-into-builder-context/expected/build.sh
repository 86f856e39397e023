#!/bin/sh
set -e
# the builder stamps the jar with the release version
cp config/version.txt builder/version.txt
docker build -t hello .
