#!/bin/bash
set -e
docker build -t server:latest .
