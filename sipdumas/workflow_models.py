"""Tables of the review workflow and of forwarding (issue 5); the migration is ``0003``.

- *Status history*: every move of a letter's status, with who, when and why.
- *Disposisi*: a supervisor's written assignment of a letter to an analyst, with instructions; the
  newest active one decides whose "my work" list the letter is on.
- *Telaah* (review note): the analyst's statement of the core problem, the regulation it touches, the
  earlier letters about the same matter and the recommended next step.
- *Surat penerusan* (forwarding letter): the letter that sends a complaint to the agency with authority
  over it, numbered per calendar year from a locked counter row like the agenda numbers.
- *Routing*: rules per agency (any/all/exact/regex/fuzzy words) and the word counts learned from letters
  people actually forwarded.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    func,
    text,
)
from sqlalchemy.orm import Mapped, Session, attributes, mapped_column

from sipdumas.models import AuditEvent, Base, IncomingLetter


class StatusChange(Base):
    """One move of a letter's status. Written for every change, whichever service made it (see
    :mod:`sipdumas.services.workflow`)."""

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_letter", "letter_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("incoming_letters.id", ondelete="CASCADE"))
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    note: Mapped[str | None] = mapped_column(Text)


class Disposition(Base):
    """A disposisi: ``assignee`` (a username) is to handle the letter as ``instructions`` say."""

    __tablename__ = "dispositions"
    __table_args__ = (
        Index("ix_dispositions_assignee", "assignee", "active", "letter_id"),
        Index("ix_dispositions_letter", "letter_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("incoming_letters.id", ondelete="CASCADE"))
    assigned_by: Mapped[str] = mapped_column(String(64))
    assignee: Mapped[str] = mapped_column(String(64))
    instructions: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(20), default="Biasa")
    #: False once a newer disposition of the same letter replaces it.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ReviewNote(Base):
    """The telaah of a letter (one per letter, edited in place; every edit is audited)."""

    __tablename__ = "review_notes"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("incoming_letters.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    core_problem: Mapped[str | None] = mapped_column(Text)
    regulation: Mapped[str | None] = mapped_column(Text)
    related_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    recommendation: Mapped[str | None] = mapped_column(String(20))  # a status: forwarded, filed ...
    recommendation_note: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ForwardingCounter(Base):
    """The last forwarding-letter serial of a calendar year (locked while a number is taken)."""

    __tablename__ = "forwarding_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class ForwardingLetter(Base):
    """A surat penerusan as registered: its number, the agency, and what the printed letter said.

    ``checksum`` is the first 16 hex digits of SHA-256 over number, addressee, subject and date (the QR
    code carries it); ``file_sha256`` is the hash of the rendered PDF kept in the file store."""

    __tablename__ = "forwarding_letters"
    __table_args__ = (
        UniqueConstraint("year", "serial", name="uq_forwarding_serial"),
        Index("ix_forwarding_letter", "letter_id", "id"),
        Index("ix_forwarding_date", "forwarded_on", "letter_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("incoming_letters.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    forwarded_on: Mapped[date] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(20), default="Biasa")  # sifat
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    addressee: Mapped[str] = mapped_column(Text)  # "Yth." line as printed
    subject: Mapped[str] = mapped_column(Text)  # "Hal" as printed
    checksum: Mapped[str] = mapped_column(String(16))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class RoutingRule(Base):
    """Send letters to ``agency_id`` when ``field`` (text, category or region) matches ``pattern`` the
    way ``kind`` says: any word, all words, the exact phrase, a regular expression, or fuzzy words."""

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20), default="text")
    kind: Mapped[str] = mapped_column(String(10))
    pattern: Mapped[str] = mapped_column(String(500))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RoutingWord(Base):
    """How many letters forwarded to an agency contained ``word`` (the learned suggestion). The row with
    the empty word counts the letters themselves."""

    __tablename__ = "routing_words"

    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    word: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


# Letters waiting for review or forwarding are found by status and date received: the deadline
# queries (sipdumas.services.deadlines) filter on both.
Index("ix_letters_status_received", IncomingLetter.status, IncomingLetter.received_at)

#: Letters still waiting on a deadline (review, forwarding or the agency's answer): every status but
#: these three. ``NOT IN`` on purpose: no index can serve it, so a query repeating it (the register's
#: Terlambat filter, see sipdumas.services.deadlines.overdue_condition) takes the partial index below
#: for its date order instead of ``ix_letters_status_received`` and a sort of every overdue letter.
AWAITING_PREDICATE = "status NOT IN ('answered', 'filed', 'closed')"
Index(
    "ix_letters_awaiting", IncomingLetter.received_at, IncomingLetter.id, IncomingLetter.status,
    sqlite_where=text(AWAITING_PREDICATE), postgresql_where=text(AWAITING_PREDICATE),
)


# ---------------------------------------------------------------- status history, whoever changes it


@event.listens_for(Session, "before_flush")
def _record_status_changes(session: Session, _context, _instances) -> None:
    """Add a :class:`StatusChange` for every letter whose status is about to change, so the history is
    complete whichever service moved it. The user is the letter's ``updated_by`` (every service sets
    it); the note is taken from the ``status`` audit event the service writes in the same transaction,
    which may come in a later flush."""
    pending: dict[int, StatusChange] = session.info.setdefault("sipdumas_status_rows", {})
    for obj in session.dirty:
        if not isinstance(obj, IncomingLetter):
            continue
        hist = attributes.get_history(obj, "status")
        if not hist.deleted or not hist.added or hist.deleted[0] == hist.added[0]:
            continue
        row = StatusChange(
            letter_id=obj.id, old_status=hist.deleted[0], new_status=hist.added[0],
            username=obj.updated_by or obj.created_by, note=None,
        )
        session.add(row)
        pending[obj.id] = row
    if not pending:
        return
    for obj in session.new:
        if isinstance(obj, AuditEvent) and obj.entity == "letter" and obj.action == "status":
            row = pending.pop(obj.entity_id, None)
            if row is not None and row.note is None:
                row.note = (obj.details or {}).get("note") or None


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_status_rows(session: Session) -> None:
    session.info.pop("sipdumas_status_rows", None)
