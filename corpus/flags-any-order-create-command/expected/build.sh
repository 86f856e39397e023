#!/bin/bash
# builds the report generator image

IMG=reportgen

docker build . --tag $IMG -f Dockerfile
if [ $? != 0 ]; then
	echo "runtime image failed" >&2
	exit 1
fi
