"""Build the tracker image with the docker SDK: the builder container copies the binary into a
bind-mounted directory of the checkout."""
import os

import docker

OUT = os.path.join(os.getcwd(), "out")

client = docker.from_env()
client.images.build(path=".", dockerfile="Dockerfile.build", tag="tracker-build")
os.makedirs(OUT, exist_ok=True)
client.containers.run(
    "tracker-build",
    ["cp", "/src/bin/tracker", "/out/"],
    volumes={OUT: {"bind": "/out", "mode": "rw"}},
    remove=True,
)
client.images.build(path=".", tag="tracker")
