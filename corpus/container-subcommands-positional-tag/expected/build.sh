#!/bin/bash
# Usage: ./build.sh [tag]
TAG="${1:-latest}"
APP=inventory

docker build -t "${APP}:${TAG}" .
