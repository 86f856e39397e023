$ErrorActionPreference = "Stop"
docker build -t helloworld-builder -f Dockerfile.build .
docker create --name extract helloworld-builder
docker cp extract:/app/HelloWorld.jar ./HelloWorld.jar
docker rm -f extract
docker build -t helloworld .
