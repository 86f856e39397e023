"""Entry point of the `migrate` command and of `python -m migrate`."""


def main() -> None:
    import sys

    if not sys.flags.utf8_mode and sys.getfilesystemencoding().lower().replace("-", "") != "utf8":
        # Paths named in the files are read as UTF-8; under a Latin-1 locale Python would ask the file system for
        # other bytes (`café` as b"caf\xe9") and miss every non-ASCII path. Run again in Python's UTF-8 mode
        # (the arguments go back as the bytes they came as).
        import os

        os.execv(sys.executable, [sys.executable, "-X", "utf8", "-m", "migrate", *sys.argv[1:]])
    from migrate.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
