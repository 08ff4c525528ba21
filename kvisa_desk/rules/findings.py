"""Rule findings as templates with named facts, rendered in the reader's language.

A rule of pack revision 2 or later states what it found as parts: a template id (e.g.
`age.inside`) and the facts the template names. The pack file holds each template in English
and Chinese, and the words for the codes a finding names (document types, tiers, …); a stored
result keeps the parts, so any reader renders them in their own language, now or years later.
Runs of revision 1 kept only an English sentence: they are shown as stored, byte for byte.

This module is a leaf: no Qt, no database, no pack loading (the pack hands it a `Wording`).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

from kvisa_desk.rules.folder import rules_folder
from kvisa_desk.rules.state_names import state_name

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")
ISCED_NAMES_FORMAT = "kvisa-isced-names/1"
_SUBJECT = re.compile(r"(education|employment)\[(\d+)\]")
# Sentences of one finding are joined by a space in English; Chinese needs none after 。.
_JOINER = {"en": " ", "zh": ""}
_LIST = {"en": ", ", "zh": "、"}
_OR = {"en": " or ", "zh": "或"}
# Why an MRZ could not be read is stored in English (rules/mrz.py's MrzFormatError); these
# are its three sentences in Chinese.
_MRZ_PROBLEMS_ZH = (
    (re.compile(r"Character (.+) cannot appear in an MRZ"), "机读区中不能出现字符{0}"),
    (re.compile(r"A TD3 MRZ has 2 lines, got (\d+)"), "护照机读区应为2行，实际为{0}行"),
    (
        re.compile(r"MRZ line (\d+) must be 44 characters of A–Z, 0–9 and '<' \(got (\d+)\)"),
        "机读区第{0}行应为44个字符（A–Z、0–9和“<”），实际为{1}个",
    ),
)


def mrz_problem_text(problem: str, lang: Language) -> str:
    """An unreadable MRZ's stored English reason in `lang`; one not known here as stored."""
    if lang != "zh":
        return problem
    for pattern, chinese in _MRZ_PROBLEMS_ZH:
        found = pattern.fullmatch(problem)
        if found is not None:
            return chinese.format(*found.groups())
    return problem


# Facts holding a nationality or issuing-state code: shown by the state's name (KOR -> 韩国),
# since pack revision 2's templates name them plainly and the pack's bytes are pinned by runs.
_STATE_FACTS = frozenset({"nationality", "issuing_state"})


