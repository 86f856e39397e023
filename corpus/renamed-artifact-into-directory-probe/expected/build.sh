#!/bin/bash
docker build -t app-server .
