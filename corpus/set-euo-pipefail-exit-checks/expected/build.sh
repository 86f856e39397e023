#!/bin/bash
set -euo pipefail

IMAGE="billing-service"
BUILDER="${IMAGE}-builder"

echo "==> building ${BUILDER}"

echo "==> building ${IMAGE}"
docker build -t "${IMAGE}" . || exit 1
