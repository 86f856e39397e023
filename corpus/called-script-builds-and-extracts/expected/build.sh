#!/bin/bash
set -euo pipefail

# Step 1: the jar, built in a container.

# Step 2: the runtime image.
docker build -t helloworld:latest .
