"""Rule packs: versioned TOML files in resources/rules, chosen by the application's date."""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from kvisa_desk.rules.checks import RULES
from kvisa_desk.rules.folder import rules_folder
from kvisa_desk.rules.params import (
    PARAM_KINDS,
    Parameters,
    ParameterSpec,
    ParamKind,
    build_parameters,
)

PACK_FORMAT = "kvisa-rule-pack/1"
T = TypeVar("T")
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_PACK_KEYS = {"format", "id", "effective_from", "effective_to", "title", "parameters", "rules"}
_PARAMETER_KEYS = {
    "type",
    "default",
    "choices",
    "min",
    "max",
    "pattern",
    "overridable",
    "assumption",
    "description",
}


@dataclass(frozen=True)
class RuleMeta:
    """How a pack presents one rule: bilingual title, legal source, ASSUMPTION flag."""

    id: str
    title_en: str
    title_zh: str
    source: str
    assumption: bool


@dataclass(frozen=True)
class Pack:
    """One versioned rule pack; `content_hash` is the SHA-256 of its file's bytes."""

    id: str
    effective_from: date
    effective_to: date | None
    title_en: str
    title_zh: str
    parameters: tuple[ParameterSpec, ...]
    rules: tuple[RuleMeta, ...]
    content_hash: str
    origin: str

    def rule(self, rule_id: str) -> RuleMeta:
        for meta in self.rules:
            if meta.id == rule_id:
                return meta
        raise KeyError(f"Pack {self.id} has no rule {rule_id}")

    def parameter(self, name: str) -> ParameterSpec:
        for spec in self.parameters:
            if spec.name == name:
                return spec
        raise KeyError(f"Pack {self.id} has no parameter {name!r}")

    def defaults(self) -> Parameters:
        return build_parameters(self.id, self.parameters, {})

    def in_force_on(self, day: date) -> bool:
        ended = self.effective_to is not None and day > self.effective_to
        return self.effective_from <= day and not ended


def effective_parameters(pack: Pack, overrides: Mapping[str, object]) -> Parameters:
    """The pack's defaults with a post's overrides; a bad key or value raises ValueError."""
    return build_parameters(pack.id, pack.parameters, overrides)


def parse_pack(data: bytes, origin: str = "<bytes>") -> Pack:
    """Read a pack from its file bytes; anything malformed raises ValueError naming `origin`."""
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{origin}: not a readable TOML file ({exc})") from exc
    reader = _Reader(doc, origin)
    reader.reject_unknown(_PACK_KEYS)
    if reader.get_text("format") != PACK_FORMAT:
        raise ValueError(f"{origin}: format must be {PACK_FORMAT!r}")
    pack_id = reader.get_text("id")
    if not _PACK_ID.fullmatch(pack_id):
        raise ValueError(f"{origin}: pack id {pack_id!r} must be lower-case like 'k-2025.10'")
    title = reader.get_table("title")
    params = tuple(
        _parse_parameter(name, spec, origin)
        for name, spec in reader.get_table("parameters").items()
    )
    rules = tuple(_parse_rule(item, origin) for item in reader.get_list("rules"))
    pack = Pack(
        id=pack_id,
        effective_from=reader.get_date("effective_from"),
        effective_to=reader.get_date("effective_to") if "effective_to" in doc else None,
        title_en=_Reader(title, f"{origin}: title").get_text("en"),
        title_zh=_Reader(title, f"{origin}: title").get_text("zh"),
        parameters=params,
        rules=rules,
        content_hash=hashlib.sha256(data).hexdigest(),
        origin=origin,
    )
    _validate(pack)
    return pack


def _parse_parameter(name: str, raw: object, origin: str) -> ParameterSpec:
    where = f"{origin}: parameter {name!r}"
    reader = _Reader(raw, where)
    reader.reject_unknown(_PARAMETER_KEYS)
    kind = reader.get_text("type")
    if kind not in PARAM_KINDS:
        raise ValueError(f"{where}: type must be one of {', '.join(PARAM_KINDS)}")
    spec = ParameterSpec(
        name=name,
        kind=cast(ParamKind, kind),
        default=0,
        choices=tuple(reader.typed("choices", list, [])),
        minimum=reader.typed("min", int, None),
        maximum=reader.typed("max", int, None),
        pattern=reader.typed("pattern", str, None),
        overridable=reader.typed("overridable", bool, True),
        assumption=reader.typed("assumption", bool, False),
        description=reader.typed("description", str, ""),
    )
    if not all(isinstance(item, str) for item in spec.choices):
        raise ValueError(f"{where}: choices must be text")
    try:
        default = spec.coerce(reader.get("default", None))
    except ValueError as exc:
        raise ValueError(f"{where}: bad default: {exc}") from exc
    return replace(spec, default=default)


def _parse_rule(raw: object, origin: str) -> RuleMeta:
    reader = _Reader(raw, f"{origin}: rule")
    reader.reject_unknown({"id", "title", "source", "assumption"})
    rule_id = reader.get_text("id")
    title = _Reader(reader.get_table("title"), f"{origin}: rule {rule_id} title")
    assumption = reader.get("assumption", None)
    if not isinstance(assumption, bool):
        raise ValueError(f"{origin}: rule {rule_id} needs assumption = true or false")
    return RuleMeta(
        rule_id, title.get_text("en"), title.get_text("zh"), reader.get_text("source"), assumption
    )


