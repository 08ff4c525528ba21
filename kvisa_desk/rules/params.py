"""Pack parameters: their declared types and limits, and a post's validated overrides."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, get_args

ParamValue = int | str | bool | date | tuple[str, ...]
ParamKind = Literal["int", "str", "bool", "date", "str_list"]
PARAM_KINDS: tuple[str, ...] = get_args(ParamKind)


@dataclass(frozen=True)
class ParameterSpec:
    """One parameter a pack declares: its type, default and the values a post may choose."""

    name: str
    kind: ParamKind
    default: ParamValue
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    overridable: bool = True
    assumption: bool = False
    description: str = ""

    def coerce(self, value: object) -> ParamValue:
        """Check `value` against this spec and return it in canonical form, or raise ValueError."""
        checked = self._typed(value)
        items = checked if isinstance(checked, tuple) else (checked,)
        for item in items:
            if isinstance(item, str):
                self._check_text(item)
        if isinstance(checked, int) and not isinstance(checked, bool):
            if self.minimum is not None and checked < self.minimum:
                raise ValueError(f"Parameter {self.name!r}: {checked} is below {self.minimum}")
            if self.maximum is not None and checked > self.maximum:
                raise ValueError(f"Parameter {self.name!r}: {checked} is above {self.maximum}")
        return checked

    def _typed(self, value: object) -> ParamValue:
        kind = self.kind
        if kind == "bool" and isinstance(value, bool):
            return value
        # bool is a subclass of int; a True where a number belongs is a mistake, not 1.
        if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            return value
        if kind == "str" and isinstance(value, str):
            return value
        if kind == "date":
            if isinstance(value, date) and not isinstance(value, datetime):
                return value
            if isinstance(value, str) and len(value) == 10:
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    pass
        if kind == "str_list" and isinstance(value, list | tuple):
            items = tuple(value)
            if all(isinstance(item, str) for item in items):
                return tuple(str(item) for item in items)
        raise ValueError(f"Parameter {self.name!r} must be of type {kind}, got {value!r}")

    def _check_text(self, text: str) -> None:
        if self.choices and text not in self.choices:
            raise ValueError(
                f"Parameter {self.name!r}: {text!r} is not one of {', '.join(self.choices)}"
            )
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            raise ValueError(f"Parameter {self.name!r}: {text!r} does not match {self.pattern}")


@dataclass(frozen=True)
class Parameters:
    """The parameter values one check runs with, tied to the pack (and revision) that
    declared them."""

    pack_id: str
    values: tuple[tuple[str, ParamValue], ...]
    revision: int = 1

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self.values)

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _ in self.values)

    def __getitem__(self, name: str) -> ParamValue:
        # Rules read parameters hundreds of thousands of times in a batch: a memoised dict.
        lookup = self.__dict__.get("_lookup")
        if lookup is None:
            lookup = dict(self.values)
            self.__dict__["_lookup"] = lookup
        try:
            return lookup[name]  # type: ignore[no-any-return]
        except KeyError:
            raise KeyError(f"Pack {self.pack_id} has no parameter {name!r}") from None

    def get_int(self, name: str) -> int:
        value = self[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"Parameter {name!r} is not an int")
        return value

    def get_str(self, name: str) -> str:
        value = self[name]
        if not isinstance(value, str):
            raise TypeError(f"Parameter {name!r} is not a str")
        return value

    def get_date(self, name: str) -> date:
        value = self[name]
        if not isinstance(value, date):
            raise TypeError(f"Parameter {name!r} is not a date")
        return value

    def get_list(self, name: str) -> tuple[str, ...]:
        value = self[name]
        if not isinstance(value, tuple):
            raise TypeError(f"Parameter {name!r} is not a list")
        return value

    def to_dict(self) -> dict[str, object]:
        """JSON-safe form: dates as ISO strings, lists as lists."""
        out: dict[str, object] = {}
        for name, value in self.values:
            if isinstance(value, date):
                out[name] = value.isoformat()
            elif isinstance(value, tuple):
                out[name] = list(value)
            else:
                out[name] = value
        return out


def build_parameters(
    pack_id: str,
    specs: tuple[ParameterSpec, ...],
    overrides: Mapping[str, object],
    revision: int = 1,
) -> Parameters:
    """Defaults of `specs` with `overrides` applied; every key and value is checked."""
    by_name = {spec.name: spec for spec in specs}
    for key in overrides:
        if key not in by_name:
            known = ", ".join(sorted(by_name))
            raise ValueError(f"Unknown parameter {key!r} for pack {pack_id}; known: {known}")
        if not by_name[key].overridable:
            raise ValueError(f"Parameter {key!r} of pack {pack_id} is fixed and cannot be changed")
    values = {
        spec.name: spec.coerce(overrides[spec.name]) if spec.name in overrides else spec.default
        for spec in specs
    }
    _check_consistency(pack_id, values)
    return Parameters(pack_id, tuple(sorted(values.items())), revision)


def _check_consistency(pack_id: str, values: Mapping[str, ParamValue]) -> None:
    # An inverted band would make every applicant fail or pass silently.
    low, high = values.get("age_min"), values.get("age_max")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        raise ValueError(f"Parameter 'age_min' ({low}) is above 'age_max' ({high}) in {pack_id}")
    # A floor above the match threshold would hide the very candidates that match.
    floor, score = values.get("institution_candidate_floor"), values.get("institution_match_score")
    if isinstance(floor, int) and isinstance(score, int) and floor > score:
        raise ValueError(
            f"Parameter 'institution_candidate_floor' ({floor}) is above "
            f"'institution_match_score' ({score}) in {pack_id}"
        )
