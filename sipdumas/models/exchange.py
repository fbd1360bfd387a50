"""One door: what came in through the channels, and what goes out to LAPOR! and to other units.

- *Received messages*: every e-mail and WhatsApp chat taken into the register, by its Message-ID and the
  SHA-256 of its bytes, written in the same transaction as its letter, so a message is registered once
  however often the mailbox is polled, and whatever was killed half-way.
- *External references*: the number a letter has in another system: the LAPOR! tracking ID, or the
  agenda number a complaint has at another unit (``system`` "unit:KODE").
- *Outbox*: every message to another system, written in the transaction of the action that causes it,
  and sent later with retries; its ``idempotency_key`` travels with every attempt, so a receiver that
  got an attempt whose answer was lost does not act twice.
- *Exchange events*: the history of a letter's exchange (sent, received, status synchronised), shown on
  the letter form.
- *Unit fingerprints*: the MinHash signatures of complaints another unit is handling, without their text
  or identity, for finding the same complaint in both units.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class ReceivedMessage(Base):
    """A message taken in from a channel (an e-mail, a WhatsApp chat export) and the letter it became."""

    __tablename__ = "received_messages"
    __table_args__ = (Index("ix_received_messages_message_id", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    #: The e-mail's Message-ID header (None when it has none: then the hash alone decides).
    message_id: Mapped[str | None] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    #: Where it came from: ``imap://user@host:port/FOLDER`` with its UID, or the file's name.
    source: Mapped[str] = mapped_column(String(500))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_letters.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ExternalRef(Base):
    """A letter's number in another system: LAPOR!'s tracking ID, another unit's agenda number."""

    __tablename__ = "external_refs"
    __table_args__ = (
        UniqueConstraint("system", "external_id", name="uq_external_refs_system_id"),
        UniqueConstraint("letter_id", "system", name="uq_external_refs_letter_system"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("incoming_letters.id"))
    system: Mapped[str] = mapped_column(String(60))
    external_id: Mapped[str] = mapped_column(String(200))
    #: "out": we sent the letter there; "in": it came to us from there.
    direction: Mapped[str] = mapped_column(String(3))
    #: The status the other system last reported, in its own words.
    remote_status: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class OutboxMessage(Base):
    """One message to another system, sent by :mod:`sipdumas.services.outbox` until it is accepted.

    ``status``: "pending" (waiting for its first or next attempt at ``next_attempt_at``), "sent",
    "failed" (given up: refused by the receiver or out of attempts; ``last_error`` says why) or
    "cancelled". A sender claims a message by moving ``next_attempt_at`` past the time its attempt can
    take, so two senders never send one message at once and a killed sender's claim runs out."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    target: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_letters.id"), index=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    response: Mapped[dict | None] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ExchangeEvent(Base):
    """One step of a letter's exchange with another system, for the letter form's history."""

    __tablename__ = "exchange_events"
    __table_args__ = (Index("ix_exchange_events_letter", "letter_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("incoming_letters.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    system: Mapped[str] = mapped_column(String(60))
    direction: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    username: Mapped[str | None] = mapped_column(String(64))


class UnitFingerprint(Base):
    """A complaint another unit is handling, known only by its reference and text fingerprint."""

    __tablename__ = "unit_fingerprints"
    __table_args__ = (UniqueConstraint("unit", "unit_ref", name="uq_unit_fingerprints_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str] = mapped_column(String(60))
    unit_ref: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(40))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
