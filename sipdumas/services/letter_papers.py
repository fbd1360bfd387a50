"""Printing the disposition sheet (lembar disposisi) and the complainant's receipt (tanda terima).
The forwarding letter is printed by :mod:`sipdumas.services.forwarding`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.identity import HIDDEN_IDENTITY
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.workflow import Disposition
from sipdumas.output.pdf import sheets
from sipdumas.output.pdf.forwarding_letter import Letterhead
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.letters import CHANNEL_LABELS, load_letter


@dataclass(frozen=True, slots=True)
class PrintedPdf:
    data: bytes
    pages: int
    reference: str  # the agenda number the document belongs to


def _letterhead(conf: wf_settings.WorkflowSettings) -> Letterhead:
    return Letterhead(conf.logo, conf.office_lines, conf.office_address, conf.office_contact)


def disposition_sheet_pdf(db: Database, actor: Actor, *, letter_id: int) -> PrintedPdf:
    """The lembar disposisi of a letter, filled with its disposition in force (blank lines when the
    supervisor will write by hand). The sheet names the sender, so printing it is audited; a printer
    without the right to see identities gets "(dirahasiakan)" in its place."""
    actor.require(Permission.PRINT_LETTERS)
    shown = actor.can(Permission.VIEW_IDENTITY)
    with db.session() as session:
        conf = wf_settings.load(session)
        letter = load_letter(session, letter_id)
        d = session.scalar(
            select(Disposition)
            .where(Disposition.letter_id == letter_id, Disposition.active.is_(True))
            .order_by(Disposition.id.desc())
            .limit(1)
        )
        c = letter.complainant
        sheet = sheets.DispositionSheet(
            letterhead=_letterhead(conf),
            sender=(c.name if shown else HIDDEN_IDENTITY) if c and c.name else "Tanpa identitas",
            letter_no=letter.letter_no or "-",
            letter_date=long_date(letter.letter_date) if letter.letter_date else "-",
            received_date=long_date(letter.received_at),
            agenda_no=letter.agenda_no,
            urgency=d.urgency if d else "Biasa",
            subject=letter.subject or letter.summary or "-",
            assignee=d.assignee if d else "",
            instructions=tuple(d.instructions or []) if d else (),
            note=(d.note or "") if d else "",
            assigned_by=d.assigned_by if d else "",
            assigned_on=long_date(d.created_at.date()) if d and d.created_at else "",
        )
        agenda_no = letter.agenda_no
    data, pages = sheets.render_disposition(sheet)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "disposition_printed",
            "letter",
            letter_id,
            agenda_no=agenda_no,
            disposition_id=d.id if d else None,
            identity_shown=shown and sheet.sender != "Tanpa identitas",
        )
    return PrintedPdf(data, pages, agenda_no)


def receipt_pdf(db: Database, actor: Actor, *, letter_id: int) -> PrintedPdf:
    """The tanda terima given to the complainant: the agenda number to ask about the complaint with."""
    actor.require(Permission.PRINT_LETTERS)
    with db.session() as session:
        conf = wf_settings.load(session)
        letter = load_letter(session, letter_id)
        c = letter.complainant
        receipt = sheets.Receipt(
            letterhead=_letterhead(conf),
            agenda_no=letter.agenda_no,
            received_date=long_date(letter.received_at),
            channel=CHANNEL_LABELS.get(letter.channel, letter.channel),
            sender=(c.name if c and c.name else "Tanpa identitas"),
            subject=letter.subject or letter.summary or "-",
            letter_no=letter.letter_no or "-",
            place_date=f"{conf.place}, {long_date(letter.received_at)}",
            officer=actor.full_name or actor.username,
            qr_payload=f"SIPDUMAS-AGENDA|{letter.agenda_no}",
        )
    data, pages = sheets.render_receipt(receipt)
    with db.transaction() as session:
        audit.record(session, actor, "receipt_printed", "letter", letter_id)
    return PrintedPdf(data, pages, receipt.agenda_no)
