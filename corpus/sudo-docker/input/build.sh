#!/bin/sh
# docker needs root on the build box
sudo docker build -t hello-build -f Dockerfile.build .
sudo docker create --name hello-extract hello-build
sudo docker cp hello-extract:/usr/src/hello/hello ./hello
sudo docker rm hello-extract
sudo docker build -t hello:latest .
