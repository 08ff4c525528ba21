"""Write resources/examples/decisions/: two example batches from a demo database.

Run again when the decision format changes:
    PYTHONPATH=. .venv/bin/python tests/exchange/make_examples.py

A throwaway database gets the demo cases and, at post LON, one decision of each kind
(approval, refusal, request for documents, interview) and a withdrawal, exported as batch
1; then a corrected approval letter, exported as batch 2. The post's (self-signed, demo)
certificate is written beside them, so the centre's developers can run
`openssl cms -verify` on the examples as they will on real batches.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET = ROOT / "resources" / "examples" / "decisions"
CERTIFICATE = "LON-letters-certificate.pem"


def main() -> None:
    import os

    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.decisions.letter_certs import post_certificates
    from kvisa_desk.core.decisions.letters import issue_letter
    from kvisa_desk.core.exchange.outbox import export_batch
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.demo.cases import load_demo_cases
    from kvisa_desk.store.engine import sqlite_url
    from tests.exchange.exchange_support import ADMIN, decided_post

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        os.environ["KVISA_DATA_DIR"] = str(folder / "data")
        db = open_database(sqlite_url(folder / "demo.sqlite3")).db
        with db.write() as session:
            for name, role in (
                (ADMIN, "admin"),
                ("officer.a", "officer"),
                ("officer.b", "officer"),
                ("supervisor.s", "supervisor"),
            ):
                create_account(session, name, "example password 1", role, ADMIN, must_change=False)
        today = date.today()
        made = decided_post(db, folder / "work", today)  # LON's decisions, its certificate
        load_demo_cases(db, 60, 1, "officer.a")  # the demo's other cases and posts around them
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.mkdir(parents=True)
        first = export_batch(db, "officer.a", TARGET, post="LON")
        old = made["letters"]["approval"]
        issue_letter(
            db, "officer.b", made["cases"]["approval"], replaces=old.reference, today=today
        )
        second = export_batch(db, "officer.a", TARGET, post="LON")
        (cert,) = [c for c in post_certificates(db, ADMIN) if c.post == "LON"]
        (TARGET / CERTIFICATE).write_text(cert.info.pem, encoding="ascii")
        db.dispose()
    assert first is not None and second is not None
    print(f"wrote {first.folder} and {second.folder}")


if __name__ == "__main__":
    main()
