#!/usr/bin/env bash
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$DIR"

TAG=latest
while [[ $# -gt 0 ]]; do
  case "$1" in
    -t|--tag) TAG="$2"; shift 2;;
    *) echo "unknown $1"; exit 1;;
  esac
done

docker build -t app-builder -f Dockerfile.build .
docker create --name app-extract app-builder
docker cp app-extract:/out/app ./app
docker rm app-extract
docker build -t "app:${TAG}" .
rm -f app
