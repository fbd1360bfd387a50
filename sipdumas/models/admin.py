"""Accounts, office-wide settings and the audit trail.

Roles decide what a user may do (:mod:`sipdumas.domain.permissions`); settings rows are shared by every
workstation (:mod:`sipdumas.db.settings`); the audit trail is append-only (:mod:`sipdumas.db.audit`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    #: Printed under the name on the papers the user signs (tanda terima, lembar disposisi).
    nip: Mapped[str | None] = mapped_column(String(18))
    position: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Setting(Base):
    """Office-wide settings shared by every workstation (see :mod:`sipdumas.db.settings`)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Who did what, when. Append-only: database triggers refuse UPDATE, DELETE (and on PostgreSQL
    TRUNCATE).

    The entries form a hash chain (:mod:`sipdumas.db.audit`): ``seq`` is the entry's place in the chain
    (1, 2, 3 ... without gaps), ``prev_hash`` the ``hash`` of the entry before it, and ``hash`` the SHA-256
    of this entry's canonical form together with ``prev_hash``. An edited, deleted or re-ordered entry
    breaks the chain and ``sipdumas fsck`` / ``sipdumas audit verify`` say where."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        UniqueConstraint("seq", name="uq_audit_events_seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """The newest link of the audit chain: one row (``id`` 1). Appending an entry locks this row, so
    entries of concurrent transactions (several workstations on PostgreSQL) are chained one after the
    other, and it tells ``fsck`` where the chain must end (entries deleted from the end are noticed)."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class LoginThrottle(Base):
    """Failed sign-ins per user name (also names that have no account, so a lockout does not tell which
    names exist). Kept in the database so that the wait holds across workstations and processes; a
    successful sign-in clears the row's count."""

    __tablename__ = "login_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
