#!/bin/sh
docker build -t worker-build -f Dockerfile.build . || exit 1
docker create --name worker-extract worker-build
docker cp worker-extract:/out/worker ./worker
docker cp worker-extract:/out/run.sh ./run.sh
docker rm worker-extract
chmod +x run.sh
docker build -t worker . || exit 1
