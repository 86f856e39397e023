#!/usr/bin/env python3
import subprocess

subprocess.run(["docker", "build", "-t", "hello", "."], check=True)
