#!/bin/bash
set -e
docker build -t exporter-build -f Dockerfile.build .
docker create --name exporter-extract exporter-build
docker cp exporter-extract:/out/exporter ./exporter
docker rm exporter-extract
docker build -t exporter .
