#!/bin/bash
set -e

docker build -t agent .
