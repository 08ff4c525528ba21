"""The files the package ships (resources/, db/), found with importlib.resources.

A leaf like vocab: it imports nothing of ours, so every layer may ask it where its files are.
An installed wheel carries the folders inside the package; an editable checkout keeps them
at the top of the repository, beside the package.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "kvisa_desk"


def package_dir() -> Path:
    root = files(PACKAGE)
    if not isinstance(root, Path):  # a zipped install: fonts and migrations are opened by path
        raise RuntimeError(f"{PACKAGE} must be installed as files on disk, not inside {root}")
    return root


def shipped_dir(name: str) -> Path:
    package = package_dir()
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def resources_dir() -> Path:
    return shipped_dir("resources")


def import_format_doc() -> Path:
    """docs/import-format.md: the application file format, for officers and integrators."""
    return shipped_dir("docs") / "import-format.md"


def import_examples_dir() -> Path:
    """resources/examples/import: an example file in each format, with its documents."""
    return resources_dir() / "examples" / "import"
