"""The register of outgoing letters (agenda surat keluar) and the dispatch book (buku ekspedisi).

Every letter the office sends out, forwarding letters (surat penerusan) and reminders for overdue
loans alike, takes the next serial of the calendar year from one counter (``forwarding_counters``,
locked while a number is taken), so the register lists the year's numbers without gaps. A row also
records how the letter went out and who received it (the dispatch book's columns).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class OutgoingLetter(Base):
    """One letter sent out. ``kind``: "forwarding" (``forwarding_id``) or "reminder" (``reminder_id``,
    a reminder for an overdue loan). ``subject`` and ``addressee`` are as printed (redacted when the
    letter was confidential). The dispatch columns (``dispatched_on`` ...) stay empty until recorded."""

    __tablename__ = "outgoing_letters"
    __table_args__ = (
        UniqueConstraint("year", "serial", name="uq_outgoing_serial"),
        Index("ix_outgoing_dated", "dated", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(120), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    dated: Mapped[date] = mapped_column(Date)
    addressee: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(20), default="Biasa")
    attachment: Mapped[str | None] = mapped_column(String(60))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_letters.id", ondelete="SET NULL"))
    forwarding_id: Mapped[int | None] = mapped_column(
        ForeignKey("forwarding_letters.id", ondelete="CASCADE"), unique=True
    )
    reminder_id: Mapped[int | None] = mapped_column(
        ForeignKey("loan_reminders.id", ondelete="CASCADE"), unique=True
    )
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    dispatched_on: Mapped[date | None] = mapped_column(Date)
    dispatch_via: Mapped[str | None] = mapped_column(String(60))
    received_by: Mapped[str | None] = mapped_column(String(200))
    received_on: Mapped[date | None] = mapped_column(Date)
    dispatch_note: Mapped[str | None] = mapped_column(Text)
