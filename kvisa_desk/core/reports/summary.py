"""The case summary PDF: everything the file holds about a case, for a file or an appeal.

Exporting it is deliberate and recorded: who, when, which case, which language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.names import all_full_names
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.cases import case_detail, require_case
from kvisa_desk.core.checks.runs import check_history
from kvisa_desk.core.countries import nationality_name, to_alpha3
from kvisa_desk.core.decisions.decisions import decision_rows
from kvisa_desk.core.decisions.letters import case_letters
from kvisa_desk.core.documents.checklist import case_checklist
from kvisa_desk.core.post.post_names import post_title
from kvisa_desk.core.post.settings import PostSettingsView, get_post_settings
from kvisa_desk.pdf import summary as s
from kvisa_desk.pdf.model import VisaTerms
from kvisa_desk.rules.checks.documents import routes_met
from kvisa_desk.rules.findings import Wording, shown_finding
from kvisa_desk.rules.pack import default_library
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_write
from kvisa_desk.store.models import CaseDocument, CheckRun, RuleOverride

_SCREENING = ("reentry_ban", "security_concern", "fraud_found", "insufficient_funds")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


Names = Mapping[str, str]  # username -> full name, for the accounts that have one


def _who(names: Names, username: str | None) -> str | None:
    """An officer as the summary prints them: the full name, else the username."""
    return names.get(username, username) if username else username


def _country(code: str | None, language: str) -> str | None:
    """A country code as its name in the summary's language(s): `KOR` -> 韩国."""
    if not code:
        return code
    code3 = code if len(code) != 2 else (to_alpha3(code) or code)
    english, chinese = nationality_name(code3, "en"), nationality_name(code3, "zh")
    if english == code3:
        return code  # not a country the catalogue knows: as written
    if language == "zh":
        return chinese
    return f"{english} / {chinese}" if language == "en+zh" else english


def _documents(
    db: Database, case_id: int, hide_officers: bool, names: Names | None = None
) -> tuple[s.DocumentEntry, ...]:
    with db.read() as session:
        rows = session.scalars(
            select(CaseDocument)
            .where(CaseDocument.case_id == case_id)
            .order_by(CaseDocument.position, CaseDocument.id)
        ).all()
    entries = []
    for d in rows:
        removed = d.removed_at is not None
        by = d.removed_by if removed else d.verified_by
        entries.append(
            s.DocumentEntry(
                d.doc_type,
                d.original_name,
                d.size_bytes,
                d.sha256,
                d.verification,
                d.removed_reason if removed else d.verification_reason,
                None if hide_officers else _who(names or {}, by),
                removed,
            )
        )
    return tuple(entries)


def _wording(pack_id: str, revision: int) -> Wording | None:
    try:
        return default_library().get(pack_id, revision=revision).wording
    except LookupError:  # a pack since removed: its stored words
        return None


def _finding(result: dict[str, Any], wording: Wording | None, language: str) -> str:
    """A result's finding in the summary's language(s) (a revision-1 run: its stored English)."""
    en = shown_finding(result, wording, "en")
    zh = shown_finding(result, wording, "zh")
    if language == "zh":
        return zh.finding
    if language == "en+zh" and zh.translated:
        return f"{en.finding}\n{zh.finding}"
    return en.finding


def _runs(
    db: Database,
    case_id: int,
    hide_officers: bool,
    hide_screening: bool = False,
    language: str = "en",
    names: Names | None = None,
) -> tuple[s.CheckRunEntry, ...]:
    names = names or {}
    with db.read() as session:
        overrides = session.scalars(
            select(RuleOverride).where(RuleOverride.case_id == case_id).order_by(RuleOverride.id)
        ).all()
    entries = []
    for number, run in enumerate(check_history(db, case_id), start=1):
        wording = _wording(run.pack_id, run.pack_revision)
        results = tuple(
            s.RuleResult(
                r["rule_id"],
                r["outcome"],
                _REDACTED
                if _screening(r["rule_id"], hide_screening)
                else _finding(r, wording, language),
                r["subject"],
            )
            for r in run.results
        )
        mine = tuple(
            s.OverrideEntry(
                o.rule_id,
                o.to_outcome,
                _REDACTED if _screening(o.rule_id, hide_screening) else o.reason,
                None if hide_officers else _who(names, o.officer),
                o.created_at,
                o.subject,
            )
            for o in overrides
            if o.check_run_id == run.run_id
        )
        entries.append(
            s.CheckRunEntry(
                number,
                run.pack_id,
                run.ran_at or utcnow(),
                None if hide_officers else _who(names, run.officer),
                run.outcome,
                results,
                mine,
                run.settings_version,
            )
        )
    return tuple(entries)


