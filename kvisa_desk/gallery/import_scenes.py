"""The import result dialog for the docs, in English and Chinese:
`python -m kvisa_desk.gallery.import_scenes OUT_DIR` writes `import-result.png` and
`import-result-zh.png`.

A throwaway database gets the shipped JSON example (Okafor), then a JSON Lines batch with
one record of each outcome the dialog lists: Okafor again (unchanged), two new applicants
(imported), Okafor with another phone number (changed, not applied) and three mistakes an
application system makes (rejected, with their positions).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = (1280, 800)
OFFICER = "docs.officer"


def _batch(examples: Path) -> list[dict[str, Any]]:
    first, second = (
        json.loads(line)
        for line in (examples / "applications.jsonl").read_text(encoding="utf-8").splitlines()
    )
    csv_only = copy.deepcopy(second)  # a third applicant, as the CSV example has Löchel
    csv_only["application_id"] = "KV-LON-2025-004214"
    csv_only["applicant"].update(surname="Ørsted", given_names="Åse", native_name=None)
    csv_only["passport"].update(number="P4455667", issuing_state="DNK", mrz=None)
    csv_only["applicant"]["nationality"] = "DNK"
    changed = copy.deepcopy(first)
    changed["applicant"]["phone"] = "+234 803 555 0199"
    bad_date, bad_country, bad_stay = (copy.deepcopy(second) for _ in range(3))
    bad_date["application_id"] = "KV-LON-2025-004215"
    bad_date["applicant"]["date_of_birth"] = "1990-02-30"
    bad_country["application_id"] = "KV-LON-2025-004216"
    bad_country["applicant"]["nationality"] = "Germany"
    bad_stay["application_id"] = "KV-LON-2025-004217"
    bad_stay["travel"]["stay_days"] = "ninety"
    return [first, second, csv_only, changed, bad_date, bad_country, bad_stay]


def make_report(folder: Path) -> Any:
    """The report of the batch import, on a new database in FOLDER."""
    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.applications.importer import import_file
    from kvisa_desk.shipped import import_examples_dir
    from kvisa_desk.store.engine import Database, make_engine, sqlite_url
    from kvisa_desk.store.migrate import upgrade_database

    url = sqlite_url(folder / "gallery.sqlite3")
    engine = make_engine(url)
    upgrade_database(engine, url)
    db = Database(url, engine)
    with db.write() as session:
        create_account(session, OFFICER, "gallery password", "officer", OFFICER, must_change=False)
    files = folder / "incoming"
    shutil.copytree(import_examples_dir(), files)
    import_file(db, files / "applications.json", OFFICER, "LON")
    batch = files / "batch-2025-10-17.jsonl"
    batch.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _batch(files)), encoding="utf-8"
    )
    report = import_file(db, batch, OFFICER, "LON")
    db.dispose()
    return report


def main(argv: list[str] | None = None) -> int:
    out = Path((argv if argv is not None else sys.argv[1:])[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kvisa_desk.ui.imports.result_dialog import ImportResultDialog
    from kvisa_desk.ui.shell.app import application
    from kvisa_desk.ui.widgets.translations import install_translations

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kvisa-gallery-") as folder:
        report = make_report(Path(folder))
    for language, name in (("en", "import-result.png"), ("zh_CN", "import-result-zh.png")):
        install_translations(app, language)
        dialog = ImportResultDialog(report, OFFICER)
        dialog.resize(*SIZE)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / name))
        print(f"wrote {out / name}")
        dialog.close()
    install_translations(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