@dataclass(frozen=True)
class FindingPart:
    """One sentence of a finding: its template id and the facts the template names."""

    template: str
    # Values are JSON: text, numbers, booleans, None, or lists of them (a list of documents).
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {"template": self.template, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> FindingPart:
        return cls(str(raw["template"]), dict(raw.get("params") or {}))


def part(template: str, **params: Any) -> FindingPart:
    return FindingPart(template, params)


@dataclass(frozen=True)
class Wording:
    """A pack's finding templates and the words for codes its findings name, per language."""

    templates: Mapping[str, Mapping[str, str]]  # template id -> {"en": …, "zh": …}
    terms: Mapping[str, Mapping[str, Mapping[str, str]]]  # kind -> code -> {"en": …, "zh": …}
    sources: Mapping[str, Mapping[str, str]]  # rule id -> {"en": …, "zh": …}
    # English as a reader sees it where a correction rewords it (wording_corrections.toml);
    # the engine keeps the pack's English, which each result stores as its message.
    shown_en: Mapping[str, str] = field(default_factory=dict)

    _reading: Wording | None = field(default=None, compare=False, repr=False)

    def for_reading(self, lang: Language) -> Wording:
        """The templates a reader sees in LANG: the English corrections laid over (built
        once: every result shown passes here)."""
        if lang != "en" or not self.shown_en:
            return self
        if self._reading is None:
            templates = {key: dict(pair) for key, pair in self.templates.items()}
            for key, text in self.shown_en.items():
                templates[key]["en"] = text
            object.__setattr__(self, "_reading", replace(self, templates=templates, shown_en={}))
        assert self._reading is not None
        return self._reading

    def term(self, kind: str, code: object, lang: Language) -> str:
        """The word for `code` of `kind`; a code the pack has no word for shows as written."""
        key = "none" if code is None or code == "" else str(code)
        found = self.terms.get(kind, {}).get(key)
        return found[lang] if found else ("" if code is None else str(code))


def placeholders(template: str) -> frozenset[tuple[str, str]]:
    """(name, format spec) of every `{name:spec}` in a template."""
    return frozenset(
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    )


def fact_names(template: str) -> frozenset[str]:
    """The facts a template names."""
    return frozenset(name for name, _ in placeholders(template))


def chinese_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def date_text(value: object, lang: Language) -> str:
    """An ISO date as the reader writes it: 2026-06-01 / 2026年6月1日."""
    if value is None or value == "":
        return ""
    if lang == "en" and isinstance(value, str) and len(value) == 10:
        return value  # stored as ISO already, which is how the English findings write it
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return chinese_date(day) if lang == "zh" else day.isoformat()


def number_text(value: object, lang: Language) -> str:
    """Numbers in Arabic digits (as Chinese official texts write them); 79.5 stays 79.5."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


@cache
def isced_names() -> Mapping[str, Mapping[str, str]]:
    """ISCED-F 2013 codes (broad, narrow, detailed) -> {"en": name, "zh": name}."""
    path = rules_folder() / "isced_names.toml"
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != ISCED_NAMES_FORMAT:
        raise ValueError(f"{path.name}: format must be {ISCED_NAMES_FORMAT!r}")
    names: dict[str, Mapping[str, str]] = {}
    for code, entry in doc["fields"].items():
        if not (isinstance(entry, dict) and entry.get("en") and entry.get("zh")):
            raise ValueError(f"{path.name}: field {code} needs en and zh names")
        names[code] = {"en": entry["en"], "zh": entry["zh"]}
    return names


def isced_name(code: str | None, lang: Language) -> str | None:
    """The ISCED-F 2013 name of a code in the reader's language, None for an unknown code."""
    if code is None:
        return None
    found = isced_names().get(code)
    return found[lang] if found else None


def isced_text(code: object, lang: Language) -> str:
    """`0715 (Mechanics and metal trades)` / `0715（机械与金属行业）`; an unknown code alone."""
    if code is None or code == "":
        return ""
    name = isced_name(str(code), lang)
    if name is None:
        return str(code)
    return f"{code}（{name}）" if lang == "zh" else f"{code} ({name})"


def subject_text(subject: str, wording: Wording, lang: Language) -> str:
    """`education[1]` -> `degree 2` / `学位2`: the officer counts from one."""
    found = _SUBJECT.fullmatch(subject)
    if found is None:
        return subject
    noun = wording.term("subject", found.group(1), lang)
    number = int(found.group(2)) + 1
    return f"{noun}{number}" if lang == "zh" else f"{noun} {number}"


class _Formatter(string.Formatter):
    """str.format with format specs naming how a fact is shown in the reader's language."""

    def __init__(self, wording: Wording, lang: Language) -> None:
        super().__init__()
        self.wording, self.lang = wording, lang

    def format_field(self, value: Any, format_spec: str) -> str:
        lang, words = self.lang, self.wording
        zh = lang == "zh"
        if format_spec == "":
            return "" if value is None else number_text(value, lang)
        if format_spec == "date":
            return date_text(value, lang)
        if format_spec == "isced":
            return isced_text(value, lang)
        if format_spec == "list":
            return _LIST[lang].join(number_text(v, lang) for v in _items(value))
        if format_spec == "quoted":  # applicant's free text, as written
            if not value:
                return words.term("text", "none", lang)
            return f"“{value}”" if zh else f"'{value}'"
        if format_spec == "paren":
            if not value:
                return ""
            return f"（{value}）" if zh else f" ({value})"
        if format_spec == "as_written":  # what was written, when it differs from the code
            if not value:
                return ""
            return f"（填写为{value}）" if zh else f" (written {value})"
        if format_spec == "until":
            if not value:
                return words.term("text", "no_end", lang)
            return words.term("text", "until", lang).format(date=date_text(value, lang))
        if format_spec == "subjects":
            return _LIST[lang].join(subject_text(str(v), words, lang) for v in _items(value))
        if format_spec == "met_by":
            if not value:
                return words.term("text", "not_met", lang)
            return words.term("text", "met_by", lang).format(
                subjects=self.format_field(value, "subjects")
            )
        if format_spec == "candidates":
            return self._candidates(value)
        if format_spec == "refusals":
            return self._refusals(value)
        if format_spec == "mrz_problems":
            return self._mrz_problems(value)
        if format_spec == "document_groups":
            return _LIST[lang].join(
                _OR[lang].join(words.term("document", t, lang) for t in _items(group))
                for group in _items(value)
            )
        if format_spec.endswith("[]"):  # a list of codes of one kind
            kind = format_spec[:-2]
            return _LIST[lang].join(words.term(kind, v, lang) for v in _items(value))
        if format_spec.endswith("|"):  # codes of one kind, any one of which will do
            kind = format_spec[:-1]
            return _OR[lang].join(words.term(kind, v, lang) for v in _items(value))
        return words.term(format_spec, value, lang)

    def state(self, code: Any, written: str | None) -> str:
        """A state by its name with its code, and what was written when it differs:
        `Germany (DEU, written D)`, `德国（DEU，填写为D）`."""
        if not code:
            return ""
        zh = self.lang == "zh"
        name = state_name(str(code), self.lang)
        inside = [str(code)] if name != code else []
        if written:
            inside.append(f"填写为{written}" if zh else f"written {written}")
        if not inside:
            return name
        return f"{name}（{'，'.join(inside)}）" if zh else f"{name} ({', '.join(inside)})"

    def _candidates(self, value: Any) -> str:
        pattern = self.wording.term("text", "candidate", self.lang)
        shown = [
            pattern.format(name=name, id=ident, score=number_text(score, self.lang))
            for name, ident, score in _items(value)
        ]
        return ("；" if self.lang == "zh" else "; ").join(shown)

    def _refusals(self, value: Any) -> str:
        pattern = self.wording.term("text", "refusal", self.lang)
        shown = [
            pattern.format(
                case=case,
                date=date_text(day, self.lang),
                basis=self.wording.term("refusal_basis", basis, self.lang),
            )
            for case, day, basis in _items(value)
        ]
        return _LIST[self.lang].join(shown)

    def _mrz_problems(self, value: Any) -> str:
        shown = []
        for item in _items(value):
            kind, name, *values = item
            label = self.wording.term("mrz_field", name, self.lang)
            if kind == "check_digit":
                pattern = self.wording.term("text", "mrz_check_digit", self.lang)
                shown.append(pattern.format(field=label))
            else:
                pattern = self.wording.term("text", "mrz_mismatch", self.lang)
                shown.append(pattern.format(field=label, mrz=values[0], record=values[1]))
        return ("；" if self.lang == "zh" else "; ").join(shown)


def _items(value: Any) -> Sequence[Any]:
    if value is None:
        return ()
    return value if isinstance(value, list | tuple) else (value,)


@lru_cache(maxsize=1024)
def _compiled(template: str) -> tuple[tuple[str, str | None, str], ...]:
    """(literal text, fact name or None, format spec) pieces, parsed once per template: the
    engine renders every result of every run, so parsing each time would double its cost."""
    return tuple(
        (literal, name, spec or "") for literal, name, spec, _ in string.Formatter().parse(template)
    )


def render_part(
    item: FindingPart, wording: Wording, lang: Language, formatter: _Formatter | None = None
) -> str:
    """One sentence in `lang`; KeyError for a template the pack does not have, or a fact the
    finding does not carry."""
    formatter = formatter or _Formatter(wording, lang)
    out = []
    pieces = _compiled(wording.templates[item.template][lang])
    skip = False
    for at, (literal, name, spec) in enumerate(pieces):
        if skip:  # shown with the state before it
            skip = False
            continue
        out.append(literal)
        if name is None:
            continue
        if not spec and name in _STATE_FACTS:
            written = _written_after(pieces, at, name, item.params)
            out.append(formatter.state(item.params[name], written))
            skip = written is not None
            continue
        value = item.params[name]
        if item.template == "mrz.unreadable" and name == "problem":
            value = mrz_problem_text(str(value), lang)
        out.append(formatter.format_field(value, spec))
    return "".join(out)


def _written_after(
    pieces: tuple[tuple[str, str | None, str], ...],
    at: int,
    name: str,
    params: Mapping[str, Any],
) -> str | None:
    """What was written for a state code, when the template shows it right after the code."""
    if at + 1 >= len(pieces):
        return None
    literal, following, spec = pieces[at + 1]
    if literal or following != f"{name}_written" or spec != "as_written":
        return None
    return str(params.get(following) or "") or None


def render_finding(parts: Sequence[FindingPart], wording: Wording, lang: Language) -> str:
    formatter = _Formatter(wording, lang)
    return _JOINER[lang].join(render_part(item, wording, lang, formatter) for item in parts)


# Sentences already rendered, per wording (held, so its id is not another's) and language.
_RENDERED: dict[tuple[int, Language], tuple[Wording, dict[tuple[str, str], str]]] = {}
_RENDERED_LIMIT = 30_000  # sentences kept per wording and language (~450 bytes each)
_WORDINGS_KEPT = 8  # (wording, language) pairs: a post has a pack or two, in two languages


def render_finding_memoised(parts: Sequence[FindingPart], wording: Wording, lang: Language) -> str:
    """render_finding, each sentence rendered once per (template, facts): a batch renders
    ~25 sentences a case and three in four recur (a degree's award, a valid passport).
    A part is a pure function of its template and facts; the facts' repr tells 1, 1.0 and
    True apart, which compare (and hash) equal."""
    held = _RENDERED.get((id(wording), lang))
    if held is None or held[0] is not wording:
        if len(_RENDERED) >= _WORDINGS_KEPT:
            _RENDERED.clear()  # packs parsed again and again (tests) must not pile up
        held = _RENDERED[(id(wording), lang)] = (wording, {})
    memo = held[1]
    sentences = []
    formatter: _Formatter | None = None
    for item in parts:
        key = (item.template, repr(item.params))
        sentence = memo.get(key)
        if sentence is None:
            formatter = formatter or _Formatter(wording, lang)
            sentence = render_part(item, wording, lang, formatter)
            if len(memo) >= _RENDERED_LIMIT:
                memo.clear()  # bounded: a long batch starts over rather than grow
            memo[key] = sentence
        sentences.append(sentence)
    return _JOINER[lang].join(sentences)


@dataclass(frozen=True)
class ShownFinding:
    """A stored result's finding and source as a reader sees them."""

    finding: str
    source: str
    # False for a run of revision 1: its stored English words, shown as they were.
    translated: bool


def stored_parts(result: Mapping[str, Any]) -> tuple[FindingPart, ...]:
    return tuple(FindingPart.from_dict(raw) for raw in result.get("finding") or ())


def shown_finding(
    result: Mapping[str, Any], wording: Wording | None, lang: Language
) -> ShownFinding:
    """The finding and legal source of a stored result (`RuleResult.to_dict()` shape) in
    `lang`; a result stored before findings were templates keeps its stored English."""
    return show(
        str(result.get("rule_id", "")),
        stored_parts(result),
        str(result.get("message", "")),
        str(result.get("source", "")),
        wording,
        lang,
    )


def show(
    rule_id: str,
    parts: Sequence[FindingPart],
    message: str,
    source: str,
    wording: Wording | None,
    lang: Language,
) -> ShownFinding:
    """A finding in `lang` from its parts; with none (revision 1), the stored words."""
    if not parts or wording is None:
        return ShownFinding(message, source, False)
    try:
        text = render_finding(parts, wording.for_reading(lang), lang)
    except (KeyError, ValueError, IndexError, TypeError):
        return ShownFinding(message, source, False)  # a template since renamed: as stored
    shown_source = wording.sources.get(rule_id, {}).get(lang, source)
    return ShownFinding(text, shown_source, True)
