"""The results that keep a case from an approval, each with the step its finding asks for.

An approval needs the case's effective outcome to be pass: every result still in review is
resolved first, by the action its finding asks for (verify the document, confirm a field
code, record the screening ...) and a new run of the checks, or by an override with its
written reason (the record of the officer's judgement). K-RTE-01 in review is resolved
through its parts, so the degrees' and posts' parts in review are listed in its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

OVERRIDE = "or override it with a written reason"
ACTIONS: dict[str, str] = {
    "K-VER-01": "verify the documents (set each one's status), then run the checks",
    "K-EDU-02": "confirm the field's ISCED-F code (confirm-field), then run the checks",
    "K-REF-01": "record the Law Art. 21 screening facts, then run the checks",
    "K-DOC-02": "attach the document the passing route relies on, then run the checks",
    "K-DOC-01": "attach the missing documents, then run the checks",
    "K-PPT-01": "record the intended entry date, then run the checks",
    "K-PPT-02": "compare the passport with its machine-readable zone and correct the record",
    "K-EDU-01": "record the degree's level and award date, then run the checks",
    "K-EDU-03": "judge whether the institution is well known (or register its name)",
    "K-WRK-01": "check the post (dates, kind, field, institution) against the proof of post",
    "K-DUP-01": "look at the other case or the earlier refusal it names",
    "K-NAT-01": "check the travel document is one China accepts",
    "K-AGE-01": "check the date of birth against the passport",
    "K-PUR-01": "check the purpose of the visit with the applicant",
    "K-RTE-01": "run the checks again (revision 2 counts the parts' overrides)",
}


@dataclass(frozen=True)
class OpenReview:
    """A result in the way of an approval, and what resolves it."""

    rule_id: str
    subject: str | None
    effective_outcome: str
    message: str
    action: str

    @property
    def label(self) -> str:
        return f"{self.rule_id} {self.subject}" if self.subject else self.rule_id

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule_id,
            "subject": self.subject,
            "effective_outcome": self.effective_outcome,
            "message": self.message,
            "action": self.action,
        }


def action_for(rule_id: str, outcome: str) -> str:
    if outcome == "fail":
        return f"a failed result: correct the facts and run the checks, {OVERRIDE}"
    return f"{ACTIONS.get(rule_id, 'look at the finding')}, {OVERRIDE}"


def open_reviews(results: Iterable[Mapping[str, Any]]) -> list[OpenReview]:
    """The case-level results not effectively pass (K-RTE-01's parts in its place), in rule
    order. Empty exactly when the case's effective outcome is pass."""
    items = list(results)
    parts = [r for r in items if r["subject"] is not None and r["effective_outcome"] != "pass"]
    found: list[OpenReview] = []
    for r in items:
        if r["subject"] is not None or r["effective_outcome"] == "pass":
            continue
        outcome = str(r["effective_outcome"])
        waiting = [p for p in parts if p["effective_outcome"] == "review"]
        if r["rule_id"] == "K-RTE-01" and outcome == "review" and waiting:
            # The route waits on its parts: each part in review is what an officer resolves.
            found += [
                OpenReview(
                    p["rule_id"],
                    p["subject"],
                    str(p["effective_outcome"]),
                    str(p["message"]),
                    action_for(p["rule_id"], "review"),
                )
                for p in waiting
            ]
            continue
        action = action_for(r["rule_id"], outcome)
        found.append(OpenReview(r["rule_id"], None, outcome, str(r["message"]), action))
    return found
