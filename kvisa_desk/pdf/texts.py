"""Letter and summary wording per language, from resources/letters/<lang>.toml.

Templates are plain text with `$name` placeholders (Python's string.Template). The
template text is escaped for Platypus like any value, so it prints literally too; each
placeholder is then replaced by its value, already turned into escaped markup (with a font
per script). No markup ever comes from a template or a value.
"""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from string import Template
from typing import Any, cast
from xml.sax.saxutils import escape

from kvisa_desk.pdf.fonts import markup
from kvisa_desk.shipped import resources_dir

TEXT_LANGUAGES = ("en", "zh")
_lock = threading.Lock()


class TextsError(ValueError):
    """A letter texts file is missing, malformed, or lacks an entry that is needed."""


@dataclass(frozen=True)
class Texts:
    """One language's texts: `get("labels.reference")` and friends."""

    language: str
    data: Mapping[str, Any]

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise TextsError(f"resources/letters/{self.language}.toml has no {key!r}")
            node = node[part]
        return node

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str):
            raise TextsError(f"{self.language}.toml: {key!r} is not a string")
        return value

    def texts(self, key: str) -> list[str]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TextsError(f"{self.language}.toml: {key!r} is not a list of strings")
        return cast(list[str], value)

    def lookup(self, table: str, code: str) -> str | None:
        """The entry CODE of TABLE, or None when the table has none."""
        node = self.raw(table)
        value = node.get(code) if isinstance(node, Mapping) else None
        return value if isinstance(value, str) else None

    # -- filling ---------------------------------------------------------------------------

    def fill(self, key: str, values: Mapping[str, str] | None = None) -> str:
        """The template KEY as paragraph markup, its placeholders filled with VALUES (plain
        text, escaped here)."""
        return fill(self.text(key), values or {}, where=f"{self.language}.toml: {key}")

    def plain(self, key: str, values: Mapping[str, str] | None = None) -> str:
        """The template KEY filled with VALUES as plain text (for the canvas, not markup)."""
        try:
            return Template(self.text(key)).substitute(values or {})
        except (KeyError, ValueError) as exc:
            raise TextsError(f"{self.language}.toml: {key}: bad placeholder {exc}") from None

    # -- dates -------------------------------------------------------------------------------

    def date(self, day: date) -> str:
        """15 October 2025 / 2025年10月15日, from the [dates] table."""
        months = self.texts("dates.months")
        return self.plain_template(
            "dates.date", day=str(day.day), month=months[day.month - 1], year=str(day.year)
        )

    def time(self, moment: datetime) -> str:
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def days(self, count: int) -> str:
        return self.plain_template("dates.days_one" if count == 1 else "dates.days", n=str(count))

    def plain_template(self, key: str, **values: str) -> str:
        return self.plain(key, values)


def fill(template: str, values: Mapping[str, str], *, where: str = "template") -> str:
    """Escape TEMPLATE, then put each value in as escaped markup (font per script)."""
    try:
        return Template(escape(template)).substitute({k: markup(v) for k, v in values.items()})
    except (KeyError, ValueError) as exc:
        raise TextsError(f"{where}: bad placeholder {exc}") from None


@cache
def load_texts(language: str) -> Texts:
    """The texts of LANGUAGE ("en" or "zh"), read once."""
    if language not in TEXT_LANGUAGES:
        raise TextsError(f"no letter texts for language {language!r}")
    path = resources_dir() / "letters" / f"{language}.toml"
    with _lock:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise TextsError(f"cannot read {path}: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise TextsError(f"{path}: {exc}") from None
    return Texts(language, data)


def languages_of(language: str) -> tuple[str, ...]:
    """("en",), ("zh",) or ("en", "zh") for "en+zh"."""
    parts = tuple(language.split("+"))
    if (
        not parts
        or any(part not in TEXT_LANGUAGES for part in parts)
        or len(set(parts)) != len(parts)
    ):
        raise TextsError(f"unknown letter language {language!r}")
    return parts
