#!/bin/bash
set -eu

DOCKER=${DOCKER:-docker}
NAME=webhook-relay
VERSION=${VERSION:-0.3.0}

$DOCKER build -t $NAME:$VERSION .
