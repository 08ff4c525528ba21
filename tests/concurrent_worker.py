"""A worker process for the concurrency tests: imports and checks its own applications.

Usage: python tests/concurrent_worker.py DB_URL WORKDIR NAME COUNT ACTOR
Prints one line per committed application; exits non-zero on any error.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kvisa_desk.core.accounts.accounts import authenticate  # noqa: E402
from kvisa_desk.core.applications.importer import import_file  # noqa: E402
from kvisa_desk.core.checks.runs import check_cases  # noqa: E402
from kvisa_desk.core.startup import open_database  # noqa: E402
from tests.samples import application, write_json  # noqa: E402


def main(url: str, work: Path, name: str, count: int, actor: str) -> None:
    db = open_database(url).db
    authenticate(db, actor, "test password 123")  # tests/conftest.py's: opens an encrypted file
    for n in range(count):
        folder = work / f"{name}-{n}"
        folder.mkdir(parents=True)
        record = application(f"KV-{name}-{n}", passport__number=f"{name[:3]}{n:06d}")
        report = import_file(db, write_json(folder / "a.json", [record]), actor)
        assert report.imported == 1, report
        list(check_cases(db, [report.first_case_id or 0], actor))
        print(f"{name} {n}", flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5])
