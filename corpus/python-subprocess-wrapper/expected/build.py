#!/usr/bin/env python3
"""Build the hello world image with the builder pattern."""
import os
import subprocess

IMAGE = "helloworld"
TAG = os.environ.get("TAG", "latest")


def main():
    print("building the runtime image")
    subprocess.run(["docker", "build", "-t", f"{IMAGE}:{TAG}", "."], check=True)


if __name__ == "__main__":
    main()
