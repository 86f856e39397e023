import os
import subprocess
import sys

VERSION = "2.3.1"

os.system("docker build --build-arg VERSION=2.3.1 -t stamp-builder -f Dockerfile.build .")
subprocess.check_call("docker create --name stamp-x stamp-builder", shell=True)
subprocess.check_call(["docker", "cp", "stamp-x:/out/stamp", "./stamp"])
subprocess.check_call(["docker", "rm", "stamp-x"])
rc = subprocess.call(["docker", "build", "-t", "stamp:" + VERSION, "."])
sys.exit(rc)
