"""`kvisa-desk letters-cert generate|import|show|remove`: the certificate that signs letters.

Administrators set up a post's letter certificate: `import FILE.p12` for the certificate
the post's authority issued (run it on every computer that issues letters: the key stays
on the computer, the certificate goes into the database), or `generate` for a self-signed
one (demo and test databases). The passphrase comes from KVISA_LETTER_KEY_PASSPHRASE,
standard input (`--passphrase-stdin`) or a prompt; it is never printed or logged.
"""

from __future__ import annotations

import os
import sys

from kvisa_desk.cli.options import path
from kvisa_desk.vocab import DEFAULT_POST

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.decisions.letter_certs import PostCertificate

_MAX_P12_BYTES = 1024 * 1024  # a PKCS#12 file with a chain is a few kilobytes


def register(subcommands: Any) -> None:
    certs = subcommands.add_parser(
        "letters-cert",
        help="the post's certificate that signs decision letters (PAdES)",
        description="Letters of a post with a certificate are signed when issued, so any "
        "PDF reader shows them signed; verify-letter checks the signature.",
    )
    actions = certs.add_subparsers(dest="certs_action", metavar="ACTION", required=True)
    generate = actions.add_parser(
        "generate", help="make a self-signed certificate for a post (demo and test databases)"
    )
    generate.add_argument(
        "--post", default=DEFAULT_POST, help=f"post code (default {DEFAULT_POST})"
    )
    generate.add_argument("--days", type=int, default=3650, help="validity (default 3650)")
    generate.add_argument("--name", help="the certificate's common name")
    generate.add_argument("--replace", action="store_true", help="replace the post's certificate")
    generate.set_defaults(handler=run_generate)
    load = actions.add_parser(
        "import", help="use the key and certificate in a PKCS#12 file for a post's letters"
    )
    load.add_argument("file", type=path, metavar="FILE.p12")
    load.add_argument("--post", default=DEFAULT_POST, help=f"post code (default {DEFAULT_POST})")
    load.add_argument(
        "--passphrase-stdin", action="store_true", help="read the file's passphrase from stdin"
    )
    load.add_argument("--replace", action="store_true", help="replace the post's certificate")
    load.set_defaults(handler=run_import)
    show = actions.add_parser("show", help="each post's certificate and whether its key is here")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    remove = actions.add_parser("remove", help="issue a post's letters unsigned from now on")
    remove.add_argument("--post", default=DEFAULT_POST, help=f"post code (default {DEFAULT_POST})")
    remove.set_defaults(handler=run_remove)


def _print(ctx: CliContext, cert: PostCertificate, verb: str) -> None:
    info = cert.info
    print(
        f"{cert.post}: {verb} {info.subject}\n"
        f"  SHA-256 fingerprint {info.fingerprint}\n"
        f"  valid {info.not_before:%Y-%m-%d} to {info.not_after:%Y-%m-%d}; installed by "
        f"{cert.installed_by} {cert.installed_at:%Y-%m-%d %H:%M}\n"
        f"  key on this computer: {cert.key_file if cert.key_here else 'no'}",
        file=ctx.out,
    )


def run_generate(ctx: CliContext) -> int:
    from kvisa_desk.core.decisions.letter_certs import generate_certificate

    a = ctx.args
    cert = generate_certificate(
        ctx.db, ctx.actor, a.post, days=a.days, name=a.name, replace=a.replace
    )
    _print(ctx, cert, "letters are signed with")
    return 0


def _read_passphrase(ctx: CliContext) -> bytes:
    import getpass

    from kvisa_desk.core.decisions.letter_certs import ENV_PASSPHRASE
    from kvisa_desk.core.errors import InvalidInput

    from_env = os.environ.get(ENV_PASSPHRASE)
    if ctx.args.passphrase_stdin:
        return sys.stdin.buffer.readline().rstrip(b"\r\n")
    if from_env is not None:
        return from_env.encode("utf-8")
    if sys.stdin.isatty():
        return getpass.getpass(f"Passphrase of {ctx.args.file.name}: ").encode("utf-8")
    raise InvalidInput(
        f"give the file's passphrase with --passphrase-stdin or {ENV_PASSPHRASE}, "
        "or run in a terminal"
    )


def run_import(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.decisions.letter_certs import import_certificate

    a = ctx.args
    ctx.require(Permission.DATABASE)  # before the file and the passphrase are read
    try:
        if a.file.stat().st_size > _MAX_P12_BYTES:
            ctx.error(f"{a.file}: far too large to be a PKCS#12 file")
            return 2
        data = a.file.read_bytes()
    except OSError as exc:
        ctx.error(f"{a.file}: cannot be read ({exc.strerror or exc})")
        return 2
    cert = import_certificate(
        ctx.db, ctx.actor, a.post, data, _read_passphrase(ctx), replace=a.replace
    )
    _print(ctx, cert, "letters are signed with")
    return 0


def run_show(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.decisions.letter_certs import post_certificates

    found = post_certificates(ctx.db, ctx.actor)
    if ctx.args.json:
        ctx.out.write(json.dumps([c.to_json() for c in found], ensure_ascii=False) + "\n")
        return 0
    if not found:
        print("no post signs its letters: they are issued unsigned", file=ctx.out)
    for cert in found:
        _print(ctx, cert, "letters are signed with")
    return 0


def run_remove(ctx: CliContext) -> int:
    from kvisa_desk.core.decisions.letter_certs import remove_certificate

    info = remove_certificate(ctx.db, ctx.actor, ctx.args.post)
    print(
        f"{ctx.args.post.upper()}: letters are issued unsigned from now on (was {info.subject}, "
        f"{info.fingerprint[:16]}); letters signed before still verify",
        file=ctx.out,
    )
    return 0
