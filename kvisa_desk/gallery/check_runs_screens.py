"""The gallery's pictures of the Education & posts tab (a suggested ISCED-F code to confirm)
and of the Checks tab's past runs (one replayed), made from a throwaway database.

    QT_QPA_PLATFORM=offscreen python -m kvisa_desk.gallery.check_runs_screens docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

OFFICER, SECOND = "officer.wang", "officer.silva"
PASSWORD = "Gallery-only-9f2c"
SIZE = (980, 860)


def _record() -> dict[str, Any]:
    degree = {
        "level": "master",
        "field": "MSc Electrical Engineering",
        "isced_f": None,
        "institution": "University of Lagos",
        "institution_country": "NG",
        "awarded_on": "2021-11-20",
    }
    return {
        "schema": "kvisa-application/1",
        "application_id": "KV-LON-2025-004211",
        "received_at": "2025-10-15",
        "post": "LON",
        "applicant": {
            "surname": "Okafor",
            "given_names": "Chiamaka Adaeze",
            "sex": "F",
            "date_of_birth": "1996-02-29",
            "nationality": "NGA",
            "email": "c.okafor@unilag.edu.ng",
        },
        "passport": {
            "number": "A07761234",
            "issuing_state": "NGA",
            "issue_date": "2021-06-01",
            "expiry_date": "2031-05-31",
        },
        "education": [
            degree,
            dict(degree, level="bachelor", field="BEng Electronics", awarded_on="2018-07-01"),
        ],
        "employment": [
            {
                "employer": "University of Lagos",
                "country": "NG",
                "position": "Research Fellow",
                "kind": "research",
                "field": "Grid-scale battery storage",
                "isced_f": "0713",
                "start_date": "2022-01-10",
            }
        ],
        "purpose": {"activity": "science_technology", "description": "Joint research visit"},
        "travel": {"intended_entry": "2026-01-12", "stay_days": 90},
        "documents": [],
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshots")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first imported

    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import RawRecord
    from kvisa_desk.core.cases.cases import case_detail
    from kvisa_desk.core.cases.editing import save_case_edits
    from kvisa_desk.core.checks.runs import check_cases
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.ui.case.view import CaseView
    from kvisa_desk.ui.shell.app import application
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.operations import OperationRunner
    from kvisa_desk.ui.widgets.prompts import Prompts
    from kvisa_desk.ui.widgets.translations import install_translations

    app = application()
    install_translations(app, "en")
    folder = Path(tempfile.mkdtemp(prefix="kvisa-gallery-"))
    db = open_database(f"sqlite:///{folder / 'gallery.sqlite3'}", "system").db
    with db.write() as session:
        for name in (OFFICER, SECOND):
            create_account(session, name, PASSWORD, "officer", "system", must_change=False)
    report = import_records(db, [RawRecord("[0]", _record())], OFFICER, "gallery.json")
    case_id = report.first_case_id
    assert case_id is not None
    # Two runs: the second after an officer corrected the passport's expiry date.
    list(check_cases(db, [case_id], SECOND))
    version = case_detail(db, case_id).version
    save_case_edits(db, case_id, version, {"passport.expiry_date": "2026-05-31"}, OFFICER)
    list(check_cases(db, [case_id], OFFICER))

    runner = OperationRunner()
    context = DeskContext(db, OFFICER, runner, Prompts(lambda *_: False, lambda *_: None), None)
    view = CaseView(context, case_detail(db, case_id))
    view.resize(*SIZE)
    view.show()
    view.tabs.setCurrentWidget(view.career)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    saved = [view.grab().save(str(out / "career-isced-suggestion.png"))]
    view.show_checks()
    view.checks.tab.show_past_runs()
    runner.wait()
    app.processEvents()
    past = view.checks.tab.past
    past.select_run(min(report.run_id for report in past.runs.rows()))
    past.replay_button.click()
    runner.wait()
    app.processEvents()
    app.processEvents()
    saved.append(view.grab().save(str(out / "past-check-runs.png")))
    view.editing.stack.setClean()
    view.deleteLater()
    runner.wait()
    return 0 if all(saved) else 1


if __name__ == "__main__":
    raise SystemExit(main())
