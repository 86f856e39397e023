"""dockerfile-migrate: turn builder-pattern Docker setups into one multi-stage Dockerfile."""

from migrate import dataclass_boot as _dataclass_boot

__version__ = "0.1.0"

_dataclass_boot.install()  # before any module of the package defines a dataclass
