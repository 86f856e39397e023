#!/bin/bash
set -e
docker build -t kasse:latest .
