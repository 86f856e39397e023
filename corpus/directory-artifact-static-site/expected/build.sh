#!/bin/bash
set -e

echo "Building site..."

echo "Building web image..."
docker build -t site:latest .
