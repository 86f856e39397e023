#!/bin/sh
set -e
docker build -t pinger -f Dockerfile.run .
