#!/bin/bash
set -euo pipefail

# The jar is rebuilt unless the caller already has one.
if [ ! -f HelloWorld.jar ]; then
    ./scripts/build-builder.sh
fi

docker build -t helloworld:latest .