_REDACTED = "(redacted)"
SCREENING_RULES = ("K-REF-01",)  # rules whose messages state the screening facts


def _screening(rule_id: str, hidden: bool) -> bool:
    return hidden and rule_id in SCREENING_RULES


def _ground_text(session: Session, ground: Any, language: str) -> str:
    """A decision's ground as its run's finding in the summary's language; as recorded when
    the run is gone or predates translated findings."""
    run = session.get(CheckRun, ground.check_run_id)
    if run is None:
        return str(ground.message)
    for r in run.results:
        if r["rule_id"] == ground.rule_id and r["subject"] == ground.subject:
            return _finding(r, _wording(run.pack_id, run.pack_revision), language)
    return str(ground.message)


def _decisions(
    db: Database,
    case_id: int,
    hide_officers: bool,
    hide_screening: bool,
    language: str = "en",
    names: Names | None = None,
) -> tuple[s.DecisionEntry, ...]:
    names = names or {}
    entries = []
    with db.read() as session:
        for d in decision_rows(session, case_id):
            terms = None
            if d.entries is not None and d.validity_days is not None and d.stay_days is not None:
                terms = VisaTerms(d.entries, d.validity_days, d.stay_days)  # type: ignore[arg-type]
            grounds = tuple(
                g.rule_id
                + (f" {g.subject}" if g.subject else "")
                + (
                    ""
                    if _screening(g.rule_id, hide_screening)
                    else f": {_ground_text(session, g, language)}"
                )
                for g in d.grounds
            )
            # A refusal's reasoning may state the screening facts it rests on.
            refusal_screened = hide_screening and any(
                g.rule_id in SCREENING_RULES for g in d.grounds
            )
            entries.append(
                s.DecisionEntry(
                    d.recommendation,
                    None if hide_officers else _who(names, d.recommended_by),
                    d.recommended_at,
                    grounds,
                    _REDACTED if refusal_screened else d.reasoning,
                    terms,
                    d.sign_off,
                    None if hide_officers else _who(names, d.signed_off_by),
                    d.signed_off_at,
                    d.sign_off_reason,
                )
            )
    return tuple(entries)


def _letters(db: Database, actor: str, case_id: int) -> tuple[s.LetterEntry, ...]:
    return tuple(
        s.LetterEntry(x.reference, x.kind, x.language, x.issue_date, x.pdf_sha256, x.replaces)
        for x in case_letters(db, actor, case_id)
    )


def _checklist(db: Database, actor: str, case_id: int) -> tuple[s.ChecklistItem, ...]:
    """The checklist for the route the latest check run found (the base set if none)."""
    route = None
    runs = check_history(db, case_id)
    for r in runs[-1].results if runs else ():
        if r["rule_id"] == "K-RTE-01" and r["subject"] is None:
            route = routes_met(r.get("message_params") or {}) or None
    return tuple(
        s.ChecklistItem(" / ".join(line.doc_types), True, line.attached)
        for line in case_checklist(db, actor, case_id, route)
    )


def _post_name(settings: PostSettingsView, language: str) -> str:
    """The post by the mission's own name, in each language of the summary; "" while unnamed
    (the code is printed instead, not the generic "Embassy of the PRC")."""
    shown = dict.fromkeys(post_title(settings, lang) for lang in language.split("+"))
    return "\n".join(name for name in shown if name != settings.post)


