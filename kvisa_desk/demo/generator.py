"""Synthetic `kvisa-application/1` records, deterministic per (seed, index).

Record `i` of seed `s` depends on nothing but `s`, `i`, the installed Faker and the
institution list, so the first 50 records of `--cases 100` are the records of `--cases 50`
and a re-run reproduces them byte for byte. About 15 % of the records are edge cases
the eligibility rules must catch (see `EDGES`).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

from kvisa_desk.demo import data
from kvisa_desk.demo.careers import _Career, _career
from kvisa_desk.demo.common import (
    _ABROAD_POSTS_FROM,
    MRZ_SHARE,
    SCHEMA,
    WORKFLOW_DAY,
    Plan,
    Registry,
    _fill,
    _Head,
    _head,
    _Person,
    _weighted,
)
from kvisa_desk.demo.people import _resolve_person
from kvisa_desk.demo.text import (
    add_months,
    email_part,
    td3_mrz,
)

__all__ = ["Plan", "Registry", "generate"]


# --- the rest of a record --------------------------------------------------------------------


def _email(rng: random.Random, person: _Person, domain: str | None) -> str | None:
    if rng.random() < 0.03:
        return None
    given = email_part(person.given_names.split(" ")[0]) if person.given_names else ""
    surname = email_part(person.surname.replace(" ", "")) or "applicant"
    pattern = rng.randrange(4)
    if pattern == 0 and given:
        local = f"{given}.{surname}"
    elif pattern == 1 and given:
        local = f"{given[0]}.{surname}"
    elif pattern == 2:
        local = f"{surname}{given[:1]}{rng.randint(1, 99)}"
    else:
        local = f"{given}{surname}{person.birth.year % 100:02d}"
    if domain is not None and rng.random() < 0.45:
        return f"{local}@{domain}"
    if person.profile.mail and rng.random() < 0.3:
        return f"{local}@{rng.choice(person.profile.mail)}"
    return f"{local}@{_weighted(rng, data.FREE_MAIL)}"


def _post(rng: random.Random, profile: data.Profile) -> str | None:
    roll = rng.random()
    if roll < 0.02:
        return None  # from a single post's system: the importer supplies HQ
    if profile.post == data.POSTS_DEFAULT or roll < 0.08:
        return str(_weighted(rng, _ABROAD_POSTS_FROM[profile.post]))
    return profile.post


def _purpose(
    rng: random.Random, registry: Registry, career: _Career, edge: str | None
) -> dict[str, Any] | None:
    activity = _weighted(rng, data.ACTIVITIES)
    if activity is None:
        return None
    topic = rng.choice(career.discipline.topics).lower()
    position = rng.choice(data.POSITIONS["industry"])
    description = rng.choice(data.PURPOSES[activity]).format(topic=topic, position=position)
    if edge == "rtl":
        description = rng.choice(data.RTL_DESCRIPTIONS)
    elif edge == "awkward_text":
        description = rng.choice(data.AWKWARD_DESCRIPTIONS)
    host = None
    if activity in ("science_technology", "education") and rng.random() < 0.5:
        entry = registry.pick(rng, "CN")
        host = entry[0] if entry else None
    elif activity in ("business", "entrepreneurship") and rng.random() < 0.4:
        host = rng.choice(data.BUSINESS_HOSTS)
    return {"activity": activity, "description": description, "host_institution": host}


def _screening(rng: random.Random, edge: str | None) -> dict[str, Any] | None:
    facts = {
        "reentry_ban": False,
        "security_concern": False,
        "fraud_found": False,
        "insufficient_funds": False,
    }
    if edge == "screening":
        facts[
            _weighted(
                rng,
                (
                    ("reentry_ban", 3),
                    ("security_concern", 1),
                    ("fraud_found", 2),
                    ("insufficient_funds", 4),
                ),
            )
        ] = True
        return facts
    return facts if rng.random() < 0.9 else None


_FILE_NAMES = {
    "passport_scan": "passport.pdf",
    "photo": "photo.jpg",
    "application_form": "application.pdf",
    "degree_certificate": "degree_certificate.pdf",
    "transcript": "transcript.pdf",
    "proof_of_post": "employment_letter.pdf",
    "other": "cv.pdf",
}
_LOCAL_FILE_NAMES = {
    "degree_certificate": ("学位证书.pdf", "Diplom_Zeugnis.pdf", "شهادة.pdf"),
    "other": ("Lebenslauf_Müller.pdf", "CV – final (2).pdf"),
}


def _documents(
    rng: random.Random, application_id: str, career: _Career, edge: str | None
) -> list[dict[str, str]]:
    types = ["passport_scan", "photo", "application_form"]
    if career.has_degree and rng.random() < 0.9:
        types.append("degree_certificate")
    if career.has_degree and rng.random() < 0.3:
        types.append("transcript")
    if career.current_post and rng.random() < 0.85:
        types.append("proof_of_post")
    if rng.random() < 0.08:
        types.append("other")
    if edge == "missing_documents":
        droppable = [t for t in types if t != "other"]
        for _ in range(1 if rng.random() < 0.7 else 2):
            if droppable:
                types.remove(droppable.pop(rng.randrange(len(droppable))))
    documents = []
    for doc_type in types:
        name = _FILE_NAMES[doc_type]
        if doc_type in _LOCAL_FILE_NAMES and rng.random() < 0.05:
            name = rng.choice(_LOCAL_FILE_NAMES[doc_type])
        documents.append({"type": doc_type, "file": f"docs/{application_id}/{name}"})
    return documents


def _status_plan(rng: random.Random, head: _Head) -> Plan:
    edge, waited = head.edge, (WORKFLOW_DAY - head.received).days
    weights: tuple[tuple[str, int], ...]
    if edge == "screening":
        weights = (
            ("refused", 45),
            ("ready_for_decision", 20),
            ("awaiting_sign_off", 15),
            ("in_review", 20),
        )
    elif edge == "greater_china":
        weights = (("refused", 40), ("in_review", 35), ("withdrawn", 25))
    elif edge == "missing_documents":
        weights = (
            ("awaiting_documents", 55),
            ("in_review", 20),
            ("received", 10),
            ("refused", 10),
            ("withdrawn", 5),
        )
    elif edge == "passport_expired":
        weights = (
            ("awaiting_documents", 35),
            ("refused", 30),
            ("in_review", 25),
            ("withdrawn", 10),
        )
    elif waited < 14:
        weights = (("received", 60), ("in_review", 35), ("awaiting_documents", 5))
    elif waited < 45:
        weights = (
            ("received", 25),
            ("in_review", 35),
            ("awaiting_documents", 15),
            ("ready_for_decision", 15),
            ("awaiting_sign_off", 10),
        )
    else:
        weights = (
            ("received", 12),
            ("in_review", 20),
            ("awaiting_documents", 12),
            ("ready_for_decision", 10),
            ("awaiting_sign_off", 6),
            ("approved", 6),
            ("refused", 5),
            ("letter_issued", 13),
            ("closed", 12),
            ("withdrawn", 4),
        )
    final = _weighted(rng, weights)
    path = _path_to(rng, final)
    # A case is assigned when an officer first takes it out of `received`.
    officer = _weighted(rng, ((0, 30), (1, 30), (2, 20), (3, 15), (4, 5))) if path else None
    return Plan(path, officer)


def _path_to(rng: random.Random, final: str) -> tuple[str, ...]:
    if final == "received":
        return ()
    if final == "withdrawn":
        return rng.choice(
            (
                ("withdrawn",),
                ("in_review", "withdrawn"),
                ("in_review", "awaiting_documents", "withdrawn"),
            )
        )
    review: tuple[str, ...] = ("in_review",)
    if final == "in_review":
        return review
    if final == "awaiting_documents":
        return (*review, "awaiting_documents")
    if rng.random() < 0.25:
        review = ("in_review", "awaiting_documents", "in_review")
    ready = (*review, "ready_for_decision")
    if final == "ready_for_decision":
        return ready
    sign_off = (*ready, "awaiting_sign_off")
    if final == "awaiting_sign_off":
        return sign_off
    if final in ("approved", "refused"):
        return (*sign_off, final)
    if final == "letter_issued":
        return (*sign_off, "approved", "letter_issued")
    if rng.random() < 0.7:
        return (*sign_off, "approved", "letter_issued", "closed")
    return (*sign_off, "refused", "closed")


def _mrz(rng: random.Random, person: _Person, edge: str | None) -> list[str] | None:
    if edge != "bad_mrz" and rng.random() >= MRZ_SHARE:
        return None
    state = "D" if person.profile.iso3 == "DEU" else person.profile.iso3
    personal = "".join(str(rng.randrange(10)) for _ in range(rng.randint(9, 11)))
    return td3_mrz(
        state=state,
        surname=person.surname,
        given_names=person.given_names,
        number=person.passport_number,
        nationality=state,
        birth=person.birth,
        sex=person.sex,
        expiry=person.expiry,
        personal_number=personal if rng.random() < 0.15 else "",
        filler_check=rng.random() < 0.3,
        corrupt=rng.choice(("number", "birth", "expiry", "composite"))
        if edge == "bad_mrz"
        else None,
    )


def _record(seed: int, index: int, registry: Registry) -> tuple[dict[str, Any], Plan]:
    rng, head = _head(seed, index)
    person, repeated = _resolve_person(seed, index, head)
    profile = person.profile
    number, issue, expiry = person.passport_number, person.issue, person.expiry
    if repeated and (rng.random() < 0.3 or expiry <= head.received):
        # A new passport since the earlier application: same person, another number.
        number = _fill(rng, profile.passport)
        issue = head.received - timedelta(days=rng.randint(30, 300))
        expiry = add_months(issue, 12 * profile.validity_years)
        person = replace(person, passport_number=number, issue=issue, expiry=expiry)
    post = _post(rng, profile)
    application_id = f"KV-{post or data.POSTS_DEFAULT}-{head.received.year}-D{seed}-{index + 1:06d}"
    career = _career(rng, registry, person, head)
    purpose = _purpose(rng, registry, career, head.edge)
    travel: dict[str, Any] | None
    if head.edge == "no_entry_date":
        travel = None if rng.random() < 0.5 else {"intended_entry": None, "stay_days": 30}
    else:
        travel = {
            "intended_entry": head.entry.isoformat(),
            "stay_days": _weighted(rng, data.STAY_DAYS),
        }
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "application_id": application_id,
        "received_at": head.received.isoformat(),
        "post": post,
        "applicant": {
            "surname": person.surname,
            "given_names": person.given_names,
            "native_name": person.native_name,
            "sex": person.sex,
            "date_of_birth": person.birth.isoformat(),
            "place_of_birth": person.place_of_birth,
            "nationality": profile.iso3,
            "email": _email(rng, person, career.email_domain),
            "phone": person.phone,
            "address": person.address,
        },
        "passport": {
            "number": number,
            "issuing_state": profile.iso3,
            "issue_date": issue.isoformat(),
            "expiry_date": expiry.isoformat(),
            "mrz": _mrz(rng, person, head.edge),
        },
        "education": career.education,
        "employment": career.employment,
        "purpose": purpose,
        "travel": travel,
        "screening": _screening(rng, head.edge),
        "documents": _documents(rng, application_id, career, head.edge),
    }
    return record, _status_plan(rng, head)


def generate(
    count: int, seed: int, institutions: Registry | Iterable[Sequence[Any]]
) -> Iterator[tuple[dict[str, Any], Plan]]:
    """Records with their workflow plans, one at a time."""
    registry = institutions if isinstance(institutions, Registry) else Registry(institutions)
    for index in range(count):
        yield _record(seed, index, registry)
