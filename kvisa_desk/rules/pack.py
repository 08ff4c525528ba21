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

from kvisa_desk.rules.checks import rules_for
from kvisa_desk.rules.findings import LANGUAGES, Wording, placeholders
from kvisa_desk.rules.folder import rules_folder
from kvisa_desk.rules.params import (
    PARAM_KINDS,
    Parameters,
    ParameterSpec,
    ParamKind,
    build_parameters,
)

PACK_FORMAT = "kvisa-rule-pack/1"
# Format 2 adds `revision`: a corrected pack keeps its id and start and gets a higher revision.
PACK_FORMAT_REVISED = "kvisa-rule-pack/2"
PACK_FORMATS = (PACK_FORMAT, PACK_FORMAT_REVISED)
T = TypeVar("T")
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_PACK_KEYS = {"format", "id", "effective_from", "effective_to", "title", "parameters", "rules"}
# Revision 2 adds the findings' templates and words in English and Chinese.
_REVISED_PACK_KEYS = _PACK_KEYS | {"revision", "findings", "terms"}
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
    """One versioned rule pack; `content_hash` is the SHA-256 of its file's bytes.

    Several revisions of one pack share its id and dates: a later revision corrects the
    rules, and every stored run names the revision (and hash) it ran under.
    """

    id: str
    effective_from: date
    effective_to: date | None
    title_en: str
    title_zh: str
    parameters: tuple[ParameterSpec, ...]
    rules: tuple[RuleMeta, ...]
    content_hash: str
    origin: str
    revision: int = 1
    # Finding templates, terms and bilingual sources (revision 2 on); None for revision 1,
    # whose runs keep the English sentences they stored.
    wording: Wording | None = None

    @property
    def label(self) -> str:
        """How officers see it: `k-2025.10 revision 2`."""
        return f"{self.id} revision {self.revision}"

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
        return build_parameters(self.id, self.parameters, {}, self.revision)

    def in_force_on(self, day: date) -> bool:
        ended = self.effective_to is not None and day > self.effective_to
        return self.effective_from <= day and not ended


def effective_parameters(pack: Pack, overrides: Mapping[str, object]) -> Parameters:
    """The pack's defaults with a post's overrides; a bad key or value raises ValueError."""
    return build_parameters(pack.id, pack.parameters, overrides, pack.revision)


def parse_pack(data: bytes, origin: str = "<bytes>") -> Pack:
    """Read a pack from its file bytes; anything malformed raises ValueError naming `origin`."""
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{origin}: not a readable TOML file ({exc})") from exc
    reader = _Reader(doc, origin)
    pack_format = reader.get_text("format")
    if pack_format not in PACK_FORMATS:
        raise ValueError(f"{origin}: format must be one of {', '.join(map(repr, PACK_FORMATS))}")
    revised = pack_format == PACK_FORMAT_REVISED
    reader.reject_unknown(_REVISED_PACK_KEYS if revised else _PACK_KEYS)
    revision = reader.typed("revision", int, None) if revised else 1
    if not isinstance(revision, int) or revision < 1:
        raise ValueError(f"{origin}: a {PACK_FORMAT_REVISED} pack needs revision = 1, 2, ...")
    pack_id = reader.get_text("id")
    if not _PACK_ID.fullmatch(pack_id):
        raise ValueError(f"{origin}: pack id {pack_id!r} must be lower-case like 'k-2025.10'")
    title = reader.get_table("title")
    params = tuple(
        _parse_parameter(name, spec, origin)
        for name, spec in reader.get_table("parameters").items()
    )
    raw_rules = reader.get_list("rules")
    rules = tuple(_parse_rule(item, origin, revised) for item in raw_rules)
    wording = _parse_wording(doc, raw_rules, origin) if "findings" in doc else None
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
        revision=revision,
        wording=wording,
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


def _parse_rule(raw: object, origin: str, revised: bool = False) -> RuleMeta:
    reader = _Reader(raw, f"{origin}: rule")
    reader.reject_unknown({"id", "title", "source", "assumption"})
    rule_id = reader.get_text("id")
    title = _Reader(reader.get_table("title"), f"{origin}: rule {rule_id} title")
    assumption = reader.get("assumption", None)
    if not isinstance(assumption, bool):
        raise ValueError(f"{origin}: rule {rule_id} needs assumption = true or false")
    if revised and isinstance(reader.get("source", None), dict):
        # Format 2: source = { en = "…", zh = "…" }; results store the English one.
        source = _Reader(reader.get_table("source"), f"{origin}: rule {rule_id} source")
        return RuleMeta(
            rule_id, title.get_text("en"), title.get_text("zh"), source.get_text("en"), assumption
        )
    return RuleMeta(
        rule_id, title.get_text("en"), title.get_text("zh"), reader.get_text("source"), assumption
    )


