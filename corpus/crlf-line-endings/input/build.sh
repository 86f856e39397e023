#!/bin/bash
# Windows checkout: line endings are CRLF

docker build -t tally-build -f Dockerfile.build .
docker create --name tally-extract tally-build
docker cp tally-extract:/src/tally ./tally
docker rm tally-extract
docker build -t tally .
