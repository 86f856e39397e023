"""The method texts of the package's dataclasses, one module a Python version (`py311` for Python 3.11),
served by migrate/dataclass_boot.py and written by `python -m migrate.dataclass_table` under that version."""
