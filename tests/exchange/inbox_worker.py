"""A worker for the inbox tests: one inbox pass that dies (os._exit) at a chosen moment.

Usage: python tests/exchange/inbox_worker.py DB_URL FOLDER STAGE
STAGE: before-commit (inside the import's transaction) or after-commit (the import committed,
the submission not yet filed away). Dying this way is a crash: no clean-up runs.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kvisa_desk.core.accounts.accounts import authenticate  # noqa: E402
from kvisa_desk.core.exchange import inbox  # noqa: E402
from kvisa_desk.core.startup import open_database  # noqa: E402

ACTOR = "officer.killed"


def main(url: str, folder: Path, stage: str) -> None:
    db = open_database(url).db
    authenticate(db, ACTOR, "test password 123")  # tests/conftest.py's: opens an encrypted file
    if stage == "before-commit":
        recorder = inbox._Pass._recorder

        def dying_recorder(self: Any, submission: Path, sha256: str) -> Any:
            record = recorder(self, submission, sha256)

            def record_then_die(session: Any, report: Any) -> None:
                record(session, report)
                os._exit(9)

            return record_then_die

        inbox._Pass._recorder = dying_recorder  # type: ignore[method-assign]
    else:

        def die(*_args: Any) -> Path:
            os._exit(9)

        inbox.file_away = die  # type: ignore[assignment]
    inbox.run_inbox_pass(db, ACTOR, folder, clock=lambda: time.time() + 11)
    sys.exit("the worker was meant to die before the pass ended")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
