#!/bin/sh
docker build -t tally-build -f Dockerfile.build .
echo "builder image ready, copying the binary out" >&2
docker create --name tally-tmp tally-build
docker cp tally-tmp:/src/tally ./tally
docker rm tally-tmp
if [ ! -f go.mod ]; then
    printf '%s\n' "go.mod is missing: run from the repository root" 1>&2
    exit 2
fi
echo "building the runtime image" >&2
docker build -t tally .
