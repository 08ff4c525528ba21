"""Argument parsing, dispatch and the exit-status contract shared by every subcommand.

0 success; 1 partly done or a verification failed; 2 unusable input or usage;
3 authentication or permission refused; 4 not found, or a conflict.
"""

from __future__ import annotations

import argparse
import os
import sys

from kvisa_desk import __version__
from kvisa_desk.cli import (
    admin_cmd,
    bundle_cmd,
    cases_cmd,
    checks_cmd,
    db_cmd,
    decisions_cmd,
    demo_cmd,
    documents_cmd,
    exchange_cmd,
    exports_cmd,
    import_cmd,
    letter_certs_cmd,
    report_cmd,
    summary_cmd,
    users_cmd,
)
from kvisa_desk.cli.subcommands import add_subcommands

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from collections.abc import Sequence

    from kvisa_desk.cli.context import CliContext

# Each module adds its subcommands; a later feature adds a module to this tuple. Registering
# imports argparse and the vocabulary only, and a subcommand's parser is built only when it is
# chosen; its handler imports the core it needs when it runs. So `--version` and `--help`
# answer at once (tests/test_cli_imports.py keeps it so).
COMMAND_MODULES = (
    import_cmd,
    cases_cmd,
    documents_cmd,
    checks_cmd,
    admin_cmd,
    users_cmd,
    demo_cmd,
    db_cmd,
    exports_cmd,
    decisions_cmd,
    summary_cmd,
    bundle_cmd,
    report_cmd,
    letter_certs_cmd,
    exchange_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kvisa-desk",
        description="KVisa Desk: K visa case management. Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"kvisa-desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file to use")
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="SQLAlchemy database URL, e.g. postgresql+psycopg://host/db?sslmode=require (env "
        "KVISA_DB_URL)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="acting officer (env KVISA_USER; default: your login)"
    )
    add_subcommands(parser, COMMAND_MODULES, dest="command", metavar="SUBCOMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from kvisa_desk.ui.shell.platform_check import EXIT_CANNOT_START, window_can_start

        if not window_can_start():  # before Qt loads: Qt's own message names the wrong library
            return EXIT_CANNOT_START
        # Qt is loaded only for the window; the sign-in dialog shows before core loads.
        from kvisa_desk.ui.shell.start import run_window

        return int(run_window(args))
    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.logs import configure_logging

    configure_logging()
    return dispatch(CliContext(args))


def dispatch(ctx: CliContext) -> int:
    """Run the chosen subcommand, turning refusals into messages and exit statuses."""
    # Imported here, not with the parser: only a subcommand that runs needs the database.
    from sqlalchemy.exc import DBAPIError

    from kvisa_desk.core.applications.readers import FileRefused
    from kvisa_desk.core.errors import ServiceError, in_plain_words
    from kvisa_desk.store.cipher import DatabaseLocked
    from kvisa_desk.store.engine import InsecureConnection
    from kvisa_desk.store.keyslots import SlotFileError
    from kvisa_desk.store.migrate import DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded

    args = ctx.args
    try:
        ctx.sign_in()
        return int(args.handler(ctx))
    except (
        FileRefused,
        DatabaseTooNew,
        MigrationFailed,
        SchemaUpgradeNeeded,
        InsecureConnection,
    ) as exc:
        ctx.error(f"{getattr(args, 'file', 'kvisa-desk')}: {exc}")
        return 2
    except ServiceError as exc:
        ctx.error(str(exc))
        return exc.exit_code
    except (DatabaseLocked, SlotFileError) as exc:  # an encrypted file nobody could open
        ctx.error(str(exc))
        return 3
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        ctx.error("interrupted: nothing from the unfinished step was written")
        return 130
    except (OSError, DBAPIError) as exc:
        # A full disk, a read-only or locked database, a server that is down: words, no trace.
        plain = in_plain_words(exc)
        if not isinstance(plain, ServiceError):
            raise
        ctx.error(str(plain))
        return plain.exit_code
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
