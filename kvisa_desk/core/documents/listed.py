"""The documents an imported application file lists: attached from the imported file's
folder inside the import's own transaction, and their `document_attached` events."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.orm import Session

from kvisa_desk.content import (
    ContentCheck,
    ContentStore,
    Limits,
    Refused,
    StagedContent,
    check_content,
    content_store_for,
    listed_path_problem,
)
from kvisa_desk.content.store import too_large_reason
from kvisa_desk.core.accounts.history import record_events
from kvisa_desk.core.documents.records import attachment_limits, content_fields
from kvisa_desk.store.engine import Database


@dataclass(frozen=True)
class ListedOutcome:
    """Content fields per listed document (in order), or the refusals as (index, reason)."""

    fields: list[dict[str, Any]]
    problems: list[tuple[int, str]]


@dataclass
class ListedDocuments:
    """Attaches the files an imported application lists, from the imported file's folder.

    Used inside the import's own transaction. A record's files are all checked before any is
    kept, so a record refused for one bad file stores nothing of its others.
    """

    session: Session
    store: ContentStore
    folder: Path
    actor: str
    _limits: dict[str, Limits] = field(default_factory=dict)
    # The same file listed by several records is read once: (device, inode, size, mtime).
    _seen: dict[tuple[int, int, int, int], dict[str, Any]] = field(default_factory=dict)
    _by_text: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folder = self.folder.resolve()

    def _limits_for(self, post: str) -> Limits:
        if post not in self._limits:
            self._limits[post] = attachment_limits(self.session, post)
        return self._limits[post]

    def _resolve(self, listed: str) -> tuple[Path, os.stat_result]:
        problem = listed_path_problem(listed)
        if problem is not None:
            raise Refused(problem)
        relative = PurePosixPath(listed.replace("\\", "/"))
        try:
            real = (self.folder / relative).resolve(strict=True)
        except FileNotFoundError:
            raise Refused("no such file in the imported file's folder") from None
        except (OSError, RuntimeError) as exc:
            raise Refused(f"cannot be read ({exc})") from None
        if not real.is_relative_to(self.folder):
            raise Refused("points outside the imported file's folder (through a link)")
        info = real.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Refused("is not a regular file")
        return real, info

    def take(self, post: str, listed: Sequence[tuple[str, str]]) -> ListedOutcome:
        """Content fields for each listed (type, file), or the (index, reason) refusals."""
        limits = self._limits_for(post)
        problems: list[tuple[int, str]] = []
        fields: list[dict[str, Any] | None] = []
        pending: list[tuple[int, tuple[int, int, int, int], str, StagedContent, ContentCheck]] = []
        with ExitStack() as stack:
            for index, (_doc_type, listed_file) in enumerate(listed):
                if listed_file in self._by_text:
                    fields.append(self._by_text[listed_file])
                    continue
                try:
                    real, info = self._resolve(listed_file)
                    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
                    if key in self._seen:
                        self._by_text[listed_file] = self._seen[key]
                        fields.append(self._seen[key])
                        continue
                    if info.st_size > limits.max_bytes:
                        raise Refused(too_large_reason(limits.max_bytes))
                    handle = stack.enter_context(real.open("rb"))
                    staged = stack.enter_context(self.store.stage(handle, limits.max_bytes))
                    checked = check_content(staged.path, limits)
                except Refused as exc:
                    problems.append((index, f"cannot attach {listed_file}: {exc}"))
                    fields.append(None)
                    continue
                except OSError as exc:
                    problems.append((index, f"cannot read {listed_file}: {exc.strerror or exc}"))
                    fields.append(None)
                    continue
                pending.append((index, key, listed_file, staged, checked))
                fields.append(None)
            if problems:
                return ListedOutcome([], problems)
            for index, key, listed_file, staged, checked in pending:
                self.store.publish(self.session, staged)
                content = content_fields(staged, checked, self.actor)
                self._seen[key] = self._by_text[listed_file] = content
                fields[index] = content
        return ListedOutcome([f for f in fields if f is not None], [])


def listed_documents_for_import(
    db: Database, session: Session, folder: Path, actor: str
) -> ListedDocuments:
    return ListedDocuments(session, content_store_for(db), folder, actor)


def record_attached_events(
    session: Session, actor: str, rows: Iterable[tuple[int, dict[str, Any]]]
) -> None:
    """`document_attached` events for imported document rows: (document id, row values)."""
    record_events(
        session,
        actor,
        "document_attached",
        [
            {
                "case_id": row["case_id"],
                "details": {
                    "document_id": document_id,
                    "doc_type": row["doc_type"],
                    "sha256": row["sha256"],
                    "size_bytes": row["size_bytes"],
                    "media_type": row["media_type"],
                },
            }
            for document_id, row in rows
            if row.get("sha256")
        ],
    )
