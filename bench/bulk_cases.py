"""A million cases in a few minutes: a SQLite database at the schema head, filled with plain
`sqlite3` `executemany` into the real tables, never through the importer.

The schema, the seeded registry and the benchmark's account come from `open_database`, as
on any first start. Then, with the tables' indexes and triggers set aside (their SQL is read
from `sqlite_master` and run again afterwards, so they stay exactly the migrations'):

* 4,096 applications from `bench/datagen.py` serve as templates: each case takes one (names
  in many scripts, degrees, jobs, purpose, travel, screening, listed documents) and gets its
  own application id, e-mail, passport number (and MRZ where the template had one), birth
  date, reception date, status, check outcome and assigned officer;
* reception dates run from 1 October 2025 (the K visa's first day) to RECEIVED_UNTIL in id
  order; recent cases are open (new ones unassigned and unchecked), older ones mostly
  decided, issued or closed, as in a post's full history; forty officers share the work;
* the search index is what `core.search` computes (`Searchable.terms()`, with a shortcut for
  plain ASCII that gives the same terms), FTS5 rebuilt once at the end; nothing is left
  queued in `search_pending`.

Not made: check runs (the worklist's route column, hidden at first, reads them), notes,
decisions, letters, stored document content and audit events. Bump BULK_VERSION whenever the
output changes: it is part of the cache name.
"""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench import datagen
from kvisa_desk.normal_forms import fold_surname, normalise_country, normalise_passport_number

BULK_VERSION = 3  # 2: normalised passport, country and surname filled; 3: ICAO spelling indexed
TEMPLATES = 4096
CHUNK = 5000
OFFICERS = 40
HISTORY_FROM = date(2025, 10, 1)
RECEIVED_UNTIL = date(2026, 11, 27)  # fixed, so the same seed always gives the same cases
CREATED_AT = "2026-11-27 08:00:00.000000"
BULK_TABLES = (
    "cases",
    "applicants",
    "passports",
    "education_records",
    "employment_records",
    "purpose_travel",
    "screening_facts",
    "case_documents",
    "case_search",
)
# Each table's columns in the order the rows below give them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "cases": (
        "id", "post", "application_id", "received_at", "status", "assigned_officer_id",
        "import_digest", "version", "created_at", "updated_at", "check_outcome",
        "effective_outcome",
    ),
    "applicants": (
        "case_id", "surname", "given_names", "native_name", "sex", "date_of_birth",
        "place_of_birth", "nationality", "email", "phone", "address", "nationality_normalised",
        "surname_folded",
    ),
    "passports": (
        "case_id", "number", "issuing_state", "issue_date", "expiry_date", "mrz_line1",
        "mrz_line2", "number_normalised", "issuing_state_normalised",
    ),
    "education_records": (
        "case_id", "position", "level", "field", "isced_f", "institution",
        "institution_country", "awarded_on", "isced_source",
    ),
    "employment_records": (
        "case_id", "position", "employer", "country", "job_title", "kind", "field", "isced_f",
        "start_date", "end_date", "isced_source",
    ),
    "purpose_travel": (
        "case_id", "activity", "description", "host_institution", "intended_entry",
        "stay_days",
    ),
    "screening_facts": (
        "case_id", "reentry_ban", "security_concern", "fraud_found", "insufficient_funds",
    ),
    "case_documents": (
        "case_id", "position", "doc_type", "original_name", "source_path", "verification",
        "created_at",
    ),
    "case_search": ("case_id", "terms"),
}  # fmt: skip
_OFFICER_NAMES = (
    "Wang Fang", "Li Wei", "Zhang Min", "Liu Yang", "Chen Jing", "Yang Lei", "Zhao Li",
    "Huang Tao", "Zhou Xin", "Wu Hao", "Xu Lan", "Sun Qiang", "Ma Lin", "Zhu Hong",
    "Hu Jun", "Guo Ying", "He Ping", "Gao Yan", "Lin Feng", "Luo Mei",
)  # fmt: skip
_OPEN = ("in_review", "awaiting_documents", "ready_for_decision", "awaiting_sign_off")
_FINISHED = ("approved", "refused", "letter_issued", "closed", "closed", "closed", "withdrawn")
_OUTCOMES = ("pass", "pass", "pass", "review", "review", "fail")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
Progress = Callable[[str], None]


def bulk_db_file_name(count: int, seed: int = datagen.DEFAULT_SEED) -> str:
    """The cache name: everything the database's content depends on."""
    from kvisa_desk.store.migrate import head_revision

    return (
        f"worklist-cases-{count}-seed{seed}-gen{datagen.GENERATOR_VERSION}"
        f"-bulk{BULK_VERSION}-schema{head_revision()}.sqlite3"
    )


