"""Paper and spreadsheets of lending: the loan slip (bon peminjaman), the loan register (xlsx and PDF)
and the escalating reminder letters for overdue loans (first, second, third), whose bodies come from
:mod:`sipdumas.services.archive.reminder_texts`.

A reminder level is sent once per loan, never twice: the database's unique (loan, level) constraint
and a conditional update of ``loans.reminder_level`` hold even when two workstations print reminders
at the same time. Reminders are outgoing letters: each takes the office's next outgoing serial and its
number pattern (with the lending settings' archive classification), is entered in the register of
outgoing letters, carries the office's letterhead and is signed by the official the lending settings
name, not by whoever prints it. They are printed inside the transaction that numbers them, so a number
is never spent on a letter that did not print.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from string import Template

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile, Loan, LoanApproval, LoanReminder
from sipdumas.output.pdf import archive as archive_pdf
from sipdumas.output.pdf.common import signature_lines
from sipdumas.output.pdf.forwarding_letter import Letterhead
from sipdumas.output.xlsx import PrintSetup, stream_xlsx
from sipdumas.services import outgoing
from sipdumas.services.admin import workflow_settings
from sipdumas.services.admin.users import signatory
from sipdumas.services.archive.files import record_event
from sipdumas.services.archive.loan_lists import iter_loans, loan_views, overdue_loans
from sipdumas.services.archive.loan_settings import load_settings
from sipdumas.services.archive.reminder_texts import LEVEL_NAMES, load_templates


@dataclass(frozen=True, slots=True)
class PrintedPdf:
    data: bytes
    pages: int


def _office(session: Session) -> workflow_settings.WorkflowSettings:
    return workflow_settings.load(session)


def loan_slip_pdf(db: Database, actor: Actor, *, loan_id: int) -> PrintedPdf:
    """The slip of one loan, two copies on an A4 page: the whole place of the file, the borrower's NIP,
    the approval of a confidential file and, printed again after the return, the date and condition it
    came back in."""
    actor.require(Permission.LEND_FILES)
    with db.session() as session:
        conf = _office(session)
        view = next(loan_views(session, Loan.id == loan_id), None)
        if view is None:
            raise NotFound(f"Peminjaman nomor {loan_id} tidak ditemukan")
        loan = session.get(Loan, loan_id)
        approval = ""
        if loan.approval_id:
            a = session.get(LoanApproval, loan.approval_id)
            if a is not None:
                who = signatory(session, a.decided_by or "").name if a.decided_by else "-"
                when = f" tanggal {long_date(a.decided_at.astimezone().date())}" if a.decided_at else ""
                approval = f"Persetujuan nomor {a.id} oleh {who}{when}"
        issued_by = signatory(session, view.issued_by).name
        received_by = signatory(session, view.received_by).name if view.received_by else ""
        location = view.location or "-"
        code_of_place = session.scalar(
            select(ArchiveFile.location).where(ArchiveFile.archive_code == view.code)
        )
    slip = archive_pdf.SlipData(
        office_lines=tuple(conf.office_lines),
        code=view.code,
        title=view.title or "-",
        location=location
        if not code_of_place or code_of_place in location
        else f"{location} ({code_of_place})",
        borrower=view.borrower,
        unit=view.unit,
        phone=view.phone or "-",
        purpose=view.purpose or "-",
        issued_by=issued_by,
        lent_on=long_date(view.lent_at.astimezone().date()),
        due_on=long_date(view.due_on),
        loan_no=f"PJ-{view.lent_at.year}-{view.loan_id:06d}",
        confidential=view.confidential,
        borrower_nip=loan.borrower_nip or "",
        approval=approval,
        returned_on=long_date(view.returned_at.astimezone().date()) if view.returned_at else "",
        condition=view.condition or "",
        received_by=received_by,
    )
    return PrintedPdf(archive_pdf.loan_slip_pdf(slip), 1)


REGISTER_HEADER = (
    "No",
    "Kode berkas",
    "Judul berkas",
    "Lokasi",
    "Peminjam",
    "Unit kerja",
    "Telepon",
    "Keperluan",
    "Petugas",
    "Tanggal pinjam",
    "Jatuh tempo",
    "Perpanjangan",
    "Tanggal kembali",
    "Kondisi",
    "Penerima",
)


def loan_register_xlsx(
    db: Database, actor: Actor, *, lent_from: date | None = None, lent_to: date | None = None
) -> bytes:
    """The loan register as a spreadsheet, streamed (:func:`sipdumas.output.xlsx.stream_xlsx`): every
    text an inline string, so a name typed as ``=HYPERLINK(...)`` can never become a formula."""
    actor.require(Permission.VIEW_REGISTER)
    rows = (
        (
            n,
            v.code,
            v.title,
            v.location,
            v.borrower,
            v.unit,
            v.phone,
            v.purpose,
            v.issued_by,
            v.lent_at.astimezone().date(),
            v.due_on,
            v.renewals,
            v.returned_at.astimezone().date() if v.returned_at else None,
            v.condition,
            v.received_by,
        )
        for n, v in enumerate(iter_loans(db, actor, lent_from=lent_from, lent_to=lent_to), start=1)
    )
    with db.session() as session:
        office = _office_name(session)
    out = io.BytesIO()
    stream_xlsx(
        out,
        sheet="Buku peminjaman",
        header=REGISTER_HEADER,
        rows=rows,
        widths=(5, 15, 30, 24, 20, 18, 14, 22, 12, 11, 11, 8, 11, 8, 12),
        setup=PrintSetup(title="BUKU PEMINJAMAN ARSIP", office=office, note=_span(lent_from, lent_to)),
    )
    return out.getvalue()


def _office_name(session: Session) -> str:
    lines = _office(session).office_lines
    return lines[0] if lines else "SIPDUMAS"


def _span(lent_from: date | None, lent_to: date | None) -> str:
    if not (lent_from or lent_to):
        return "Semua peminjaman"
    return (
        f"Dipinjam {long_date(lent_from) if lent_from else '…'} s.d. {long_date(lent_to) if lent_to else '…'}"
    )


def loan_register_pdf(
    db: Database, actor: Actor, *, lent_from: date | None = None, lent_to: date | None = None
) -> PrintedPdf:
    actor.require(Permission.VIEW_REGISTER)

    def d(value) -> str:
        return value.strftime("%d-%m-%Y") if value else ""

    rows = (
        (
            v.code,
            v.title or "",
            v.borrower,
            v.unit,
            d(v.lent_at.astimezone()),
            d(v.due_on),
            d(v.returned_at.astimezone() if v.returned_at else None),
            v.condition or "",
            v.issued_by,
        )
        for v in iter_loans(db, actor, lent_from=lent_from, lent_to=lent_to)
    )
    with db.session() as session:
        office = _office_name(session)
    data, pages = archive_pdf.loan_register_pdf(
        rows, title="BUKU PEMINJAMAN ARSIP", subtitle=_span(lent_from, lent_to), office=office
    )
    return PrintedPdf(data, pages)


# ----------------------------------------------------------------------------------------- reminders


@dataclass(frozen=True, slots=True)
class SentReminder:
    loan_id: int
    code: str
    borrower: str
    level: int
    days_overdue: int
    number: str = ""  # the letter's number in the register of outgoing letters

    def to_json(self) -> dict:
        return {
            "loan_id": self.loan_id,
            "code": self.code,
            "borrower": self.borrower,
            "level": self.level,
            "days_overdue": self.days_overdue,
            "number": self.number,
        }


@dataclass(frozen=True, slots=True)
class ReminderBatch:
    sent: list[SentReminder]
    pdf: bytes | None  # one page per reminder; None when nothing was due


def due_level(days_overdue: int, already: int, thresholds: Sequence[int]) -> int | None:
    """The next reminder level for a loan ``days_overdue`` working days late that has had ``already``
    levels sent; reminders escalate one level at a time."""
    nxt = already + 1
    if nxt > len(thresholds) or days_overdue < thresholds[nxt - 1]:
        return None
    return nxt


def send_reminders(db: Database, actor: Actor, *, as_of: date | None = None) -> ReminderBatch:
    """Record, number and print the reminder letters now due: for each overdue loan the next level
    (first, second, third) whose working-day threshold is reached. A level is never sent twice; the
    letters are printed before the transaction commits (a failure rolls every number back)."""
    actor.require(Permission.LEND_FILES)
    as_of = as_of or date.today()
    overdue = overdue_loans(db, actor, as_of=as_of)
    sent: list[SentReminder] = []
    docs: list[archive_pdf.ReminderDoc] = []
    with db.transaction() as session:
        conf = _office(session)
        lending = load_settings(session)
        thresholds = lending.reminder_after
        templates = load_templates(session)
        head = Letterhead(conf.logo, tuple(conf.office_lines), conf.office_address, conf.office_contact)
        signer = tuple(
            signature_lines(
                position=lending.reminder_signer_position, on_behalf_of=lending.reminder_on_behalf_of
            )
        )
        for row in overdue:
            v = row.loan
            level = due_level(row.days_overdue, v.reminder_level, thresholds)
            if level is None:
                continue
            claimed = session.execute(
                update(Loan)
                .where(Loan.id == v.loan_id, Loan.reminder_level == level - 1, Loan.returned_at.is_(None))
                .values(reminder_level=level)
            ).rowcount
            if claimed != 1:  # another workstation sent it in the meantime
                continue
            reminder = LoanReminder(
                loan_id=v.loan_id,
                level=level,
                sent_on=as_of,
                sent_by=actor.username,
                days_overdue=row.days_overdue,
            )
            session.add(reminder)
            session.flush()
            serial = outgoing.next_serial(session, as_of.year)
            number = conf.number(
                urgency="Segera",
                serial=serial,
                month=as_of.month,
                year=as_of.year,
                classification=lending.reminder_classification,
            )
            subject = f"Pengingat {LEVEL_NAMES[level]} Pengembalian Arsip"
            outgoing.enter(
                session,
                actor,
                kind=outgoing.REMINDER,
                number=number,
                year=as_of.year,
                serial=serial,
                dated=as_of,
                addressee=f"Sdr. {v.borrower}, {v.unit}",
                subject=subject,
                urgency="Segera",
                attachment="-",
                reminder_id=reminder.id,
            )
            file_id = session.scalar(select(ArchiveFile.id).where(ArchiveFile.archive_code == v.code))
            record_event(
                session,
                actor,
                file_id,
                "reminded",
                loan_id=v.loan_id,
                level=level,
                days_overdue=row.days_overdue,
            )
            sent.append(SentReminder(v.loan_id, v.code, v.borrower, level, row.days_overdue, number))
            body = Template(templates[level]).safe_substitute(
                borrower=v.borrower,
                unit=v.unit,
                code=v.code,
                title=v.title or "-",
                lent_on=long_date(v.lent_at.astimezone().date()),
                due_on=long_date(v.due_on),
                days_overdue=row.days_overdue,
                level_name=LEVEL_NAMES[level],
            )
            docs.append(
                archive_pdf.ReminderDoc(
                    letterhead=head,
                    place_date=f"{conf.place}, {long_date(as_of)}",
                    number=number,
                    subject=subject,
                    addressee=(f"Sdr. {v.borrower}", v.unit),
                    paragraphs=tuple(p.strip() for p in body.split("\n\n") if p.strip()),
                    signer_lines=signer,
                    signer_name=lending.reminder_signer_name,
                    signer_nip=lending.reminder_signer_nip,
                    # the third reminder goes to the borrower's superior too (its text says so)
                    tembusan=(f"Pimpinan {v.unit}",) if level == 3 else (),
                )
            )
        session.flush()  # the unique (loan, level) constraint speaks here if anything slipped through
        pdf = archive_pdf.reminders_pdf(docs)[0] if docs else None
    return ReminderBatch(sent, pdf)
