#!/bin/sh
exec /usr/local/bin/worker "$@"
