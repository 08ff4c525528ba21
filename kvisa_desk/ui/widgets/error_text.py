"""Core's errors in the window's language.

An error that carries a message id (core.errors.ServiceError.said) is rendered here from the
window's own wording of that id, translated like any other string; the CLI keeps printing
the English. An error with no id falls back to its English text, so nothing is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.database import OpeningRefused
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, outcome_label, subject_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


# The window's wording of each message id (English source; Chinese in the .ts catalogue).
# Unlike the CLI's, sign-in messages name no environment variable: the officer typed them.
WINDOW_MESSAGES: dict[str, str] = {
    "sign_in.refused": QT_TRANSLATE_NOOP(
        "ErrorText", "Sign-in refused: unknown user name or wrong password."
    ),
    "sign_in.refused_tries": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Sign-in refused: unknown user name or wrong password. Tries left before the account "
        "is locked for a while: {left}.",
    ),
    "sign_in.refused_locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Sign-in refused: unknown user name or wrong password. After too many failed tries, "
        "{username} is locked for {minutes} minutes. Try again then, or ask an administrator "
        "to unlock it.",
    ),
    "sign_in.locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Account {username} is locked after too many failed sign-ins. Try again in "
        "{minutes} minutes, or ask an administrator.",
    ),
    "sign_in.locked_read_only": QT_TRANSLATE_NOOP(
        "ErrorText", "Account {username} is locked. Ask an administrator."
    ),
    "sign_in.no_key": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{username} cannot open this encrypted database yet: the account has no key for it. "
        "Ask an administrator to set you a one-time password (Administration ▸ Accounts).",
    ),
    "account.not_active": QT_TRANSLATE_NOOP(
        "ErrorText", "{username} is not an active KVisa Desk account. Ask an administrator for one."
    ),
    "account.must_change_password": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{username} must change the password an administrator set before doing anything "
        "else: sign in again to change it.",
    ),
    "account.may_not": QT_TRANSLATE_NOOP("ErrorText", "{username} ({role}) may not {permission}."),
    "case.not_found": QT_TRANSLATE_NOOP("ErrorText", "Case {case_ref} does not exist."),
    "documents.post_key_needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name}: this database keeps every document sealed with the post key, and the key "
        "is not on this computer, so nothing was stored. Ask an administrator to import the "
        "post key here with Administration ▸ Post key… (or to generate it there, if the "
        "post has none yet).",
    ),
    "letters.post_unnamed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Post {post} has not set the mission's name for its letters, so the letterhead would "
        "read only “Embassy of the People's Republic of China”. A supervisor sets both "
        "Letterhead name (English) and Letterhead name (Chinese) under Administration ▸ Post "
        "settings… ▸ Working settings. No letter was issued and no number was taken.",
    ),
    "approval.open_reviews": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Case {case_ref} cannot be approved until every result passes. Still open:\n"
        "{open_list}\n"
        "A refusal or a request for documents needs no such step.",
    ),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The disk is full: a file{which} could not be written and nothing was saved. Free "
        "some space (or ask IT to) and try again.",
    ),
    "file.read_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A file{which} cannot be written here (no permission, or a read-only disk); nothing "
        "was saved.",
    ),
    "file.failed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A file{which} could not be read or written ({reason}); nothing was saved. Try again.",
    ),
    "database.read_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database is open read-only: nothing can be saved. Open it writable to make changes.",
    ),
    "database.disk_full": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The disk holding the database is full: nothing was saved. Free some space and try again.",
    ),
    "database.locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database is locked by another program and stayed locked past the waiting time: "
        "nothing was saved. Close the other program (or wait) and try again.",
    ),
    "database.unreachable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database server cannot be reached: nothing was saved. Check the network; what "
        "you typed is kept, try again when the server is back.",
    ),
    "database.refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database refused the change ({reason}); nothing was saved. Try again.",
    ),
    "database.too_new": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This database is at schema revision {revision}, which this version of KVisa Desk "
        "({head}) does not know: it was written by a newer version. Update KVisa Desk to that "
        "version or newer; the database was not changed.",
    ),
    "database.upgrade_needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This post's shared database is at schema revision {revision}, older than the {head} "
        "this version of KVisa Desk expects. Ask the administrator to run {command} (it "
        "upgrades the database once for every officer); nothing was changed.",
    ),
}

_ROLES: dict[str, str] = {
    "officer": QT_TRANSLATE_NOOP("ErrorText", "officer"),
    "supervisor": QT_TRANSLATE_NOOP("ErrorText", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("ErrorText", "administrator"),
}

# core.accounts.permissions.Permission values, in the officer's words.
_PERMISSIONS: dict[str, str] = {
    "view cases": QT_TRANSLATE_NOOP("ErrorText", "view cases"),
    "work on cases": QT_TRANSLATE_NOOP("ErrorText", "work on cases"),
    "import applications": QT_TRANSLATE_NOOP("ErrorText", "import applications"),
    "run the eligibility checks": QT_TRANSLATE_NOOP("ErrorText", "run the eligibility checks"),
    "override a rule result": QT_TRANSLATE_NOOP("ErrorText", "override a rule result"),
    "record a recommendation": QT_TRANSLATE_NOOP("ErrorText", "record a recommendation"),
    "sign off a recommendation": QT_TRANSLATE_NOOP("ErrorText", "sign off a recommendation"),
    "issue letters": QT_TRANSLATE_NOOP("ErrorText", "issue letters"),
    "export case data": QT_TRANSLATE_NOOP("ErrorText", "export case data"),
    "change the post's settings": QT_TRANSLATE_NOOP("ErrorText", "change the post's settings"),
    "change the institution registry": QT_TRANSLATE_NOOP(
        "ErrorText", "change the institution registry"
    ),
    "view the audit trail": QT_TRANSLATE_NOOP("ErrorText", "view the audit trail"),
    "manage accounts": QT_TRANSLATE_NOOP("ErrorText", "manage accounts"),
    "upgrade, back up or restore the database": QT_TRANSLATE_NOOP(
        "ErrorText", "upgrade, back up or restore the database"
    ),
    "purge cases past retention": QT_TRANSLATE_NOOP("ErrorText", "purge cases past retention"),
}


def _translated(table: Mapping[str, str], code: Any) -> str:
    return tr(table[code]) if code in table else str(code)


def _which(params: Mapping[str, Any]) -> str:
    name = str(params.get("name") or "")
    return tr(" ({name})").format(name=name) if name else ""


# Parameters the window words itself (codes made words); the rest are shown as given.
_SHOWN: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "role": lambda p: _translated(_ROLES, p.get("role")),
    "permission": lambda p: _translated(_PERMISSIONS, p.get("permission")),
    "which": _which,
    "count": lambda p: len(p.get("open_reviews") or ()),
}


Step = Callable[[str], str | None]  # a rule id -> the step that resolves it, in words


def open_review_lines(params: Mapping[str, Any], step: Step | None = None) -> list[str]:
    """An approval refusal's open results, one line each, in the window's words, with the
    step that resolves each where STEP knows it."""
    lines = []
    for item in params.get("open_reviews") or ():
        rule_id = str(item.get("rule", ""))
        about = rule_id
        if item.get("subject"):
            about += f" ({subject_label(item['subject'])})"
        line = f"• {about} · {outcome_label(item.get('effective_outcome'))}"
        action = step(rule_id) if step is not None else None
        lines.append(tr("{result}: {step}").format(result=line, step=action) if action else line)
    return lines


def error_text(error: BaseException, step: Step | None = None) -> str:
    """What the window says for ERROR, in its language: core's message by its id where it
    has one, else core's English text (or the exception's repr, for an unexpected one).
    STEP words the step that resolves an open result, for an approval refused for them."""
    # Core's errors, and the store's refusals to open a database, carry an id the same way.
    message_id = getattr(error, "message_id", None)
    given: Mapping[str, Any] = getattr(error, "params", None) or {}
    if message_id in WINDOW_MESSAGES:
        params = dict(given)
        for name, shown in _SHOWN.items():
            params[name] = shown(given)
        params["open_list"] = "\n".join(open_review_lines(given, step))
        try:
            return tr(WINDOW_MESSAGES[message_id]).format(**params)
        except (KeyError, IndexError, ValueError):
            return str(error)  # a translation naming a parameter core did not give
    if isinstance(error, ServiceError | OSError | ValueError | OpeningRefused):
        return str(error)
    return repr(error)
