#!/bin/sh
set -e

echo "Building the runtime image..."
docker build -t relay .
