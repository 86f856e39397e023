#!/bin/sh
exec java -jar /app/HelloWorld.jar
