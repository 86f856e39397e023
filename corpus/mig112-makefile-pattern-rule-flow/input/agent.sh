#!/bin/sh
echo agent running
