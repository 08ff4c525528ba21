"""One pass over the watched inbox: claim what is ready, import it, file it away.

The scheduled `kvisa-desk inbox run` and the window (every minute) run the same pass.
Each submission is claimed (see inbox_folder), hashed, and imported by the import service
(`import_records`, one transaction) with its SHA-256 recorded in that same transaction:
so content already imported — by this machine or any other on the same database — is
never imported again, and a crash leaves either nothing written or the hash recorded.
It then moves to `imported/` with a report (imported, unchanged, changed, rejected with
positions: valid records are imported even when others are rejected), or to `rejected/`
when the file as a whole is refused or was imported before.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.applications.importer import ImportReport, import_records
from kvisa_desk.core.applications.readers import FileRefused, read_application_file
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.exchange.inbox_folder import (
    CLAIMED,
    IMPORTED,
    REJECTED,
    SETTLE_SECONDS,
    STALE_SECONDS,
    ClaimFolder,
    Clock,
    Owner,
    application_file,
    content_sha256,
    file_away,
    open_inbox,
    put_back,
    scan,
    stale_claims,
    take_back,
)
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models.exchange import InboxSubmission
from kvisa_desk.vocab import DEFAULT_POST

REPORT_SCHEMA = "kvisa-inbox-report/1"
REJECTED_EVENT = "inbox_submission_rejected"
Outcome = Literal["imported", "recovered", "rejected", "duplicate"]


@dataclass(frozen=True)
class SubmissionResult:
    """What became of one submission in a pass."""

    name: str
    outcome: Outcome
    filed_as: Path
    imported: int = 0
    unchanged: int = 0
    changed: int = 0
    rejected: int = 0  # records rejected (whole-file refusals count none)
    reason: str = ""  # why a whole submission was rejected

    @property
    def complete(self) -> bool:
        """Everything in it imported (or already there unchanged), nothing refused."""
        return self.outcome in ("imported", "recovered") and not (self.changed or self.rejected)


@dataclass
class InboxPass:
    """A pass's results, for the command's output, the status bar and the exit status."""

    folder: Path
    results: list[SubmissionResult] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    taken_back: list[str] = field(default_factory=list)
    finished_at: datetime | None = None

    @property
    def complete(self) -> bool:
        return all(r.complete for r in self.results)

    @property
    def exit_code(self) -> int:
        """0 when every submission was imported whole, 1 when anything was refused."""
        return 0 if self.complete else 1

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _import_report(report: ImportReport) -> dict[str, Any]:
    return {
        "imported": report.imported,
        "unchanged": report.unchanged,
        "changed": [
            {
                "position": c.location,
                "application_id": c.application_id,
                "post": c.post,
                "case_ref": c.case_ref,
                "fields": list(c.fields),
            }
            for c in report.changed
        ],
        "rejected": [
            {
                "position": r.location,
                "application_id": r.application_id or None,  # null when unreadable
                "field": r.field,
                "reason": r.reason,
            }
            for r in report.rejected
        ],
        # Counted whole; the lists above stop at the import's MAX_LISTED entries.
        "changed_records": report.changed_records,
        "rejected_records": report.rejected_records,
        "unlisted": report.unlisted,
    }


class _Pass:
    """The work of one pass, with what it needs at hand."""

    def __init__(
        self,
        db: Database,
        actor: str,
        inbox: Path,
        claims: ClaimFolder,
        default_post: str,
    ) -> None:
        self.db, self.actor, self.inbox, self.claims = db, actor, inbox, claims
        self.default_post = default_post
        self.result = InboxPass(inbox)

    def _header(self, name: str, sha256: str, outcome: str) -> dict[str, Any]:
        return {
            "schema": REPORT_SCHEMA,
            "submission": name,
            "sha256": sha256,
            "outcome": outcome,
            "at": _now_text(),
            "machine": self.claims.owner.machine,
            "officer": self.actor,
        }

    def _claimed_as(self, submission: Path) -> str:
        return f"{CLAIMED}/{submission.parent.name}/{submission.name}"

    def _known(self, sha256: str) -> InboxSubmission | None:
        with self.db.read() as session:
            found = session.scalar(select(InboxSubmission).where(InboxSubmission.sha256 == sha256))
            if found is not None:
                session.expunge(found)
            return found

    def _reject(
        self, submission: Path, sha256: str, reason: str, outcome: Outcome = "rejected"
    ) -> None:
        report = self._header(submission.name, sha256, outcome) | {"reason": reason}
        filed = file_away(self.inbox, submission, REJECTED, report)
        with self.db.write() as session:
            record_event(
                session,
                self.actor,
                REJECTED_EVENT,
                submission=submission.name,
                sha256=sha256,
                why=outcome,
                filed_as=f"{REJECTED}/{filed.name}",
            )
        self.result.results.append(SubmissionResult(submission.name, outcome, filed, reason=reason))

    def _duplicate(self, submission: Path, sha256: str, known: InboxSubmission) -> None:
        when = known.imported_at.astimezone(UTC) if known.imported_at.tzinfo else known.imported_at
        reason = (
            f"the same content was imported on {when:%Y-%m-%d %H:%M} UTC from {known.name!r} "
            f"on {known.machine}: nothing was imported again"
        )
        self._reject(submission, sha256, reason, "duplicate")

    def _recovered(self, submission: Path, sha256: str, known: InboxSubmission) -> None:
        """Imported before its process died, not yet filed away: file it now, import nothing."""
        report = self._header(submission.name, sha256, "imported") | {
            "imported": known.imported,
            "unchanged": known.unchanged,
            "changed": known.positions.get("changed", []),
            "rejected": known.positions.get("rejected", []),
            "note": "imported by an earlier pass that was interrupted before filing it away",
        }
        filed = file_away(self.inbox, submission, IMPORTED, report)
        self.result.results.append(
            SubmissionResult(
                submission.name,
                "recovered",
                filed,
                known.imported,
                known.unchanged,
                known.changed,
                known.rejected,
            )
        )

    def _recorder(self, submission: Path, sha256: str) -> Any:
        def record(session: Session, report: ImportReport) -> None:
            session.add(
                InboxSubmission(
                    sha256=sha256,
                    name=submission.name,
                    claimed_as=self._claimed_as(submission),
                    machine=self.claims.owner.machine,
                    officer=self.actor,
                    imported=report.imported,
                    unchanged=report.unchanged,
                    changed=report.changed_records,
                    rejected=report.rejected_records,
                    positions={
                        "changed": [
                            {"position": c.location, "fields": list(c.fields)}
                            for c in report.changed
                        ],
                        "rejected": [
                            {"position": r.location, "field": r.field} for r in report.rejected
                        ],
                    },
                )
            )
            session.flush()  # a second machine's same content fails here, before commit

        return record

    def _import(self, submission: Path, sha256: str) -> ImportReport | None:
        """Import the submission; None when it turned out to be a duplicate meanwhile."""
        try:
            app_file = application_file(submission)
        except InvalidInput as exc:
            self._reject(submission, sha256, str(exc))
            return None
        source = submission.name if app_file == submission else f"{submission.name}/{app_file.name}"
        try:
            return import_records(
                self.db,
                read_application_file(app_file),
                self.actor,
                source,
                self.default_post,
                progress=lambda _count: self.claims.beat(),
                documents_dir=app_file.resolve().parent,
                also=self._recorder(submission, sha256),
            )
        except FileRefused as exc:
            self._reject(submission, sha256, str(exc))
        except IntegrityError:
            known = self._known(sha256)
            if known is None:
                raise
            self._duplicate(submission, sha256, known)
        return None

    def take(self, submission: Path, taken_from: str | None = None) -> None:
        """Import one claimed submission and file it away; put it back on a failure that is
        not the file's (a database that is down, a disk that is full) and re-raise."""
        try:
            self.claims.beat()
            sha256 = content_sha256(submission, self.claims.beat)
            known = self._known(sha256)
            if known is not None:
                if taken_from is not None and known.claimed_as == taken_from:
                    self._recovered(submission, sha256, known)
                else:
                    self._duplicate(submission, sha256, known)
                return
            report = self._import(submission, sha256)
            if report is None:
                return
            body = self._header(submission.name, sha256, "imported") | _import_report(report)
            filed = file_away(self.inbox, submission, IMPORTED, body)
            if report.imported:  # filed first: indexing may outlast the claim's heartbeat
                from kvisa_desk.core.cases.search import catch_up

                catch_up(self.db)  # index the new cases now, so a search finds them
            self.result.results.append(
                SubmissionResult(
                    submission.name,
                    "imported",
                    filed,
                    report.imported,
                    report.unchanged,
                    report.changed_records,
                    report.rejected_records,
                )
            )
        except BaseException:
            if submission.exists():
                put_back(self.inbox, submission)
            raise


