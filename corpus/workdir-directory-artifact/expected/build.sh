#!/bin/bash
docker build -t welcome .
