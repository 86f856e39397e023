#!/bin/bash
set -e

docker rm $CONTAINER

docker build -t notifier .
