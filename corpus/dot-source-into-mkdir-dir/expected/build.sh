#!/bin/bash
set -e

docker rm $c

docker build -t tool:latest -f Dockerfile .
