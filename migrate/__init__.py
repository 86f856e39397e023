"""dockerfile-migrate: turn builder-pattern Docker setups into one multi-stage Dockerfile."""

__version__ = "0.1.0"
