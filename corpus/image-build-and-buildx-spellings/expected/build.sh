#!/bin/bash
set -e
docker buildx build -t calc:latest .
