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
