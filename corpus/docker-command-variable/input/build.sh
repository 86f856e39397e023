#!/bin/bash
set -eu

DOCKER=${DOCKER:-docker}
NAME=webhook-relay
VERSION=${VERSION:-0.3.0}

$DOCKER build -f Dockerfile.build -t $NAME-build:$VERSION .
$DOCKER create --name $NAME-extract $NAME-build:$VERSION
rm -rf dist
$DOCKER cp $NAME-extract:/usr/src/app/dist ./dist
$DOCKER rm $NAME-extract
$DOCKER build -t $NAME:$VERSION .
