"""Officers by their full names: what the window shows where a record keeps a username."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk import labels
from kvisa_desk.store.models import Officer


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """username → full name, for the accounts that have one (the rest are left out)."""
    wanted = sorted({u for u in usernames if u})
    if not wanted:
        return {}
    rows = session.execute(
        select(Officer.username, Officer.display_name).where(Officer.username.in_(wanted))
    )
    return {username: name.strip() for username, name in rows if name and name.strip()}


def all_full_names(session: Session) -> dict[str, str]:
    """Every account's full name by username (a post has tens of accounts, not thousands)."""
    rows = session.execute(select(Officer.username, Officer.display_name))
    return {username: name.strip() for username, name in rows if name and name.strip()}


# The recorded details that name an account, by event: its sentence names that account by full
# name with the login beside it ("Li Ming (chief)"), as the trail's "Done by" names its actor.
ACCOUNT_DETAILS: dict[str, tuple[str, ...]] = {
    "account_changed": ("account",),
    "account_created": ("username", "account"),
    "account_unlocked": ("account",),
    "password_reset": ("account",),
    "officer_created": ("username",),
    "case_assigned": ("to",),
    "decision_signed_off": ("recommended_by",),
}


def accounts_named(kind: str, details: Mapping[str, Any]) -> list[str]:
    """The usernames an event's details name (an account reset, created, assigned a case)."""
    found = (details.get(key) for key in ACCOUNT_DETAILS.get(kind, ()))
    return [value for value in found if isinstance(value, str) and value]


def account_in_words(username: str, full_name: str, language: str = "en") -> str:
    """An account as a sentence names it: the full name with the login in brackets, or the
    login alone when the account has no full name."""
    if not full_name or full_name == username:
        return username
    return f"{full_name}（{username}）" if language == "zh" else f"{full_name} ({username})"


def actor_in_words(username: str, full_name: str, language: str = "en") -> str:
    """Who did something, as the subject of its sentence: a person by full name and login,
    the program's own actors in words ("Recovery key holder")."""
    if full_name:
        return account_in_words(username, full_name, language)
    return labels.actor(username, "", language)


def with_accounts_in_words(
    kind: str, details: Mapping[str, Any], names: Mapping[str, str], language: str = "en"
) -> Mapping[str, Any]:
    """An event's details for its sentence, each account it names in words (a copy: the
    recorded details stay as they were); an event naming no account, its details as they are."""
    keys = ACCOUNT_DETAILS.get(kind)
    if not keys:
        return details  # most of a trail: no copy per row of an export
    shown = dict(details)
    for key in keys:
        value = details.get(key)
        if isinstance(value, str) and value:
            shown[key] = account_in_words(value, names.get(value, ""), language)
    if kind == "account_created" and not shown.get("username") and shown.get("account"):
        shown["username"] = shown["account"]  # recorded as `account`; the sentence says username
    return shown
