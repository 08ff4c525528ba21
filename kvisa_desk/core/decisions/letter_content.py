"""What a letter prints: the post's letterhead, the applicant, the issuing officer, and the
terms, grounds, request or interview of the decision it carries out; rendered as a PDF.

A refusal letter states grounds only where the post's `state_refusal_grounds` is on, and
then only "other grounds under Article 21" (`pdf.model.REFUSAL_GROUNDS`): never the
screening facts, which stay in the case record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.officers import chinese_title, get_account
from kvisa_desk.core.countries import nationality_name
from kvisa_desk.core.decisions.decisions import make_interview
from kvisa_desk.core.decisions.issued_letters import LetterInfo
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.core.post.settings import WORKING_SETTINGS, PostSettingsView, post_name
from kvisa_desk.pdf.model import (
    LANGUAGES,
    REFUSAL_GROUNDS,
    Applicant,
    DocumentRequest,
    Interview,
    LetterContent,
    Letterhead,
    VisaTerms,
)
from kvisa_desk.store.models import Applicant as ApplicantRow
from kvisa_desk.store.models import Case, Passport, format_case_ref
from kvisa_desk.store.models.decisions import Decision
from kvisa_desk.vocab import OPEN_STATUSES, Role


@dataclass(frozen=True)
class Printed:
    """What a letter prints besides the applicant: the terms, grounds, request or interview
    of the decision it carries out."""

    decision: Decision | None  # None for an interview invitation with no decision in effect
    terms: VisaTerms | None = None
    grounds: tuple[str, ...] = ()
    request: DocumentRequest | None = None
    interview: Interview | None = None


def letterhead_for(settings: PostSettingsView) -> Letterhead:
    """The post's letterhead from its working settings; refused (`letters.post_unnamed`)
    while the post has not set its own name: no mission signs "Embassy of the PRC (BER)"."""
    address = str(settings.working("letterhead_address") or "")
    lines = tuple(line.strip() for line in re.split(r"[;\n]", address) if line.strip())
    names = [post_name(settings, "en"), post_name(settings, "zh")]
    if names[0] is None or names[1] is None:
        raise Conflict.said("letters.post_unnamed", post=settings.post)
    try:
        return Letterhead(
            post_code=settings.post,
            post_name_en=names[0],
            post_name_zh=names[1],
            address_lines=lines,
            phone=str(settings.working("letterhead_phone") or ""),
            email=str(settings.working("letterhead_email") or ""),
        )
    except (TypeError, ValueError) as exc:
        raise InvalidInput(
            f"post {settings.post}: the letterhead settings are unusable: {exc}"
        ) from None


def rendered_letter(
    content: LetterContent, letterhead: Letterhead, *, draft: bool = False
) -> bytes:
    """The letter's PDF; InvalidInput, never a layout traceback, when the case's data cannot
    be printed (a name stored before imports were bounded may be megabytes long)."""
    from reportlab.platypus.doctemplate import LayoutError

    from kvisa_desk.core.limits import MAX_NAME
    from kvisa_desk.pdf.fonts import UnprintableCharacter
    from kvisa_desk.pdf.render import render_letter

    a = content.applicant
    particulars = {
        "surname": a.surname,
        "given names": a.given_names,
        "native name": a.native_name or "",
        "passport number": a.passport_number,
    }
    label, longest = max(particulars.items(), key=lambda item: len(item[1]))
    cannot = (
        f"case {content.case_ref}: the letter cannot be made: the applicant's {label} is "
        f"{len(longest):,} characters long"
    )
    if len(longest) > MAX_NAME:
        raise InvalidInput(f"{cannot}, more than the {MAX_NAME:,} a name may have: correct it")
    try:
        return render_letter(content, letterhead, draft=draft)
    except UnprintableCharacter as exc:
        raise InvalidInput(
            f"case {content.case_ref}: the letter was not issued: {exc}. A letter prints names "
            "exactly as given, so correct the text that holds it (as the passport writes it)"
        ) from None
    except LayoutError:
        raise InvalidInput(f"{cannot}, more than a page can hold: correct the case") from None


def _applicant(session: Session, case_id: int) -> Applicant:
    a = session.get(ApplicantRow, case_id)
    p = session.get(Passport, case_id)
    if a is None or p is None:
        raise Conflict(f"case {format_case_ref(case_id)} has no applicant or passport record")
    return Applicant(
        surname=a.surname,
        given_names=a.given_names or "",
        date_of_birth=a.date_of_birth,
        nationality=a.nationality,
        passport_number=p.number,
        native_name=a.native_name or None,
        nationality_en=nationality_name(a.nationality, "en"),
        nationality_zh=nationality_name(a.nationality, "zh"),
    )


# The Chinese of the titles consular officers commonly sign with, for an account that has
# only its English title (all accounts made before an account could carry a Chinese one).
COMMON_TITLES_ZH = {
    "ambassador": "大使",
    "consul general": "总领事",
    "consul-general": "总领事",
    "deputy consul general": "副总领事",
    "consul": "领事",
    "vice consul": "副领事",
    "vice-consul": "副领事",
    "consular attaché": "领事随员",
    "attaché": "随员",
    "first secretary": "一等秘书",
    "second secretary": "二等秘书",
    "third secretary": "三等秘书",
    "counsellor": "参赞",
    "visa officer": "签证官员",
}


def signing_officer(
    session: Session, username: str, settings: PostSettingsView
) -> tuple[str, str, str]:
    """The issuing officer's display name, title and Chinese title; an account with no title
    signs with the post's title for its role (settings `signatory_title_<role>_en/zh`). An
    account's own title prints its Chinese form under the Chinese text; one with none yet (an
    account from before it could have one) takes the post's Chinese for the same English
    title of either role, or a common consular title's ("Consul" -> 领事), else prints the
    English alone."""
    account = get_account(session, username)
    if account is None:  # require() already refused unknown accounts
        raise NotFound(f"no account {username!r}")
    name = account.display_name.strip() or account.username
    posts = {role: _post_titles(settings, role) for role in (Role.OFFICER, Role.SUPERVISOR)}
    title = account.title.strip()
    if title:
        title_zh = chinese_title(session, username).strip()
        if not title_zh:
            same = [zh for en, zh in posts.values() if en.casefold() == title.casefold()]
            title_zh = same[0] if same else COMMON_TITLES_ZH.get(title.casefold(), "")
        return name, title, title_zh
    role = Role.SUPERVISOR if account.role == Role.SUPERVISOR else Role.OFFICER
    return name, *posts[role]


def _post_titles(settings: PostSettingsView, role: str) -> tuple[str, str]:
    """The post's signing title for ROLE in English and Chinese."""
    titles = []
    for lang in ("en", "zh"):
        key = f"signatory_title_{role}_{lang}"
        title = str(settings.working(key) or "").strip()
        titles.append(title or str(WORKING_SETTINGS[key].default))
    return titles[0], titles[1]


