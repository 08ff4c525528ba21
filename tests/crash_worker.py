"""A worker for the crash-safety tests: works on cases until it is killed.

It appends one line to LOG (flushed and fsynced) only after an action committed, so the
test knows exactly which actions must survive a SIGKILL at any moment.
Usage: python tests/crash_worker.py DB_URL LOG WORKDIR START
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kvisa_desk.core.applications.importer import import_file  # noqa: E402
from kvisa_desk.core.checks.review import override_result  # noqa: E402
from kvisa_desk.core.checks.runs import check_cases  # noqa: E402
from kvisa_desk.core.documents.attach import attach_document  # noqa: E402
from kvisa_desk.core.documents.status import set_verification  # noqa: E402
from kvisa_desk.core.startup import open_database  # noqa: E402
from tests.documents.documents_support import pdf_bytes  # noqa: E402
from tests.samples import application, write_json  # noqa: E402

ACTOR = "officer.killed"


def committed(log: Path, **entry: object) -> None:
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def main(url: str, log: Path, work: Path, start: int) -> None:
    db = open_database(url).db
    print("ready", flush=True)  # the test kills at a random moment of the work, not start-up
    for n in range(start, start + 10_000):
        app_id = f"KV-CRASH-{n}"
        folder = work / f"f{n}"
        folder.mkdir(parents=True, exist_ok=True)
        record = application(app_id, passport__number=f"C{n:08d}")
        report = import_file(db, write_json(folder / "a.json", [record]), ACTOR)
        case_id = report.first_case_id
        committed(log, action="import", application_id=app_id, case_id=case_id)
        scan = folder / "degree.pdf"
        scan.write_bytes(pdf_bytes(pages=3, text=f"degree {n}"))
        attached = attach_document(db, ACTOR, case_id, scan, "degree_certificate")
        committed(
            log,
            action="attach",
            case_id=case_id,
            document_id=attached.document.document_id,
            sha256=attached.document.sha256,
        )
        set_verification(db, ACTOR, case_id, attached.document.document_id, "verified")
        committed(log, action="verify", document_id=attached.document.document_id)
        (result,) = check_cases(db, [case_id], ACTOR)
        committed(log, action="check", case_id=case_id, run_id=result.run_id)
        view = override_result(db, case_id, "K-PUR-01", None, "pass", "purpose confirmed", ACTOR)
        committed(log, action="override", case_id=case_id, run_id=view.run_id)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
