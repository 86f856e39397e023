#!/bin/sh
set -e
# The toolchain image is built from its own directory, the shipped image from another one.
docker build -t greeter image