def build_case_summary(
    db: Database,
    case_id: int,
    prepared_by: str,
    redactions: tuple[str, ...] = (),
    language: str = "en",
) -> s.CaseSummary:
    detail = case_detail(db, case_id)
    record: dict[str, Any] = detail.record
    a, p = record["applicant"], record["passport"]
    purpose, travel = record.get("purpose") or {}, record.get("travel") or {}
    screening = record.get("screening") or {}
    hide_screening = "screening" in redactions
    with db.read() as session:
        names = all_full_names(session)
        settings = get_post_settings(session, record["post"])
    return s.CaseSummary(
        case_ref=detail.case_ref,
        post=record["post"],
        post_name=_post_name(settings, language),
        application_id=record["application_id"],
        received_on=date.fromisoformat(record["received_at"]),
        status=detail.status,
        applicant=s.SummaryApplicant(
            a["surname"],
            a["given_names"],
            date.fromisoformat(a["date_of_birth"]),
            _country(a["nationality"], language) or "",
            a["native_name"],
            a["sex"],
            a["place_of_birth"],
            a["email"],
            a["phone"],
            a["address"],
        ),
        passport=s.SummaryPassport(
            p["number"],
            _country(p["issuing_state"], language) or "",
            date.fromisoformat(p["expiry_date"]),
            _day(p["issue_date"]),
            tuple(p["mrz"] or ()),
        ),
        prepared_at=utcnow(),
        prepared_by="(redacted)" if "officers" in redactions else _who(names, prepared_by) or "",
        education=tuple(
            s.EducationEntry(
                e["level"],
                e["field"],
                e["institution"],
                _country(e["institution_country"], language),
                _day(e["awarded_on"]),
            )
            for e in record["education"]
        ),
        employment=tuple(
            s.EmploymentEntry(
                e["employer"],
                e["position"],
                e["kind"],
                e["field"],
                _country(e["country"], language),
                _day(e["start_date"]),
                _day(e["end_date"]),
            )
            for e in record["employment"]
        ),
        purpose=s.PurposeTravel(
            purpose.get("activity"),
            purpose.get("description"),
            purpose.get("host_institution"),
            _day(travel.get("intended_entry")),
            travel.get("stay_days"),
        ),
        screening=()
        if hide_screening
        else tuple(s.ScreeningAnswer(fact, screening.get(fact)) for fact in _SCREENING),
        checklist=_checklist(db, prepared_by, case_id),
        documents=_documents(db, case_id, "officers" in redactions, names),
        check_runs=_runs(db, case_id, "officers" in redactions, hide_screening, language, names),
        decisions=_decisions(
            db, case_id, "officers" in redactions, hide_screening, language, names
        ),
        letters=_letters(db, prepared_by, case_id),
        notes=()
        if "notes" in redactions
        else tuple(
            s.NoteEntry(n["created_at"], n.get("officer") or None, n["text"]) for n in detail.notes
        ),
        history=tuple(
            s.HistoryEntry(
                h.occurred_at,
                None if "officers" in redactions else h.who_in(language),
                h.kind,
                recorded=_shown_details(h.details, "officers" in redactions),
            )
            for h in detail.history
        ),
        redacted=tuple(redactions),
    )


# Details that name an officer, left out of a copy without officers' names.
_OFFICER_DETAILS = ("to", "recommended_by", "account", "username")


def _shown_details(details: dict[str, Any], hide_officers: bool) -> dict[str, Any]:
    if not hide_officers:
        return details
    return {k: "—" if k in _OFFICER_DETAILS else v for k, v in details.items()}


_REDACTION_LABELS = {
    "screening": "Screening facts (Exit and Entry Administration Law Art. 21)",
    "notes": "Internal notes",
    "officers": "Officers' names",
}


def export_case_summary(
    db: Database,
    actor: str,
    case_id: int,
    out: Path,
    language: str = "en",
    redactions: tuple[str, ...] = (),
    *,
    purpose: str = "save",
) -> Path:
    """Render the summary and write it atomically; recorded in the audit with its purpose
    ("save", or "print" when the window writes it only to print it)."""
    with db.read() as session:
        require(session, actor, Permission.EXPORT)  # permission first, then the arguments
        unknown = set(redactions) - _REDACTION_LABELS.keys()
        if unknown:
            from kvisa_desk.core.errors import InvalidInput

            raise InvalidInput(
                f"unknown redaction {sorted(unknown)[0]!r}; "
                f"choose from {', '.join(_REDACTION_LABELS)}"
            )
        require_case(session, case_id)
    summary = build_case_summary(db, case_id, actor, redactions, language)
    pdf = s.render_case_summary(summary, language)
    atomic_write(out, pdf)
    with db.write() as session:
        record_event(
            session,
            actor,
            "case_summary_exported",
            case_id,
            language=language,
            redacted=list(redactions),
            pages_bytes=len(pdf),
            purpose=purpose,
        )
    return out


__all__ = ["build_case_summary", "export_case_summary"]
