#!/bin/bash
set -euo pipefail

IMAGE="billing-service"

echo "==> building ${IMAGE}"
docker build -t "${IMAGE}" . || exit 1
