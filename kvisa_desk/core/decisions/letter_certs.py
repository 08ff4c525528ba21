"""The post's letter-signing certificate: which one the post uses, and where its key is.

The database records each post's certificate (public: PEM, fingerprint, subject, validity)
as a `letter_certificate_installed` event in the audit trail, and `..._removed` when a post
stops signing: so every officer's computer, on SQLite or a shared PostgreSQL database, knows
whether the post's letters must be signed and which certificates its letters were ever
signed with (a letter signed with last year's certificate still verifies), and the history
cannot be rewritten unnoticed (`audit verify`).

The private key never enters the database: it is a PKCS#12 file named by the certificate's
fingerprint in a folder readable by its owner only — beside a SQLite file
(`kvisa.sqlite3` -> `kvisa.letter-keys/`), or `letter-keys/` in the user data folder for
other databases; KVISA_LETTER_KEYS names another folder (a post's protected share). Its
passphrase is KVISA_LETTER_KEY_PASSPHRASE where set, otherwise a `.passphrase` file beside
the key (owner only) that `generate` and `import` write. Neither is ever logged or printed.

If the post has no certificate, letters are issued unsigned. If it has one but this
computer has no usable key for it, issuing refuses (Conflict) rather than issue an
unsigned letter unnoticed.

The demo's self-signed certificates are recorded as demo (`demo: true`) and kept apart:
they sign only the letters of demo cases (source "demo"), never a real case's, nor an
outbox batch or an audit checkpoint. A real case at a post with only a demo certificate
is refused as if the post had none to sign with, and a demo certificate never stands in
the way of installing the post's real one. Those the demo loader installed before they were
marked are recognised as the demo's by the shape only it left (old_demo_certs): the
append-only trail is never rewritten to mark them.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.refs import parse_case_ref
from kvisa_desk.core.decisions.old_demo_certs import CertificateEvent, old_demo_installs
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, PermissionRefused
from kvisa_desk.pdf.signing import (
    CertificateInfo,
    SignatureCheck,
    SigningKey,
    certificate_info,
    check_signature,
    load_signing_key,
    make_self_signed,
    preload,
    sign_pdf,
)
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.locations import data_dir
from kvisa_desk.store.models import Case, CaseEvent
from kvisa_desk.vocab import DEMO_ACTOR, DEMO_SOURCE

ENV_KEY_FOLDER = "KVISA_LETTER_KEYS"
ENV_PASSPHRASE = "KVISA_LETTER_KEY_PASSPHRASE"
INSTALLED = "letter_certificate_installed"
REMOVED = "letter_certificate_removed"
_NAME_LENGTH = 32  # hex digits of the fingerprint in a key file's name

__all__ = [
    "ENV_KEY_FOLDER",
    "ENV_PASSPHRASE",
    "PostCertificate",
    "check_letter_signature",
    "ensure_demo_certificates",
    "generate_certificate",
    "import_certificate",
    "is_demo_case",
    "key_folder",
    "post_certificates",
    "post_signing_key",
    "prepare_signing",
    "recorded_certificates",
    "remove_certificate",
    "sign_for_post",
    "signing_key_for_post",
]


@dataclass(frozen=True)
class PostCertificate:
    """A post's current letter certificate, and whether this computer holds its key."""

    post: str
    info: CertificateInfo
    installed_by: str
    installed_at: datetime
    key_file: Path
    key_here: bool
    demo: bool = False  # installed by the demo loader: signs demo cases' letters only

    def to_json(self) -> dict[str, Any]:
        return {
            "post": self.post,
            **self.info.to_json(),
            "installed_by": self.installed_by,
            "installed_at": self.installed_at.isoformat(),
            "key_file": str(self.key_file),
            "key_here": self.key_here,
            "demo": self.demo,
        }


# -- where keys live ---------------------------------------------------------------------------


def key_folder(db: Database) -> Path:
    """The folder of this database's letter keys on this computer."""
    named = os.environ.get(ENV_KEY_FOLDER)
    if named:
        return Path(named).expanduser()
    db_file = sqlite_file(db.url)
    if db_file is not None:
        return db_file.with_name(f"{db_file.stem}.letter-keys")
    return data_dir() / "letter-keys"


def _key_path(folder: Path, fingerprint: str) -> Path:
    return folder / f"{fingerprint[:_NAME_LENGTH]}.p12"