def post_inbox_folder(db: Database, post: str) -> Path | None:
    """The inbox folder POST recorded as its default (post setting `inbox_folder`), if any."""
    with db.read() as session:
        named = str(get_post_settings(session, post).working("inbox_folder") or "").strip()
    return Path(named).expanduser() if named else None


def run_inbox_pass(
    db: Database,
    actor: str,
    folder: Path,
    *,
    default_post: str = DEFAULT_POST,
    clock: Clock = time.time,
    settle_seconds: float = SETTLE_SECONDS,
    stale_seconds: float = STALE_SECONDS,
    owner: Owner | None = None,
) -> InboxPass:
    """One pass over FOLDER as ACTOR (who must be allowed to import); InboxUnusable (exit 2)
    when the folder cannot be used. Submissions still being written wait for a later pass."""
    with db.read() as session:
        require(session, actor, Permission.IMPORT)
    inbox = open_inbox(folder)
    me = owner or Owner.this_process()
    claims = ClaimFolder(inbox, me, clock)
    work = _Pass(db, actor, inbox, claims, default_post)
    try:
        for stale in stale_claims(inbox, me, clock, stale_seconds):
            taken_from = f"{CLAIMED}/{stale.parent.name}/{stale.name}"
            taken = take_back(claims, stale)
            if taken is not None:
                work.result.taken_back.append(stale.name)
                work.take(taken, taken_from)
        found = scan(inbox, clock, settle_seconds)
        work.result.waiting, work.result.ignored = found.waiting, found.ignored
        for path in found.ready:
            claimed = claims.claim(path)
            if claimed is not None:
                work.take(claimed)
    finally:
        claims.release()
    work.result.finished_at = datetime.now(UTC)
    return work.result
