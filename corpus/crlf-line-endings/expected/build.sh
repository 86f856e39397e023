#!/bin/bash
# Windows checkout: line endings are CRLF

docker build -t tally .
