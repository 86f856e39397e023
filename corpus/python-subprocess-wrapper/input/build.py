#!/usr/bin/env python3
"""Build the hello world image with the builder pattern."""
import os
import subprocess

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")
BUILDER = f"{IMAGE}-builder"


def sh(*args):
    subprocess.run(args, check=True)


def main():
    sh("docker", "build", "-t", f"{BUILDER}:{TAG}", "-f", "Dockerfile.build", ".")
    cid = subprocess.check_output(["docker", "create", f"{BUILDER}:{TAG}"]).decode().strip()
    subprocess.run(["docker", "cp", f"{cid}:/app/HelloWorld.jar", "HelloWorld.jar"], check=True)
    subprocess.run(["docker", "rm", cid], check=True)
    print("building the runtime image")
    subprocess.run(["docker", "build", "-t", f"{IMAGE}:{TAG}", "."], check=True)
    os.remove("HelloWorld.jar")


if __name__ == "__main__":
    main()
