"""Decision letters and case summaries as PDF, rendered from plain dataclasses.

No Qt, no database: the caller (core) fills the dataclasses of `model` and `summary`;
this package only renders, digests and reads back. Wording lives in
resources/letters/<lang>.toml.
"""

from kvisa_desk.letters.model import (
    Applicant,
    DocumentRequest,
    Interview,
    LetterContent,
    Letterhead,
    VisaTerms,
    canonical_content,
    content_digest,
)
from kvisa_desk.letters.render import render_letter
from kvisa_desk.letters.summary import CaseSummary, render_case_summary
from kvisa_desk.letters.verify import letter_payload, pdf_sha256, read_letter_qr_payload

__all__ = [
    "Applicant",
    "CaseSummary",
    "DocumentRequest",
    "Interview",
    "LetterContent",
    "Letterhead",
    "VisaTerms",
    "canonical_content",
    "content_digest",
    "letter_payload",
    "pdf_sha256",
    "read_letter_qr_payload",
    "render_case_summary",
    "render_letter",
]
