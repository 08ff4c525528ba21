"""Imports point down the layers only, and no room is in a circle: import-linter checks it.

The contracts are `[tool.importlinter]` in pyproject.toml (also run by `lint-imports` from the
checkout). The layers of kvisa_desk, top to bottom: the command line (`cli`) and the docs'
`gallery`; the window (`ui`, in rooms); the demo generator (`demo`); `core` (Qt-free services,
in rooms); `content` (the attachment store); `rules`, `store`, `pdf` (the ReportLab renderer)
and `tabular` (CSV/XLSX writers); then the leaves `vocab`, `shipped`, `logs` and `normal_forms`,
which import nothing of ours. Here: that the contracts run and hold, that none is weakened with
`ignore_imports`, and that nothing in the package sits outside the layers.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kvisa_desk"
MAX_MODULES = 25  # a folder with more is a heap, not a room

# The "never" rules of the layering; a contract dropped from pyproject.toml fails here.
CONTRACTS = {
    "layers": "layers",
    "ui-no-store": "forbidden",
    "store-below-core": "forbidden",
    "rules-pure": "forbidden",
    "no-qt-below-the-window": "forbidden",
    "renderers-no-database": "forbidden",
    "leaves": "forbidden",
    "rooms": "acyclic_siblings",
}


def _importlinter() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        config: dict[str, Any] = tomllib.load(handle)["tool"]["importlinter"]
    return config


def _layer_names(layers: list[str]) -> set[str]:
    return {
        name.strip().strip("()") for layer in layers for name in layer.replace(":", "|").split("|")
    }


def test_the_import_contracts_hold() -> None:
    # A child process: the graph is read from the files of this checkout, with no cache left.
    linted = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--no-cache",
            "--no-logo",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_the_contracts_are_all_there_and_ignore_nothing() -> None:
    contracts = _importlinter()["contracts"]
    assert {c["id"]: c["type"] for c in contracts} == CONTRACTS
    assert [c["id"] for c in contracts if "ignore_imports" in c] == []
    assert [c["id"] for c in contracts if c.get("unmatched_ignore_imports_alerting")] == []
    (rooms,) = (c for c in contracts if c["id"] == "rooms")
    assert rooms["ancestors"] == ["kvisa_desk"]  # every layer's rooms, down to their modules
    assert "skip_descendants" not in rooms


def test_every_part_of_the_package_is_in_a_layer() -> None:
    (layers,) = (c for c in _importlinter()["contracts"] if c["type"] == "layers")
    parts = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert parts - {"__init__"} == _layer_names(layers["layers"])


def test_no_folder_holds_more_than_a_room() -> None:
    folders = [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]
    crowded = {
        str(folder.relative_to(PACKAGE.parent)): count
        for folder in folders
        if folder.name != "__pycache__" and (count := len(list(folder.glob("*.py")))) > MAX_MODULES
    }
    assert crowded == {}


def test_every_folder_of_the_package_is_a_package() -> None:
    # A folder without __init__.py imports as a namespace package: a room left half-moved.
    loose = [
        str(folder.relative_to(PACKAGE))
        for folder in PACKAGE.rglob("*")
        if folder.is_dir()
        and folder.name != "__pycache__"
        and any(folder.glob("*.py"))
        and not (folder / "__init__.py").exists()
    ]
    assert loose == []
