#!/bin/bash
set -e
docker build -t tool .
