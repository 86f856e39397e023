#!/usr/bin/env bash
# Compile in the builder image and copy the results out.
# usage: ci/compile.sh VERSION
set -eu
cd "$(dirname "$0")/.."

mkdir -p reports
date -u > reports/compiled-at.txt
