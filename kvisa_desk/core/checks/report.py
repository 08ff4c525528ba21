"""A case's latest check explained for a reader: rule titles, the pack's dates, overrides, and
why the case has the outcome it has. Also running the checks of one case or of many, with a
way to stop between batches (for the window's background batch)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from kvisa_desk.core.accounts.names import full_names
from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.changes import CHECKS, NO_CHANGES, Changes
from kvisa_desk.core.checks.revision_changes import CaseChange, pending_change
from kvisa_desk.core.checks.runs import BATCH_SIZE, CaseCheck, check_cases, latest_check
from kvisa_desk.rules.findings import (
    FindingPart,
    Language,
    ShownFinding,
    Wording,
    show,
    stored_parts,
)
from kvisa_desk.rules.pack import Pack, PackLibrary, default_library
from kvisa_desk.rules.results import subject_key
from kvisa_desk.store.engine import Database

# How much each outcome weighs when the reasons for a case's outcome are listed.
_SEVERITY = {"pass": 0, "review": 1, "fail": 2}


@dataclass(frozen=True)
class OverrideNote:
    """An officer's override as it stands beside the original result."""

    officer: str
    at: datetime | None
    reason: str
    to_outcome: str
    # Set for an override of a part that carried K-RTE-01: which rule and degree or post.
    rule_id: str = ""
    subject: str | None = None
    officer_name: str = ""  # the account's full name, as the tab shows who overrode


@dataclass(frozen=True)
class ResultLine:
    """One result of the latest run, with what a reader needs to understand it."""

    rule_id: str
    subject: str | None
    title_en: str
    title_zh: str
    outcome: str  # as the rule found it
    effective_outcome: str  # after an override, if any
    message: str
    message_params: dict[str, Any]
    source: str
    assumption: bool
    override: OverrideNote | None = None
    # K-RTE-01 (revision 2): the overrides of parts that made its effective outcome.
    carried_by: tuple[OverrideNote, ...] = ()
    # Revision 2 on: the finding's templates and facts, and the pack's words to render them.
    finding: tuple[FindingPart, ...] = ()
    wording: Wording | None = field(default=None, compare=False, repr=False)

    def shown(self, lang: Language) -> ShownFinding:
        """Finding and source in the reader's language (a revision-1 run: as stored)."""
        return show(self.rule_id, self.finding, self.message, self.source, self.wording, lang)

    @property
    def is_part(self) -> bool:
        """Degree and post results reach the case only through K-RTE-01."""
        return self.subject is not None

    @property
    def overridden(self) -> bool:
        return self.override is not None


@dataclass(frozen=True)
class LapsedNote:
    """An override that no longer holds (the facts changed, or the result is gone)."""

    rule_id: str
    subject: str | None
    officer: str
    to_outcome: str
    why: str
    officer_name: str = ""


@dataclass(frozen=True)
class CheckReport:
    case_id: int
    run_id: int
    pack_id: str
    pack_title_en: str
    pack_title_zh: str
    pack_effective_from: date | None
    pack_effective_to: date | None
    pack_hash: str
    settings_version: int
    officer: str
    ran_at: datetime | None
    outcome: str
    effective_outcome: str
    lines: list[ResultLine]
    lapsed: list[LapsedNote] = field(default_factory=list)
    pack_revision: int = 1
    # What a newer revision of the rules would change on this open case (None: nothing).
    revision_change: CaseChange | None = None
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)
    officer_name: str = ""  # who ran the checks by full name ("" when the account has none)

    def deciding(self) -> list[ResultLine]:
        """The case-level results that make the outcome what it is: the worst first."""
        worst = _SEVERITY[self.effective_outcome]
        if worst == 0:
            return []
        found = [
            line
            for line in self.lines
            if not line.is_part and _SEVERITY[line.effective_outcome] > 0
        ]
        return sorted(found, key=lambda line: -_SEVERITY[line.effective_outcome])

    def counts(self) -> Counter[str]:
        return Counter(line.effective_outcome for line in self.lines)


def _override_note(
    raw: dict[str, Any] | None, names: Mapping[str, str] | None = None
) -> OverrideNote | None:
    if not raw:
        return None
    at = raw.get("at")
    when = datetime.fromisoformat(at) if isinstance(at, str) else None
    officer = str(raw.get("officer", ""))
    return OverrideNote(
        officer,
        when,
        str(raw.get("reason", "")),
        str(raw["to_outcome"]),
        str(raw.get("rule_id", "")),
        raw.get("subject"),
        (names or {}).get(officer, ""),
    )


def _officers(check: CaseCheck) -> set[str]:
    """Everyone a check names: who ran it, overrode a result or a part, made a lapsed override."""
    found = {check.officer}
    for r in check.results:
        for raw in (r.get("override"), *(r.get("carried_by") or ())):
            if raw:
                found.add(str(raw.get("officer", "")))
    found.update(str(x.get("officer", "")) for x in check.lapsed)
    return found


def reports_of(db: Database, checks: Iterable[CaseCheck]) -> list[CheckReport]:
    """Stored checks as the Checks tab shows them, everyone they name by full name."""
    checks = list(checks)
    with db.read() as session:
        names = full_names(session, {u for check in checks for u in _officers(check)})
    return [report_of(check, names=names) for check in checks]


