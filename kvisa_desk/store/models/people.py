"""Officers who act on cases: their accounts, roles and sign-in state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kvisa_desk.store.base import Base, utcnow
from kvisa_desk.vocab import Role


class Officer(Base):
    __tablename__ = "officers"
    # Server defaults are not fetched back on INSERT (PostgreSQL's RETURNING would name
    # title_zh, which a shared database at an older revision does not have yet).
    __mapper_args__ = {"eager_defaults": False}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    # The title as Chinese letters print it (empty: see core.decisions.letter_content).
    # Deferred and defaulted by the server: `db upgrade` signs the administrator in against
    # a shared database still at an older revision, where this column does not exist yet.
    title_zh: Mapped[str] = mapped_column(Text, server_default="", deferred=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.OFFICER.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Argon2id hash; null for an account that has never had a password (history only).
    password_hash: Mapped[str | None] = mapped_column(Text, default=None)
    # Set when an administrator set or reset the password: the account must change it first.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
