"""The disclosure bundle: what an officer hands over for an access request or a court.

One folder with the case summary (with the chosen redactions), every document of the case
(read from the store, hash-checked), every letter issued on it (the exact bytes issued), and
a manifest (`manifest.json` and a readable `manifest.txt`) listing each file with its SHA-256
and size, what was redacted and why, who made the bundle and when.

File names in the bundle are made here (position, type, our media type; a letter's own
reference), never taken from a name the applicant supplied. The bundle is written into a
temporary folder beside the target and renamed into place at the end, so a failure or a
cancel leaves nothing half-written; making it is recorded in the audit (who, case,
redactions, number of files), and without that record the folder is removed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.cases import require_case
from kvisa_desk.core.decisions.letters import case_letters, load_letter
from kvisa_desk.core.documents.reading import export_document, list_documents
from kvisa_desk.core.documents.records import DocumentDamaged
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.reports.summary import build_case_summary
from kvisa_desk.pdf.summary import render_case_summary
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import format_case_ref
from kvisa_desk.tabular import ExportCancelled

EVENT_KIND = "disclosure_bundle_made"
FORMAT = "kvisa-bundle/1"
REDACTED = "(redacted)"

# What each redaction leaves out of the summary, and why: the manifest says both.
REDACTIONS: dict[str, tuple[str, str]] = {
    "screening": (
        "Screening facts (re-entry ban, security concern, fraud found, insufficient funds)",
        "security and immigration screening information (Exit and Entry Administration "
        "Law, Art. 21)",
    ),
    "notes": ("Internal notes", "officers' internal working notes on the case"),
    "officers": (
        "Officers' names",
        "personal data of the staff who handled the case (the audit trail keeps them)",
    ),
}

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/heic": ".heic",
}
_CHUNK = 1 << 20

Progress = Callable[[int, int], object]  # (files written, files to write)


@dataclass(frozen=True)
class BundleFile:
    path: str  # relative to the bundle folder, "/"-separated
    kind: str  # "summary", "document" or "letter"
    sha256: str
    size: int
    description: str


@dataclass(frozen=True)
class LeftOut:
    """A document the bundle lists but does not carry, and why."""

    description: str
    reason: str


@dataclass(frozen=True)
class BundleReport:
    folder: Path
    case_ref: str
    files: tuple[BundleFile, ...]
    left_out: tuple[LeftOut, ...]
    redactions: tuple[str, ...]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def check_redactions(redactions: tuple[str, ...]) -> tuple[str, ...]:
    """The redactions in a fixed order, each once; InvalidInput naming an unknown one."""
    unknown = sorted(set(redactions) - REDACTIONS.keys())
    if unknown:
        raise InvalidInput(f"unknown redaction {unknown[0]!r}; choose from {', '.join(REDACTIONS)}")
    return tuple(r for r in REDACTIONS if r in redactions)


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InvalidInput(f"{out} is a file: give the name of a new or empty folder")
    if out.is_dir() and any(out.iterdir()):
        raise InvalidInput(f"{out} is not empty: choose a new folder (nothing was written)")


def _digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_tree(folder: Path) -> None:
    """Make the written files and folders durable before the rename publishes them."""
    if os.name != "posix":
        return
    for directory in [*sorted(p for p in folder.rglob("*") if p.is_dir()), folder]:
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _when(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def _manifest(
    case_ref: str,
    made_by: str,
    made_at: datetime,
    purpose: str | None,
    language: str,
    redactions: tuple[str, ...],
    files: list[BundleFile],
    left_out: list[LeftOut],
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "case": case_ref,
        "made_by": REDACTED if "officers" in redactions else made_by,
        "made_at": _when(made_at),
        "purpose": purpose,
        "summary_language": language,
        "redacted": [
            {"part": r, "what": REDACTIONS[r][0], "why": REDACTIONS[r][1]} for r in redactions
        ],
        "not_redacted": "Documents and letters are exact copies of what the case holds and "
        "what was issued to the applicant; redactions apply to the summary.",
        "files": [asdict(f) for f in files],
        "left_out": [asdict(x) for x in left_out],
    }


def manifest_text(manifest: dict[str, Any]) -> str:
    """The manifest as a person reads it: who, when, what was redacted and why, each file."""
    lines = [
        f"Disclosure bundle for case {manifest['case']}",
        f"Made by {manifest['made_by']} at {manifest['made_at']} (UTC)",
    ]
    if manifest["purpose"]:
        lines.append(f"Purpose: {manifest['purpose']}")
    lines += ["", "Redacted from the case summary:"]
    lines += [f"  - {r['what']}: {r['why']}" for r in manifest["redacted"]] or ["  nothing"]
    lines += ["", manifest["not_redacted"], "", "Files (SHA-256, size in bytes, path):"]
    lines += [f"  {f['sha256']}  {f['size']:>10}  {f['path']}" for f in manifest["files"]]
    if manifest["left_out"]:
        lines += ["", "Listed on the case but not in this bundle:"]
        lines += [f"  - {x['description']}: {x['reason']}" for x in manifest["left_out"]]
    lines += ["", "manifest.json holds the same, for programs."]
    return "\n".join(lines) + "\n"


def make_bundle(
    db: Database,
    actor: str,
    case_id: int,
    out: Path,
    redactions: tuple[str, ...] = (),
    *,
    language: str = "en",
    purpose: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleReport:
    """Write the disclosure bundle of case REFERENCE into the new (or empty) folder OUT.

    InvalidInput (nothing written) for an unknown redaction or a folder that has files in it;
    PermissionRefused for anyone who may not export case data; DocumentDamaged when a stored
    document or letter is no longer the bytes that were stored (nothing written either).
    """
    out = Path(out)
    with db.read() as session:
        require(session, actor, Permission.EXPORT)  # before the arguments and the folder
        redactions = check_redactions(tuple(redactions))
        _check_target(out)
        require_case(session, case_id)
    case_ref = format_case_ref(case_id)
    letters = case_letters(db, actor, case_id)
    documents = list_documents(db, actor, case_id, include_removed=True)
    total = 1 + len(documents) + len(letters)
    made_at = utcnow()

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("the bundle was cancelled; nothing was written")
        if progress is not None:
            progress(done, total)

    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        files: list[BundleFile] = []
        left_out: list[LeftOut] = []

        step(0)
        built = build_case_summary(db, case_id, actor, redactions, language)
        summary = render_case_summary(built, language)
        _write(work / "summary.pdf", summary)
        files.append(
            BundleFile(
                "summary.pdf",
                "summary",
                hashlib.sha256(summary).hexdigest(),
                len(summary),
                f"Case summary ({language})",
            )
        )
        step(1)

        for number, doc in enumerate(documents, start=1):
            label = f"Document {number}: {doc.doc_type}"
            if doc.removed:
                left_out.append(LeftOut(label, "removed from the case"))
            elif not doc.has_content:
                left_out.append(LeftOut(label, "listed by the application, never attached"))
            else:
                name = f"documents/{number:02d}-{doc.doc_type}"
                name += _EXTENSIONS.get(doc.media_type or "", ".bin")
                (work / "documents").mkdir(exist_ok=True)
                # Hash-checked as it copies; the bundle records its own export event.
                export_document(db, actor, doc.document_id, work / name, recorded=False)
                sha, size = _digest(work / name)
                files.append(BundleFile(name, "document", sha, size, label))
            step(len(files) + len(left_out))

        for letter in letters:
            pdf = load_letter(db, actor, letter.letter_id).pdf
            sha = hashlib.sha256(pdf).hexdigest()
            if sha != letter.pdf_sha256:
                raise DocumentDamaged(
                    f"letter {letter.reference} is no longer the file that was issued "
                    "(its SHA-256 differs): nothing was written; tell an administrator"
                )
            name = f"letters/{letter.reference}-{letter.kind}.pdf"
            _write(work / name, pdf)
            files.append(
                BundleFile(
                    name,
                    "letter",
                    sha,
                    len(pdf),
                    f"Letter {letter.reference} ({letter.kind}, {letter.language}, "
                    f"issued {letter.issue_date.isoformat()})",
                )
            )
            step(len(files) + len(left_out))

        manifest = _manifest(
            case_ref, actor, made_at, purpose, language, redactions, files, left_out
        )
        _write(
            work / "manifest.json",
            (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        )
        _write(work / "manifest.txt", manifest_text(manifest).encode("utf-8"))
        _fsync_tree(work)
        if cancelled is not None and cancelled():
            raise ExportCancelled("the bundle was cancelled; nothing was written")
        if out.is_dir():
            out.rmdir()  # empty (checked above); a rename cannot replace a folder everywhere
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        with db.write() as session:
            record_event(
                session,
                actor,
                EVENT_KIND,
                case_id,
                redacted=list(redactions),
                files=len(files),
                bytes=sum(f.size for f in files),
                left_out=len(left_out),
                language=language,
            )
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)  # no bundle goes unrecorded
        raise
    return BundleReport(out, case_ref, tuple(files), tuple(left_out), redactions)


__all__ = [
    "EVENT_KIND",
    "REDACTIONS",
    "BundleFile",
    "BundleReport",
    "LeftOut",
    "check_redactions",
    "make_bundle",
    "manifest_text",
]
