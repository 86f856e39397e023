#!/bin/bash
docker build -t hello-build -f Dockerfile.build .
docker run hello-build > app.tar.gz
docker build -t hello -f Dockerfile.run .
