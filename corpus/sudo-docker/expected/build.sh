#!/bin/sh
# docker needs root on the build box
sudo docker build -t hello:latest .