def _validate(pack: Pack) -> None:
    ids = [meta.id for meta in pack.rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{pack.origin}: a rule id appears twice")
    declared = {spec.name for spec in pack.parameters}
    for meta in pack.rules:
        if meta.id not in RULES:
            raise ValueError(f"{pack.origin}: rule {meta.id} has no implementation in this version")
        needed = set(RULES[meta.id].parameters) - declared
        if needed:
            raise ValueError(f"{pack.origin}: rule {meta.id} needs parameter(s) {sorted(needed)}")
    if pack.effective_to is not None and pack.effective_to < pack.effective_from:
        raise ValueError(f"{pack.origin}: effective_to is before effective_from")
    pack.defaults()  # the defaults themselves must be consistent (e.g. age_min ≤ age_max)


@dataclass(frozen=True)
class PackLibrary:
    """Every pack found, ordered by start date."""

    packs: tuple[Pack, ...]

    def pack_for(self, reference_date: date) -> Pack:
        """The pack in force on `reference_date`; before every pack, the earliest one."""
        if not self.packs:
            raise LookupError("No rule pack is installed")
        if reference_date < self.packs[0].effective_from:
            return self.packs[0]  # so K-LEG-01 of the earliest pack can fail the application
        started = [p for p in self.packs if p.effective_from <= reference_date]
        latest = started[-1]
        if not latest.in_force_on(reference_date):
            raise LookupError(f"No rule pack is in force on {reference_date} ({latest.id} ended)")
        return latest

    def get(self, pack_id: str, content_hash: str | None = None) -> Pack:
        """The pack with this id; with a hash, only if the file is still byte-for-byte the same."""
        for pack in self.packs:
            if pack.id == pack_id:
                if content_hash is not None and content_hash != pack.content_hash:
                    raise LookupError(f"Pack {pack_id} has changed since hash {content_hash[:12]}…")
                return pack
        raise LookupError(f"No rule pack {pack_id!r}")


def load_packs(folder: Path | None = None) -> PackLibrary:
    """Read every pack file (`format = "kvisa-rule-pack/1"`) in `folder`; other TOML is skipped."""
    root = folder if folder is not None else rules_folder()
    packs = []
    for path in sorted(root.glob("*.toml")):
        data = path.read_bytes()
        if _declared_format(data) == PACK_FORMAT:
            packs.append(parse_pack(data, path.name))
    packs.sort(key=lambda p: p.effective_from)
    for earlier, later in itertools.pairwise(packs):
        if earlier.id == later.id or earlier.effective_from == later.effective_from:
            raise ValueError(f"Packs {earlier.origin} and {later.origin} clash (same id or start)")
    return PackLibrary(tuple(packs))


@cache
def default_library() -> PackLibrary:
    """The packs shipped with the application, read once per process."""
    return load_packs()


def pack_for(reference_date: date, library: PackLibrary | None = None) -> Pack:
    """The pack that applies to an application received on `reference_date`."""
    return (library or default_library()).pack_for(reference_date)


def _declared_format(data: bytes) -> object:
    try:
        return tomllib.loads(data.decode("utf-8")).get("format")
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return PACK_FORMAT  # let parse_pack report the broken file instead of skipping it


class _Reader:
    """Typed access to a TOML table with errors that name the file and key."""

    def __init__(self, raw: object, where: str) -> None:
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: expected a table")
        self.raw: dict[str, Any] = raw
        self.where = where

    def reject_unknown(self, allowed: set[str]) -> None:
        # A misspelt key would otherwise be ignored and its default used silently.
        unknown = sorted(set(self.raw) - allowed)
        if unknown:
            raise ValueError(f"{self.where}: unknown key(s) {', '.join(unknown)}")

    def get(self, key: str, default: Any) -> Any:
        return self.raw.get(key, default)

    def typed(self, key: str, kind: type[T], default: T | None) -> Any:
        """The value of `key` if it is a `kind` (bool is not an int here), else ValueError."""
        value = self.raw.get(key, default)
        wrong_bool = kind is int and isinstance(value, bool)
        if value is not default and (wrong_bool or not isinstance(value, kind)):
            raise ValueError(f"{self.where}: {key!r} must be of type {kind.__name__}")
        return value

    def get_text(self, key: str) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.where}: {key!r} must be non-empty text")
        return value

    def get_date(self, key: str) -> date:
        value = self.raw.get(key)
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValueError(f"{self.where}: {key!r} must be a TOML date like 2025-10-01")
        return value

    def get_table(self, key: str) -> dict[str, Any]:
        value = self.raw.get(key)
        if not isinstance(value, dict):
            raise ValueError(f"{self.where}: [{key}] table is missing")
        return value

    def get_list(self, key: str) -> list[Any]:
        value = self.raw.get(key)
        if not isinstance(value, list) or not value:
            raise ValueError(f"{self.where}: [[{key}]] entries are missing")
        return value
