#!/bin/bash
set -e
VERSION=1.4.2

bash ci/compile.sh "$VERSION"
docker build -t hello:"$VERSION" .
rm -f HelloWorld.jar VERSION