def _pack(library: PackLibrary, pack_id: str, revision: int) -> Pack | None:
    try:
        return library.get(pack_id, revision=revision)  # titles as the run's revision had them
    except LookupError:  # a pack since removed: the run still shows, without titles
        return None


def report_of(
    check: CaseCheck, library: PackLibrary | None = None, names: Mapping[str, str] | None = None
) -> CheckReport:
    """A stored check as the Checks tab shows it; NAMES (username → full name) name people."""
    names = names or {}
    pack = _pack(library or default_library(), check.pack_id, check.pack_revision)
    lines = []
    for r in check.results:
        meta = None
        if pack is not None:
            try:
                meta = pack.rule(r["rule_id"])
            except KeyError:
                meta = None
        lines.append(
            ResultLine(
                rule_id=r["rule_id"],
                subject=r["subject"],
                title_en=meta.title_en if meta else r["rule_id"],
                title_zh=meta.title_zh if meta else r["rule_id"],
                outcome=r["outcome"],
                effective_outcome=r["effective_outcome"],
                message=r["message"],
                message_params=dict(r.get("message_params") or {}),
                source=r["source"],
                assumption=bool(r["assumption"]),
                override=_override_note(r.get("override"), names),
                carried_by=tuple(
                    note
                    for note in (_override_note(raw, names) for raw in r.get("carried_by") or ())
                    if note is not None
                ),
                finding=stored_parts(r),
                wording=pack.wording if pack else None,
            )
        )
    lines.sort(key=lambda line: (line.rule_id, subject_key(line.subject)))
    lapsed = [
        LapsedNote(
            str(x["rule_id"]),
            x.get("subject"),
            str(x.get("officer", "")),
            str(x.get("to_outcome", "")),
            str(x.get("why", "")),
            names.get(str(x.get("officer", "")), ""),
        )
        for x in check.lapsed
    ]
    return CheckReport(
        case_id=check.case_id,
        run_id=check.run_id,
        pack_id=check.pack_id,
        pack_title_en=pack.title_en if pack else check.pack_id,
        pack_title_zh=pack.title_zh if pack else check.pack_id,
        pack_effective_from=pack.effective_from if pack else None,
        pack_effective_to=pack.effective_to if pack else None,
        pack_hash=check.pack_hash,
        settings_version=check.settings_version,
        officer=check.officer,
        ran_at=check.ran_at,
        outcome=check.outcome,
        effective_outcome=check.effective_outcome,
        lines=lines,
        lapsed=lapsed,
        pack_revision=check.pack_revision,
        officer_name=names.get(check.officer, ""),
    )


def case_check_report(db: Database, case_id: int) -> CheckReport | None:
    """The latest check of a case, explained; None when it has never been checked. An open
    case checked under an older revision of the rules also says what the newest changes."""
    check = latest_check(db, case_id)
    if check is None:
        return None
    (report,) = reports_of(db, [check])
    newest = _newest_revision(check.pack_id)
    if newest is not None and check.pack_revision < newest:
        report = replace(report, revision_change=pending_change(db, case_id))
    return report


def _newest_revision(pack_id: str) -> int | None:
    try:
        return default_library().newest(pack_id).revision
    except LookupError:
        return None


def run_case_checks(db: Database, case_id: int, actor: str) -> CheckReport:
    """Check one case now and return the new run, explained."""
    (check,) = list(check_cases(db, [case_id], actor))
    # Read back, so the overrides and lapses show exactly as a later look would show them.
    report = case_check_report(db, case_id) or report_of(check)
    return replace(report, what_changed=check.what_changed)


@dataclass(frozen=True)
class BatchSummary:
    total: int
    checked: int
    outcomes: dict[str, int]
    stopped: bool  # True when it was asked to stop before the end
    checked_ids: frozenset[int] = field(default=frozenset(), compare=False, repr=False)

    @property
    def what_changed(self) -> Changes:
        return Changes.of_cases(self.checked_ids, CHECKS) if self.checked_ids else NO_CHANGES


def check_many(
    db: Database,
    case_ids: Sequence[int],
    actor: str,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    batch_size: int = BATCH_SIZE,
) -> BatchSummary:
    """Check cases a batch at a time; asked to stop, it ends after the batch in hand.

    Each batch is committed whole before the next begins, so stopping never leaves a case
    half checked: every case is either checked in full or not at all.
    """
    require_first(db, actor, Permission.RUN_CHECKS)  # refused even for no cases, or stopped
    outcomes: Counter[str] = Counter()
    checked = 0
    checked_ids: set[int] = set()
    stopped = False
    total = len(case_ids)
    for start in range(0, total, batch_size):
        if should_stop():
            stopped = True
            break
        chunk = case_ids[start : start + batch_size]
        for check in check_cases(db, chunk, actor, batch_size=batch_size):
            outcomes[check.effective_outcome] += 1
            checked += 1
            checked_ids.add(check.case_id)
        if progress is not None:
            progress(checked, total)
    return BatchSummary(total, checked, dict(outcomes), stopped, frozenset(checked_ids))


def pack_in_force(day: date | None = None, library: PackLibrary | None = None) -> Pack:
    """The rule pack applications received on `day` (today by default) are checked under."""
    return (library or default_library()).pack_for(day or date.today())
