#!/bin/bash
set -e

echo "--- building test image"
docker build -t parser-tests -f Dockerfile.test .

echo "--- building runtime image"
docker build -t parser:latest .
echo "--- done"
