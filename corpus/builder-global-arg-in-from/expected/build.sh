#!/bin/bash
docker build -t tiny . || exit 1
