#!/bin/bash
set -e
docker build -t scanner-build -f Dockerfile.build .
docker create --name scanner-x scanner-build
docker cp scanner-x:/src/scanner ./scanner
docker cp scanner-x:/src/report.xml ./report.xml
docker rm scanner-x
docker build -t scanner .