def _passphrase_path(folder: Path, fingerprint: str) -> Path:
    return folder / f"{fingerprint[:_NAME_LENGTH]}.passphrase"


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner may read, in a folder only its owner may enter."""
    from kvisa_desk.store.files import atomic_write

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write(path, data)  # mkstemp: created 0600
    os.chmod(path, 0o600)


def _passphrase(folder: Path, fingerprint: str) -> bytes | None:
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        return from_env.encode("utf-8")
    stored = _passphrase_path(folder, fingerprint)
    return stored.read_bytes() if stored.exists() else None  # exactly as written


_KEYS: dict[tuple[str, int, int, str], SigningKey] = {}
_KEYS_LOCK = threading.Lock()


def _load_key(folder: Path, info: CertificateInfo) -> SigningKey:
    """The post's key from this computer (kept loaded while the file is unchanged)."""
    path = _key_path(folder, info.fingerprint)
    try:
        stat = path.stat()
    except OSError:
        raise Conflict(
            f"letters of this post are signed with certificate {info.common_name!r} "
            f"({info.fingerprint[:16]}), but its key is not on this computer ({path}): an "
            "administrator imports it with `kvisa-desk letters-cert import FILE.p12 --post "
            "CODE`, or sets KVISA_LETTER_KEYS to the folder that holds it"
        ) from None
    passphrase = _passphrase(folder, info.fingerprint)
    secret = hashlib.sha256(passphrase or b"").hexdigest()  # in the cache key, not the secret
    cache_key = (str(path), stat.st_mtime_ns, stat.st_size, secret)
    with _KEYS_LOCK:
        loaded = _KEYS.get(cache_key)
    if loaded is not None:
        return loaded
    try:
        loaded = load_signing_key(path.read_bytes(), passphrase)
    except (OSError, ValueError) as exc:
        raise Conflict(
            f"the letter key {path} cannot be used: {exc} (the passphrase is "
            f"{ENV_PASSPHRASE} or the .passphrase file beside the key)"
        ) from None
    if loaded.info.fingerprint != info.fingerprint:
        raise Conflict(f"the letter key {path} is not the key of the post's certificate")
    with _KEYS_LOCK:
        _KEYS[cache_key] = loaded
    return loaded


# -- what the database records -----------------------------------------------------------------


def _events(session: Session) -> list[CertificateEvent]:
    """(event id, kind, details, officer, when) of every certificate event, oldest first."""
    rows = session.execute(
        select(
            CaseEvent.id,
            CaseEvent.kind,
            CaseEvent.details,
            CaseEvent.officer,
            CaseEvent.occurred_at,
        )
        .where(CaseEvent.case_id.is_(None), CaseEvent.kind.in_((INSTALLED, REMOVED)))
        .order_by(CaseEvent.id)
    ).all()
    return [(r.id, r.kind, dict(r.details or {}), r.officer, r.occurred_at) for r in rows]


def _current(
    session: Session, *, demo: bool = False
) -> dict[str, tuple[CertificateInfo, str, datetime]]:
    """Each post's certificate in force, with who installed it and when: the real ones, or
    with DEMO the demo's (each kind apart, so neither replaces the other). A demo certificate
    installed before they were marked is the demo's too (old_demo_certs)."""
    events = _events(session)
    old_demo = old_demo_installs(session, events)
    current: dict[str, tuple[CertificateInfo, str, datetime]] = {}
    for event_id, kind, details, officer, when in events:
        post = str(details.get("post", ""))
        is_demo = bool(details.get("demo")) or event_id in old_demo
        if kind == REMOVED:
            found = current.get(post)
            if found is not None and details.get("fingerprint") in (None, found[0].fingerprint):
                current.pop(post)
        elif is_demo == demo and isinstance(details.get("certificate"), str):
            current[post] = (certificate_info(details["certificate"]), officer, when)
    return current


def _trusted(session: Session) -> list[str]:
    """Every certificate any post ever signed letters with (PEM), for verification."""
    seen: dict[str, str] = {}
    for _id, kind, details, _officer, _when in _events(session):
        if kind == INSTALLED and isinstance(details.get("certificate"), str):
            seen[str(details.get("fingerprint"))] = details["certificate"]
    return list(seen.values())


def _post_code(post: str) -> str:
    code = post.strip().upper()
    if not code or not code.isascii() or not code.isalnum() or len(code) > 16:
        raise InvalidInput(f"{post!r} is not a post code (letters and digits, e.g. LON)")
    return code


def _describe(
    db: Database, post: str, found: tuple[CertificateInfo, str, datetime], demo: bool = False
) -> PostCertificate:
    info, officer, when = found
    path = _key_path(key_folder(db), info.fingerprint)
    return PostCertificate(post, info, officer, when, path, path.exists(), demo)


# -- administering ------------------------------------------------------------------------------


