"""Entry point of the `migrate` command and of `python -m migrate`."""

import gc


def main() -> None:
    # Start-up makes many long-lived objects and no garbage (typer, then the modules the command imports):
    # the collector would walk them over and over for nothing. It is paused until the command has what it
    # runs (migrate.cli.loaded()).
    gc.disable()
    from migrate.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
