#!/bin/bash
set -euo pipefail
docker build -t site-builder -f Dockerfile.build .
mkdir -p dist
docker run --rm -v "$(pwd)/dist:/dist" site-builder
docker build -t site:latest .
