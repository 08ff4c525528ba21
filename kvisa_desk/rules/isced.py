"""Suggest an ISCED-F 2013 field code for a free-text field of study, from a keyword table."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kvisa_desk.rules.folder import rules_folder
from kvisa_desk.rules.text import fold

KEYWORDS_FORMAT = "kvisa-isced-keywords/1"
_CODE = re.compile(r"[0-9]{2,4}")  # ASCII only: \d would accept other scripts' digits


@dataclass(frozen=True)
class IscedSuggestion:
    """A suggested code and the keyword that produced it; an officer still has to confirm it."""

    code: str
    keyword: str


def broad_field(code: str | None) -> str | None:
    """The broad field (first two digits) of a 2–4 digit ISCED-F code, else None."""
    if code is None or not _CODE.fullmatch(code):
        return None
    return code[:2]


class IscedKeywords:
    """A keyword table: abbreviations to expand and phrases with their codes, in file order."""

    def __init__(self, abbreviations: dict[str, str], phrases: list[tuple[str, str]]) -> None:
        # Longer abbreviations first so 'elec eng' expands before 'elec'.
        self._abbreviations = sorted(
            ((fold(k).split(), fold(v).split()) for k, v in abbreviations.items()),
            key=lambda pair: -len(pair[0]),
        )
        self._phrases: dict[tuple[str, ...], tuple[str, str, int]] = {}
        for order, (phrase, code) in enumerate(phrases):
            if not _CODE.fullmatch(code):
                raise ValueError(f"ISCED keyword {phrase!r}: {code!r} is not an ISCED-F code")
            self._phrases.setdefault(tuple(fold(phrase).split()), (code, phrase, order))
        self._longest = max((len(key) for key in self._phrases), default=0)

    @classmethod
    def from_toml(cls, data: bytes, origin: str = "<bytes>") -> IscedKeywords:
        doc = tomllib.loads(data.decode("utf-8"))
        if doc.get("format") != KEYWORDS_FORMAT:
            raise ValueError(f"{origin}: format must be {KEYWORDS_FORMAT!r}")
        pairs = [
            (str(phrase), str(entry["code"]))
            for entry in doc["keywords"]
            for phrase in entry["phrases"]
        ]
        return cls({str(k): str(v) for k, v in doc.get("abbreviations", {}).items()}, pairs)

    def expand(self, text: str) -> list[str]:
        """Folded words of `text` with abbreviations written out."""
        words = fold(text).split()
        out: list[str] = []
        i = 0
        while i < len(words):
            for short, long in self._abbreviations:
                if words[i : i + len(short)] == short:
                    out.extend(long)
                    i += len(short)
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def suggest(self, text: str) -> IscedSuggestion | None:
        """Longest matching phrase wins; among equals, the one ending last (the head noun)."""
        words = self.expand(text)
        best: tuple[int, int, int] | None = None
        found: IscedSuggestion | None = None
        for start in range(len(words)):
            for length in range(1, min(self._longest, len(words) - start) + 1):
                hit = self._phrases.get(tuple(words[start : start + length]))
                if hit is None:
                    continue
                rank = (length, start + length, -hit[2])
                if best is None or rank > best:
                    best, found = rank, IscedSuggestion(hit[0], hit[1])
        return found


def keywords_path() -> Path:
    return rules_folder() / "isced_keywords.toml"


@cache
def default_keywords() -> IscedKeywords:
    """The shipped keyword table, read once per process."""
    path = keywords_path()
    return IscedKeywords.from_toml(path.read_bytes(), path.name)


def suggest_isced(text: str, table: IscedKeywords | None = None) -> IscedSuggestion | None:
    """Suggest an ISCED-F code for a field of study: 'MSc Electrical Eng.' -> 0713."""
    return (table or default_keywords()).suggest(text)
