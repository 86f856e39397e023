#!/bin/bash
set -euo pipefail

IMAGE="billing-service"
BUILDER="${IMAGE}-builder"

echo "==> building ${BUILDER}"
docker build -f Dockerfile.build -t "${BUILDER}" . || exit 1

docker create --name billing-extract "${BUILDER}" || exit 1
docker cp billing-extract:/workspace/target/app-1.0.jar ./app-1.0.jar || exit 1
docker rm billing-extract

echo "==> building ${IMAGE}"
docker build -t "${IMAGE}" . || exit 1
rm -f app-1.0.jar