def _bilingual(raw: object, where: str) -> dict[str, str]:
    """{"en": …, "zh": …}, both non-empty, nothing else."""
    reader = _Reader(raw, where)
    reader.reject_unknown(set(LANGUAGES))
    return {lang: reader.get_text(lang) for lang in LANGUAGES}


def _parse_wording(doc: dict[str, Any], raw_rules: list[Any], origin: str) -> Wording:
    """The findings' templates, terms and bilingual sources; the English and Chinese
    template of a finding must name the same facts."""
    templates: dict[str, dict[str, str]] = {}
    for key, raw in _Reader(doc, origin).get_table("findings").items():
        where = f"{origin}: finding {key!r}"
        pair = _bilingual(raw, where)
        if placeholders(pair["en"]) != placeholders(pair["zh"]):
            raise ValueError(f"{where}: en and zh must name the same facts the same way")
        templates[key] = pair
    terms: dict[str, dict[str, dict[str, str]]] = {}
    for kind, table in _Reader(doc.get("terms", {}), f"{origin}: terms").raw.items():
        where = f"{origin}: terms.{kind}"
        terms[kind] = {
            code: _bilingual(raw, f"{where}.{code}")
            for code, raw in _Reader(table, where).raw.items()
        }
    sources: dict[str, dict[str, str]] = {}
    for item in raw_rules:
        if isinstance(item, dict) and isinstance(item.get("source"), dict):
            sources[str(item.get("id"))] = _bilingual(item["source"], f"{origin}: source")
    return Wording(templates, terms, sources)


