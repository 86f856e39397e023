import subprocess
import sys

VERSION = "2.3.1"

rc = subprocess.call(["docker", "build", "--build-arg", "VERSION=2.3.1", "-t", "stamp:" + VERSION, "."])
sys.exit(rc)
