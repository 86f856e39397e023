#!/bin/sh
set -e
# the builder stamps the jar with the release version
cp config/version.txt builder/version.txt
docker build -t hello-builder builder
docker create --name x hello-builder
docker cp x:/app/HelloWorld.jar HelloWorld.jar
docker rm x
rm builder/version.txt
docker build -t hello .
rm HelloWorld.jar
