#!/bin/bash
set -e
docker build -t plugin -f Dockerfile.run .
