#!/bin/sh
set -e
docker build -t ledger-build -f ./Dockerfile.build .
docker create --name ledger-out ledger-build
docker cp ledger-out:/srv/out/ ./out/
docker rm ledger-out
docker build -t ledger .
