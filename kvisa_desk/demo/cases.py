"""Demo data: realistic synthetic K visa applications, imported like a real file.

`generate_applications` yields `kvisa-application/1` records (pure, deterministic:
same count and seed, same records); `load_demo_cases` imports them through the same
validation as an officer's file and moves the new cases along a realistic workflow
(statuses, assigned demo officers, one history event per change, checks run on the cases
past review), a committed batch at a time. Running it again with the same seed adds
nothing, or completes what a killed run left; another seed adds other applications.

All of that is recorded under the system actor DEMO_ACTOR ("Demo data"), never the
officer who asked: no one verified a demo document. The officer's own event is
`demo_cases_loaded`, in the same transaction as the cases it loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import select

from kvisa_desk.content import ContentStore, content_store_for
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.applications.importer import (
    MAX_LISTED,
    ImportReport,
    Progress,
    import_records,
)
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.decisions.letter_certs import ensure_demo_certificates
from kvisa_desk.core.documents.attach import new_content_taken_back_on_failure
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.demo.checked import check_demo_cases
from kvisa_desk.demo.generator import Plan, Registry, generate
from kvisa_desk.demo.posts import name_demo_posts
from kvisa_desk.demo.specimens import VERIFIED_STATUSES, attach_demo_specimens
from kvisa_desk.demo.status import DEMO_OFFICERS, apply_plans, bare_cases
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Institution
from kvisa_desk.vocab import DEFAULT_POST, DEMO_ACTOR, DEMO_SOURCE

MAX_CASES = 1_000_000
DEMO_BATCH = 1_000  # cases committed together, workflow and specimens included

__all__ = [
    "DEMO_ACTOR",
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


def _load_batch(
    db: Database,
    store: ContentStore,
    batch: list[tuple[dict[str, Any], Plan]],
    first_index: int,
    actor: str,
    seed: int,
) -> ImportReport:
    """One batch, whole or not at all: its cases imported, moved along, given specimens and,
    past review, checked; all of it as DEMO_ACTOR, and the officer's one event saying so.

    Cases of the batch that an earlier, interrupted run left bare (imported, nothing else)
    are completed too, so a second run finishes what a killed one began.
    """
    records = (
        RawRecord(f"demo[{first_index + offset}]", record)
        for offset, (record, _) in enumerate(batch)
    )
    plans = {
        (record["post"] or DEFAULT_POST, record["application_id"]): plan for record, plan in batch
    }
    with new_content_taken_back_on_failure(db), db.write() as session:
        report = import_records(
            db, records, actor, DEMO_SOURCE, DEFAULT_POST, session=session, recorded_as=DEMO_ACTOR
        )
        bare = bare_cases(session, plans.keys())
        moved = {case_id: plans[key] for key, case_id in bare.items()}
        # In the order an officer works: documents attached and verified, the case taken
        # into review, the checks run (an approval's open results overridden), then the rest.
        further = [c for c, plan in moved.items() if plan.status in VERIFIED_STATUSES]
        attach_demo_specimens(
            session, store, bare.values(), DEMO_SOURCE, DEMO_ACTOR, verified_cases=further
        )
        apply_plans(
            session,
            moved,
            DEMO_ACTOR,
            under_review=lambda: check_demo_cases(session, moved, DEMO_ACTOR),
        )
        if report.imported or bare:
            record_event(
                session,
                actor,
                "demo_cases_loaded",
                loaded=report.imported,
                completed=len(bare) - report.imported,
                seed=seed,
            )
    return report


def _add(total: ImportReport, part: ImportReport) -> None:
    total.imported += part.imported
    total.unchanged += part.unchanged
    for changed in part.changed:
        total.change(changed)
    total.rejected_records += part.rejected_records
    room = max(0, MAX_LISTED - len(total.rejected))
    total.rejected.extend(part.rejected[:room])
    total.unlisted += part.unlisted + len(part.rejected[room:])
    if total.first_case_id is None:
        total.first_case_id = part.first_case_id


def load_demo_cases(
    db: Database,
    count: int,
    seed: int,
    actor: str,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `count` demo applications (source "demo") and give the new cases a workflow.

    The cases go in committed batches of DEMO_BATCH, each whole: a run killed halfway
    leaves whole batches behind, and running it again adds and completes the rest.
    """
    require_first(db, actor, Permission.IMPORT)  # before the count is looked at
    if not 0 <= count <= MAX_CASES:
        raise InvalidInput(f"the number of demo cases must be between 0 and {MAX_CASES:,}")
    if count:
        # Demo letters carry a mission's name, as a post's must (never over a post's own).
        name_demo_posts(db, DEMO_ACTOR)
    registry = Registry(registry_institutions(db))
    store = content_store_for(db)
    total = ImportReport(DEMO_SOURCE)
    generated = generate(count, seed, registry)
    done = 0
    while batch := list(islice(generated, DEMO_BATCH)):
        _add(total, _load_batch(db, store, batch, done, actor, seed))
        done += len(batch)
        if progress is not None:
            progress(done)
    if count:
        # Demo letters are signed, as a post's are, but only demo cases' letters (see there).
        ensure_demo_certificates(db, DEMO_ACTOR)
    return total
