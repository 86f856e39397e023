#!/bin/bash
set -euo pipefail
docker build -t site:latest .
