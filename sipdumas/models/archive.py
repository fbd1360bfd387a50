"""The physical archive's tables: where each file (berkas) stands, its history, and lending.

Words are the archivist's own: a *location* is a place on a shelf (gedung/ruang, rak, boks, map); a
*loan* (peminjaman) is one lending of a file, recorded on the loan slip (bon peminjaman); a *loan
request* is a queued request for a file that is out; an *approval* is a supervisor's consent to lend a
confidential file; a *reminder* (surat teguran/pengingat) is sent for an overdue loan, at most once per
level. The file itself is :class:`sipdumas.models.ArchiveFile`.

Only one open loan per file is a database rule, not a check in code: the partial unique index
``uq_loans_open_file`` holds with any number of workstations on SQLite or PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class ArchiveFile(Base):
    """A physical file (berkas) on a shelf. Every letter has one from the day it is registered."""

    __tablename__ = "archive_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))
    classification_code: Mapped[str | None] = mapped_column(String(40))
    location: Mapped[str | None] = mapped_column(String(300))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Where the file stands (archive_locations below), its retention under the JRA (jadwal retensi
    # arsip) and, once merged, the file that absorbed it.
    location_id: Mapped[int | None] = mapped_column(ForeignKey("archive_locations.id"), index=True)
    retention_active_years: Mapped[int | None] = mapped_column(Integer)
    retention_inactive_years: Mapped[int | None] = mapped_column(Integer)
    final_disposition: Mapped[str | None] = mapped_column(String(20))  # musnah / permanen / dinilai kembali
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("archive_files.id"))


#: Conditions a file can come back in (kondisi saat kembali).
CONDITIONS = ("baik", "rusak", "hilang")


class ArchiveLocation(Base):
    """A place in the archive: building/room, shelf (rak), box (boks) and optionally folder (map).
    ``code`` is printed on the box label."""

    __tablename__ = "archive_locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    building: Mapped[str | None] = mapped_column(String(120))
    room: Mapped[str | None] = mapped_column(String(120))
    shelf: Mapped[str | None] = mapped_column(String(40))
    box: Mapped[str | None] = mapped_column(String(40))
    folder: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    def describe(self) -> str:
        return describe_place(self.code, self.building, self.room, self.shelf, self.box, self.folder)


def describe_place(code, building, room, shelf, box, folder) -> str:
    """``Gedung A / R. Arsip 2, Rak 3, Boks 12, Map 4`` (the parts that are known), else the code."""
    place = " / ".join(p for p in (building, room) if p)
    parts = [place] if place else []
    for label, value in (("Rak", shelf), ("Boks", box), ("Map", folder)):
        if value:
            parts.append(labelled(label, value))
    return ", ".join(parts) or code


def labelled(label: str, value: str) -> str:
    """``Rak 3`` from ``3`` or from ``Rak 3`` / ``rak 3`` as archivists type it (never ``Rak Rak 3``)."""
    value = value.strip()
    return value if value.lower().startswith(label.lower() + " ") else f"{label} {value}"


class ArchiveFileEvent(Base):
    """One line of a file's history: created, moved, merged, split, lent, renewed, returned, reminded."""

    __tablename__ = "archive_file_events"
    __table_args__ = (Index("ix_archive_file_events_file", "archive_file_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_file_id: Mapped[int] = mapped_column(ForeignKey("archive_files.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(30))
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class LoanApproval(Base):
    """A supervisor's consent to lend a confidential file to one borrower. ``status``: pending,
    approved, rejected, used (consumed by the loan ``loan_id``)."""

    __tablename__ = "loan_approvals"
    __table_args__ = (Index("ix_loan_approvals_file", "archive_file_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_file_id: Mapped[int] = mapped_column(ForeignKey("archive_files.id", ondelete="CASCADE"))
    borrower_name: Mapped[str] = mapped_column(String(200))
    borrower_unit: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    status: Mapped[str] = mapped_column(String(20), default="pending")
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)
    loan_id: Mapped[int | None] = mapped_column(Integer)


class Loan(Base):
    """One lending of a file: the loan slip (bon peminjaman). Open while ``returned_at`` is null."""

    __tablename__ = "loans"
    __table_args__ = (
        Index(
            "uq_loans_open_file",
            "archive_file_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        # the overdue list reads only open loans, by due date
        Index(
            "ix_loans_open_due",
            "due_on",
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index("ix_loans_file", "archive_file_id", "id"),
        Index("ix_loans_lent_at", "lent_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_file_id: Mapped[int] = mapped_column(ForeignKey("archive_files.id"))
    borrower_name: Mapped[str] = mapped_column(String(200))
    borrower_unit: Mapped[str] = mapped_column(String(200))
    borrower_phone: Mapped[str | None] = mapped_column(String(20))
    borrower_category: Mapped[str | None] = mapped_column(String(40))
    borrower_nip: Mapped[str | None] = mapped_column(String(18))
    purpose: Mapped[str | None] = mapped_column(Text)
    issued_by: Mapped[str] = mapped_column(String(64))
    lent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_on: Mapped[date] = mapped_column(Date)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("loan_approvals.id"))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    received_by: Mapped[str | None] = mapped_column(String(64))
    condition: Mapped[str | None] = mapped_column(String(10))
    return_note: Mapped[str | None] = mapped_column(Text)
    reminder_level: Mapped[int] = mapped_column(Integer, default=0)


class LoanRequest(Base):
    """A request for a file that is out (antrean): shown to the archivist when the file comes back."""

    __tablename__ = "loan_requests"
    __table_args__ = (Index("ix_loan_requests_file", "archive_file_id", "fulfilled_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    archive_file_id: Mapped[int] = mapped_column(ForeignKey("archive_files.id", ondelete="CASCADE"))
    borrower_name: Mapped[str] = mapped_column(String(200))
    borrower_unit: Mapped[str] = mapped_column(String(200))
    borrower_phone: Mapped[str | None] = mapped_column(String(20))
    purpose: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    fulfilled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    loan_id: Mapped[int | None] = mapped_column(Integer)


class LoanReminder(Base):
    """A reminder letter sent for an overdue loan. One per level per loan, enforced by the database."""

    __tablename__ = "loan_reminders"
    __table_args__ = (UniqueConstraint("loan_id", "level", name="uq_loan_reminders_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[date] = mapped_column(Date)
    sent_by: Mapped[str] = mapped_column(String(64))
    days_overdue: Mapped[int] = mapped_column(Integer)
