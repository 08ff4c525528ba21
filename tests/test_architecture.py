"""Imports point down the layers only: ui -> core -> (store, rules, ...); never back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kvisa_desk"

# What each layer must never import.
FORBIDDEN = {
    "core": ("PySide6", "kvisa_desk.ui", "kvisa_desk.cli"),
    "store": ("PySide6", "kvisa_desk.ui", "kvisa_desk.cli", "kvisa_desk.core"),
    "rules": (
        "PySide6",
        "sqlalchemy",
        "kvisa_desk.ui",
        "kvisa_desk.cli",
        "kvisa_desk.core",
        "kvisa_desk.store",
    ),
    "ui": ("sqlalchemy",),
    # Pure components: they know nothing of the database, the services or the window.
    "content": ("PySide6", "kvisa_desk.ui", "kvisa_desk.cli", "kvisa_desk.core"),
    "tabular": (
        "PySide6",
        "sqlalchemy",
        "kvisa_desk.ui",
        "kvisa_desk.cli",
        "kvisa_desk.core",
        "kvisa_desk.store",
    ),
    "pdf": (
        "PySide6",
        "sqlalchemy",
        "kvisa_desk.ui",
        "kvisa_desk.cli",
        "kvisa_desk.core",
        "kvisa_desk.store",
    ),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
