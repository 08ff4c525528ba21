"""The inbox folder on disk: which submissions are ready, claiming them, moving them on.

A submission is an application file (`.json`, `.jsonl`, `.csv`) or a folder holding one
application file and the documents it lists. It is ready when `NAME.done` lies beside it,
or when nothing in it has changed (modified or renamed: mtime and ctime) for the settle
time. A machine claims a submission by renaming it into `claimed/<machine>.<pid>/`: one
rename, atomic on a local disk and on a shared folder alike, so of two machines only one
gets it. The claim folder's `.heartbeat` is touched while its owner works; a claim older
than the stale time with no live owner (a dead process on this machine, or a silent one
elsewhere) is taken back by the next pass.

Times come from an injected clock, so tests need not wait.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvisa_desk.core.errors import InvalidInput

Clock = Callable[[], float]
SETTLE_SECONDS = 10.0
STALE_SECONDS = 600.0
APPLICATION_SUFFIXES = (".json", ".jsonl", ".csv")
DONE_SUFFIX = ".done"
# Names copy tools give a file while they write it: skipped without a word.
WORK_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".filepart", ".download")
IMPORTED, REJECTED, CLAIMED = "imported", "rejected", "claimed"
RESERVED = frozenset({IMPORTED, REJECTED, CLAIMED})
HEARTBEAT = ".heartbeat"
REPORT_SUFFIX = ".report.json"
_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")


class InboxUnusable(InvalidInput):
    """The folder cannot be used as an inbox (missing, not a folder, not writable)."""


@dataclass(frozen=True)
class Owner:
    """Who claims: a machine and a process on it."""

    machine: str
    pid: int

    @property
    def folder_name(self) -> str:
        return f"{self.machine}.{self.pid}"

    @staticmethod
    def this_process() -> Owner:
        machine = _UNSAFE.sub("-", socket.gethostname()).strip("-") or "machine"
        return Owner(machine[:64], os.getpid())

    @staticmethod
    def from_folder_name(name: str) -> Owner | None:
        machine, _, pid = name.rpartition(".")
        return Owner(machine, int(pid)) if machine and pid.isdigit() else None


def process_alive(pid: int) -> bool:
    """Whether PID runs on this machine. Only asked on POSIX: on Windows os.kill ends the
    process, so there a claim is judged by its heartbeat's age alone, as another machine's."""
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    except OSError:
        return False
    return True


def open_inbox(folder: Path) -> Path:
    """The inbox, with its imported/, rejected/ and claimed/ folders made; InboxUnusable."""
    if not folder.exists():
        raise InboxUnusable(f"inbox {folder}: no such folder; create it or name another")
    if not folder.is_dir():
        raise InboxUnusable(f"inbox {folder}: not a folder")
    try:
        for name in RESERVED:
            (folder / name).mkdir(exist_ok=True)
        probe = folder / CLAIMED / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InboxUnusable(
            f"inbox {folder}: cannot write there ({exc.strerror}); this account needs "
            "permission to create and rename files in it"
        ) from None
    return folder


def _skipped_silently(name: str) -> bool:
    lower = name.lower()
    return (
        name.startswith((".", "~"))
        or name in RESERVED
        or lower.endswith(DONE_SUFFIX)
        or lower.endswith(WORK_SUFFIXES)
    )


def _walk(path: Path) -> Iterator[Path]:
    yield path
    if path.is_dir():
        yield from sorted(path.rglob("*"))


def last_change(path: Path) -> float:
    """The newest mtime or ctime of PATH and, for a folder, of everything in it."""
    newest = 0.0
    for item in _walk(path):
        stat = item.lstat()
        newest = max(newest, stat.st_mtime, stat.st_ctime)
    return newest


@dataclass(frozen=True)
class Candidates:
    ready: list[Path]
    waiting: list[str]  # still being written, or changed too recently
    ignored: list[str]  # not a kind of file the inbox takes


def scan(folder: Path, clock: Clock, settle_seconds: float) -> Candidates:
    """The submissions in the inbox, oldest name first, sorted into ready and waiting."""
    ready: list[Path] = []
    waiting: list[str] = []
    ignored: list[str] = []
    now = clock()
    for path in sorted(folder.iterdir()):
        if _skipped_silently(path.name):
            continue
        if not path.is_dir() and path.suffix.lower() not in APPLICATION_SUFFIXES:
            ignored.append(path.name)
            continue
        try:
            done = path.with_name(path.name + DONE_SUFFIX).exists()
            if done or now - last_change(path) >= settle_seconds:
                ready.append(path)
            else:
                waiting.append(path.name)
        except FileNotFoundError:  # another machine claimed it while we looked
            continue
    return Candidates(ready, waiting, ignored)


class ClaimFolder:
    """This process's claim folder in the inbox, with its heartbeat."""

    def __init__(self, inbox: Path, owner: Owner, clock: Clock) -> None:
        self.inbox, self.owner, self.clock = inbox, owner, clock
        self.path = inbox / CLAIMED / owner.folder_name
        self.path.mkdir(parents=True, exist_ok=True)
        self.beat()

    def beat(self) -> None:
        """Tell other machines this owner is alive (the heartbeat's time is the clock's)."""
        heartbeat = self.path / HEARTBEAT
        heartbeat.write_bytes(b"")
        now = self.clock()
        os.utime(heartbeat, (now, now))

    def claim(self, path: Path) -> Path | None:
        """Rename PATH into the claim folder; None when another machine was first."""
        target = self.path / path.name
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if target.exists():  # a left-over of ours by that name: leave both alone
                return None
            raise InboxUnusable(f"inbox: cannot claim {path.name} ({exc.strerror})") from None
        done = path.with_name(path.name + DONE_SUFFIX)
        done.unlink(missing_ok=True)  # its job is done once the submission is claimed
        return target

    def release(self) -> None:
        """Remove the claim folder once nothing is left in it."""
        (self.path / HEARTBEAT).unlink(missing_ok=True)
        # Something still claimed stays: the next pass takes it back when stale.
        with contextlib.suppress(OSError):
            self.path.rmdir()


