#!/bin/bash
set -e
VERSION=${VERSION:-devbuild}
docker build --build-arg VERSION="$VERSION" -t stamp .
