#!/bin/sh
set -e

docker build -t web:latest .
