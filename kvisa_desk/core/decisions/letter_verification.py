"""Proving a file genuine: `verify_letter` says whether a PDF is a letter this database
issued, unchanged, and which case and decision it belongs to (and checks its signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.decisions.issued_letters import LetterInfo, info_rows, letters_table
from kvisa_desk.core.decisions.letter_certs import check_letter_signature
from kvisa_desk.pdf.signing import SignatureCheck
from kvisa_desk.store.engine import Database

_RAW_PAYLOAD = re.compile(rb"KVISA1:([A-Z0-9]+(?:-[A-Z0-9]+)*):([0-9A-Fa-f]{64})")


@dataclass(frozen=True)
class LetterVerification:
    """What a PDF file is: a genuine, unchanged letter of this database; a letter of this
    database that was changed (`modified`); or not one of its letters (`foreign`)."""

    status: Literal["genuine", "modified", "foreign"]
    message: str
    letter: LetterInfo | None = None
    reference: str | None = None
    signature: SignatureCheck | None = None  # the PAdES signature: valid, invalid, not signed

    @property
    def genuine(self) -> bool:
        return self.status == "genuine"

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "message": self.message,
            "reference": self.reference,
            "letter": None if self.letter is None else self.letter.to_json(),
            "signature": None if self.signature is None else self.signature.to_json(),
        }


def _payload(pdf_bytes: bytes) -> tuple[str, str] | None:
    """The (reference, digest) a file claims: from its metadata, or, when the file is too
    damaged for a PDF reader, from the raw bytes (the payload is stored uncompressed)."""
    from kvisa_desk.pdf.verify import read_letter_qr_payload

    found = read_letter_qr_payload(pdf_bytes)
    if found is not None:
        return found
    raw = _RAW_PAYLOAD.search(pdf_bytes[:10_000_000])
    if raw is None:
        return None
    return raw.group(1).decode("ascii"), raw.group(2).decode("ascii").lower()


def _describe(info: LetterInfo) -> str:
    decision = f"decision {info.decision_id}" if info.decision_id else "no decision"
    text = (
        f"{info.reference}: the {info.kind} letter of case {info.case_ref} ({decision}), "
        f"issued {info.issue_date.isoformat()} by {info.issued_by}"
    )
    if info.replaced_by:
        text += f"; since replaced by {info.replaced_by}"
    return text


def verify_letter(db: Database, actor: str, pdf_bytes: bytes) -> LetterVerification:
    """Whether PDF_BYTES are a letter this database issued, byte for byte; recorded."""
    from kvisa_desk.pdf.verify import pdf_sha256  # ReportLab: loaded on first use

    with db.read() as session:  # the signature is checked outside the write transaction
        require(session, actor, Permission.VIEW_CASES)
        signature = check_letter_signature(session, bytes(pdf_bytes))
    with db.write() as session:
        require(session, actor, Permission.VIEW_CASES)
        t = letters_table()
        sha = pdf_sha256(bytes(pdf_bytes))
        by_sha = info_rows(session, t.c.pdf_sha256 == sha)
        result: LetterVerification
        if by_sha:
            info = by_sha[0]
            result = LetterVerification(
                "genuine", f"genuine and unchanged: {_describe(info)}", info, info.reference
            )
        else:
            claimed = _payload(bytes(pdf_bytes))
            known = info_rows(session, t.c.reference == claimed[0]) if claimed else []
            if claimed is None:
                result = LetterVerification(
                    "foreign", "not a letter of this database: it carries no letter reference"
                )
            elif not known:
                result = LetterVerification(
                    "foreign",
                    f"not a letter of this database: reference {claimed[0]} was never issued here",
                    None,
                    claimed[0],
                )
            else:
                info = known[0]
                what = (
                    "its bytes differ from the letter issued"
                    if claimed[1] == info.content_digest
                    else "its content digest and bytes differ from the letter issued"
                )
                result = LetterVerification(
                    "modified",
                    f"MODIFIED: the file claims to be {_describe(info)}, but {what}",
                    info,
                    info.reference,
                )
        result = replace(
            result, message=f"{result.message}; {signature.describe()}", signature=signature
        )
        record_event(
            session,
            actor,
            "letter_verified",
            result.letter.case_id if result.letter else None,
            result=result.status,
            reference=result.reference,
            letter_id=result.letter.letter_id if result.letter else None,
            pdf_sha256=sha,
            signature=signature.status,
        )
        return result
