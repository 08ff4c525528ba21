"""Flags on accounts whose password someone else set, and on what they signed meanwhile.

An administrator who sets a one-time password (a reset, or a new account) and whoever
recovers an administrator account from the database file can sign in as that account until
its owner notices. So, as the trust model says, such an account is *flagged* from that
moment until its owner has changed the password and 24 hours have passed; every sign-off and
approval it records meanwhile is shown on the supervisors' dashboard and in
`audit verify --report`.

Everything is read from the audit trail (whose chain `audit verify` checks), not from the
accounts table, which the file's holder could edit without a trace. Account events are
post-wide (no case), so they are found through the events' case index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent, format_case_ref

FLAG_WINDOW = timedelta(hours=24)
RECOVERY_PREFIX = "file-access:"
RECOVERY_KEY_ACTOR = "recovery-key"  # who `db unlock` records (accounts.recover_with_recovery_key)
_ACCOUNT_KINDS = ("password_reset", "account_created", "password_changed")
_ACT_KINDS = ("decision_signed_off", "decision_recommended")


def _aware(moment: datetime) -> datetime:
    # SQLite gives naive UTC, PostgreSQL aware times.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


@dataclass(frozen=True)
class PasswordSetByOther:
    """A password someone other than the account's owner set (and so knows)."""

    account: str
    at: datetime
    by: str
    how: str  # "reset" by an administrator, "recovery" from the file, "new account"
    owner_changed_at: datetime | None  # the owner's own change after it, if any

    @property
    def flagged_until(self) -> datetime | None:
        """When the flag ends; None while the owner has not changed the password."""
        if self.owner_changed_at is None:
            return None
        return max(self.owner_changed_at, self.at + FLAG_WINDOW)

    def covers(self, moment: datetime) -> bool:
        until = self.flagged_until
        return self.at <= moment and (until is None or moment < until)

    def describe(self) -> str:
        what = {
            "reset": f"password reset by {self.by}",
            "recovery": f"recovered without sign-in by {self.by}",
            "new account": f"account made with a one-time password by {self.by}",
        }[self.how]
        until = self.flagged_until
        end = (
            "until the owner changes the password and 24 hours pass"
            if until is None
            else f"until {until:%Y-%m-%d %H:%M} UTC"
        )
        return f"{what} at {self.at:%Y-%m-%d %H:%M} UTC, flagged {end}"

    def to_json(self) -> dict[str, Any]:
        until = self.flagged_until
        return {
            "account": self.account,
            "at": self.at.isoformat(),
            "by": self.by,
            "how": self.how,
            "owner_changed_at": _iso(self.owner_changed_at),
            "flagged_until": _iso(until),
        }


@dataclass(frozen=True)
class FlaggedAct:
    """A sign-off or approval recorded by an account while it was flagged."""

    event_id: int
    at: datetime
    officer: str
    act: str  # "sign-off (agree)", "sign-off (return)" or "approval"
    case_id: int | None
    because: PasswordSetByOther

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id) if self.case_id is not None else "-"

    def message(self) -> str:
        return (
            f"{self.at:%Y-%m-%d %H:%M} UTC  case {self.case_ref}: {self.act} by {self.officer} "
            f"(event {self.event_id}); {self.because.describe()}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "at": self.at.isoformat(),
            "officer": self.officer,
            "act": self.act,
            "case_id": self.case_ref,
            "because": self.because.to_json(),
        }


def _how(officer: str, kind: str, details: dict[str, Any]) -> str | None:
    account = details.get("account")
    if kind == "account_created":
        return "new account" if details.get("one_time_password") else None
    if kind != "password_reset" or officer == account:
        return None  # an administrator's reset of their own password is their own
    recovered = details.get("recovery") or officer.startswith(RECOVERY_PREFIX)
    return "recovery" if recovered else "reset"


def passwords_set_by_others(session: Session) -> list[PasswordSetByOther]:
    """Every password set by someone other than its owner, oldest first, each with the
    owner's first own change after it."""
    rows = session.execute(
        select(CaseEvent.officer, CaseEvent.occurred_at, CaseEvent.kind, CaseEvent.details)
        .where(CaseEvent.case_id.is_(None), CaseEvent.kind.in_(_ACCOUNT_KINDS))
        .order_by(CaseEvent.id)
    ).all()
    found: list[PasswordSetByOther] = []
    open_for: dict[str, list[int]] = {}  # account -> indexes in `found` awaiting a change
    for officer, occurred_at, kind, details in rows:
        details = dict(details or {})
        account = str(details.get("account") or "")
        at = _aware(occurred_at)
        if kind == "password_changed" and officer == account:
            for index in open_for.pop(account, []):
                found[index] = PasswordSetByOther(
                    account, found[index].at, found[index].by, found[index].how, at
                )
            continue
        how = _how(officer, kind, details)
        if how is None or not account:
            continue
        open_for.setdefault(account, []).append(len(found))
        found.append(PasswordSetByOther(account, at, officer, how, None))
    return found


