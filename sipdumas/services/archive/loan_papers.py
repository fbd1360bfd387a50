"""Paper and spreadsheets of lending: the loan slip (bon peminjaman), the loan register (xlsx and PDF)
and the escalating reminder letters for overdue loans (first, second, third).

A reminder level is sent once per loan, never twice: the database's unique (loan, level) constraint
and a conditional update of ``loans.reminder_level`` hold even when two workstations print reminders
at the same time.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from string import Template

from sqlalchemy import select, update

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting
from sipdumas.models.archive import ArchiveFile, Loan, LoanReminder
from sipdumas.output.pdf import archive as archive_pdf
from sipdumas.output.xlsx import stream_xlsx
from sipdumas.services.archive import loans as L

LEVEL_NAMES = {1: "Pertama", 2: "Kedua", 3: "Ketiga"}

#: Reminder templates (string.Template, placeholders in :data:`REMINDER_PLACEHOLDERS`; paragraphs
#: separated by a blank line). An office overrides them in the setting ``loan_reminder_templates``
#: ({"1": "...", ...}) through :func:`save_reminder_templates`.
DEFAULT_TEMPLATES = {
    1: (
        "Berdasarkan catatan peminjaman arsip kami, Saudara meminjam berkas $code ($title) pada $lent_on "
        "dengan batas waktu pengembalian $due_on. Sampai hari ini berkas tersebut belum dikembalikan "
        "($days_overdue hari kerja melewati batas waktu).\n\n"
        "Kami mohon berkas tersebut dapat dikembalikan ke Unit Arsip paling lambat 2 (dua) hari kerja "
        "setelah surat ini diterima, atau diperpanjang bila masih diperlukan.\n\n"
        "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."
    ),
    2: (
        "Menindaklanjuti surat pengingat pertama kami, berkas $code ($title) yang Saudara pinjam pada "
        "$lent_on dengan batas waktu $due_on sampai hari ini belum dikembalikan ($days_overdue hari kerja "
        "melewati batas waktu).\n\n"
        "Kami minta dengan hormat agar berkas tersebut dikembalikan ke Unit Arsip dalam 1 (satu) hari kerja. "
        "Keterlambatan lebih lanjut akan kami laporkan kepada atasan Saudara.\n\n"
        "Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih."
    ),
    3: (
        "Meskipun telah kami ingatkan dua kali, berkas $code ($title) yang Saudara pinjam pada $lent_on "
        "dengan batas waktu $due_on belum juga dikembalikan ($days_overdue hari kerja melewati batas waktu).\n\n"
        "Arsip adalah milik negara yang wajib dijaga keberadaannya. Dengan ini Saudara diminta "
        "mengembalikan berkas tersebut hari ini juga. Surat ini kami tembuskan kepada pimpinan unit kerja "
        "Saudara untuk ditindaklanjuti.\n\n"
        "Demikian untuk menjadi perhatian."
    ),
}

_TEMPLATES_KEY = "loan_reminder_templates"

#: What each placeholder of a reminder template prints (the dialog and docs/archive.md list them).
REMINDER_PLACEHOLDERS: dict[str, str] = {
    "borrower": "nama peminjam",
    "unit": "unit kerja peminjam",
    "code": "kode berkas (barcode pada label)",
    "title": "judul berkas («-» bila tanpa judul)",
    "lent_on": "tanggal pinjam, mis. 4 Maret 2026",
    "due_on": "tanggal jatuh tempo",
    "days_overdue": "hari kerja melewati jatuh tempo",
    "level_name": "tingkat pengingat: Pertama, Kedua, Ketiga",
}
_MAX_TEMPLATE = 10_000


@dataclass(frozen=True, slots=True)
class PrintedPdf:
    data: bytes
    pages: int


def _office(session):
    from sipdumas.services.admin import workflow_settings

    return workflow_settings.load(session)


def loan_slip_pdf(db: Database, actor: Actor, *, loan_id: int) -> PrintedPdf:
    """The slip of one loan, two copies on an A4 page."""
    actor.require(Permission.LEND_FILES)
    with db.session() as session:
        conf = _office(session)
        stmt = L._select_views().where(Loan.id == loan_id)
        view = next(L._views(session, stmt), None)
    if view is None:
        raise NotFound(f"Peminjaman nomor {loan_id} tidak ditemukan")
    slip = archive_pdf.SlipData(
        office_lines=tuple(conf.office_lines), code=view.code, title=view.title or "-",
        location=view.location or "-", borrower=view.borrower, unit=view.unit, phone=view.phone or "-",
        purpose=view.purpose or "-", issued_by=view.issued_by,
        lent_on=long_date(view.lent_at.astimezone().date()), due_on=long_date(view.due_on),
        loan_no=f"PJ-{view.lent_at.year}-{view.loan_id:06d}", confidential=view.confidential,
    )
    return PrintedPdf(archive_pdf.loan_slip_pdf(slip), 1)


REGISTER_HEADER = ("No", "Kode berkas", "Judul berkas", "Lokasi", "Peminjam", "Unit kerja", "Telepon",
                   "Keperluan", "Petugas", "Tanggal pinjam", "Jatuh tempo", "Perpanjangan", "Tanggal kembali",
                   "Kondisi", "Penerima")


def loan_register_xlsx(
    db: Database, actor: Actor, *, lent_from: date | None = None, lent_to: date | None = None
) -> bytes:
    """The loan register as a spreadsheet, streamed (:func:`sipdumas.output.xlsx.stream_xlsx`): every
    text an inline string, so a name typed as ``=HYPERLINK(...)`` can never become a formula."""
    actor.require(Permission.VIEW_REGISTER)
    rows = (
        (n, v.code, v.title, v.location, v.borrower, v.unit, v.phone, v.purpose, v.issued_by,
         v.lent_at.astimezone().date(), v.due_on, v.renewals,
         v.returned_at.astimezone().date() if v.returned_at else None, v.condition, v.received_by)
        for n, v in enumerate(L.iter_loans(db, actor, lent_from=lent_from, lent_to=lent_to), start=1)
    )
    out = io.BytesIO()
    stream_xlsx(out, sheet="Buku peminjaman", header=REGISTER_HEADER, rows=rows,
                widths=(6, 18, 40, 30, 24, 24, 16, 30, 14, 14, 14, 8, 14, 10, 14))
    return out.getvalue()


def loan_register_pdf(
    db: Database, actor: Actor, *, lent_from: date | None = None, lent_to: date | None = None
) -> PrintedPdf:
    actor.require(Permission.VIEW_REGISTER)

    def d(value) -> str:
        return value.strftime("%d-%m-%Y") if value else ""

    rows = (
        (v.code, v.title or "", v.borrower, v.unit, d(v.lent_at.astimezone()), d(v.due_on),
         d(v.returned_at.astimezone() if v.returned_at else None), v.condition or "", v.issued_by)
        for v in L.iter_loans(db, actor, lent_from=lent_from, lent_to=lent_to)
    )
    span = ""
    if lent_from or lent_to:
        span = f"Dipinjam {long_date(lent_from) if lent_from else '…'} s.d. {long_date(lent_to) if lent_to else '…'}"
    data, pages = archive_pdf.loan_register_pdf(rows, title="BUKU PEMINJAMAN ARSIP", subtitle=span)
    return PrintedPdf(data, pages)


# ----------------------------------------------------------------------------------------- reminders


@dataclass(frozen=True, slots=True)
class SentReminder:
    loan_id: int
    code: str
    borrower: str
    level: int
    days_overdue: int

    def to_json(self) -> dict:
        return {"loan_id": self.loan_id, "code": self.code, "borrower": self.borrower, "level": self.level,
                "days_overdue": self.days_overdue}


@dataclass(frozen=True, slots=True)
class ReminderBatch:
    sent: list[SentReminder]
    pdf: bytes | None  # one page per reminder; None when nothing was due


def load_templates(session) -> dict[int, str]:
    row = session.get(Setting, _TEMPLATES_KEY)
    templates = dict(DEFAULT_TEMPLATES)
    if row is not None:
        templates.update({int(k): v for k, v in json.loads(row.value).items() if v})
    return templates


@dataclass(frozen=True, slots=True)
class ReminderTemplate:
    """The body of the reminder letter of one level as in force; ``default`` when it is the shipped one."""

    level: int
    text: str
    default: bool

    @property
    def name(self) -> str:
        return LEVEL_NAMES[self.level]

    def to_json(self) -> dict:
        return {"level": self.level, "name": self.name, "default": self.default, "text": self.text}


def reminder_templates(db: Database) -> list[ReminderTemplate]:
    """The three reminder templates in force, first to third."""
    with db.session() as session:
        templates = load_templates(session)
    return [ReminderTemplate(n, templates[n], templates[n] == DEFAULT_TEMPLATES[n]) for n in sorted(LEVEL_NAMES)]


def template_problem(text: str) -> str | None:
    """Why ``text`` cannot be a reminder letter's body, or None: empty, too long, a ``$`` that names no
    known placeholder (a typo would otherwise be printed as it is, ``$pemnjam``, on a letter sent out)."""
    if not text.strip():
        return "Isi surat pengingat tidak boleh kosong (kembalikan ke bawaan bila perlu)"
    if len(text) > _MAX_TEMPLATE:
        return f"Isi surat pengingat terlalu panjang (paling banyak {_MAX_TEMPLATE} karakter)"
    known = ", ".join("$" + p for p in REMINDER_PLACEHOLDERS)
    template = Template(text)
    unknown = [name for name in template.get_identifiers() if name not in REMINDER_PLACEHOLDERS]
    if unknown:
        return f"Isian ${unknown[0]} tidak dikenal (tulis $$ untuk tanda $ biasa); yang dikenal: {known}"
    if not template.is_valid():
        return f"Tanda $ tanpa nama isian yang sah (tulis $$ untuk tanda $ biasa); yang dikenal: {known}"
    return None


def save_reminder_templates(
    db: Database, actor: Actor, *, templates: Mapping[int, str | None]
) -> list[ReminderTemplate]:
    """Change the bodies of some reminder letters (level 1, 2, 3 -> text; ``None`` or the shipped text
    puts that level back to the default, so a later version's wording applies); administrators only.
    :class:`~sipdumas.domain.errors.ValidationFailed` keyed ``"1"``, ``"2"``, ``"3"`` (or ``"level"``) when a
    text cannot be used, and nothing is stored then. Letters already sent are not changed. Returns the
    three templates now in force."""
    actor.require(Permission.MANAGE_SETTINGS)
    wrong: dict[str, str] = {}
    for level, text in templates.items():
        if level not in LEVEL_NAMES:
            raise ValidationFailed({"level": f"Tingkat surat pengingat {level} tidak dikenal (pilih 1, 2 atau 3)"})
        problem = None if text is None else template_problem(text)
        if problem:
            wrong[str(level)] = problem
    if wrong:
        raise ValidationFailed(wrong)
    with db.transaction() as session:
        row = locked_row(session, _TEMPLATES_KEY)
        stored = {int(k): v for k, v in json.loads(row.value).items() if v}
        for level, text in templates.items():
            if text is None or text.strip() == DEFAULT_TEMPLATES[level].strip():
                stored.pop(level, None)
            else:
                stored[level] = text.strip()
        row.value = json.dumps({str(k): stored[k] for k in sorted(stored)}, ensure_ascii=False)
        audit.record(session, actor, "loan_reminder_templates", "setting", None,
                     changed=sorted(templates), custom=sorted(stored))
    return reminder_templates(db)


def save_lending_settings(
    db: Database, actor: Actor, *, settings: Mapping[str, object] | None = None,
    templates: Mapping[int, str | None] | None = None,
) -> tuple[L.LoanSettings, list[ReminderTemplate]]:
    """The settings dialog's *Simpan*: some loan settings (as :func:`loans.update_loan_settings` takes
    them) and some reminder templates (as :func:`save_reminder_templates`), both checked before either
    is stored, so one refusal leaves everything as it was; the problems of both come in one
    :class:`~sipdumas.domain.errors.ValidationFailed` (setting names, and ``"1"``–``"3"`` for templates).
    Returns the settings and templates now in force."""
    actor.require(Permission.MANAGE_SETTINGS)
    settings, templates = dict(settings or {}), dict(templates or {})
    wrong: dict[str, str] = {}
    if settings:
        unknown = [k for k in settings if k not in L.SETTING_KEYS]
        if unknown:
            raise L.LoanSettingsInvalid({unknown[0]: f"Pengaturan peminjaman '{unknown[0]}' tidak dikenal"})
        draft = replace(L.get_settings(db), **{k: v for k, v in settings.items() if v is not None})
        wrong.update({k: v for k, v in L.settings_problems(draft).items() if k in settings})
    for level, text in templates.items():
        problem = None if text is None or level not in LEVEL_NAMES else template_problem(text)
        if problem:
            wrong[str(level)] = problem
    if wrong:
        raise ValidationFailed(wrong)
    loan_settings = L.update_loan_settings(db, actor, **settings) if settings else L.get_settings(db)
    in_force = save_reminder_templates(db, actor, templates=templates) if templates else reminder_templates(db)
    return loan_settings, in_force


def reset_reminder_template(db: Database, actor: Actor, *, level: int) -> ReminderTemplate:
    """Put the reminder letter of ``level`` back to the shipped text."""
    return save_reminder_templates(db, actor, templates={level: None})[level - 1]


def due_level(days_overdue: int, already: int, thresholds: Sequence[int]) -> int | None:
    """The next reminder level for a loan ``days_overdue`` working days late that has had ``already``
    levels sent; reminders escalate one level at a time."""
    nxt = already + 1
    if nxt > len(thresholds) or days_overdue < thresholds[nxt - 1]:
        return None
    return nxt


def send_reminders(db: Database, actor: Actor, *, as_of: date | None = None) -> ReminderBatch:
    """Record and print the reminder letters now due: for each overdue loan the next level (first,
    second, third) whose working-day threshold is reached. A level is never sent twice."""
    actor.require(Permission.LEND_FILES)
    as_of = as_of or date.today()
    overdue = L.overdue_loans(db, actor, as_of=as_of)
    sent: list[SentReminder] = []
    docs: list[archive_pdf.ReminderDoc] = []
    with db.transaction() as session:
        conf = _office(session)
        thresholds = L.load_settings(session).reminder_after
        templates = load_templates(session)
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
            session.add(LoanReminder(loan_id=v.loan_id, level=level, sent_on=as_of, sent_by=actor.username,
                                     days_overdue=row.days_overdue))
            file_id = session.scalar(select(ArchiveFile.id).where(ArchiveFile.archive_code == v.code))
            L.record_event(session, actor, file_id, "reminded", loan_id=v.loan_id, level=level,
                           days_overdue=row.days_overdue)
            sent.append(SentReminder(v.loan_id, v.code, v.borrower, level, row.days_overdue))
            body = Template(templates[level]).safe_substitute(
                borrower=v.borrower, unit=v.unit, code=v.code, title=v.title or "-",
                lent_on=long_date(v.lent_at.astimezone().date()), due_on=long_date(v.due_on),
                days_overdue=row.days_overdue, level_name=LEVEL_NAMES[level],
            )
            docs.append(archive_pdf.ReminderDoc(
                office_lines=tuple(conf.office_lines), office_address=conf.office_address,
                place_date=f"{conf.place}, {long_date(as_of)}",
                number=f"PA-{v.loan_id}/{level}/{as_of.month:02d}/{as_of.year}",
                subject=f"Pengingat {LEVEL_NAMES[level]} Pengembalian Arsip",
                addressee=(f"Sdr. {v.borrower}", v.unit),
                paragraphs=tuple(p.strip() for p in body.split("\n\n") if p.strip()),
                signer_position="Kepala Unit Kearsipan", signer_name=actor.full_name or actor.username,
            ))
        session.flush()  # the unique (loan, level) constraint speaks here if anything slipped through
    pdf = archive_pdf.reminders_pdf(docs)[0] if docs else None
    return ReminderBatch(sent, pdf)
