"""Decision letters and case summaries as PDF, rendered from plain dataclasses.

No Qt, no database: the caller (core) fills the dataclasses of `model` and `summary`;
this package only renders, digests and reads back. Wording lives in
resources/letters/<lang>.toml.
"""

from typing import TYPE_CHECKING, Any

from kvisa_desk.pdf.model import (
    Applicant,
    DocumentRequest,
    Interview,
    LetterContent,
    Letterhead,
    VisaTerms,
    canonical_content,
    content_digest,
)

if TYPE_CHECKING:
    from kvisa_desk.pdf.render import render_letter
    from kvisa_desk.pdf.summary import CaseSummary, render_case_summary
    from kvisa_desk.pdf.verify import letter_payload, pdf_sha256, read_letter_qr_payload

# Rendering and reading back pull in ReportLab and Pillow (~12 MB): loaded on first use, so
# code that only needs the dataclasses of `model` (core.decisions, the window) stays light.
_LAZY = {
    "render_letter": "render",
    "CaseSummary": "summary",
    "render_case_summary": "summary",
    "letter_payload": "verify",
    "pdf_sha256": "verify",
    "read_letter_qr_payload": "verify",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)


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
