#!/bin/bash
set -e

docker build -t ledger-builder -f Dockerfile.build .

docker create --name ledger-x ledger-builder
docker cp ledger-x:/dist/ledger ./ledger
docker cp ledger-x:/dist/sql ./sql
docker cp ledger-x:/dist/ledger.conf ./ledger.conf
docker rm ledger-x

docker build -t ledger:latest .