def _terms(value: str | None) -> list[str]:
    """core.search.terms_of, with a shortcut for plain ASCII (ids, e-mails, passports)."""
    if not value:
        return []
    if value.isascii():  # folding ASCII is lower-casing; its letters and digits are [a-z0-9]
        return _ASCII_WORD.findall(value.lower())
    from kvisa_desk.core.cases.search import terms_of

    return terms_of(value)


def _icao_terms(value: str | None) -> list[str]:
    """core.search.icao_terms: nothing to add for plain ASCII."""
    if not value or value.isascii():
        return []
    from kvisa_desk.core.cases.search import icao_terms

    return icao_terms(value)


class _Template:
    """One generated application, with the parts every case made from it shares."""

    __slots__ = (
        "applicant", "domain", "handle", "icao_terms", "name_terms", "passport", "prefix", "record"
    )  # fmt: skip

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        a, p = record["applicant"], record["passport"]
        self.applicant = a
        self.passport = p
        local, self.domain = a["email"].split("@")
        self.handle = local.rsplit(".", 1)[0]
        self.prefix = p["number"][0]
        self.name_terms = _terms(a["surname"]) + _terms(a["given_names"]) + _terms(a["native_name"])
        self.icao_terms = _icao_terms(a["surname"]) + _icao_terms(a["given_names"])


def _iso_days(first: date, last: date) -> list[str]:
    return [date.fromordinal(d).isoformat() for d in range(first.toordinal(), last.toordinal())]


def _status(rng: random.Random, age_days: int) -> str:
    if age_days < 7:
        return "received" if rng.random() < 0.7 else "in_review"
    if age_days < 60:
        roll = rng.random()
        if roll < 0.1:
            return "received"
        return rng.choice(_OPEN) if roll < 0.75 else rng.choice(_FINISHED)
    return rng.choice(_OPEN) if rng.random() < 0.01 else rng.choice(_FINISHED)


class _Rows:
    """The rows of one chunk of cases, table by table."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in BULK_TABLES}


def _case_rows(
    rows: _Rows,
    rng: random.Random,
    case_id: int,
    count: int,
    template: _Template,
    days: list[str],
    births: list[str],
) -> None:
    record, a, p = template.record, template.applicant, template.passport
    post = datagen.POSTS[case_id % len(datagen.POSTS)]
    # Oldest first: case ids grow with the reception date, as imports make them.
    day_index = (case_id - 1) * len(days) // count
    received = days[day_index]
    age_days = len(days) - 1 - day_index
    application_id = f"KV-{post}-{received[:4]}-{case_id:07d}"
    status = _status(rng, age_days)
    checked = status != "received" or rng.random() < 0.1
    outcome = rng.choice(_OUTCOMES) if checked else None
    officer = None if status == "received" else 1 + case_id % (OFFICERS + 1)
    digest = hashlib.sha256(application_id.encode()).hexdigest()
    t = rows.tables
    t["cases"].append(
        (case_id, post, application_id, received, status, officer, digest, 1, CREATED_AT,
         CREATED_AT, outcome, outcome)
    )  # fmt: skip
    email = f"{template.handle}.{case_id}@{template.domain}"
    born = births[rng.randrange(len(births))]
    t["applicants"].append(
        (case_id, a["surname"], a["given_names"], a["native_name"], a["sex"], born,
         a["place_of_birth"], a["nationality"], email, a["phone"], a["address"],
         normalise_country(a["nationality"]), fold_surname(a["surname"]))
    )  # fmt: skip
    # A permutation of the case ids (48271 is prime to 9e7): every passport number differs.
    number = f"{template.prefix}{10_000_000 + case_id * 48271 % 90_000_000}"
    mrz: list[str] | None = None
    if p["mrz"]:
        state = p["issuing_state"]
        mrz = datagen.mrz_lines(
            a["surname"], a["given_names"], state, number, state, born, a["sex"],
            p["expiry_date"],
        )  # fmt: skip
    line1, line2 = mrz or (None, None)
    t["passports"].append(
        (case_id, number, p["issuing_state"], p["issue_date"], p["expiry_date"], line1, line2,
         normalise_passport_number(number), normalise_country(p["issuing_state"]))
    )  # fmt: skip
    for position, e in enumerate(record["education"]):
        t["education_records"].append(
            (case_id, position, e["level"], e["field"], e["isced_f"], e["institution"],
             e["institution_country"], e["awarded_on"], "application" if e["isced_f"] else None)
        )  # fmt: skip
    for position, e in enumerate(record["employment"]):
        t["employment_records"].append(
            (case_id, position, e["employer"], e["country"], e["position"], e["kind"],
             e["field"], e["isced_f"], e["start_date"], e["end_date"],
             "application" if e["isced_f"] else None)
        )  # fmt: skip
    purpose, travel, screening = record["purpose"], record["travel"], record["screening"]
    t["purpose_travel"].append(
        (case_id, purpose["activity"], purpose["description"], purpose["host_institution"],
         travel["intended_entry"], travel["stay_days"])
    )  # fmt: skip
    t["screening_facts"].append(
        (case_id, screening["reentry_ban"], screening["security_concern"],
         screening["fraud_found"], screening["insufficient_funds"])
    )  # fmt: skip
    for position, d in enumerate(record["documents"]):
        name = d["file"].rsplit("/", 1)[-1]
        t["case_documents"].append(
            (case_id, position, d["type"], name, f"docs/{application_id}/{name}",
             "unverified", CREATED_AT)
        )  # fmt: skip
    # Searchable.terms(): the case ref, the id, then each field's terms, each term once.
    parts = [f"c{case_id:07d}", str(case_id), *_terms(application_id)]
    parts += template.name_terms
    parts += _terms(email)
    parts += _terms(number)
    parts += template.icao_terms  # the machine-readable spelling, as core indexes it
    t["case_search"].append((case_id, " ".join(dict.fromkeys(parts))))


def _check_columns(conn: sqlite3.Connection) -> None:
    """Fail loudly if the schema grew a NOT NULL column without a default that is not filled."""
    for table, given in COLUMNS.items():
        for _cid, name, _type, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
            if notnull and default is None and not pk and name not in given:
                raise RuntimeError(f"{table}.{name} is required and bench/bulk_cases.py omits it")


def _set_aside(conn: sqlite3.Connection) -> list[str]:
    """Drop the bulk tables' own indexes and triggers; their SQL, to create them again."""
    marks = ",".join("?" * len(BULK_TABLES))
    found = conn.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name",
        BULK_TABLES,
    ).fetchall()
    for kind, name, _sql in found:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _kind, _name, sql in found]