def _act(kind: str, details: dict[str, Any]) -> str | None:
    if kind == "decision_signed_off":
        return f"sign-off ({details.get('sign_off', '?')})"
    if kind == "decision_recommended" and details.get("recommendation") == "approve":
        return "approval"
    return None


def flagged_acts(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    post: str | None = None,
    setters: Iterable[PasswordSetByOther] | None = None,
) -> list[FlaggedAct]:
    """The sign-offs and approvals recorded while their account was flagged, oldest first
    (only those between `since` and `until`, on cases of `post`, when given)."""
    by_account: dict[str, list[PasswordSetByOther]] = {}
    for setter in setters if setters is not None else passwords_set_by_others(session):
        by_account.setdefault(setter.account, []).append(setter)
    if not by_account:
        return []
    earliest = min(s.at for group in by_account.values() for s in group)
    query = (
        select(
            CaseEvent.id,
            CaseEvent.officer,
            CaseEvent.occurred_at,
            CaseEvent.kind,
            CaseEvent.case_id,
            CaseEvent.details,
        )
        .where(
            CaseEvent.kind.in_(_ACT_KINDS),
            CaseEvent.officer.in_(sorted(by_account)),
            CaseEvent.occurred_at >= (max(earliest, since) if since else earliest),
        )
        .order_by(CaseEvent.id)
    )
    if until is not None:
        query = query.where(CaseEvent.occurred_at < until)
    if post:
        query = query.join(Case, Case.id == CaseEvent.case_id).where(Case.post == post)
    acts: list[FlaggedAct] = []
    for event_id, officer, occurred_at, kind, case_id, details in session.execute(query):
        act = _act(kind, dict(details or {}))
        at = _aware(occurred_at)
        because = next((s for s in by_account[officer] if s.covers(at)), None)
        if act is not None and because is not None:
            acts.append(FlaggedAct(event_id, at, officer, act, case_id, because))
    return acts


def flagged_now(
    setters: Iterable[PasswordSetByOther], now: datetime | None = None
) -> list[PasswordSetByOther]:
    """The flags still in force (the newest for each account)."""
    moment = now or utcnow()
    newest: dict[str, PasswordSetByOther] = {}
    for setter in setters:
        if setter.covers(moment):
            newest[setter.account] = setter
    return [newest[name] for name in sorted(newest)]


@dataclass(frozen=True)
class FlagReport:
    passwords_set: list[PasswordSetByOther]  # every one in the trail
    flagged_now: list[PasswordSetByOther]
    acts: list[FlaggedAct]

    def lines(self) -> list[str]:
        """The report as `audit verify --report` prints it."""
        lines = [f"Passwords set by someone other than the owner: {len(self.passwords_set)}"]
        lines += [f"  {s.account}: {s.describe()}" for s in self.passwords_set]
        lines.append(f"Accounts flagged now: {len(self.flagged_now)}")
        lines += [f"  {s.account}" for s in self.flagged_now]
        lines.append(f"Sign-offs and approvals by flagged accounts: {len(self.acts)}")
        lines += [f"  {a.message()}" for a in self.acts]
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "passwords_set_by_others": [s.to_json() for s in self.passwords_set],
            "flagged_now": [s.account for s in self.flagged_now],
            "flagged_acts": [a.to_json() for a in self.acts],
        }


def flag_report(db: Database, actor: str, now: datetime | None = None) -> FlagReport:
    """The whole trail's flags, for `audit verify --report` (who may view the audit)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_AUDIT)
        setters = passwords_set_by_others(session)
        acts = flagged_acts(session, setters=setters)
    return FlagReport(setters, flagged_now(setters, now), acts)


def day_bounds(
    date_from: date | None, date_to: date | None
) -> tuple[datetime | None, datetime | None]:
    """A period of whole UTC days as [start, end) instants."""
    start = datetime.combine(date_from, time(0), tzinfo=UTC) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=UTC) if date_to else None
    return start, end


def how_password_was_set(db: Database, username: str) -> str | None:
    """How the account's current password was set by someone else ("reset", "recovery key",
    "recovery" from the file, or "new account"), for the forced change to say who set it;
    None if its owner chose it."""
    with db.read() as session:
        pending = [
            s
            for s in passwords_set_by_others(session)
            if s.account == username and s.owner_changed_at is None
        ]
    if not pending:
        return None
    latest = pending[-1]
    return "recovery key" if latest.by == RECOVERY_KEY_ACTOR else latest.how
