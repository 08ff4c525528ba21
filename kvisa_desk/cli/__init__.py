"""The command line: `kvisa-desk [GLOBAL OPTIONS] SUBCOMMAND`; with no subcommand, the window."""

from kvisa_desk.cli.main import main

__all__ = ["main"]
