#!/bin/sh
set -e
# The toolchain image is built from its own directory, the shipped image from another one.
docker build -t conf-maker toolchain
id=$(docker create conf-maker)
docker cp "$id":/dist/app.conf image/app.conf
docker rm "$id"
docker build -t greeter image
rm image/app.conf
