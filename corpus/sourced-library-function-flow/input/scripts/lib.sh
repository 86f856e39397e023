# Shared settings and steps for the build scripts.
IMAGE=helloworld

build_jar() {
    docker build -t "$IMAGE-builder" -f Dockerfile.build .
    docker create --name "$IMAGE-x" "$IMAGE-builder"
    docker cp "$IMAGE-x:/app/HelloWorld.jar" HelloWorld.jar
    docker rm "$IMAGE-x"
}
