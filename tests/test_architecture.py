"""Imports point down the layers only: ui -> core -> (store, rules, ...); never back.

The layers and rooms of kvisa_desk (issue 14): `ui` (PySide6, in rooms) and `cli` on top; the
demo generator (`demo`) and the docs' `gallery` beside them; `core` (Qt-free services, in rooms)
below; then `rules`, `store` and the pure components `content` (the attachment store), `pdf`
(the ReportLab renderer) and `tabular` (CSV/XLSX writers); `vocab` at the bottom imports nothing
of ours.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kvisa_desk"
MAX_MODULES = 25  # a folder with more is a heap, not a room

ABOVE_CORE = ("kvisa_desk.ui", "kvisa_desk.cli", "kvisa_desk.demo", "kvisa_desk.gallery")

# What each layer (a folder, or a module file) must never import.
FORBIDDEN = {
    "core": ("PySide6", *ABOVE_CORE),
    "demo": ("PySide6", "kvisa_desk.ui", "kvisa_desk.cli", "kvisa_desk.gallery"),
    "store": ("PySide6", *ABOVE_CORE, "kvisa_desk.core"),
    "rules": ("PySide6", "sqlalchemy", *ABOVE_CORE, "kvisa_desk.core", "kvisa_desk.store"),
    "ui": ("sqlalchemy", "kvisa_desk.gallery", "kvisa_desk.cli"),
    # Pure components: they know nothing of the database, the services or the window.
    "content": ("PySide6", *ABOVE_CORE, "kvisa_desk.core"),
    "tabular": ("PySide6", "sqlalchemy", *ABOVE_CORE, "kvisa_desk.core", "kvisa_desk.store"),
    "pdf": ("PySide6", "sqlalchemy", *ABOVE_CORE, "kvisa_desk.core", "kvisa_desk.store"),
    # The shared vocabulary is a leaf: every layer may import it because it imports none.
    "vocab.py": ("kvisa_desk",),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    where = PACKAGE / layer
    return [where] if where.is_file() else sorted(where.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert _modules(layer), f"{layer} is gone: name its new home here"  # never pass on nothing
    offenders = []
    for path in _modules(layer):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


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
