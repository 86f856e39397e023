#!/bin/bash
set -e
. ./ci/config.sh

docker build -t "$APP:latest" .
