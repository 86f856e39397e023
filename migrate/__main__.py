"""Entry point of the `migrate` command and of `python -m migrate`."""


def main() -> None:
    from migrate.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
