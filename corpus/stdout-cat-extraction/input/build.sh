#!/bin/bash
set -e
docker build -t probe-build -f Dockerfile.build .
docker run --rm probe-build cat /build/probe > probe
docker build -t probe .
rm probe
