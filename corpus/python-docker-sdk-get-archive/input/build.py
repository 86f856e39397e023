#!/usr/bin/env python3
"""Build the hello world image with the docker SDK: the builder image compiles the jar, the jar is
copied out of a container of it, and the runtime image is built around the jar."""
import io
import os
import shutil
import tarfile

import docker

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")


def main():
    client = docker.from_env()

    print("building the builder image")
    builder, logs = client.images.build(
        path=".",
        dockerfile="Dockerfile.build",
        tag=f"{IMAGE}-builder:{TAG}",
        buildargs={"JAVA_RELEASE": "11"},
    )
    for chunk in logs:
        if "stream" in chunk:
            print(chunk["stream"], end="")

    print("copying the jar out")
    container = client.containers.create(builder)
    stream, stat = container.get_archive("/app/HelloWorld.jar")
    tarfile.open(fileobj=io.BytesIO(b"".join(stream))).extractall("dist")
    container.remove(force=True)

    print("building the runtime image")
    image, _ = client.images.build(
        path=".",
        tag=f"{IMAGE}:{TAG}",
        rm=True,
    )
    print(f"built {image.tags[0]}")

    client.images.remove(f"{IMAGE}-builder:{TAG}")
    shutil.rmtree("dist")


if __name__ == "__main__":
    main()
