"""The register of outgoing letters (agenda surat keluar) and the dispatch book (buku ekspedisi).

Every outgoing letter takes the next serial of its calendar year from one counter
(:func:`next_serial`; forwarding letters and reminders for overdue loans alike) and is entered in the
register by :func:`enter`, in the transaction that numbers and prints it. :func:`record_dispatch`
writes how a letter went out and who received it; the register and the dispatch book are printed by
:mod:`sipdumas.output.outgoing`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.outgoing import OutgoingLetter

FORWARDING, REMINDER = "forwarding", "reminder"
KIND_LABELS = {FORWARDING: "Surat penerusan", REMINDER: "Surat pengingat peminjaman arsip"}
#: How letters usually leave the office (the client offers these; any text is accepted).
DISPATCH_WAYS = ("Kurir", "Pos", "Pos tercatat", "Jasa ekspedisi", "E-mail", "Diambil sendiri")


def next_serial(session: Session, year: int) -> int:
    """The next outgoing-letter serial of ``year`` (the counter row stays locked until commit)."""
    session.execute(
        text(
            "INSERT INTO forwarding_counters (year, last_serial) VALUES (:y, 0) ON CONFLICT (year) DO NOTHING"
        ),
        {"y": year},
    )
    return session.execute(
        text(
            "UPDATE forwarding_counters SET last_serial = last_serial + 1 WHERE year = :y RETURNING last_serial"
        ),
        {"y": year},
    ).scalar_one()


def enter(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    number: str,
    year: int,
    serial: int,
    dated: date,
    addressee: str,
    subject: str,
    urgency: str = "Biasa",
    attachment: str | None = None,
    confidential: bool = False,
    letter_id: int | None = None,
    forwarding_id: int | None = None,
    reminder_id: int | None = None,
) -> OutgoingLetter:
    """Enter a letter being numbered in the register (inside the caller's transaction)."""
    row = OutgoingLetter(
        kind=kind,
        number=number,
        year=year,
        serial=serial,
        dated=dated,
        addressee=addressee,
        subject=subject,
        urgency=urgency,
        attachment=attachment,
        confidential=confidential,
        letter_id=letter_id,
        forwarding_id=forwarding_id,
        reminder_id=reminder_id,
        created_by=actor.username,
    )
    session.add(row)
    return row


def set_pages(session: Session, *, forwarding_id: int, attachment: str) -> None:
    """Write the Lampiran of a forwarding letter once it is printed."""
    session.execute(
        update(OutgoingLetter)
        .where(OutgoingLetter.forwarding_id == forwarding_id)
        .values(attachment=attachment)
    )


@dataclass(frozen=True, slots=True)
class OutgoingEntry:
    id: int
    kind: str
    number: str
    dated: date
    addressee: str
    subject: str
    urgency: str
    attachment: str | None
    confidential: bool
    letter_id: int | None
    dispatched_on: date | None
    dispatch_via: str | None
    received_by: str | None
    received_on: date | None
    dispatch_note: str | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "number": self.number,
            "date": self.dated.isoformat(),
            "addressee": self.addressee,
            "subject": self.subject,
            "urgency": self.urgency,
            "attachment": self.attachment,
            "confidential": self.confidential,
            "letter_id": self.letter_id,
            "dispatched_on": self.dispatched_on.isoformat() if self.dispatched_on else None,
            "dispatch_via": self.dispatch_via,
            "received_by": self.received_by,
            "received_on": self.received_on.isoformat() if self.received_on else None,
            "dispatch_note": self.dispatch_note,
        }


def entry(row: OutgoingLetter) -> OutgoingEntry:
    return OutgoingEntry(
        row.id,
        row.kind,
        row.number,
        row.dated,
        row.addressee,
        row.subject,
        row.urgency,
        row.attachment,
        row.confidential,
        row.letter_id,
        row.dispatched_on,
        row.dispatch_via,
        row.received_by,
        row.received_on,
        row.dispatch_note,
    )


def list_outgoing(
    db: Database,
    actor: Actor,
    *,
    dated_from: date | None = None,
    dated_to: date | None = None,
    kind: str | None = None,
) -> list[OutgoingEntry]:
    """The outgoing letters dated in the period (oldest first, by number within a day)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return [entry(r) for r in session.scalars(outgoing_query(dated_from, dated_to, kind))]


def outgoing_query(dated_from: date | None, dated_to: date | None, kind: str | None = None):
    stmt = select(OutgoingLetter)
    if dated_from:
        stmt = stmt.where(OutgoingLetter.dated >= dated_from)
    if dated_to:
        stmt = stmt.where(OutgoingLetter.dated <= dated_to)
    if kind:
        stmt = stmt.where(OutgoingLetter.kind == kind)
    return stmt.order_by(OutgoingLetter.dated, OutgoingLetter.year, OutgoingLetter.serial)


def record_dispatch(
    db: Database,
    actor: Actor,
    *,
    number: str,
    dispatched_on: date,
    via: str,
    received_by: str | None = None,
    received_on: date | None = None,
    note: str | None = None,
) -> OutgoingEntry:
    """Write in the dispatch book how the letter ``number`` went out (``via``: kurir, pos, e-mail ...)
    and, once known, who received it on which day. Recording again overwrites (a courier coming back
    with the signed receipt completes the row). Audited."""
    actor.require(Permission.PRINT_LETTERS)
    wrong = {}
    if not via or not via.strip():
        wrong["via"] = "Cara pengiriman wajib diisi (mis. Kurir, Pos, E-mail)"
    elif len(via) > 60:
        wrong["via"] = "Cara pengiriman paling panjang 60 karakter"
    if received_on and received_on < dispatched_on:
        wrong["received_on"] = "Tanggal terima tidak boleh sebelum tanggal kirim"
    if received_on and not (received_by or "").strip():
        wrong["received_by"] = "Nama penerima wajib diisi bila tanggal terima diisi"
    if received_by and len(received_by) > 200:
        wrong["received_by"] = "Nama penerima paling panjang 200 karakter"
    if wrong:
        raise ValidationFailed(wrong)
    with db.transaction() as session:
        row = session.scalar(select(OutgoingLetter).where(OutgoingLetter.number == number.strip()))
        if row is None:
            raise NotFound(f"Surat keluar nomor {number} tidak terdaftar")
        if dispatched_on < row.dated:
            raise ValidationFailed({"dispatched_on": "Tanggal kirim tidak boleh sebelum tanggal surat"})
        row.dispatched_on, row.dispatch_via = dispatched_on, via.strip()
        row.received_by = (received_by or "").strip() or None
        row.received_on, row.dispatch_note = received_on, (note or "").strip() or None
        audit.record(
            session,
            actor,
            "dispatch_recorded",
            "outgoing_letter",
            row.id,
            number=row.number,
            via=row.dispatch_via,
            dispatched_on=dispatched_on.isoformat(),
            received_by=row.received_by,
            received_on=received_on.isoformat() if received_on else None,
        )
        session.flush()
        return entry(row)
