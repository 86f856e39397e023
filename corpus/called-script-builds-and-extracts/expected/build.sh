#!/bin/bash
set -euo pipefail

# Step 2: the runtime image.
docker build -t helloworld:latest .
