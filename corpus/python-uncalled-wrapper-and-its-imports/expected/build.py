#!/usr/bin/env python3
"""Build the hello world image: the jar is compiled in a builder image and copied out of a container."""
import os
import subprocess

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")


def main():
    print("building the runtime image")
    subprocess.run(["docker", "build", "-t", f"{IMAGE}:{TAG}", "."], check=True)


if __name__ == "__main__":
    main()
