#!/bin/bash
# Build every service image of the monorepo.
set -e
for svc in api worker; do
  echo "== $svc"
  docker build -t "acme/$svc:latest" "services/$svc"
done
