"""Every mapped table; import this module to have the whole schema in Base.metadata."""

from kvisa_desk.store.base import Base
from kvisa_desk.store.models.case import (
    Applicant,
    Case,
    CaseDocument,
    EducationRecord,
    EmploymentRecord,
    Note,
    Passport,
    PurposeTravel,
    ScreeningFacts,
)
from kvisa_desk.store.models.checks import CheckRun, RuleOverride
from kvisa_desk.store.models.decisions import Decision, IssuedLetter  # noqa: F401
from kvisa_desk.store.models.documents import DocumentBlob, DocumentBlobChunk
from kvisa_desk.store.models.exchange import InboxSubmission, OutboxBatch, OutboxItem  # noqa: F401
from kvisa_desk.store.models.history import AuditHead, AuditPersonal, CaseEvent
from kvisa_desk.store.models.people import Officer
from kvisa_desk.store.models.registry import Institution, InstitutionAlias
from kvisa_desk.store.models.settings import PostSettings, PostSettingsVersion
from kvisa_desk.store.models.worklist import CaseSearch, SearchPending  # noqa: F401
from kvisa_desk.vocab import format_case_ref  # the spelling lives in vocab; core reads it here too

__all__ = [
    "Applicant",
    "AuditHead",
    "AuditPersonal",
    "Base",
    "Case",
    "CaseDocument",
    "CaseEvent",
    "CheckRun",
    "DocumentBlob",
    "DocumentBlobChunk",
    "EducationRecord",
    "EmploymentRecord",
    "Institution",
    "InstitutionAlias",
    "Note",
    "Officer",
    "Passport",
    "PostSettings",
    "PostSettingsVersion",
    "PurposeTravel",
    "RuleOverride",
    "ScreeningFacts",
    "format_case_ref",
]
