"""Errors that services raise for the CLI and the window to explain; each maps to an exit code."""

from __future__ import annotations


class ServiceError(Exception):
    exit_code = 2


class InvalidInput(ServiceError):
    exit_code = 2


class PermissionRefused(ServiceError):
    exit_code = 3


class AuthenticationFailed(ServiceError):
    exit_code = 3


class NotFound(ServiceError):
    exit_code = 4


class Conflict(ServiceError):
    exit_code = 4


class WriteFailed(ServiceError):
    """The disk or the database would not take a write: full, read-only, locked, failing."""

    exit_code = 2


class ServerUnreachable(WriteFailed):
    """The shared database server cannot be reached; the officer's typing is kept to retry."""


def in_plain_words(error: BaseException) -> BaseException:
    """A disk or database failure as a WriteFailed the officer can act on; others unchanged."""
    if isinstance(error, ServiceError):
        return error
    from kvisa_desk.store.faults import explain, unreachable

    said = explain(error)
    if said is None:
        return error
    plain = ServerUnreachable(said) if unreachable(error) else WriteFailed(said)
    plain.__cause__ = error
    return plain