def _officers(conn: sqlite3.Connection) -> None:
    taken = conn.execute("SELECT coalesce(max(id), 0) FROM officers").fetchone()[0]
    rows = [
        (
            taken + n,
            f"officer.{n:02d}",
            f"{_OFFICER_NAMES[n % len(_OFFICER_NAMES)]} {n // len(_OFFICER_NAMES) + 1}",
            "officer",
            1,
            CREATED_AT,
            "",
            0,
            0,
        )
        for n in range(1, OFFICERS + 1)
    ]
    conn.executemany(
        "INSERT INTO officers (id, username, display_name, role, active, created_at, title, "
        "must_change_password, failed_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def build_database(
    path: Path,
    count: int,
    seed: int = datagen.DEFAULT_SEED,
    progress: Progress | None = None,
) -> dict[str, float]:
    """Make PATH a database at the schema head holding COUNT cases; seconds of each step."""
    from bench.accounts import ensure_bench_account
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    say = progress or (lambda _message: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    opened = open_database(sqlite_url(path))
    try:
        ensure_bench_account(opened.db)
    finally:
        opened.db.dispose()
    timings["schema"] = time.perf_counter() - started

    rng = random.Random(seed)
    templates = [_Template(datagen.application(rng, n)) for n in range(1, TEMPLATES + 1)]
    days = _iso_days(HISTORY_FROM, RECEIVED_UNTIL)
    births = _iso_days(date(1960, 1, 1), date(2001, 1, 1))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a failed build leaves a .partial file anyway
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        _check_columns(conn)
        conn.execute("BEGIN")
        if conn.execute("SELECT count(*) FROM cases").fetchone()[0]:
            raise RuntimeError(f"{path} already holds cases")
        recreate = _set_aside(conn)
        _officers(conn)
        statements = {
            name: f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            for name, cols in COLUMNS.items()
        }
        mark = time.perf_counter()
        for first in range(1, count + 1, CHUNK):
            rows = _Rows()
            for case_id in range(first, min(first + CHUNK, count + 1)):
                template = templates[rng.randrange(TEMPLATES)]
                _case_rows(rows, rng, case_id, count, template, days, births)
            for name, table_rows in rows.tables.items():
                conn.executemany(statements[name], table_rows)
            if first // CHUNK % 20 == 0:
                say(f"{first - 1 + len(rows.tables['cases']):,} of {count:,} cases written")
        timings["rows"] = time.perf_counter() - mark
        mark = time.perf_counter()
        say("indexes and triggers")
        for sql in recreate:
            conn.execute(sql)
        timings["indexes"] = time.perf_counter() - mark
        mark = time.perf_counter()
        say("full-text index")
        conn.execute("INSERT INTO case_search_fts(case_search_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM search_pending")
        conn.execute("COMMIT")
        timings["fts"] = time.perf_counter() - mark
        conn.execute("PRAGMA journal_mode=WAL")  # as the application leaves its files
    finally:
        conn.close()
    datagen.settle_sqlite(path)
    timings["total"] = time.perf_counter() - started
    return timings


def main() -> None:
    """`python -m bench.bulk_cases COUNT PATH`: build one by hand (the cache does it itself)."""
    import sys

    count, target = int(sys.argv[1]), Path(sys.argv[2])
    timings = build_database(target, count, progress=lambda m: print(m, file=sys.stderr))
    print(", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))


if __name__ == "__main__":
    main()
