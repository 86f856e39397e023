"""Build the tracker image with the docker SDK: the builder container copies the binary into a
bind-mounted directory of the checkout."""

import docker

client = docker.from_env()
client.images.build(path=".", tag="tracker")
