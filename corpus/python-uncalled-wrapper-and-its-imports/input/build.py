#!/usr/bin/env python3
"""Build the hello world image: the jar is compiled in a builder image and copied out of a container."""
import os
import subprocess
from subprocess import check_call

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")


# run one command; a failure stops the build
def sh(*args):
    check_call(args)


def main():
    print("building the builder image")
    sh("docker", "build", "-t", f"{IMAGE}-builder:{TAG}", "-f", "Dockerfile.build", ".")

    print("copying the jar out")
    sh("docker", "create", "--name", f"{IMAGE}-extract", f"{IMAGE}-builder:{TAG}")
    sh("docker", "cp", f"{IMAGE}-extract:/app/HelloWorld.jar", "HelloWorld.jar")
    sh("docker", "rm", f"{IMAGE}-extract")

    print("building the runtime image")
    subprocess.run(["docker", "build", "-t", f"{IMAGE}:{TAG}", "."], check=True)


if __name__ == "__main__":
    main()
