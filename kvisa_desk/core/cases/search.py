"""Finding cases as an officer types: case id, application id, names in any script, passport
number, e-mail. SQLite searches with FTS5, PostgreSQL with a GIN-indexed tsvector; both over
the same terms, computed here, so both find exactly the same cases.

Terms are folded: lower case, Latin diacritics removed ("Müller" is found by "Muller"), and
Chinese, Japanese and Korean written one character per term ("伟" finds "张伟"). Names are
also indexed as ICAO 9303 writes them in a passport's machine-readable zone ("Löchel" is
"LOECHEL" there), so the spelling read off the MRZ finds the case too. A query is folded the
same way and each of its words must begin a term. The officer's text is data:
only letters and digits reach the index's query language, so quotes, `*`, `OR`, `NEAR`,
`%`, `_` or SQL find literal words and never raise.

Triggers (migration 0004) queue every case whose searchable fields are written, by any
code; `catch_up` indexes the queue. Edits through core.editing index in their own
transaction, so an officer's correction is found at once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.cases.cases import CaseRow
from kvisa_desk.core.cases.refs import parse_case_ref
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant, Case, Passport, format_case_ref
from kvisa_desk.store.models.worklist import SEARCH_FTS_TABLE, SearchPending

DEFAULT_LIMIT = 1000  # the most matches a search returns: a one-letter query stays fast
CATCH_UP_BATCH = 2000
# Letters that do not decompose into a base letter and a mark.
_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "æ": "ae",
     "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h"}
)  # fmt: skip
# ICAO Doc 9303 Part 3 transliterations that differ from dropping the mark: the MRZ spelling.
# Letters fold() already spells the same way (ß, Ñ, Æ, Þ) are listed so the table is whole.
_ICAO = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "ø": "oe", "ß": "ss", "ñ": "n", "æ": "ae",
     "þ": "th"}
)  # fmt: skip
# Scripts written without spaces between words: every character is a term of its own.
_SINGLE_CHARACTER_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)
# Marks on these scripts are diacritics to fold away; marks of Indic and Thai scripts are
# vowel signs that belong to the word.
_FOLDED_MARKS_BELOW = 0x0900


def _single_character(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _SINGLE_CHARACTER_RANGES)


def fold(value: str) -> str:
    """Lower case with Latin, Greek, Cyrillic, Hebrew and Arabic diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_SPECIAL))
    kept: list[str] = []
    base = 0
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn" and base < _FOLDED_MARKS_BELOW:
            continue
        if not unicodedata.combining(ch):
            base = ord(ch)
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def terms_of(value: str | None) -> list[str]:
    """The terms a text is found by: words of letters, digits and their marks, folded;
    Chinese, Japanese and Korean one character each. Everything else separates."""
    if not value:
        return []
    found: list[str] = []
    word: list[str] = []
    for ch in fold(value):
        if _single_character(ch):
            if word:
                found.append("".join(word))
                word = []
            found.append(ch)
        elif ch.isalnum() or unicodedata.category(ch).startswith("M"):
            word.append(ch)
        elif word:
            found.append("".join(word))
            word = []
    if word:
        found.append("".join(word))
    return found


def icao_terms(value: str | None) -> list[str]:
    """The terms of a name as the passport's machine-readable zone spells it, where that
    differs from the folded spelling: "Löchel" -> ["loechel"], "Okafor" -> []."""
    if not value:
        return []
    composed = unicodedata.normalize("NFC", value).lower()  # "o" + combining diaeresis is "ö"
    spelled = composed.translate(_ICAO)
    if spelled == composed:
        return []
    folded = set(terms_of(value))
    return [term for term in terms_of(spelled) if term not in folded]


@dataclass(frozen=True)
class Searchable:
    """The fields of a case that the search finds it by."""

    case_id: int
    application_id: str
    surname: str
    given_names: str | None
    native_name: str | None
    email: str | None
    passport_number: str | None

    def terms(self) -> str:
        ref = format_case_ref(self.case_id)
        parts: list[str] = [ref.lower(), str(self.case_id)]
        for value in (
            self.application_id,
            self.surname,
            self.given_names,
            self.native_name,
            self.email,
            self.passport_number,
        ):
            parts.extend(terms_of(value))
        for name in (self.surname, self.given_names):  # the names an MRZ carries
            parts.extend(icao_terms(name))
        return " ".join(dict.fromkeys(parts))  # each term once, first-seen order


def _searchables(session: Session, case_ids: Sequence[int]) -> list[Searchable]:
    query = (
        select(
            Case.id,
            Case.application_id,
            Applicant.surname,
            Applicant.given_names,
            Applicant.native_name,
            Applicant.email,
            Passport.number,
        )
        .join(Applicant, Applicant.case_id == Case.id)
        .outerjoin(Passport, Passport.case_id == Case.id)
        .where(Case.id.in_(case_ids))
    )
    return [Searchable(*row) for row in session.execute(query)]


