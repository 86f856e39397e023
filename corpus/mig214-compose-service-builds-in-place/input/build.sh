#!/bin/bash
set -e
docker-compose run --rm build
docker-compose build app
