#!/usr/bin/env python3
"""Build the hello world image with the docker SDK, extracting the jar with tarfile's data filter."""
import io
import tarfile

import docker

client = docker.from_env()
client.images.build(path=".", dockerfile="Dockerfile.build", tag="helloworld-builder")
container = client.containers.create("helloworld-builder")
stream, _ = container.get_archive("/app/HelloWorld.jar")
with tarfile.open(fileobj=io.BytesIO(b"".join(stream))) as tar:
    tar.extractall("dist", filter="data")
container.remove()
client.images.build(path=".", tag="helloworld")
