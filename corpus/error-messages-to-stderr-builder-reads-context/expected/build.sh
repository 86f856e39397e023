#!/bin/sh
echo "builder image ready, copying the binary out" >&2
if [ ! -f go.mod ]; then
    printf '%s\n' "go.mod is missing: run from the repository root" 1>&2
    exit 2
fi
echo "building the runtime image" >&2
docker build -t tally .
