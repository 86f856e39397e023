#!/bin/sh
# Build the static binary in a throwaway image, then package it small.

docker build -t agent -f Dockerfile.run .
if [ $? != 0 ]
then
  echo "runtime image failed" >&2
  exit 1
fi
