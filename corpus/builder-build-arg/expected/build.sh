#!/bin/bash
set -e
VERSION="1.4.2"

docker build --build-arg APP_VERSION="$VERSION" -t stamp:$VERSION .
