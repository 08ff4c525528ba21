"""A batch of checks stores the same bytes as the code before issue 20's batch work did.

Stored runs are pinned by hashes (a replay says whether a run still matches), so speeding
the batch up must not move one byte of what it writes: the facts' canonical text, the
results' JSON, the parameters, the digests and outcomes, the cases' outcomes and the audit
events' details. The hash below was taken with the code before the change.
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from sqlalchemy import text

from kvisa_desk.core.checks.runs import all_case_ids, check_cases
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.store.engine import Database

pytestmark = pytest.mark.backend

# check_cases over 80 demo cases (seed 11) twice, the registry unchanged in between, taken
# with the code before the batch's results were memoised and its writes bulked.
STORED_HASH = "f2d1a03b8cadef2cc988ccb77d9a5b3d429497fe00e701fd615543f7337d85e4"
# The demo's overrides carry the demo's clock, which the stored results quote.
_OVERRIDE_TIME = re.compile(r'"at":"[0-9T:.+-]+"')


def _stored(db: Database, first_run: int) -> str:
    """A digest of what the checks wrote after FIRST_RUN, without ids and clock times (JSON
    columns as their stored text, on PostgreSQL too)."""
    digest = hashlib.sha256()

    def add(row: tuple[object, ...]) -> None:
        digest.update(_OVERRIDE_TIME.sub('"at":"-"', repr(row)).encode("utf-8"))

    with db.read() as session:
        runs = session.execute(
            text(
                "SELECT case_id, pack_id, pack_hash, pack_revision, post, settings_version, "
                "CAST(parameters AS TEXT), CAST(facts AS TEXT), facts_digest, "
                "CAST(earlier_digests AS TEXT), CAST(results AS TEXT), outcome, officer "
                "FROM check_runs WHERE id > :first ORDER BY id"
            ),
            {"first": first_run},
        )
        for row in runs:
            add(tuple(row))
        cases = session.execute(
            text("SELECT id, check_outcome, effective_outcome, version FROM cases ORDER BY id")
        )
        for row in cases:
            add(tuple(row))
        events = session.execute(
            text(
                "SELECT case_id, officer, kind, CAST(details AS TEXT) FROM case_events "
                "WHERE kind = 'checks_run' ORDER BY id"
            )
        )
        for case_id, officer, kind, details in events:
            found = json.loads(details)
            found.pop("run_id")  # the demo's own runs came first; the rest must not move
            add((case_id, officer, kind, json.dumps(found, sort_keys=True)))
    return digest.hexdigest()


def test_a_batch_over_demo_cases_stores_the_same_bytes_as_before(db: Database) -> None:
    load_demo_cases(db, 80, 11, "officer.a")
    with db.read() as session:
        first = session.execute(text("SELECT coalesce(max(id), 0) FROM check_runs")).scalar_one()
    ids = all_case_ids(db)
    checks = list(check_cases(db, ids, "officer.a", batch_size=30))
    assert len(checks) == len(ids) == 80
    again = list(check_cases(db, ids, "officer.a", batch_size=30))  # what was kept between
    assert [c.results for c in again] == [c.results for c in checks]
    assert _stored(db, first) == STORED_HASH
