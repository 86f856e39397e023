#!/bin/bash
set -euo pipefail

REGISTRY="${REGISTRY:-registry.example.com/shop}"
VERSION="$(cat VERSION)"

for svc in api worker; do
  docker build -t "$REGISTRY/$svc:$VERSION" -f "Dockerfile.$svc" .
  docker push "$REGISTRY/$svc:$VERSION"
done
