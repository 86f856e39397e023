#!/usr/bin/env python3
import subprocess

subprocess.run(["docker", "build", "-t", "hello-builder", "-f", "Dockerfile.build", "."], check=True)
ret = subprocess.run(["docker", "create", "hello-builder"], stdout=subprocess.PIPE, check=True)
cid = ret.stdout.decode("utf-8").strip()
subprocess.run(["docker", "cp", cid + ":/app/HelloWorld.jar", "HelloWorld.jar"], check=True)
subprocess.run(["docker", "rm", cid], check=True)
subprocess.run(["docker", "build", "-t", "hello", "."], check=True)
