#!/bin/bash
set -e
VERSION=1.4.2

bash ci/compile.sh "$VERSION"
docker build --build-arg VERSION=1.4.2 -t hello:"$VERSION" .
