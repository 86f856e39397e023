#!/bin/bash
set -e
docker build -t agent -f docker/Dockerfile .
