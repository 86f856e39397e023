#!/bin/sh
# Produce the release binaries; attach dist/* to the GitHub release afterwards.
set -e
docker build -t tally-release -f Dockerfile.release .
docker create --name tally-out tally-release
mkdir -p dist
docker cp tally-out:/release/tally-linux dist/
docker cp tally-out:/release/tally-darwin dist/
docker rm tally-out
ls -l dist
