#!/bin/bash
docker build -f Dockerfile.build -t tiny-builder . || exit 1
docker create --name tiny-extract tiny-builder
docker cp tiny-extract:/app/bin/tiny ./tiny
docker rm tiny-extract
docker build -t tiny . || exit 1
