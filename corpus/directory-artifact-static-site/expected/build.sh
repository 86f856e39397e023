#!/bin/bash
set -e

echo "Building web image..."
docker build -t site:latest .