def _install(
    db: Database,
    session: Session,
    actor: str,
    post: str,
    p12: bytes,
    passphrase: bytes,
    *,
    how: str,
    keep_passphrase: bool,
    replace: bool,
    demo: bool = False,
) -> PostCertificate:
    try:
        key = load_signing_key(p12, passphrase)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    current = _current(session, demo=demo).get(post)
    if current is not None and current[0].fingerprint != key.info.fingerprint and not replace:
        raise Conflict(
            f"post {post} already signs its letters with {current[0].common_name!r} "
            f"({current[0].fingerprint[:16]}): add --replace to use another certificate"
        )
    folder = key_folder(db)
    _write_private(_key_path(folder, key.info.fingerprint), p12)
    if keep_passphrase:
        _write_private(_passphrase_path(folder, key.info.fingerprint), passphrase)
    info = key.info
    record_event(
        session,
        actor,
        INSTALLED,
        post=post,
        how=how,
        fingerprint=info.fingerprint,
        subject=info.subject,
        not_before=info.not_before.isoformat(),
        not_after=info.not_after.isoformat(),
        certificate=info.pem,
        **({"demo": True} if demo else {}),
    )
    session.flush()
    found = _current(session, demo=demo).get(post)
    if found is None:  # read back as the old demo loader's (old_demo_certs): said as it is
        demo, found = True, _current(session, demo=True)[post]
    return _describe(db, post, found, demo)


def generate_certificate(
    db: Database,
    actor: str,
    post: str,
    *,
    days: int = 3650,
    name: str | None = None,
    replace: bool = False,
) -> PostCertificate:
    """A new self-signed certificate and key for POST's letters (demo and test databases;
    a real post imports the certificate its authority issued)."""
    with db.write() as session:
        require(session, actor, Permission.DATABASE)  # permission first, then the post code
        post = _post_code(post)
        return _generate(db, session, actor, post, days=days, name=name, replace=replace)


def _generate(
    db: Database,
    session: Session,
    actor: str,
    post: str,
    *,
    days: int,
    name: str | None,
    replace: bool = False,
    demo: bool = False,
) -> PostCertificate:
    from kvisa_desk.core.post.settings import get_post_settings

    settings = get_post_settings(session, post)
    organisation = str(settings.working("letterhead_name_en"))
    common = name or f"{post} {'demo ' if demo else ''}decision letters (self-signed)"
    from_env = os.environ.get(ENV_PASSPHRASE)
    passphrase = from_env.encode("utf-8") if from_env is not None else None
    passphrase = passphrase or secrets.token_urlsafe(32).encode("ascii")
    try:
        p12 = make_self_signed(common, organisation, passphrase, days=days)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    return _install(
        db,
        session,
        actor,
        post,
        p12,
        passphrase,
        how="generated",
        keep_passphrase=from_env is None,
        replace=replace,
        demo=demo,
    )


def import_certificate(
    db: Database, actor: str, post: str, p12: bytes, passphrase: bytes, *, replace: bool = False
) -> PostCertificate:
    """Make the key and certificate in a PKCS#12 file POST's letter certificate, and keep
    the key on this computer (run it on each computer that issues letters: the post's own
    certificate again only installs its key). REPLACE to change the post's certificate."""
    with db.write() as session:
        require(session, actor, Permission.DATABASE)  # permission first, then the post code
        post = _post_code(post)
        return _install(
            db,
            session,
            actor,
            post,
            p12,
            passphrase,
            how="imported",
            keep_passphrase=os.environ.get(ENV_PASSPHRASE) is None,
            replace=replace,
        )


def remove_certificate(db: Database, actor: str, post: str) -> CertificateInfo:
    """POST's letters are issued unsigned from now on; earlier letters still verify."""
    with db.write() as session:
        require(session, actor, Permission.DATABASE)  # permission first, then the post code
        post = _post_code(post)
        found = _current(session).get(post)
        if found is None:
            raise NotFound(f"post {post} has no letter certificate")
        record_event(session, actor, REMOVED, post=post, fingerprint=found[0].fingerprint)
        return found[0]


def post_certificates(db: Database, actor: str, *, demo: bool = False) -> list[PostCertificate]:
    """Every post's letter certificate in force (administrators and letter-issuing staff);
    with DEMO, the demo's certificates instead, which sign demo cases' letters only."""
    with db.read() as session:
        try:
            require(session, actor, Permission.DATABASE)
        except PermissionRefused:  # officers may see which certificate signs their letters
            require(session, actor, Permission.ISSUE_LETTERS)
        current = _current(session, demo=demo)
    return [_describe(db, post, current[post], demo) for post in sorted(current)]


