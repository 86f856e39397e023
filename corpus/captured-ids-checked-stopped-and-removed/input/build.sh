#!/bin/sh
# Build the static binary in a throwaway image, then package it small.

docker build -t agent_static -f Dockerfile.build .

CID=`docker run -d -t agent_static`
if [ -z "${CID}" ]
then
  echo "could not start the build container" >&2
  exit 1
fi

docker cp ${CID}:/usr/local/bin/agent ./agent
if [ $? != 0 ]
then
  echo "could not copy the binary out" >&2
  exit 1
fi

docker stop ${CID}
docker rm ${CID}

IMG=`docker images -q agent_static`
if [ -z "${IMG}" ]
then
  echo "could not find the build image" >&2
  exit 1
fi
docker rmi ${IMG}

docker build -t agent -f Dockerfile.run .
if [ $? != 0 ]
then
  echo "runtime image failed" >&2
  exit 1
fi

rm agent
