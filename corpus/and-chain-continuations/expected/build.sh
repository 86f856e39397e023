#!/bin/sh
# Build the builder, pull the binary out, build the slim image.
docker build -t relay:latest .
