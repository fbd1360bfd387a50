"""Forwarding complaints to agencies (penerusan).

- *Instansi* (agency): a body letters are forwarded to or complained about.
- *Surat penerusan* (forwarding letter): the letter that sends a complaint to the agency with authority
  over it, numbered per calendar year from a locked counter row like the agenda numbers.
- *Routing*: rules per agency (any/all/exact/regex/fuzzy words) and the word counts learned from letters
  people actually forwarded.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
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
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class Agency(Base):
    """An instansi: a body letters are forwarded to or complained about."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    address: Mapped[str | None] = mapped_column(Text)
    addressee_position: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
