#!/bin/bash
# Build every service image of the monorepo.
set -e
for svc in api worker; do
  echo "== $svc"
  docker build -t "$svc-builder" -f "services/$svc/Dockerfile.build" "services/$svc"
  docker create --name "$svc-extract" "$svc-builder"
  docker cp "$svc-extract:/out/$svc" "services/$svc/$svc"
  docker rm "$svc-extract"
  docker build -t "acme/$svc:latest" "services/$svc"
  rm -f "services/$svc/$svc"
done
