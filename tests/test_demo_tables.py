"""The demo generator's tables, read from `resources/demo/*.json`: every table the generator
names is there, nothing in them is mutable, and the demo they make is the one they made when
they were written as code (a digest of the first records of one seed, with its plans)."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import inspect
import json
from importlib.metadata import version
from typing import Any

import pytest

from kvisa_desk.core.post.registry_seed import SEED_FILE
from kvisa_desk.demo import careers, common, data, generator, people
from kvisa_desk.shipped import package_dir, resources_dir

# The first 200 records and plans of seed 11, as generated before the tables moved to files.
# It changes when the generator, its tables, the registry seed or the pinned Faker or
# pycountry change on purpose: then set it to the new value.
DIGEST = "f1e2f232401447175b3c3fa9b8a9535fd91c9eafe6a2195ae17e51c72d6f1935"


def _pinned(package: str) -> str | None:
    constraints = package_dir().parent / "constraints.txt"
    if not constraints.is_file():
        return None
    for line in constraints.read_text(encoding="utf-8").splitlines():
        name, _, pinned = line.partition("==")
        if name.strip().lower() == package.lower():
            return pinned.strip()
    return None


def _named_by_generator() -> set[str]:
    # The generator is split by feature: its record, the person, the career, what they share.
    modules = (generator, common, people, careers)
    return {
        node.attr
        for module in modules
        for node in ast.walk(ast.parse(inspect.getsource(module)))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "data"
        and node.attr.isupper()
    }


def _mutable(value: Any, where: str) -> list[str]:
    if isinstance(value, list | set):
        return [where]
    if dataclasses.is_dataclass(value):
        fields = dataclasses.fields(value)
        return [p for f in fields for p in _mutable(getattr(value, f.name), f"{where}.{f.name}")]
    if isinstance(value, tuple):
        return [p for i, item in enumerate(value) for p in _mutable(item, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _mutable(item, f"{where}[{key!r}]")]
    return []


def test_every_table_the_generator_names_is_read_and_immutable() -> None:
    names = _named_by_generator()
    assert "PROFILES" in names and len(names) > 20  # the walk finds the generator's tables
    missing = [name for name in sorted(names) if name not in data.tables()]
    assert missing == []
    assert [p for name in sorted(names) for p in _mutable(getattr(data, name), name)] == []
    assert data.PAIRED_NAMES["arabic_eg"] is data.PAIRED_NAMES["arabic_sa"]
    with pytest.raises(AttributeError, match="NO_SUCH_TABLE"):
        _ = data.NO_SUCH_TABLE


def test_the_tables_make_the_same_demo_as_before() -> None:
    for package in ("Faker", "pycountry"):
        pinned = _pinned(package)
        if pinned is not None and version(package) != pinned:
            pytest.skip(f"{package} {version(package)} is installed, the digest is of {pinned}")
    entries = json.loads((resources_dir() / "registry" / SEED_FILE).read_text(encoding="utf-8"))
    institutions = [
        (e["name"].strip(), e["alpha_two_code"].upper()[:2], list(e.get("domains") or []))
        for e in entries
        if e.get("name") and e.get("alpha_two_code")
    ]
    digest = hashlib.sha256()
    for record, plan in generator.generate(200, 11, institutions):
        case = {"record": record, "plan": dataclasses.asdict(plan)}
        digest.update(json.dumps(case, ensure_ascii=False, default=str).encode() + b"\n")
    assert digest.hexdigest() == DIGEST
