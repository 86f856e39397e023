#!/bin/bash
set -e
docker build -t pinger .
