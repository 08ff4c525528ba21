"""Controlled vocabularies, named once for the whole application."""

from __future__ import annotations

from enum import StrEnum

# The post of records that name none (files from a single post's own system).
DEFAULT_POST = "HQ"
# Demo data: the import source of its cases, and the system actor its workflow is recorded
# under (never the officer who loaded it: no one verified a demo document).
DEMO_SOURCE = "demo"
DEMO_ACTOR = "demo"


def format_case_ref(case_id: int) -> str:
    """The reference officers read and type for a case: C0000042 for case 42."""
    return f"C{case_id:07d}"


class CaseStatus(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    AWAITING_DOCUMENTS = "awaiting_documents"
    READY_FOR_DECISION = "ready_for_decision"
    AWAITING_SIGN_OFF = "awaiting_sign_off"
    APPROVED = "approved"
    REFUSED = "refused"
    LETTER_ISSUED = "letter_issued"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


# A case in one of these still needs an officer; the rest are decided or finished.
OPEN_STATUSES = frozenset(
    {
        CaseStatus.RECEIVED,
        CaseStatus.IN_REVIEW,
        CaseStatus.AWAITING_DOCUMENTS,
        CaseStatus.READY_FOR_DECISION,
        CaseStatus.AWAITING_SIGN_OFF,
    }
)

# A finished case: nothing more happens to it, and only these are ever purged (retention).
FINISHED_STATUSES = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.LETTER_ISSUED)


class DocumentType(StrEnum):
    PASSPORT_SCAN = "passport_scan"
    PHOTO = "photo"
    APPLICATION_FORM = "application_form"
    DEGREE_CERTIFICATE = "degree_certificate"
    TRANSCRIPT = "transcript"
    PROOF_OF_POST = "proof_of_post"
    OTHER = "other"


class Verification(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    SUSPECTED_FRAUDULENT = "suspected_fraudulent"


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class InstitutionTier(StrEnum):
    UNLISTED = "unlisted"
    LISTED = "listed"
    RECOGNISED = "recognised"


SEX_CODES = ("F", "M", "X")
DEGREE_LEVELS = ("bachelor", "master", "doctorate", "other")
EMPLOYMENT_KINDS = ("teaching", "research", "industry", "other")
ACTIVITIES = (
    "education",
    "science_technology",
    "culture",
    "entrepreneurship",
    "business",
    "employment",
    "other",
)
