"""The floor of `kvisa-desk cases --json`: the least any program doing that work must do.

`python bench/cli_floor.py DB USER` (password in KVISA_PASSWORD): import SQLAlchemy (the
desk is built on it), verify the officer's Argon2id hash with the parameters the desk uses
(argon2-cffi's PasswordHasher() defaults, as core.accounts hashes; a hash made with any
others is refused), then read the rows `cases --json` prints with plain sqlite3 and print
them the same way. Run as a script by bench/bench_cli.py, so it starts as `kvisa-desk` does.
"""

import json
import os
import sqlite3
import sys

import sqlalchemy  # noqa: F401  (the import is part of the floor)
from argon2 import PasswordHasher

ROWS = """
SELECT cases.id, cases.application_id, cases.post, applicants.surname, applicants.given_names,
       applicants.native_name, applicants.nationality, cases.status, cases.received_at,
       cases.effective_outcome
FROM cases JOIN applicants ON applicants.case_id = cases.id
WHERE cases.id > ? ORDER BY cases.id LIMIT 2000
"""
KEYS = (
    "case_id",
    "application_id",
    "post",
    "surname",
    "given_names",
    "native_name",
    "nationality",
    "status",
    "received_at",
    "outcome",
)


def main(db: str, user: str) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    (stored,) = connection.execute(
        "SELECT password_hash FROM officers WHERE username = ?", (user,)
    ).fetchone()
    hasher = PasswordHasher()
    if hasher.check_needs_rehash(stored):
        raise SystemExit(f"{user}'s hash was not made with the desk's Argon2id parameters")
    hasher.verify(stored, os.environ["KVISA_PASSWORD"])
    out = sys.stdout
    out.write("[")
    last, index = 0, 0
    while True:
        rows = connection.execute(ROWS, (last,)).fetchall()
        for row in rows:
            values = (f"C{row[0]:07d}", *row[1:])
            out.write(("," if index else "") + "\n  ")
            out.write(json.dumps(dict(zip(KEYS, values, strict=True)), ensure_ascii=False))
            index += 1
        if len(rows) < 2000:
            break
        last = rows[-1][0]
    out.write("\n]\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