def interview_to_print(
    case: Case, decision: Decision | None, interview: Interview | None
) -> Interview:
    """The interview an invitation prints: the one given, else the one recorded with a
    request for documents; only while the case is open."""
    if interview is None and decision is not None and decision.interview_at is not None:
        interview = make_interview(decision.interview_at, decision.interview_place)
    if interview is None:
        raise InvalidInput("an interview invitation needs the interview's date, time and place")
    if case.status not in {s.value for s in OPEN_STATUSES}:
        raise Conflict(
            f"case {case.case_ref} is {case.status.replace('_', ' ')}: no interview "
            "invitation on a decided case"
        )
    return interview


def printed_decision(
    kind: str,
    decision: Decision,
    settings: PostSettingsView,
    reply_by: date | None,
    issue_date: date,
) -> Printed:
    """An approval's visa terms, a refusal's grounds (where the post states them), or a
    request's documents and reply-by date."""
    if kind == "approval":
        assert decision.entries and decision.validity_days and decision.stay_days
        terms = VisaTerms(
            decision.entries,  # type: ignore[arg-type]
            decision.validity_days,
            decision.stay_days,
        )
        return Printed(decision, terms=terms)
    if kind == "refusal":
        stated = bool(settings.working("state_refusal_grounds"))
        # Never the screening facts (K-REF-01).
        return Printed(decision, grounds=REFUSAL_GROUNDS if stated else ())
    days = int(settings.working("reply_by_days"))
    reply = reply_by or decision.reply_by or issue_date + timedelta(days=days)
    if reply <= issue_date:
        raise InvalidInput(
            f"the reply-by date {reply.isoformat()} is not after "
            f"the letter's date {issue_date.isoformat()}"
        )
    try:
        request = DocumentRequest(tuple(decision.requested_documents or ()), reply)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"request for documents: {exc}") from None
    return Printed(decision, request=request)


def letter_language(case: Case, settings: PostSettingsView, language: str | None) -> str:
    """The language asked for, else the post's `letter_language`."""
    chosen = language or str(settings.working("letter_language"))
    if chosen not in LANGUAGES:
        raise InvalidInput(
            f"post {case.post}: letter_language {chosen!r} is not one of {', '.join(LANGUAGES)}"
        )
    return chosen


def letter_content(
    session: Session,
    case: Case,
    kind: str,
    language: str,
    reference: str,
    issue_date: date,
    officer: tuple[str, str, str],
    printed: Printed,
    replaced: LetterInfo | None,
) -> LetterContent:
    """Everything the letter prints, as the renderer and the content digest read it."""
    officer_name, title, title_zh = officer
    try:
        return LetterContent(
            kind=kind,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            reference=reference,
            issue_date=issue_date,
            case_ref=case.case_ref,
            applicant=_applicant(session, case.id),
            officer_name=officer_name,
            officer_title=title,
            officer_title_zh=title_zh,
            terms=printed.terms,
            grounds=printed.grounds,
            request=printed.request,
            interview=printed.interview,
            replaces=replaced.reference if replaced else None,
        )
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"case {case.case_ref}: the letter cannot be made: {exc}") from None


def printed_dates(request: DocumentRequest | None, interview: Interview | None) -> dict[str, str]:
    printed: dict[str, str] = {}
    if request is not None:
        printed["reply_by"] = request.reply_by.isoformat()
    if interview is not None:
        printed["interview_at"] = interview.at.isoformat(timespec="minutes")
        printed["interview_place"] = interview.place
    return printed
