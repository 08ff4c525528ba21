"""The command line answers at once: what `--version`, `--help` and `cases` import.

`--version` and `--help` import the standard library and the command line's own modules
only (no SQLAlchemy, no core); `cases` loads the database layer but none of the heavy
libraries other commands need. Each is run in a fresh interpreter, as a user runs it.
Speed itself is measured by `python -m bench cli`, never here.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kvisa_desk.cli import main, options
from kvisa_desk.cli.main import build_parser
from kvisa_desk.store.engine import Database, sqlite_file
from tests.samples import OKAFOR, write_json

HEAVY = ("PySide6", "reportlab", "pyhanko", "openpyxl", "pydantic", "rapidfuzz", "faker")
ALSO_HEAVY = ("alembic", "PIL", "cryptography", "numpy")
MARK = "@@loaded@@"

CHILD = """
import json, sys
before = set(sys.modules)
sys.argv = ["kvisa-desk", *{argv!r}]
from kvisa_desk.cli import main
try:
    code = main()
except SystemExit as stop:
    code = stop.code
sys.stdout.flush()
loaded = sorted(set(sys.modules) - before)
print({mark!r} + json.dumps({{"code": code, "loaded": loaded}}))
"""


def _run(*argv: str) -> tuple[int, list[str], str]:
    """Exit status, modules the command imported, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(argv=list(argv), mark=MARK)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    printed, _, result = done.stdout.rpartition(MARK)
    assert result, done.stderr[-3000:]
    found = json.loads(result)
    return found["code"], found["loaded"], printed


def _packages(loaded: list[str]) -> set[str]:
    return {name.split(".")[0] for name in loaded}


@pytest.mark.parametrize("argv", [["--version"], ["--help"]], ids=["version", "help"])
def test_version_and_help_import_only_the_standard_library(argv: list[str]) -> None:
    code, loaded, printed = _run(*argv)
    assert code == 0 and printed
    foreign = _packages(loaded) - set(sys.stdlib_module_names) - {"kvisa_desk"}
    assert sorted(foreign) == []
    ours = {name for name in loaded if name.startswith("kvisa_desk.")}
    allowed = {"kvisa_desk.cli", "kvisa_desk.store", "kvisa_desk.vocab"}
    assert sorted(n for n in ours - allowed if not n.startswith("kvisa_desk.cli.")) == []
    # Not even the parser's own heavy neighbours: no typing, pathlib or core errors.
    assert not {"typing", "pathlib", "kvisa_desk.cli.context"} & set(loaded)


@pytest.fixture
def db_with_a_case(db: Database, tmp_path: Path) -> Path:
    from kvisa_desk.core.applications.importer import import_file

    assert import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "test.officer").imported
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    return path


def test_cases_loads_no_heavy_library(db_with_a_case: Path) -> None:
    code, loaded, printed = _run("--db", str(db_with_a_case), "cases", "--json")
    assert code == 0
    assert [row["surname"] for row in json.loads(printed)] == [OKAFOR["applicant"]["surname"]]
    assert "sqlalchemy" in _packages(loaded)  # it did reach the database
    assert sorted(_packages(loaded) & {*HEAVY, *ALSO_HEAVY}) == []


def test_a_refused_cases_loads_no_heavy_library_either(db_with_a_case: Path) -> None:
    code, loaded, _ = _run("--db", str(db_with_a_case), "--user", "test.admin", "cases")
    assert code == 3
    assert sorted(_packages(loaded) & {*HEAVY, *ALSO_HEAVY}) == []


def _subcommands() -> list[list[str]]:
    """Every subcommand path, read from the help of each level."""
    found: list[list[str]] = []
    pending: list[list[str]] = [[]]
    while pending:
        path = pending.pop()
        shown = io.StringIO()
        with contextlib.redirect_stdout(shown), pytest.raises(SystemExit):
            build_parser().parse_args([*path, "--help"])
        assert shown.getvalue().startswith(f"usage: {' '.join(['kvisa-desk', *path])}")
        if path:
            found.append(path)
        lines = shown.getvalue().splitlines()
        for marker in ("SUBCOMMAND", "ACTION"):
            if f"  {marker}" in lines:
                start = lines.index(f"  {marker}") + 1
                for line in lines[start:]:
                    if not line.startswith("    "):
                        break
                    if not line.startswith("     "):
                        pending.append([*path, line.split()[0]])
    return found


def test_every_subcommand_is_built_when_chosen() -> None:
    # Parsers are built lazily: each one listed must still parse and explain itself.
    paths = _subcommands()
    assert len(paths) > 40
    assert ["documents", "list"] in paths and ["letters-cert", "import"] in paths


def test_an_unknown_subcommand_lists_the_real_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["no-such-command"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'no-such-command'" in err and "'letters-cert'" in err


# The option values the command line names itself, so registering imports no core: each
# must stay what core (or the renderers) accept.
COPIES = {
    "DOCUMENT_TYPES": ("kvisa_desk.core.documents.records", "DOCUMENT_TYPES"),
    "VERIFICATION_STATUSES": ("kvisa_desk.core.documents.records", "VERIFICATION_STATUSES"),
    "TIERS": ("kvisa_desk.core.post.registry", "TIERS"),
    "ALIAS_KINDS": ("kvisa_desk.core.post.institution_aliases", "KINDS"),
    "RECOMMENDATIONS": ("kvisa_desk.core.decisions.decisions", "RECOMMENDATIONS"),
    "VERDICTS": ("kvisa_desk.core.decisions.decisions", "VERDICTS"),
    "ENTRIES": ("kvisa_desk.pdf.model", "ENTRIES"),
    "LETTER_KINDS": ("kvisa_desk.pdf.model", "LETTER_KINDS"),
    "LETTER_LANGUAGES": ("kvisa_desk.pdf.model", "LANGUAGES"),
    "REPORT_LANGUAGES": ("kvisa_desk.core.reports.report_words", "REPORT_LANGUAGES"),
    "EXPORT_FORMATS": ("kvisa_desk.tabular", "FORMATS"),
    "OUTCOME_FILTERS": ("kvisa_desk.core.reports.exports", "OUTCOME_FILTERS"),
    "REDACTIONS": ("kvisa_desk.core.reports.bundle", "REDACTIONS"),
}


@pytest.mark.parametrize("name", list(COPIES))
def test_the_options_accept_what_core_accepts(name: str) -> None:
    module, attribute = COPIES[name]
    assert tuple(getattr(options, name)) == tuple(
        getattr(importlib.import_module(module), attribute)
    )


def test_the_sweep_default_is_cores_grace_period() -> None:
    from kvisa_desk.core.documents.integrity import SWEEP_GRACE

    assert SWEEP_GRACE.total_seconds() / 3600 == options.SWEEP_GRACE_HOURS
