"""Subcommand parsers built only when argparse chooses their subcommand.

Built all at once, the ~50 parsers of `kvisa-desk` took longer than Python's own start-up
(each looks its translations up on disk through gettext). Here every subcommand is listed
with its help line, for `--help` and for argparse's choice, but its parser is built the
first time argparse uses it: `--version` and `--help` build none, `cases` builds one.

Each `*_cmd` module keeps its `register(subcommands)`: it is called once with a lister,
and again, for the chosen subcommand only, to fill that subcommand's real parser in.
"""

from __future__ import annotations

import argparse
from functools import partial

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from types import ModuleType
    from typing import Any

    Register = Callable[[Any], None]


class _Ignored:
    """Takes every call register() makes on a subcommand that is not being built."""

    def __getattr__(self, name: str) -> Callable[..., _Ignored]:
        return self._ignore

    def _ignore(self, *args: Any, **kwargs: Any) -> _Ignored:
        return self


_IGNORED = _Ignored()


class _Deferred:
    """Stands in for a subcommand's parser until argparse first uses it, then is that parser."""

    def __init__(self, build: Callable[[], argparse.ArgumentParser]) -> None:
        self._build = build
        self._parser: argparse.ArgumentParser | None = None

    def __getattr__(self, name: str) -> Any:
        if self._parser is None:
            self._parser = self._build()
        return getattr(self._parser, name)


class _Lister:
    """What register() is given at start-up: each subcommand is listed, none is built."""

    def __init__(self, subcommands: Any, register: Register) -> None:
        self._subcommands, self._register = subcommands, register

    def add_parser(self, name: str, **kwargs: Any) -> _Ignored:
        fill = partial(_fill, self._register, name)
        self._subcommands.add_parser(name, fill=fill, **kwargs)
        return _IGNORED


class _Filler:
    """What register() is given to build one subcommand: that one's parser; others ignored."""

    def __init__(self, name: str, parser: argparse.ArgumentParser) -> None:
        self._name, self._parser = name, parser

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser | _Ignored:
        return self._parser if name == self._name else _IGNORED


def _fill(register: Register, name: str, parser: argparse.ArgumentParser) -> None:
    register(_Filler(name, parser))


def _deferred_parser(*, fill: Callable[[argparse.ArgumentParser], None], **kwargs: Any) -> Any:
    # add_subparsers' parser_class: argparse passes what add_parser was given (prog set).
    def build() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(**kwargs)
        fill(parser)
        return parser

    return _Deferred(build)


def add_subcommands(
    parser: argparse.ArgumentParser, modules: Iterable[ModuleType], **kwargs: Any
) -> None:
    """Add each module's subcommands to PARSER (kwargs go to add_subparsers), built lazily."""
    # argparse calls parser_class(**kwargs) and keeps what it returns: any callable will do.
    subcommands = parser.add_subparsers(parser_class=_deferred_parser, **kwargs)  # type: ignore[call-overload]
    for module in modules:
        module.register(_Lister(subcommands, module.register))
