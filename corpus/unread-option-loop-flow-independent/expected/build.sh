#!/bin/bash
set -e

VERBOSE=0
for opt do
  [[ $opt == -v ]] && VERBOSE=1
done

docker build -t cli .
