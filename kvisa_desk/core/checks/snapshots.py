"""The facts snapshot of a case as each revision of a pack builds it.

Revision 1's snapshot is built exactly as it always was (its digests must not move: its
runs replay and its overrides hold by them). A later revision builds its own, so a
correction reaches only the runs made under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from sqlalchemy.orm import Session

from kvisa_desk.core.checks.duplicates_r2 import duplicate_findings_r2
from kvisa_desk.core.checks.earlier_refusals import duplicate_findings
from kvisa_desk.core.checks.facts_builder import (
    CaseRecord,
    build_facts,
    load_cases,
    load_registry_index,
)
from kvisa_desk.core.checks.facts_r2 import build_facts_r2, identity_of
from kvisa_desk.core.post.institution_aliases import load_name_index
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.rules.institution_match import NameFirstIndex, PostMatcher
from kvisa_desk.rules.institutions import InstitutionIndex
from kvisa_desk.rules.pack import Pack
from kvisa_desk.rules.params import Parameters
from kvisa_desk.store.models import Case

AnyCase = Case | CaseRecord
ParamsFor = Callable[[AnyCase], Parameters]


class RegistryIndexes:
    """The registry as each revision matches against it, read once and only when needed."""

    def __init__(self) -> None:
        self._revision1: InstitutionIndex | None = None
        self._revision2: NameFirstIndex | None = None

    def load(self, session: Session, revision: int) -> None:
        """Read what matching under REVISION needs now (it is read lazily otherwise)."""
        if revision == 1:
            self.revision1(session)
        else:
            self.revision2(session)

    def revision1(self, session: Session) -> InstitutionIndex:
        if self._revision1 is None:
            self._revision1 = load_registry_index(session)
        return self._revision1

    def revision2(self, session: Session) -> NameFirstIndex:
        """The registry with its registered names, matched name first."""
        if self._revision2 is None:
            self._revision2 = load_name_index(session)
        return self._revision2


def build_snapshots(
    session: Session,
    cases: Sequence[AnyCase],
    revision: int,
    registry: RegistryIndexes,
    params_for: ParamsFor,
) -> dict[int, CaseFacts]:
    """Each case's snapshot under `revision`; PARAMS_FOR gives a case's parameters (of the
    pack at that revision), which a later revision's matching reads."""
    if not cases:
        return {}
    if revision == 1:
        return _revision1(session, cases, registry)
    return _revision2(session, cases, registry, params_for)


def _revision1(
    session: Session, cases: Sequence[AnyCase], registry: RegistryIndexes
) -> dict[int, CaseFacts]:
    index = registry.revision1(session)
    # The look-up reads only the ids, passports and applicants a record has as a Case has.
    duplicates = duplicate_findings(session, cast(Sequence[Case], cases))
    return {c.id: build_facts(c, index, duplicates[c.id]) for c in cases}


def _revision2(
    session: Session,
    cases: Sequence[AnyCase],
    registry: RegistryIndexes,
    params_for: ParamsFor,
) -> dict[int, CaseFacts]:
    identities = {c.id: identity_of(c) for c in cases}
    duplicates = duplicate_findings_r2(session, cases, identities)
    index = registry.revision2(session)
    facts: dict[int, CaseFacts] = {}
    for case in cases:
        params = params_for(case)  # a post's threshold and floor
        matcher = PostMatcher(
            index,
            params.get_int("institution_match_score"),
            params.get_int("institution_candidate_floor"),
        )
        facts[case.id] = build_facts_r2(case, matcher, duplicates[case.id])
    return facts


def snapshot_now(
    session: Session, case_id: int, pack: Pack, registry: RegistryIndexes | None = None
) -> CaseFacts:
    """The case's snapshot as a run under PACK (its revision) would build it now."""
    (case,) = load_cases(session, [case_id])
    params = get_post_settings(session, case.post).parameters_for(pack)
    found = build_snapshots(
        session, [case], pack.revision, registry or RegistryIndexes(), lambda _case: params
    )
    return found[case.id]