def stale_claims(inbox: Path, me: Owner, clock: Clock, stale_seconds: float) -> list[Path]:
    """Submissions in other owners' claim folders that no live owner has touched lately."""
    found: list[Path] = []
    for folder in sorted((inbox / CLAIMED).iterdir()):
        owner = Owner.from_folder_name(folder.name)
        if not folder.is_dir() or owner is None or owner == me:
            continue
        heartbeat = folder / HEARTBEAT
        try:
            touched = (heartbeat if heartbeat.exists() else folder).stat().st_mtime
        except FileNotFoundError:
            continue
        if clock() - touched <= stale_seconds:
            continue
        if owner.machine == me.machine and process_alive(owner.pid):
            continue  # a slow pass on this machine, not a dead one
        found.extend(p for p in sorted(folder.iterdir()) if p.name != HEARTBEAT)
    return found


def take_back(claims: ClaimFolder, stale: Path) -> Path | None:
    """Claim a submission from a dead owner's folder (None if another machine was first),
    and remove that folder when it is empty."""
    taken = claims.claim(stale)
    folder = stale.parent
    if not any(p.name != HEARTBEAT for p in folder.iterdir()):
        (folder / HEARTBEAT).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            folder.rmdir()
    return taken


def content_sha256(path: Path, beat: Callable[[], None] | None = None) -> str:
    """SHA-256 of a file's bytes; for a folder, of each file's relative name and SHA-256."""
    if path.is_file():
        return _file_sha256(path)
    digest = hashlib.sha256(b"kvisa-inbox-folder/1\n")
    for item in sorted(p for p in path.rglob("*") if p.is_file()):
        relative = item.relative_to(path).as_posix()
        digest.update(f"{relative}\0{_file_sha256(item)}\n".encode())
        if beat is not None:
            beat()
    return digest.hexdigest()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def application_file(submission: Path) -> Path:
    """The application file of a submission; InvalidInput saying what a folder lacks."""
    if submission.is_file():
        return submission
    found = sorted(
        p for p in submission.iterdir() if p.is_file() and p.suffix.lower() in APPLICATION_SUFFIXES
    )
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise InvalidInput(
            "a submission folder holds exactly one application file (.json, .jsonl or .csv) "
            f"beside its documents; this one has {len(found)}: {names}"
        )
    return found[0]


def _free_name(folder: Path, name: str) -> Path:
    """FOLDER/NAME, or NAME~2, NAME~3 ... (before the suffix) when taken."""
    target = folder / name
    stem, dot, suffix = name.partition(".")
    number = 2
    while target.exists() or target.with_name(target.name + REPORT_SUFFIX).exists():
        target = folder / f"{stem}~{number}{dot}{suffix}"
        number += 1
    return target


def file_away(inbox: Path, submission: Path, where: str, report: dict[str, Any]) -> Path:
    """Move a claimed submission to imported/ or rejected/ with its report beside it."""
    target = _free_name(inbox / where, submission.name)
    report_path = target.with_name(target.name + REPORT_SUFFIX)
    text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    partial = report_path.with_name(f".{report_path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, report_path)
    os.rename(submission, target)
    return target


def put_back(inbox: Path, submission: Path) -> None:
    """Return a claimed submission to the inbox (a failure that is not the file's fault)."""
    target = inbox / submission.name
    if not target.exists():
        os.rename(submission, target)
