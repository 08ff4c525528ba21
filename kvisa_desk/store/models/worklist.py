"""The worklist's search index and the indexes that make its sort orders fast.

`case_search` holds each case's search terms: names folded (diacritics removed, any script,
Chinese, Japanese and Korean split into single characters), case and application ids,
passport number and e-mail, as `core.search` computes them. SQLite indexes the terms with
FTS5 (`case_search_fts`, an external-content table kept in step by triggers, made by
migration 0004 and not a model); PostgreSQL keeps the same terms as a GIN-indexed tsvector
in `document`. Triggers from migration 0004 queue a case in `search_pending` whenever a
field it is found by is written, by any code; `core.search` indexes the queue.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Text, func, literal_column, text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base
from kvisa_desk.store.models.case import Applicant, Case

# The FTS5 table migration 0004 makes on SQLite (with its shadow tables: not models; see
# store.base.UNMAPPED_TABLE_PREFIXES).
SEARCH_FTS_TABLE = "case_search_fts"


class CaseSearch(Base):
    __tablename__ = "case_search"
    __table_args__ = (
        # PostgreSQL's index; on SQLite `document` stays null and the index stays empty.
        Index(
            "ix_case_search_document",
            "document",
            postgresql_using="gin",
            sqlite_where=text("document IS NOT NULL"),
        ),
    )

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    terms: Mapped[str] = mapped_column(Text)  # space-separated, as core.search makes them
    document: Mapped[str | None] = mapped_column(
        Text().with_variant(TSVECTOR(), "postgresql"), default=None
    )


class SearchPending(Base):
    """Cases whose search terms must be computed again (filled by triggers)."""

    __tablename__ = "search_pending"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )


# Sorting the worklist by applicant or by age walks these instead of sorting every row.
applicant_name_index = Index(
    "ix_applicants_surname_given_names", Applicant.surname, Applicant.given_names
)
applicant_birth_index = Index("ix_applicants_date_of_birth", Applicant.date_of_birth)

# ... and by native name (revision 0012): a bounded prefix of it, cut by characters, so the
# entry fits a PostgreSQL btree row (2,704 bytes) whatever the script: 500 characters of at
# most 4 bytes each. Names alike in their first 500 characters run by case id. The bounds
# are written as SQL literals: an index on an expression serves only the same expression.
NATIVE_SORT_CHARS = 500
native_sort_key = func.substr(
    Applicant.native_name, literal_column("1"), literal_column(str(NATIVE_SORT_CHARS))
)
applicant_native_sort_index = Index("ix_applicants_native_sort", native_sort_key, Applicant.case_id)
# A jump deep into the worklist by case number counts its way along this on SQLite (a
# tenth of the table's pages); PostgreSQL walks its primary key's index, so there it stays
# empty, as the search document's stays empty on SQLite.
case_walk_index = Index("ix_cases_id_walk", Case.id, postgresql_where=text("false"))