def index_cases(session: Session, case_ids: Sequence[int]) -> int:
    """Compute and store the terms of these cases in the caller's transaction."""
    if not case_ids:
        return 0
    rows = [{"cid": s.case_id, "terms": s.terms()} for s in _searchables(session, case_ids)]
    if not rows:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        statement = text(
            "INSERT INTO case_search (case_id, terms, document) VALUES (:cid, :terms, "
            "array_to_tsvector(string_to_array(:terms, ' '))) ON CONFLICT (case_id) DO UPDATE "
            "SET terms = EXCLUDED.terms, document = EXCLUDED.document"
        )
    else:
        statement = text(
            "INSERT INTO case_search (case_id, terms) VALUES (:cid, :terms) "
            "ON CONFLICT (case_id) DO UPDATE SET terms = excluded.terms "
            "WHERE case_search.terms IS NOT excluded.terms"
        )
    session.execute(statement, rows)
    session.execute(delete(SearchPending).where(SearchPending.case_id.in_(case_ids)))
    return len(rows)


def pending_count(db: Database) -> int:
    with db.read() as session:
        return len(session.scalars(select(SearchPending.case_id).limit(CATCH_UP_BATCH)).all())


def catch_up(db: Database, batch: int = CATCH_UP_BATCH, max_batches: int | None = None) -> int:
    """Index queued cases a batch per transaction; returns how many were indexed."""
    done = 0
    batches = 0
    while max_batches is None or batches < max_batches:
        with db.write() as session:
            query = select(SearchPending.case_id).order_by(SearchPending.case_id).limit(batch)
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            ids = list(session.scalars(query))
            if not ids:
                return done
            index_cases(session, ids)
            # A queued case since deleted has nothing to index; it leaves the queue anyway.
            session.execute(delete(SearchPending).where(SearchPending.case_id.in_(ids)))
        done += len(ids)
        batches += 1
    return done


def _fts_query(words: Iterable[str], prefix: bool) -> str:
    # Terms hold letters, digits and marks only, so quoting each makes it a plain phrase.
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words)


def _ts_query(words: Iterable[str], prefix: bool) -> str:
    suffix = ":*" if prefix else ""
    return " & ".join(f"'{w}'{suffix}" for w in words)


# Made once: a keystroke binds its words and runs them, nothing is built per call.
_TS_MATCH = text(
    "SELECT case_id FROM case_search WHERE document @@ CAST(:q AS tsquery) "
    "ORDER BY case_id DESC LIMIT :n"
)
_FTS_MATCH = text(
    f"SELECT rowid FROM {SEARCH_FTS_TABLE} WHERE {SEARCH_FTS_TABLE} MATCH :q "
    "ORDER BY rowid DESC LIMIT :n"
)
_CASE_NUMBERED = text("SELECT id FROM cases WHERE id = :case_id")


def _matching(connection: Connection, words: list[str], prefix: bool, limit: int) -> list[int]:
    if connection.dialect.name == "postgresql":
        statement, query = _TS_MATCH, _ts_query(words, prefix)
    else:
        statement, query = _FTS_MATCH, _fts_query(words, prefix)
    # Fetched at once as plain values: a one-letter query matches a thousand cases.
    return [int(r[0]) for r in connection.execute(statement, {"q": query, "n": limit}).all()]


def search_case_ids(db: Database, actor: str, query: str, limit: int = DEFAULT_LIMIT) -> list[int]:
    """Case ids matching `query`, best first: the case whose id it is, then cases where every
    word is a whole term, then cases where every word begins a term; newest first within
    each. At most `limit`. Reads only: cases still queued for indexing are not yet found."""
    words = terms_of(query)[:16]
    found: dict[int, None] = {}
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if not words:
            return []
        connection = session.connection()
        spelled = parse_case_ref(query)  # the case whose reference was typed comes first
        if spelled is not None:
            numbered = connection.execute(_CASE_NUMBERED, {"case_id": spelled}).first()
            if numbered is not None:
                found[int(numbered[0])] = None
        for prefix in (False, True):
            if len(found) >= limit:
                break
            found.update(dict.fromkeys(_matching(connection, words, prefix, limit)))
    return list(found)[:limit]


def find_case_ids(db: Database, actor: str, query: str, limit: int = DEFAULT_LIMIT) -> list[int]:
    """As search_case_ids, after indexing whatever is queued (for the CLI's one-off search)."""
    require_first(db, actor, Permission.VIEW_CASES)  # a refused account indexes nothing
    catch_up(db)
    return search_case_ids(db, actor, query, limit)


def find_cases(db: Database, actor: str, query: str, limit: int = DEFAULT_LIMIT) -> list[CaseRow]:
    """`kvisa-desk cases --search TEXT`: the matching cases as `cases` lists them, best first."""
    from kvisa_desk.core.cases.worklist import WorklistQuery, worklist_page

    ids = find_case_ids(db, actor, query, limit)
    if not ids:
        return []
    rows = worklist_page(db, WorklistQuery(case_ids=tuple(ids)), actor, 0, len(ids))
    rank = {case_id: i for i, case_id in enumerate(ids)}
    rows.sort(key=lambda r: rank[r.case_id])
    return [
        CaseRow(
            r.case_id,
            r.case_ref,
            r.application_id,
            r.post,
            r.surname,
            r.given_names,
            r.native_name,
            r.nationality,
            r.status,
            r.received_at,
            r.outcome,
        )
        for r in rows
    ]
