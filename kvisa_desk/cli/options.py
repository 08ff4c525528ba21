"""What the command line's options accept: their choices and argument types, light to import
so that registering the subcommands imports no core, rendering or export code, nor pathlib
or datetime (`kvisa-desk --help` answers at once).

Each tuple of choices is the value of the name in the comment beside it;
tests/test_cli_imports.py keeps them equal, so a value added in core and not here fails a
test rather than being refused.
"""

from __future__ import annotations

import argparse

from kvisa_desk.vocab import CaseStatus, DocumentType, InstitutionTier, Role, Verification

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

CASE_STATUSES = tuple(s.value for s in CaseStatus)
DOCUMENT_TYPES = tuple(t.value for t in DocumentType)  # core.documents.DOCUMENT_TYPES
VERIFICATION_STATUSES = tuple(v.value for v in Verification)  # core.documents.VERIFICATION_STATUSES
TIERS = tuple(t.value for t in InstitutionTier)  # core.registry.TIERS
ALIAS_KINDS = ("abbreviation", "alternative")  # core.post.institution_aliases.KINDS
ROLES = tuple(r.value for r in Role)

RECOMMENDATIONS = ("approve", "refuse", "request-documents")  # core.decisions.RECOMMENDATIONS
VERDICTS = ("agree", "return")  # core.decisions.VERDICTS
ENTRIES = ("1", "2", "multiple")  # letters.model.ENTRIES
LETTER_KINDS = ("approval", "refusal", "request-documents", "interview")  # letters.model
LETTER_LANGUAGES = ("en", "zh", "en+zh")  # letters.model.LANGUAGES
REPORT_LANGUAGES = ("en", "zh", "en+zh")  # core.report_words.REPORT_LANGUAGES
EXPORT_FORMATS = ("csv", "xlsx")  # exports.FORMATS
OUTCOME_FILTERS = ("pass", "review", "fail", "unchecked")  # core.exports.OUTCOME_FILTERS
REDACTIONS = ("screening", "notes", "officers")  # core.bundle.REDACTIONS (its keys)
SWEEP_GRACE_HOURS = 24.0  # core.documents.SWEEP_GRACE, in hours


def path(text: str) -> Path:
    """A file or folder argument (pathlib is imported when one is given)."""
    from pathlib import Path

    return Path(text)


def day(text: str) -> date:
    """A date argument, YYYY-MM-DD."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None
