"""The register of incoming letters: the letter, its sender, its scanned files and its agenda number.

Words used here are the office's own: an *incoming letter* (surat masuk) gets an *agenda number*
(nomor agenda) when it is registered; *tembusan* is the list of carbon-copy addressees; the
*complainant* (pengadu) is the sender; the *reported party* (terlapor) is who the complaint is about;
the letter's *archive file* (berkas, :mod:`sipdumas.models.archive`) is the physical folder the paper
letter lives in. Every schema change is an Alembic revision in ``migrations/``.
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
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sipdumas.domain.channels import Channel
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.base import Base
from sipdumas.models.forwarding import Agency


class Complainant(Base):
    """The sender of one letter (pengadu) as that letter gives them: one row per letter, so a letter
    keeps the name, address and phone it was written with. The letters of one person are grouped by
    :class:`Person`. Identity fields are confidential."""

    __tablename__ = "complainants"
    __table_args__ = (Index("ix_complainants_nik", "nik"), Index("ix_complainants_phone", "phone"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    nik: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(Text)
    occupation: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(100))
    regency: Mapped[str | None] = mapped_column(String(100))


class Person(Base):
    """A complainant (pengadu) as a person: the letters one person sent, on every channel, grouped by
    the sender's identity (same NIK, phone or e-mail, or same name at the same address; see
    :mod:`sipdumas.services.complainants`). The identity columns summarise the letters (the first
    value each letter brought); an analyst merges two persons or splits a letter off. A person merged
    into another stays, pointing at it (``merged_into_id``), so its id in the audit trail keeps meaning
    one person. Confidential like the letters' senders."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    nik: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    province: Mapped[str | None] = mapped_column(String(100))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


#: The register's flag filters as SQL over ``incoming_letters``. The partial indexes below are built on
#: exactly these predicates and the queries repeat them word for word, because a planner (SQLite's
#: above all) only uses a partial index whose predicate the query visibly implies. A rare flag then
#: costs a walk of its few rows instead of the whole date index.
FLAG_PREDICATES = {
    "duplicate": "duplicate_of_id IS NOT NULL",
    "carbon_copy": "carbon_copy = TRUE",
    "identity_incomplete": "identity_complete = FALSE",
    # related_ids is JSON text: an empty list reads "[]", JSON null "null"; SQL NULL fails NOT IN too
    "related": "CAST(related_ids AS TEXT) NOT IN ('[]', 'null')",
}


def _flag_index(flag: str) -> Index:
    where = text(FLAG_PREDICATES[flag])
    return Index(f"ix_letters_flag_{flag}", "received_at", "id", sqlite_where=where, postgresql_where=where)


class IncomingLetter(Base):
    """A registered incoming letter (surat masuk) and the complaint it carries."""

    __tablename__ = "incoming_letters"
    __table_args__ = (
        UniqueConstraint("agenda_year", "agenda_serial", name="uq_letters_agenda_serial"),
        Index("ix_letters_received_at", "received_at", "id"),
        Index("ix_letters_status", "status", "id"),
        Index("ix_letters_category", "category", "id"),
        *(_flag_index(flag) for flag in FLAG_PREDICATES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_no: Mapped[str] = mapped_column(String(60), unique=True)
    agenda_year: Mapped[int | None] = mapped_column(Integer)
    agenda_serial: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default=Channel.LETTER.value)
    letter_no: Mapped[str | None] = mapped_column(String(120))
    letter_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(120))
    subject: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100))
    addressee: Mapped[str | None] = mapped_column(Text)
    cc: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default=LetterStatus.RECEIVED.value)
    carbon_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_letters.id"))
    duplicate_score: Mapped[float | None] = mapped_column(Float)
    duplicate_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The analyst's answer to the flag: None (not yet reviewed), "confirmed" or "rejected".
    duplicate_review: Mapped[str | None] = mapped_column(String(20))
    #: Letters about the same matter from other senders (not duplicates), newest last.
    related_ids: Mapped[list[int] | None] = mapped_column(JSON, default=list)
    complainant_id: Mapped[int | None] = mapped_column(ForeignKey("complainants.id"), index=True)
    #: The person who sent it, grouping their letters (None for a letter without any identity).
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    reported_party: Mapped[str | None] = mapped_column(String(300))
    reported_position: Mapped[str | None] = mapped_column(String(300))
    reported_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    archive_file_id: Mapped[int | None] = mapped_column(ForeignKey("archive_files.id"), index=True)
    text: Mapped[str | None] = mapped_column(Text, deferred=True)
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    updated_by: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)

    complainant: Mapped[Complainant | None] = relationship(lazy="joined")
    archive_file: Mapped[ArchiveFile | None] = relationship(lazy="joined")
    reported_agency: Mapped[Agency | None] = relationship()
    documents: Mapped[list[Document]] = relationship(back_populates="letter", order_by="Document.id")

    __mapper_args__ = {"version_id_col": version}


class Document(Base):
    """A scanned or received file of a letter. The bytes live content-addressed under the data folder
    (``files/ab/cdef...``) and are checked against ``sha256`` on every read."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_letters.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer, default=1)
    #: Where OCR read each field on the scan, kept so the marks survive registration (None: typed
    #: letters, imports, documents registered before it was kept); see
    #: :func:`sipdumas.intake.model.Extraction.evidence_json`.
    evidence: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    letter: Mapped[IncomingLetter | None] = relationship(back_populates="documents")
    pages: Mapped[list[DocumentPage]] = relationship(order_by="DocumentPage.page_no")


class DocumentPage(Base):
    __tablename__ = "document_pages"
    __table_args__ = (UniqueConstraint("document_id", "page_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    page_no: Mapped[int] = mapped_column(Integer)
    ocr_text: Mapped[str | None] = mapped_column(Text)


class AgendaCounter(Base):
    """The last agenda serial handed out in a calendar year; locked row by row so that serials are
    never duplicated and never skipped, also with several workstations on one PostgreSQL server."""

    __tablename__ = "agenda_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


# A person's letters newest first, for the register filtered by complainant and their history.
Index("ix_letters_person", IncomingLetter.person_id, IncomingLetter.received_at, IncomingLetter.id)


# Letters waiting for review or forwarding are found by status and date received: the deadline
# queries (sipdumas.services.deadlines) filter on both.
Index("ix_letters_status_received", IncomingLetter.status, IncomingLetter.received_at)


#: Letters still waiting on a deadline (review, forwarding or the agency's answer): every status but
#: these three. ``NOT IN`` on purpose: no index can serve it, so a query repeating it (the register's
#: Terlambat filter, see sipdumas.services.deadlines.overdue_condition) takes the partial index below
#: for its date order instead of ``ix_letters_status_received`` and a sort of every overdue letter.
AWAITING_PREDICATE = "status NOT IN ('answered', 'filed', 'closed')"


Index(
    "ix_letters_awaiting",
    IncomingLetter.received_at,
    IncomingLetter.id,
    IncomingLetter.status,
    sqlite_where=text(AWAITING_PREDICATE),
    postgresql_where=text(AWAITING_PREDICATE),
)


# The full-text index is dialect-specific and so has no model: SQLite's FTS5 table ``letter_fts`` and
# PostgreSQL's ``letter_search`` (tsvector + GIN) are created by the migrations; see :mod:`sipdumas.db.search`.
FULL_TEXT_TABLES = frozenset({"letter_fts", "letter_search"})
