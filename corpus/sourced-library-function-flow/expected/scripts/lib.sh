# Shared settings and steps for the build scripts.
IMAGE=helloworld
