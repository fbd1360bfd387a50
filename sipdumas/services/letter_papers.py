"""Printing the disposition sheet (lembar disposisi) and the complainant's receipt (tanda terima).
The forwarding letter is printed by :mod:`sipdumas.services.forwarding`.

The receipt has a copy for agencies (``confidential=True``): the sender and every identity value in
the subject are redacted by :mod:`sipdumas.domain.redaction`, as in every confidential output.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.identity import HIDDEN_IDENTITY
from sipdumas.domain.indonesian import counted, long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.redaction import REDACTED, redactor
from sipdumas.models.workflow import Disposition
from sipdumas.output.pdf import sheets
from sipdumas.output.pdf.forwarding_letter import Letterhead
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.admin.users import signatory
from sipdumas.services.forwarding import RECEIPT_PREFIX, receipt_checksum
from sipdumas.services.letters import CHANNEL_LABELS, load_letter


@dataclass(frozen=True, slots=True)
class PrintedPdf:
    data: bytes
    pages: int
    reference: str  # the agenda number the document belongs to


def _letterhead(conf: wf_settings.WorkflowSettings) -> Letterhead:
    return Letterhead(conf.logo, conf.office_lines, conf.office_address, conf.office_contact)


def _person(session, username: str | None) -> str:
    """ "Name (position)" of a user as the sheet prints it."""
    if not username:
        return ""
    who = signatory(session, username)
    return f"{who.name} ({who.position})" if who.position else who.name


def disposition_sheet_pdf(db: Database, actor: Actor, *, letter_id: int) -> PrintedPdf:
    """The lembar disposisi of a letter, filled with its disposition in force (ruled lines where the
    supervisor writes by hand), the office's units and officials to tick, and the completion deadline
    (the forwarding deadline in working days from the date received). The sheet names the sender, so
    printing it is audited; a printer without the right to see identities gets "(dirahasiakan)" in its
    place."""
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
        ticked: tuple[str, ...] = ()
        if d is not None:
            position = signatory(session, d.assignee).position
            if position:
                ticked = (position,)
        deadline = workdays.load(session).add(letter.received_at, conf.forward_days)
        sheet = sheets.DispositionSheet(
            letterhead=_letterhead(conf),
            sender=(c.name if shown else HIDDEN_IDENTITY) if c and c.name else "Tanpa identitas",
            letter_no=letter.letter_no or "",
            letter_date=long_date(letter.letter_date) if letter.letter_date else "",
            received_date=long_date(letter.received_at),
            agenda_no=letter.agenda_no,
            urgency=d.urgency if d else "Biasa",
            subject=letter.subject or letter.summary or "",
            recipients=tuple(conf.disposition_recipients),
            ticked=ticked,
            assignee=_person(session, d.assignee) if d else "",
            instructions=tuple(d.instructions or []) if d else (),
            deadline=f"{long_date(deadline)} ({conf.forward_days} hari kerja sejak diterima)",
            note=(d.note or "") if d else "",
            assigned_by=_person(session, d.assigned_by) if d else "",
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


def receipt_pdf(db: Database, actor: Actor, *, letter_id: int, confidential: bool = False) -> PrintedPdf:
    """The tanda terima given to the complainant: the agenda number to ask about the complaint with,
    the letter's date and attachments, the officer's name and NIP and a QR code ``verify`` checks.
    ``confidential``: the copy for an agency, the complainant's identity redacted."""
    actor.require(Permission.PRINT_LETTERS)
    with db.session() as session:
        conf = wf_settings.load(session)
        letter = load_letter(session, letter_id)
        c = letter.complainant
        redact = redactor(c, keep=conf.office_lines) if confidential else (lambda s: s)
        files = len(letter.documents)
        sheets_count = sum(d.page_count or 1 for d in letter.documents)
        attachments = f"{counted(files, 'berkas')}, {sheets_count} lembar" if files else "-"
        officer = signatory(session, actor.username, actor.full_name)
        sender = c.name if c and c.name else "Tanpa identitas"
        receipt = sheets.Receipt(
            letterhead=_letterhead(conf),
            agenda_no=letter.agenda_no,
            received_date=long_date(letter.received_at),
            channel=CHANNEL_LABELS.get(letter.channel, letter.channel),
            sender=REDACTED if confidential and c and c.name else sender,
            subject=redact(letter.subject or letter.summary or "-"),
            letter_no=letter.letter_no or "-",
            letter_date=long_date(letter.letter_date) if letter.letter_date else "-",
            attachments=attachments,
            place_date=f"{conf.place}, {long_date(letter.received_at)}",
            officer=officer.name or actor.username,
            officer_nip=officer.nip or "",
            qr_payload=f"{RECEIPT_PREFIX}|{letter.agenda_no}|{receipt_checksum(letter)}",
            copy_for="instansi" if confidential else "",
            dated=letter.received_at,
        )
    data, pages = sheets.render_receipt(receipt)
    with db.transaction() as session:
        audit.record(session, actor, "receipt_printed", "letter", letter_id, confidential=confidential)
    return PrintedPdf(data, pages, receipt.agenda_no)
