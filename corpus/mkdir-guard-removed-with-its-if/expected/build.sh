#!/usr/bin/env bash
REV=dev

docker build -t greeter:$REV .
