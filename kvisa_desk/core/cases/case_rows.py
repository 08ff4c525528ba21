"""The case-row query every list of cases starts from: `cases` and the CLI's listings, the
window's worklist and the worklist exports.

Only the columns a list shows are selected, each case joined to its applicant (every case is
written with one), so a million rows cost what their columns cost and nothing of the case
record is loaded.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select

from kvisa_desk.store.models import Applicant, Case

# A case row, in this order: the positions are part of the contract (rows are unpacked).
CASE_ROW_COLUMNS = (
    Case.id,
    Case.application_id,
    Case.post,
    Applicant.surname,
    Applicant.given_names,
    Applicant.native_name,
    Applicant.nationality,
    Case.status,
    Case.effective_outcome,
    Case.received_at,
)
UNCHECKED = "unchecked"  # the outcome filter for cases never checked

_Q = TypeVar("_Q", bound="Select[*tuple[Any, ...]]")


def case_row_query(
    *extra: Any, status: str | None = None, outcome: str | None = None
) -> Select[*tuple[Any, ...]]:
    """SELECT the case-row columns, then EXTRA ones, filtered by status and check outcome."""
    query = select(*CASE_ROW_COLUMNS, *extra).join(Applicant, Applicant.case_id == Case.id)
    return with_status_and_outcome(query, status, outcome)


def outcome_condition(outcome: str | None) -> ColumnElement[bool] | None:
    """The latest check's effective outcome is OUTCOME ("unchecked": there is none)."""
    if outcome == UNCHECKED:
        return Case.effective_outcome.is_(None)
    if outcome:
        return Case.effective_outcome == outcome
    return None


def with_status_and_outcome(query: _Q, status: str | None, outcome: str | None) -> _Q:
    """QUERY narrowed to cases in STATUS with check OUTCOME (None or "": any)."""
    if status:
        query = query.where(Case.status == status)
    condition = outcome_condition(outcome)
    return query if condition is None else query.where(condition)
