"""What a write changed: which cases, and which parts of them (or of the post).

Every write service returns one `Changes` value beside or inside its result (as the
attribute `what_changed`), in the manner of Anki's `OpChanges`: the window hands it to
every open view, and each view reads again only the parts it shows that were touched.
A read never carries one, so a view that reads after a change cannot start another round.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Parts of a case.
FACTS = "facts"  # the applicant's, passport's, education, posts, travel and screening fields
CHECKS = "checks"  # a check run or an override
DOCUMENTS = "documents"
DECISION = "decision"  # a recommendation or a sign-off
LETTERS = "letters"
STATUS = "status"
ASSIGNMENT = "assignment"
NOTES = "notes"
HISTORY = "history"  # the case's audit events (almost every case write adds one)
CASES = "cases"  # cases were added or removed (an import, a purge): every list is recounted

# Parts of the post, touching no case in particular.
SETTINGS = "settings"
REGISTRY = "registry"
ACCOUNTS = "accounts"

CASE_PARTS = frozenset(
    {FACTS, CHECKS, DOCUMENTS, DECISION, LETTERS, STATUS, ASSIGNMENT, NOTES, HISTORY, CASES}
)
POST_PARTS = frozenset({SETTINGS, REGISTRY, ACCOUNTS})
ALL_PARTS = CASE_PARTS | POST_PARTS


@dataclass(frozen=True)
class Changes:
    """Which cases a write touched (empty with `every_case`: any of them), and which parts."""

    case_ids: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()
    every_case: bool = False  # written elsewhere (another process): any case may have changed

    def __post_init__(self) -> None:
        unknown = self.parts - ALL_PARTS
        if unknown:
            raise ValueError(f"unknown parts of a change: {', '.join(sorted(unknown))}")

    @classmethod
    def of_cases(cls, case_ids: Iterable[int], *parts: str) -> Changes:
        """Parts of some cases; the case's history is always among them."""
        return cls(frozenset(case_ids), frozenset(parts) | {HISTORY})

    @classmethod
    def of_case(cls, case_id: int, *parts: str) -> Changes:
        return cls.of_cases((case_id,), *parts)

    @classmethod
    def of_post(cls, *parts: str) -> Changes:
        return cls(parts=frozenset(parts))

    @classmethod
    def everything(cls) -> Changes:
        """What the window assumes after a write it did not see (the CLI, another officer)."""
        return cls(parts=ALL_PARTS, every_case=True)

    @property
    def empty(self) -> bool:
        return not self.parts

    def touches_case(self, case_id: int) -> bool:
        return self.every_case or case_id in self.case_ids

    def touches(self, *parts: str) -> bool:
        return not self.parts.isdisjoint(parts)

    def for_case(self, case_id: int, *parts: str) -> bool:
        """This case, and one of these parts of it (any part, if none named)."""
        if not self.touches_case(case_id):
            return False
        return self.touches(*parts) if parts else not self.empty

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.case_ids | other.case_ids,
            self.parts | other.parts,
            self.every_case or other.every_case,
        )


NO_CHANGES = Changes()


def changes_of(result: Any) -> Changes | None:
    """The Changes a write's result carries: itself, its `what_changed`, or those of the
    members of a tuple (a window's work often returns what it wrote and a read)."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "what_changed", None)
    if isinstance(found, Changes):
        return found
    if isinstance(result, tuple):
        parts = [changes_of(member) for member in result]
        made = [part for part in parts if part is not None]
        if made:
            total = made[0]
            for more in made[1:]:
                total = total | more
            return total
    return None
