#!/bin/bash
set -e

build_release() {
    local tag=$1
    docker build -t "meter:$tag" .
}

build_release "${1:-latest}"
