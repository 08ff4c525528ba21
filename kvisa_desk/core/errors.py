"""Errors that services raise for the CLI and the window to explain; each maps to an exit code.

An error the window shows carries a message id and its parameters beside its English text:
`AuthenticationFailed.said("sign_in.locked", username="wang", minutes=15)`. The CLI prints
the English (`str(error)`, from MESSAGES); the window looks the id up in its own catalogue and
renders it in the officer's language (kvisa_desk.ui.widgets.error_text), falling back to the
English for an error that has no id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from kvisa_desk.store.faults import FAULT_MESSAGES
from kvisa_desk.store.migrate import MIGRATE_MESSAGES

# English templates of the errors that carry an id; the window has its own for each id.
MESSAGES: dict[str, str] = {
    "sign_in.refused": (
        "sign-in refused: unknown user or wrong password (check KVISA_USER and KVISA_PASSWORD)"
    ),
    "sign_in.refused_tries": (
        "sign-in refused: unknown user or wrong password (check KVISA_USER and KVISA_PASSWORD); "
        "tries left before a lockout: {left}"
    ),
    "sign_in.refused_locked": (
        "sign-in refused: unknown user or wrong password; after too many failed tries "
        "{username} is locked for {minutes} minutes (or until an administrator unlocks it)"
    ),
    "sign_in.locked": (
        "account {username} is locked after too many failed sign-ins; "
        "try again in {minutes} minutes or ask an administrator"
    ),
    "sign_in.locked_read_only": "account {username} is locked; ask an administrator",
    "sign_in.no_key": (
        "{username} has no key for this encrypted database yet: ask an administrator to set "
        "a one-time password for {username} (kvisa-desk user reset {username}, or "
        "Administration > Accounts in the window)"
    ),
    "account.not_active": (
        "{username!r} is not an active KVisa Desk account; ask an administrator for one"
    ),
    "account.must_change_password": (
        "{username} must change the password an administrator set before doing anything "
        "else: kvisa-desk user passwd (or sign in to the window)"
    ),
    "account.may_not": "{username} ({role}) may not {permission}",
    "case.not_found": "case {case_ref} does not exist",
    "approval.open_reviews": (
        "case {case_ref} {not_yet_pass}; still open: {listed}. A refusal or a request for "
        "documents needs no such step."
    ),
    "decision.reasoning_needed": "a recommendation needs the officer's reasoning (--reason)",
    "decision.terms_needed": (
        "an approval needs the visa terms: entries (1, 2 or multiple), validity days and "
        "stay days; there are no defaults"
    ),
    "decision.terms_missing": (
        "an approval needs the visa terms the officer sets (there are no defaults): "
        "missing {missing}"
    ),
    "decision.interview_incomplete": "an interview needs both its date and time and its place",
    "decision.reply_by_not_after_today": "the reply-by date {date} is not after today",
    "decision.grounds_needed": (
        "a refusal needs at least one ground from the check results (--grounds RULE_ID)"
    ),
    "decision.no_missing_documents": (
        "the latest check run found no document missing: name the documents to "
        "request (--documents)"
    ),
    "decision.already_pending": (
        "case {case_ref} already has a recommendation{by} awaiting sign-off"
    ),
    "decision.not_recommendable": (
        "case {case_ref} is {status_words}: it takes no new recommendation"
    ),
    "decision.not_checked": (
        "case {case_ref} has not been checked: run the checks before recommending"
    ),
    "decision.case_changed": (
        "case {case_ref} changed since you opened it (version {expected}, now {version}): "
        "reload it and try again"
    ),
    "sign_off.reason_needed": "sending a recommendation back needs a reason (--reason)",
    "sign_off.nothing_pending": "case {case_ref} has no recommendation awaiting sign-off",
    "sign_off.own": (
        "{actor} recommended this {recommendation} and may not sign it off: another supervisor must"
    ),
    "decision.checks_stale": (
        "case {case_ref}: the latest check run (run {run_id}) is older than the latest change "
        "to the case's facts; run the checks again, then recommend on the new results"
    ),
    "sign_off.checks_stale": (
        "case {case_ref}: the case's facts changed after the check run this recommendation "
        "rests on (run {run_id}); return it, so the officer runs the checks again and "
        "recommends on the new results"
    ),
    "documents.post_key_needed": (
        "cannot attach {name!r}: this database keeps every document sealed with its post key, "
        "and the key is not on this computer; nothing was stored. An administrator imports "
        "it here with `kvisa-desk db post-key import FILE` (a file exported on a computer "
        "that has it), or makes the post's key with `kvisa-desk db post-key generate` if it "
        "has none yet"
    ),
    "letters.post_unnamed": (
        "post {post} has not set its name for letters yet: the letterhead would read only "
        "\"Embassy of the People's Republic of China\". A supervisor sets the mission's name, in "
        "English and in Chinese, in Administration > Post settings > Working settings (or "
        "kvisa-desk settings set --post {post} letterhead_name_en=... letterhead_name_zh=...); "
        "no letter was issued and no number taken"
    ),
    **FAULT_MESSAGES,
    **MIGRATE_MESSAGES,
}

E = TypeVar("E", bound="ServiceError")


class ServiceError(Exception):
    exit_code = 2
    message_id: str | None = None
    params: Mapping[str, Any] = {}

    @classmethod
    def said(cls: type[E], message_id: str, **params: Any) -> E:
        """The error MESSAGE_ID with PARAMS: English from MESSAGES, the id kept for the window."""
        error = cls(MESSAGES[message_id].format(**params))
        error.message_id, error.params = message_id, params
        return error


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
    from kvisa_desk.store.faults import explanation, unreachable

    found = explanation(error)
    if found is None:
        return error
    message_id, params = found
    kind = ServerUnreachable if unreachable(error) else WriteFailed
    plain = kind.said(message_id, **params)
    plain.__cause__ = error
    return plain
