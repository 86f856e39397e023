#!/bin/bash
set -e

docker build -t ledger:latest .