def _validate(pack: Pack) -> None:
    try:
        rules = rules_for(pack.revision)
    except LookupError:
        raise ValueError(
            f"{pack.origin}: revision {pack.revision} has no rule code in this version"
        ) from None
    ids = [meta.id for meta in pack.rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{pack.origin}: a rule id appears twice")
    declared = {spec.name for spec in pack.parameters}
    for meta in pack.rules:
        if meta.id not in rules:
            raise ValueError(f"{pack.origin}: rule {meta.id} has no implementation in this version")
        needed = set(rules[meta.id].parameters) - declared
        if needed:
            raise ValueError(f"{pack.origin}: rule {meta.id} needs parameter(s) {sorted(needed)}")
    if pack.effective_to is not None and pack.effective_to < pack.effective_from:
        raise ValueError(f"{pack.origin}: effective_to is before effective_from")
    pack.defaults()  # the defaults themselves must be consistent (e.g. age_min ≤ age_max)


@dataclass(frozen=True)
class PackLibrary:
    """Every pack found, ordered by start date, then revision."""

    packs: tuple[Pack, ...]

    def pack_for(self, reference_date: date, revision: int | None = None) -> Pack:
        """The pack in force on `reference_date` at its highest revision (or at `revision`);
        before every pack, the earliest one."""
        if not self.packs:
            raise LookupError("No rule pack is installed")
        if reference_date < self.packs[0].effective_from:
            # So K-LEG-01 of the earliest pack can fail the application.
            return self.get(self.packs[0].id, revision=revision)
        started = [p for p in self.packs if p.effective_from <= reference_date]
        latest = started[-1]
        if not latest.in_force_on(reference_date):
            raise LookupError(f"No rule pack is in force on {reference_date} ({latest.id} ended)")
        return self.get(latest.id, revision=revision)

    def revisions(self, pack_id: str) -> tuple[Pack, ...]:
        """Every revision of the pack, lowest first."""
        return tuple(p for p in self.packs if p.id == pack_id)

    def newest(self, pack_id: str) -> Pack:
        found = self.revisions(pack_id)
        if not found:
            raise LookupError(f"No rule pack {pack_id!r}")
        return found[-1]

    def get(
        self, pack_id: str, content_hash: str | None = None, revision: int | None = None
    ) -> Pack:
        """The pack with this id: with a hash, the revision whose file is still byte-for-byte
        that one; with a revision, that revision; else the highest revision."""
        found = self.revisions(pack_id)
        if not found:
            raise LookupError(f"No rule pack {pack_id!r}")
        if content_hash is not None:
            for pack in found:
                if pack.content_hash == content_hash:
                    return pack
            raise LookupError(f"Pack {pack_id} has changed since hash {content_hash[:12]}…")
        if revision is not None:
            for pack in found:
                if pack.revision == revision:
                    return pack
            raise LookupError(f"Pack {pack_id} has no revision {revision}")
        return found[-1]


WORDING_CORRECTIONS = "wording_corrections.toml"
WORDING_FORMAT = "kvisa-wording-corrections/1"


Corrections = dict[str, dict[str, str]]  # pack id -> finding template id -> text


def _corrections(root: Path) -> tuple[Corrections, Corrections]:
    """The folder's corrections file (none: empty): corrected Chinese, and English as readers
    see it (`shown_en`, never what a result stores). Outside the packs' bytes, so no hash
    changes (see the file's notes)."""
    path = root / WORDING_CORRECTIONS
    if not path.exists():
        return {}, {}
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != WORDING_FORMAT or set(doc) - {"format", "zh", "shown_en"}:
        raise ValueError(
            f'{path.name}: format must be {WORDING_FORMAT!r}, with [zh."<pack>"] or '
            '[shown_en."<pack>"]'
        )
    found: tuple[Corrections, Corrections] = ({}, {})
    for table_name, into in zip(("zh", "shown_en"), found, strict=True):
        for pack_id, table in _Reader(doc.get(table_name, {}), path.name).raw.items():
            where = f"{path.name}: {table_name}.{pack_id}"
            into[pack_id] = {key: _Reader(table, where).get_text(key) for key in table}
    return found


def _corrected(pack: Pack, zh: Mapping[str, str], shown_en: Mapping[str, str]) -> Pack:
    """PACK with its findings' Chinese corrected and their English as shown to readers; its
    content hash is the file's, unchanged, and the engine's English is the pack's."""
    if (not zh and not shown_en) or pack.wording is None:
        return pack
    templates = {key: dict(pair) for key, pair in pack.wording.templates.items()}
    for lang, table in (("zh", zh), ("shown_en", shown_en)):
        for key, text in table.items():
            where = f"{WORDING_CORRECTIONS}: {pack.id} revision {pack.revision} {key!r}"
            if key not in templates:
                raise ValueError(f"{where}: the pack has no finding of that name")
            if placeholders(text) != placeholders(templates[key]["en"]):
                raise ValueError(f"{where}: must name the same facts the same way as the pack's")
            if lang == "zh":
                templates[key]["zh"] = text
    wording = replace(pack.wording, templates=templates, shown_en=dict(shown_en))
    return replace(pack, wording=wording)


def load_packs(folder: Path | None = None) -> PackLibrary:
    """Read every pack file (`format = "kvisa-rule-pack/1"` or `/2`) in `folder`; other TOML
    is skipped. Revisions of one pack share its id and dates and differ in revision. The
    folder's wording corrections are laid over the packs' Chinese (hashes unchanged)."""
    root = folder if folder is not None else rules_folder()
    corrections, shown_en = _corrections(root)
    packs = []
    for path in sorted(root.glob("*.toml")):
        data = path.read_bytes()
        if _declared_format(data) in PACK_FORMATS:
            pack = parse_pack(data, path.name)
            packs.append(_corrected(pack, corrections.get(pack.id, {}), shown_en.get(pack.id, {})))
    unknown = (set(corrections) | set(shown_en)) - {p.id for p in packs}
    if unknown:
        raise ValueError(f"{WORDING_CORRECTIONS}: no rule pack {', '.join(sorted(unknown))}")
    packs.sort(key=lambda p: (p.effective_from, p.id, p.revision))
    for earlier, later in itertools.pairwise(packs):
        same_id = earlier.id == later.id
        same_dates = (earlier.effective_from, earlier.effective_to) == (
            later.effective_from,
            later.effective_to,
        )
        if same_id and (not same_dates or earlier.revision == later.revision):
            raise ValueError(
                f"Packs {earlier.origin} and {later.origin} clash (one id needs the same "
                "dates and a different revision)"
            )
        if not same_id and earlier.effective_from == later.effective_from:
            raise ValueError(f"Packs {earlier.origin} and {later.origin} clash (same start)")
    ids = [p.id for p in packs]
    for pack_id in set(ids):
        # Revisions of one pack sit side by side in date order, or their dates differ.
        positions = [i for i, x in enumerate(ids) if x == pack_id]
        if positions != list(range(positions[0], positions[-1] + 1)):
            raise ValueError(f"Revisions of pack {pack_id} have different dates")
    return PackLibrary(tuple(packs))


@cache
def default_library() -> PackLibrary:
    """The packs shipped with the application, read once per process."""
    return load_packs()


def pack_for(
    reference_date: date, library: PackLibrary | None = None, revision: int | None = None
) -> Pack:
    """The pack that applies to an application received on `reference_date`, at its newest
    revision unless `revision` names an earlier one (to reproduce an old run)."""
    return (library or default_library()).pack_for(reference_date, revision)


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
