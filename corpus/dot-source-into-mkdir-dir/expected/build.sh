#!/bin/bash
set -e

docker build -t tool:latest -f Dockerfile .
