"""The review workflow's tables.

- *Status history*: every move of a letter's status, with who, when and why (written by
  :func:`sipdumas.services.workflow.move`, the one place a status changes).
- *Disposisi*: a supervisor's written assignment of a letter to an analyst, with instructions; the
  newest active one decides whose "my work" list the letter is on.
- *Telaah* (review note): the analyst's statement of the core problem, the regulation it touches, the
  earlier letters about the same matter and the recommended next step.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


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
