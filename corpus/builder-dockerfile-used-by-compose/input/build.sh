#!/bin/sh
set -e
docker build -t mailer-build -f Dockerfile.build .
docker create --name mailer-extract mailer-build
docker cp mailer-extract:/src/mailer ./mailer
docker rm mailer-extract
docker build -t mailer .
