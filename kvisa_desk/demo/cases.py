"""Demo data: realistic synthetic K visa applications, imported like a real file.

`generate_applications` yields `kvisa-application/1` records (pure, deterministic:
same count and seed, same records); `load_demo_cases` imports them through the same
validation as an officer's file, then moves the new cases along a realistic workflow
(statuses, assigned demo officers, one history event per change). Running it again
with the same seed adds nothing; another seed adds other applications.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import select

from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.applications.importer import ImportReport, Progress, import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.decisions.letter_certs import ensure_demo_certificates
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.demo.generator import Plan, Registry, generate
from kvisa_desk.demo.specimens import attach_demo_specimens
from kvisa_desk.demo.status import DEMO_OFFICERS, apply_plans
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Institution
from kvisa_desk.vocab import DEFAULT_POST

DEMO_SOURCE = "demo"
MAX_CASES = 1_000_000

__all__ = [
    "DEMO_OFFICERS",
    "DEMO_SOURCE",
    "application_pattern",
    "generate_applications",
    "load_demo_cases",
    "registry_institutions",
]


def generate_applications(
    count: int, seed: int, institutions: Iterable[Sequence[Any]]
) -> Iterator[dict[str, Any]]:
    """`count` records of `kvisa-application/1`, one at a time.

    `institutions` are (name, alpha-2 country code, web domains) rows, as
    `registry_institutions` reads them; their order does not matter. Record `i` depends
    only on `seed` and `i`, so the first records of a larger count are the same.
    """
    for record, _plan in generate(count, seed, institutions):
        yield record


def registry_institutions(db: Database) -> list[tuple[str, str, tuple[str, ...]]]:
    with db.read() as session:
        rows = session.execute(
            select(Institution.name, Institution.country_code, Institution.domains).order_by(
                Institution.id
            )
        )
        return [(name, country, tuple(domains or ())) for name, country, domains in rows]


def application_pattern(seed: int) -> str:
    """A SQL LIKE pattern matching the application ids of one seed's demo records."""
    return f"KV-%-D{seed}-%"


def load_demo_cases(
    db: Database,
    count: int,
    seed: int,
    actor: str,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `count` demo applications (source "demo"), then give the new cases a workflow."""
    require_first(db, actor, Permission.IMPORT)  # before the count is looked at
    if not 0 <= count <= MAX_CASES:
        raise InvalidInput(f"the number of demo cases must be between 0 and {MAX_CASES:,}")
    registry = Registry(registry_institutions(db))
    plans: dict[tuple[str, str], Plan] = {}

    def records() -> Iterator[RawRecord]:
        for index, (record, plan) in enumerate(generate(count, seed, registry)):
            if plan.path:
                plans[(record["post"] or DEFAULT_POST, record["application_id"])] = plan
            yield RawRecord(f"demo[{index}]", record)

    report = import_records(db, records(), actor, DEMO_SOURCE, DEFAULT_POST, progress)
    if report.imported and report.first_case_id is not None:
        apply_plans(db, plans, report.first_case_id, application_pattern(seed), actor)
        attach_demo_specimens(db, report.first_case_id, DEMO_SOURCE, actor)
        ensure_demo_certificates(db, actor)  # demo letters are signed, as a post's are
    return report
