#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"

docker build -t hello-builder builder
id=$(docker create hello-builder)
docker cp "$id:/app/HelloWorld.jar" runtime/app.jar
docker rm "$id"

docker build -t hello runtime
rm runtime/app.jar
