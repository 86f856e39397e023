#!/bin/bash
set -e
docker build -t gateway .
