"""Convert frozen dataclasses (the facts snapshot) to and from JSON-safe dicts, canonically.

Generic and below facts.py: the snapshot imports its codec, never the other way round.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


# Values encode() returns unchanged; tested inline so most fields cost no function call.
_PLAIN = frozenset({str, int, bool, float, type(None)})


@cache
def _dataclass_encoder(cls: type) -> Callable[[Any], dict[str, object]]:
    """A dataclass's encoder: the field loop of encode() unrolled once per class."""
    names = _field_names(cls)
    fields = [
        f"{name!r}: (x if (x := value.{name}).__class__ in plain else encode(x))" for name in names
    ]
    # Fields a later revision added are left out while unset, so an earlier revision's
    # snapshot encodes (and digests) exactly as it always did.
    omitted = [name for name in names if name in getattr(cls, "LATER_REVISION_FIELDS", ())]
    source = "def encode_fields(value):\n    out = {" + ", ".join(fields) + "}\n"
    source += "".join(f"    if out[{name!r}] is None: del out[{name!r}]\n" for name in omitted)
    source += "    return out\n"
    scope: dict[str, Any] = {"plain": _PLAIN, "encode": encode}
    exec(compile(source, f"<facts encoder of {cls.__name__}>", "exec"), scope)
    return cast(Callable[[Any], dict[str, object]], scope["encode_fields"])


def encode(value: object) -> object:
    """Dataclasses to dicts, tuples to lists, dates to ISO strings; other values unchanged."""
    kind: Any = type(value)
    if kind in _PLAIN:
        return value  # the common case first: checking 100,000 cases encodes millions of these
    if kind is tuple or kind is list:
        return [x if x.__class__ in _PLAIN else encode(x) for x in cast(Any, value)]
    if hasattr(kind, "__dataclass_fields__"):
        return _dataclass_encoder(kind)(value)
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, datetime):
        # A datetime would encode with a time and never decode back to the same date.
        raise TypeError(f"Facts hold calendar dates, not datetimes: {value!r}")
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_json(data: object) -> str:
    """The one JSON spelling of `data` that digests are computed over."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest_of_encoded(data: object) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def decode_dataclass(cls: type[T], data: object, path: str) -> T:
    """Rebuild a dataclass from encode()'s output; unknown keys and wrong types raise ValueError."""
    result = _decode(cls, data, path)
    assert isinstance(result, cls)
    return result


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: object, path: str) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, value, path)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(typing.get_args(tp), value, path)
    if origin is typing.Literal:
        if value not in typing.get_args(tp):
            allowed = ", ".join(repr(a) for a in typing.get_args(tp))
            raise ValueError(f"{path}: {value!r} is not one of {allowed}")
        return value
    if origin is tuple:
        return _decode_tuple(typing.get_args(tp), value, path)
    if tp is date:
        return _decode_date(value, path)
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp in (str, bool) and type(value) is tp:
        return value
    if tp is int and type(value) is int:
        return value
    raise ValueError(f"{path}: expected {getattr(tp, '__name__', tp)}, got {value!r}")


def _decode_dataclass(cls: Any, value: object, path: str) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{path}: expected an object, got {value!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ValueError(f"{path}: unknown field(s) {', '.join(map(str, unknown))}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in value:
            kwargs[name] = _decode(hints[name], value[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ValueError(f"{path}.{name}: required field is missing")
    return cls(**kwargs)


def _decode_union(arms: tuple[Any, ...], value: object, path: str) -> Any:
    if value is None and type(None) in arms:
        return None
    errors = []
    for arm in arms:
        if arm is type(None):
            continue
        try:
            return _decode(arm, value, path)
        except ValueError as exc:
            errors.append(str(exc))
    raise ValueError(errors[0] if len(errors) == 1 else f"{path}: {value!r} fits no allowed type")


def _decode_tuple(args: tuple[Any, ...], value: object, path: str) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{path}: expected a list, got {value!r}")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, f"{path}[{i}]") for i, item in enumerate(value))
    if len(value) != len(args):
        raise ValueError(f"{path}: expected {len(args)} items, got {len(value)}")
    pairs = enumerate(zip(args, value, strict=True))
    return tuple(_decode(arg, item, f"{path}[{i}]") for i, (arg, item) in pairs)


def _decode_date(value: object, path: str) -> date:
    # Only the strict YYYY-MM-DD spelling round-trips; fromisoformat alone also takes 20251015.
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{path}: expected a date as YYYY-MM-DD, got {value!r}")
