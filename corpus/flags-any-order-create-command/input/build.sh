#!/bin/bash
# builds the report generator image

IMG=reportgen

docker build . -t $IMG-build -f Dockerfile.build
if [ $? != 0 ]; then
	echo "builder image failed" >&2
	exit 1
fi

docker create --name=reportgen-tmp $IMG-build .
docker cp reportgen-tmp:/opt/build/reportgen.jar reportgen.jar
docker rm -f reportgen-tmp

docker build . --tag $IMG -f Dockerfile
if [ $? != 0 ]; then
	echo "runtime image failed" >&2
	exit 1
fi
docker rmi $IMG-build
