#!/bin/sh
# compile in the builder image, then put the static binary into a small image

docker build -t probe-builder -f Dockerfile.build .

CID=$(docker run -d -t probe-builder)

docker cp "$CID":/usr/local/bin/probe ./probe
if [ $? != 0 ]; then
  echo "could not copy the probe binary" >&2
  exit 1
fi

docker rm -f "$CID"

docker build -t probe -f Dockerfile .
rm probe
