"""The `tfkata` command's entry point: a Ctrl-C while the kit itself is still loading is one line too
(from then on, tfkata.cli.run says what was interrupted)."""

import sys


def run() -> None:
    try:
        from .cli import run as command
    except KeyboardInterrupt:
        print("tfkata: interrupted (Ctrl-C)", file=sys.stderr)
        sys.exit(130)
    command()
