"""The import format reaches its readers: docs/import-format.md and the example files ship in
the wheel, `import --help` names where they are installed, every example imports whole, and
the document shows the example files as they are."""

from __future__ import annotations

import io
import os
import re
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.search import find_cases
from kvisa_desk.shipped import import_examples_dir, import_format_doc
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models.case import CaseDocument
from tests.test_packaging import wheel  # noqa: F401  (the built wheel, a fixture)

EXAMPLES = ("applications.json", "applications.jsonl", "applications.csv")
OFFICER = "test.officer"


def fenced_blocks(markdown: str) -> dict[str, str]:
    """The document's code blocks by language tag (json, jsonl, csv)."""
    return {lang: body for lang, body in re.findall(r"```(\w+)\n(.*?)```", markdown, re.DOTALL)}


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_shipped_example_imports_whole(db: Database, name: str) -> None:
    report = import_file(db, import_examples_dir() / name, OFFICER, "LON")
    assert report.rejected == [] and report.changed == []
    assert report.imported >= 1 and report.complete
    with db.read() as session:  # the documents beside the file were attached
        attached = session.scalar(select(func.count()).select_from(CaseDocument))
    assert attached == 2 * report.imported


def test_the_three_examples_hold_one_application_in_common(db: Database) -> None:
    imported = [import_file(db, import_examples_dir() / n, OFFICER, "LON") for n in EXAMPLES]
    assert [r.imported for r in imported] == [1, 1, 1]  # Okafor, then Zhang, then Löchel
    assert [r.unchanged for r in imported] == [0, 1, 1]  # Okafor again: the same content
    assert [r.application_id for r in find_cases(db, OFFICER, "Loechel")] == ["KV-LON-2025-004213"]


def test_the_document_shows_each_example_file_as_it_is() -> None:
    doc = import_format_doc().read_text(encoding="utf-8")
    blocks = fenced_blocks(doc)
    for lang, name in (("json", EXAMPLES[0]), ("jsonl", EXAMPLES[1]), ("csv", EXAMPLES[2])):
        assert blocks[lang] == (import_examples_dir() / name).read_text(encoding="utf-8"), name


def test_the_document_names_every_field_of_the_format() -> None:
    doc = import_format_doc().read_text(encoding="utf-8")
    header = (import_examples_dir() / "applications.csv").read_text(encoding="utf-8")
    columns = header.splitlines()[0].split(",")
    for column in columns:  # every field a complete record uses is in the table
        field = re.sub(r"\.\d+", "[]", column).replace("[].", "[].")
        parent, _, leaf = field.rpartition(".")
        assert f"`{field}`" in doc or f"`{leaf}`" in doc or f"`{parent}`" in doc, field


def run(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = dispatch(CliContext(build_parser().parse_args(["--db", str(db), *argv]), out, err))
    return code, out.getvalue(), err.getvalue()


def test_import_help_names_the_document_and_the_examples(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "--help"])
    shown = capsys.readouterr().out
    assert str(import_format_doc()) in shown and str(import_examples_dir()) in shown


def test_the_cli_imports_an_example(db: Database) -> None:
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    code, out, err = run(path, "import", str(import_examples_dir() / "applications.csv"))
    assert (code, err) == (0, "") and "2 imported" in out


@pytest.mark.slow
def test_the_installed_wheel_carries_the_format_and_names_it(
    wheel: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kvisa_desk/docs/import-format.md" in names
    for name in EXAMPLES:
        assert f"kvisa_desk/resources/examples/import/{name}" in names
    assert "kvisa_desk/resources/examples/import/documents/KV-LON-2025-004212/passport.pdf" in names
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )  # fmt: skip
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    deps = [p for p in site.getsitepackages() if Path(p).exists()]
    (Path(target) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n")
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    shown = subprocess.run(
        [str(env_dir / "bin" / "kvisa-desk"), "import", "--help"],
        capture_output=True, text=True, cwd=tmp_path, env=clean_env, timeout=300,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    doc = next(
        Path(line.strip())
        for line in shown.stdout.splitlines()
        if line.strip().endswith("import-format.md")
    )
    examples = next(
        Path(line.strip())
        for line in shown.stdout.splitlines()
        if line.strip().endswith("examples/import")
    )
    assert doc.is_relative_to(env_dir) and examples.is_relative_to(env_dir)
    assert "kvisa-application/1" in doc.read_text(encoding="utf-8")
    assert {p.name for p in examples.iterdir()} >= set(EXAMPLES)
