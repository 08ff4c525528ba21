"""What an officer reads for a stored code, in English or Chinese: resources/vocab/labels.toml.

A leaf like vocab: no Qt, nothing of ours, so the command line, core, the PDF renderer and
the window all read the same catalogue. Languages are "en", "zh" and "pseudo" (English
wrapped in ⟦…⟧, so untranslated text stands out in screenshots); "zh_CN" is read as "zh".
An unknown code is shown as it is stored, so a missing entry is seen, never hidden.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

from kvisa_desk.shipped import resources_dir

LANGUAGES = ("en", "zh")
PSEUDO = "pseudo"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)(?:\|([a-z_]+))?\}")
_SUBJECT = re.compile(r"^(education|employment)\[(\d+)\]$")
_INDEXED_FIELD = re.compile(r"^(education|employment)\[(\d+)\]\.([a-z_]+)$")

Catalogue = dict[str, dict[str, dict[str, str]]]  # table -> code -> language -> text


@cache
def catalogue() -> Catalogue:
    path = resources_dir() / "vocab" / "labels.toml"
    data: Catalogue = tomllib.loads(path.read_text(encoding="utf-8"))
    return data


def language_of(language: str | None) -> str:
    """ "zh_CN", "zh-Hans", "zh" → "zh"; "pseudo" stays; anything else is English."""
    if not language:
        return "en"
    if language == PSEUDO:
        return PSEUDO
    return "zh" if language.lower().startswith("zh") else "en"


def _pick(entry: Mapping[str, str], language: str) -> str:
    lang = language_of(language)
    if lang == PSEUDO:
        return f"⟦{entry['en']}⟧"
    return entry[lang]


@cache
def _codes_by_text() -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for table, entries in catalogue().items():
        for code, entry in entries.items():
            if "{" in entry["en"]:
                continue  # a template, not a label
            for text in (entry["en"], entry["zh"], f"⟦{entry['en']}⟧"):
                found.setdefault(text, (table, code))
    return found


def code_of(text: str) -> tuple[str, str] | None:
    """(table, code) of a label in any language, to show it again in another."""
    return _codes_by_text().get(text)


def has_label(table: str, code: str) -> bool:
    return code in catalogue().get(table, {})


def label(table: str, code: Any, language: str = "en") -> str:
    """CODE of TABLE in LANGUAGE; "" for None; the code itself when the table lacks it."""
    if code is None or code == "":
        return ""
    entry = catalogue()[table].get(str(code))
    return _pick(entry, language) if entry else str(code)


def both(table: str, code: Any, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The label in each language, `Approved / 已批准` (once when they are the same)."""
    texts = dict.fromkeys(label(table, code, lang) for lang in languages)
    return " / ".join(texts)


def outcome(code: str | None, language: str = "en") -> str:
    """A check outcome; None (never checked) reads "Not checked"."""
    return label("outcome", code or "unchecked", language)


def yes_no(value: bool | None, language: str = "en") -> str:
    code = "unknown" if value is None else ("yes" if value else "no")
    return label("answer", code, language)


def actor(username: str, full_name: str = "", language: str = "en") -> str:
    """Who did something, as an officer reads it: an officer by full name (the username when
    the account has none), the program's own actors in words (`recovery-key`,
    `file-access:HOLDER` → "Database file holder (HOLDER)"). An account's name comes first:
    an officer whose username happens to be `system` is still that officer."""
    kind, _, holder = username.partition(":")
    entry = catalogue()["actor"].get(kind)
    if full_name or entry is None:
        return full_name or username
    return _pick(entry, language).format(holder=holder)


def subject(code: str | None, language: str = "en", record: Mapping[str, Any] | None = None) -> str:
    """`education[0]` → "Degree 1 · University of Lagos" (the name from RECORD when given),
    `employment[1]` → "Post 2 · Acme Ltd", None → "Whole case"."""
    if code is None or code == "":
        return label("subject", "case", language)
    found = _SUBJECT.match(code)
    if found is None:
        return code
    kind, index = found.group(1), int(found.group(2))
    text = label("subject", kind, language).format(n=index + 1)
    entries = (record or {}).get(kind) or []
    if index < len(entries) and isinstance(entries[index], Mapping):
        name = entries[index].get("institution" if kind == "education" else "employer")
        if name:
            text = f"{text} · {name}"
    return text


def subjects_in(text: str, language: str = "en", record: Mapping[str, Any] | None = None) -> str:
    """Every `education[i]` / `employment[i]` in TEXT read as its subject label."""
    return re.sub(
        r"\b(?:education|employment)\[\d+\]", lambda m: subject(m.group(0), language, record), text
    )


def field(path: str, language: str = "en") -> str:
    """A record field: `applicant.surname` → "Surname"; `education[0].level` → "Degree 1 · Level"
    (the subject, then the field)."""
    if has_label("field", path):
        return label("field", path, language)
    found = _INDEXED_FIELD.match(path)
    if found is not None:
        kind, index, name = found.groups()
        where = subject(f"{kind}[{index}]", language)
        return f"{where} · {label('field', f'{kind}.{name}', language)}"
    found = _SUBJECT.match(path)
    return subject(path, language) if found else path


