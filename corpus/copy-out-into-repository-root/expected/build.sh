#!/bin/bash
set -euo pipefail

docker build -t board .
