#!/bin/bash
set -e
docker build -t reporter .