def ensure_demo_certificates(
    db: Database, actor: str, posts: list[str] | None = None
) -> list[PostCertificate]:
    """A self-signed demo certificate for each post (POSTS, or every post with demo cases)
    that has none: demo letters are signed as a real post's would be, but a demo
    certificate signs demo cases' letters only. Only the demo loader calls this (as its
    system actor), so it asks for no permission."""
    made: list[PostCertificate] = []
    with db.write() as session:
        if posts is None:
            query = (
                select(Case.post)
                .join(CaseEvent, CaseEvent.case_id == Case.id)
                .where(CaseEvent.kind == "case_imported", CaseEvent.officer == DEMO_ACTOR)
                .distinct()
            )
            posts = [str(p) for p in session.scalars(query)]
        current = _current(session, demo=True)
        for post in sorted({_post_code(p) for p in posts} - current.keys()):
            made.append(_generate(db, session, actor, post, days=3650, name=None, demo=True))
    return made


# -- used by issue_letter and verify_letter ----------------------------------------------------


def prepare_signing(db: Database) -> None:
    """Import pyHanko before a transaction that signs, if any post signs its letters, so
    the first letter of a process does not hold the database's write lock for a second."""
    with db.read() as session:
        signs = bool(_current(session)) or bool(_current(session, demo=True))
    if signs:
        preload()


def is_demo_case(session: Session, case_ref: str) -> bool:
    """Whether the case is one the demo loader made: imported from "demo" by the demo's
    own actor (an officer's file is never recorded as the demo's)."""
    case_id = parse_case_ref(case_ref)
    if case_id is None:
        return False
    imported = session.execute(
        select(CaseEvent.officer, CaseEvent.details).where(
            CaseEvent.case_id == case_id, CaseEvent.kind == "case_imported"
        )
    )
    return any(
        officer == DEMO_ACTOR and dict(details or {}).get("source") == DEMO_SOURCE
        for officer, details in imported
    )


def _no_certificate(post: str) -> Conflict:
    return Conflict(
        f"post {post} has no letter certificate: an administrator installs one "
        f"(kvisa-desk letters-cert generate or import --post {post})"
    )


def sign_for_post(
    db: Database,
    session: Session,
    post: str,
    pdf: bytes,
    *,
    reason: str,
    location: str = "",
    case_ref: str | None = None,
) -> bytes:
    """PDF signed with POST's certificate, or PDF unchanged when the post has none. The
    letter of a demo case (CASE_REF) is signed with the demo's certificate; any other's
    never is: a real case at a post with only a demo certificate is refused (Conflict)."""
    demo_case = case_ref is not None and is_demo_case(session, case_ref)
    found = _current(session, demo=demo_case).get(post)
    if found is None:
        if not demo_case and post in _current(session, demo=True):
            raise _no_certificate(post)
        return pdf
    key = _load_key(key_folder(db), found[0])
    try:
        return sign_pdf(pdf, key, reason=reason, location=location)
    except ValueError as exc:
        raise Conflict(f"post {post}'s letter certificate cannot sign: {exc}") from None


def post_signing_key(db: Database, session: Session, post: str | None) -> tuple[str, SigningKey]:
    """(post, its key on this computer) for signing something other than a letter (an audit
    checkpoint). POST may be omitted when exactly one post has a certificate."""
    current = _current(session)
    install = "an administrator installs one with `kvisa-desk letters-cert import FILE.p12 "
    if post is None and len(current) > 1:
        posts = ", ".join(sorted(current))
        raise InvalidInput(f"name the post whose key signs: --post CODE (one of {posts})")
    post = _post_code(post) if post is not None else next(iter(current), "")
    found = current.get(post)
    if found is None:
        which = f"post {post} has no" if post else "no post has a"
        raise NotFound(f"{which} letter certificate: {install}--post CODE` (or `generate`)")
    return post, _load_key(key_folder(db), found[0])


def signing_key_for_post(db: Database, session: Session, post: str) -> SigningKey:
    """POST's letter key on this computer (it also signs the post's outbox batches);
    Conflict when the post has no certificate or this computer lacks its key."""
    found = _current(session).get(post)
    if found is None:
        raise _no_certificate(post)
    return _load_key(key_folder(db), found[0])


def recorded_certificates(session: Session) -> list[str]:
    """Every certificate (PEM) any post ever signed with, for checking a signature."""
    return _trusted(session)


def check_letter_signature(session: Session, pdf: bytes) -> SignatureCheck:
    """The file's signature checked against every certificate this database recorded."""
    return check_signature(pdf, _trusted(session))