def _detail(value: Any, table: str | None, language: str) -> str:
    if table == "subject" and not isinstance(value, list | tuple):
        return subject(None if value is None else str(value), language)  # None: whole case
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return (
            "、".join(_detail(v, table, language) for v in value)
            if language_of(language) == "zh"
            else ", ".join(_detail(v, table, language) for v in value)
        )
    if table == "subject":
        return subject(str(value), language)
    if table == "field":
        return field(str(value), language)
    if table is not None:
        return label(table, value, language)
    if isinstance(value, bool):
        return yes_no(value, language)
    return str(value)


def _filled(template: str, details: Mapping[str, Any], language: str) -> str | None:
    """TEMPLATE with DETAILS filled in; None when a detail it needs was not recorded (a
    subject recorded empty is the whole case, so it is there)."""
    for name, table in _PLACEHOLDER.findall(template):
        if table != "subject" and details.get(name) in (None, "", []):
            return None
    return _PLACEHOLDER.sub(
        lambda m: _detail(details.get(m.group(1)), m.group(2), language), template
    )


def sentence(kind: str, details: Mapping[str, Any], language: str = "en", who: str = "") -> str:
    """A history event in the officer's words, its details filled in. With WHO (who did it,
    in words) a sentence with its subject: "Wang Fang (wangfang) recommended to refuse". An
    event recorded without a detail its sentence needs (an older event) reads shorter: the
    sentence without the detail's part, else its short name."""
    for table, shown in (("history_by", {**details, "who": who}), ("history", details)):
        entry = catalogue()[table].get(kind)
        if entry is None or (table == "history_by" and not who):
            continue
        text = _filled(_pick(entry, language), shown, language)
        if text is not None:
            return text
    return label("event", kind, language)


# The table a recorded detail's value is read through when its event's sentence does not say.
_DETAIL_TABLES = {
    "doc_type": "document", "effective_outcome": "outcome", "outcome": "outcome",
    "to_outcome": "outcome", "recommendation": "recommendation", "sign_off": "sign_off",
    "letter_kind": "letter_kind", "language": "language", "role": "role", "subject": "subject",
    "fields": "field", "requested_documents": "document", "purpose": "purpose",
}  # fmt: skip


_PAIRS = {"before": "after", "after": "before", "from": "to", "to": "from"}  # read alike


def _value_words(value: Any, table: str | None, language: str) -> str:
    if isinstance(value, Mapping):
        return "; ".join(
            f"{detail_name(str(k), language)}: {_value_words(v, None, language)}"
            for k, v in value.items()
        )
    if isinstance(value, list | tuple) and any(isinstance(v, list | tuple) for v in value):
        # e.g. grounds: [[rule, subject], …] → "K-REF-01, K-DOC-01 (Degree 1)"
        parts = []
        for item in value:
            words = [_value_words(v, None, language) for v in item if v not in (None, "")]
            parts.append(words[0] + (f" ({', '.join(words[1:])})" if words[1:] else ""))
        return ", ".join(parts)
    if isinstance(value, list | tuple):
        return ", ".join(_detail(v, table, language) for v in value)
    return _detail(value, table, language)


# Details kept for the machine (row versions, row numbers, the digest a check run's facts
# are matched by: "Checks current" says it in words): the officer reads the rest.
UNREAD_DETAILS = frozenset(
    {
        "version", "decision_id", "run_id", "document_id", "letter_id", "note", "personal_ref",
        "facts_digest",
    }
)  # fmt: skip


def detail_name(key: str, language: str = "en", kind: str = "") -> str:
    """A recorded detail's name in words (as its event names it, `case_assigned.to` →
    "Assigned to"); a name the catalogue lacks reads with spaces."""
    if kind and has_label("detail", f"{kind}.{key}"):
        return label("detail", f"{kind}.{key}", language)
    if has_label("detail", key):
        return label("detail", key, language)
    return key.replace("_", " ").capitalize()


def detail_words(
    kind: str, details: Mapping[str, Any], language: str = "en"
) -> list[tuple[str, str]]:
    """An event's recorded details as (name, value) in words, codes read as labels;
    details recorded empty, row versions and row numbers are left out."""
    entry = catalogue()["history"].get(kind)
    through = dict(_PLACEHOLDER.findall(entry["en"])) if entry else {}
    found = []
    for key in sorted(details):
        value = details[key]
        if value is None or value == "" or value == [] or key in UNREAD_DETAILS:
            continue
        partner = _PAIRS.get(key, key)
        table = through.get(key) or through.get(partner) or _DETAIL_TABLES.get(key)
        if table and table.endswith("_verb"):
            table = table.removesuffix("_verb")  # a value stands alone: "Verified", not "verified"
        found.append((detail_name(key, language, kind), _value_words(value, table, language)))
    return found
