"""The incoming-letter register (buku agenda surat masuk) as an xlsx workbook and a printed PDF table.

Columns of DOMAIN.md (No, Tanggal diterima, Nomor agenda, Pengirim, Tanggal surat, Nomor surat,
Hal/ringkasan, Lampiran, Diteruskan kepada, Keterangan) plus the office's own: kategori, wilayah, status,
kode berkas, saluran, analis (the active disposisi) and the flags as columns of their own (duplikat dari,
tembusan, identitas lengkap), then the complainant's identity (NIK, telepon, e-mail, alamat).

``confidential`` is for exports meant for other agencies (Perpres 76/2013): the sender's name becomes
"(dirahasiakan)", the identity columns are left out of the file altogether, and every identity value
in the subject and summary is redacted (:mod:`sipdumas.domain.redaction`, the one redaction of every
confidential output). "Diteruskan kepada" lists every forwarding of a letter, oldest first.

Both files are printed documents: the workbook prints the buku agenda's own thirteen columns on
landscape A4 fitted to the width with the header row on every page (the other columns stay in the
sheet, with an autofilter on all); the PDF names the office and the filter in its title, prints
"Halaman n dari m" and, for an empty selection, its header and a line saying so.

Rows are streamed: read in batches in register order (keyset on date received and id, the
``ix_letters_received_at`` index) and written as they come, so 100,000 letters need no more memory than
1,000. The workbook is written by :func:`sipdumas.output.xlsx.stream_xlsx`: every text is an inline string,
so a subject typed as ``=...`` can never become a formula (openpyxl's write-only mode took 160 s for
100,000 rows of this register on the office VM; this writer about a tenth of that). The PDF prints one
page-sized table at a time (see :mod:`sipdumas.output.pdf.register_table`), the header row on every page.

Filters (:class:`RegisterFilter`) are period, status, category, agency and analyst; a new filter is one
field and one ``where`` in :func:`_filtered`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.redaction import redactor
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.forwarding import Agency, ForwardingLetter
from sipdumas.models.letters import Complainant, Document, IncomingLetter
from sipdumas.models.workflow import Disposition
from sipdumas.output.files import atomic_open
from sipdumas.output.pdf.register_table import write_table_pdf
from sipdumas.output.xlsx import PrintSetup, stream_xlsx
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.letters import CHANNEL_LABELS, STATUS_LABELS

BATCH = 2000
#: The buku agenda's own columns and the office's (always present).
BASE_HEADERS = (
    "No",
    "Tanggal diterima",
    "Nomor agenda",
    "Pengirim",
    "Tanggal surat",
    "Nomor surat",
    "Hal/ringkasan",
    "Lampiran",
    "Diteruskan kepada",
    "Keterangan",
    "Kategori",
    "Wilayah",
    "Status",
    "Kode berkas",
    "Saluran",
    "Analis",
    "Duplikat dari",
    "Tembusan",
    "Identitas lengkap",
)
#: The complainant's identity: left out of confidential exports.
IDENTITY_HEADERS = ("NIK", "Telepon", "E-mail", "Alamat")
HEADERS = BASE_HEADERS + IDENTITY_HEADERS
CONFIDENTIAL_HEADERS = BASE_HEADERS
#: Column widths (characters); the first thirteen, the printed buku agenda, fit a landscape A4 page.
WIDTHS = (5, 10.5, 13, 16, 10.5, 13, 35, 9.5, 20, 16, 13, 14, 10, 14, 10, 10, 13, 9, 9, 18, 15, 24, 36)
PRINTED_COLUMNS = 13
#: The columns of the printed register (header, width in cm): the landscape page holds 27.7 cm.
PRINTED = (
    ("No", 0.9),
    ("Tanggal diterima", 1.7),
    ("Nomor agenda", 2.2),
    ("Pengirim", 2.6),
    ("Tanggal surat", 1.7),
    ("Nomor surat", 1.9),
    ("Hal/ringkasan", 4.6),
    ("Lampiran", 1.4),
    ("Diteruskan kepada", 2.7),
    ("Keterangan", 2.4),
    ("Kategori", 1.9),
    ("Wilayah", 2.2),
    ("Status", 1.5),
)
HIDDEN = "(dirahasiakan)"
TITLE = "BUKU AGENDA SURAT MASUK"


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """Which letters the register holds. ``agency_id``: letters forwarded to that agency or reporting
    it (terlapor); ``analyst``: letters whose active disposisi names that username."""

    received_from: date | None = None
    received_to: date | None = None
    status: str | None = None
    category: str | None = None
    agency_id: int | None = None
    analyst: str | None = None


@dataclass(frozen=True, slots=True)
class RegisterExport:
    file: str
    rows: int
    pdf: str | None = None
    filters: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        out = {"file": self.file, "rows": self.rows}
        if self.pdf:
            out["pdf"] = self.pdf
        return out


def headers(confidential: bool) -> tuple[str, ...]:
    return CONFIDENTIAL_HEADERS if confidential else HEADERS


def agency_id_by_name(db: Database, name: str) -> int:
    """The id of the agency named ``name`` (exact, case-insensitive); :class:`NotFound` otherwise."""
    with db.session() as session:
        found = session.scalars(
            select(Agency.id).where(func.lower(Agency.name) == name.strip().lower())
        ).first()
    if found is None:
        raise NotFound(f"Instansi '{name}' tidak ada dalam daftar instansi")
    return found


def export_register(
    db: Database,
    actor: Actor,
    *,
    out: Path,
    received_from: date | None = None,
    received_to: date | None = None,
    confidential: bool = False,
    status: str | None = None,
    category: str | None = None,
    agency_id: int | None = None,
    analyst: str | None = None,
    pdf: Path | None = None,
) -> RegisterExport:
    """Write the register to ``out`` (xlsx) and, when ``pdf`` is given, print it there too. Neither file
    appears under its name half-written. Audited (who exported what, for whom, with identities or
    not). Without the right to see identities the export is always the confidential one."""
    actor.require(Permission.VIEW_REGISTER)
    confidential = confidential or not actor.can(Permission.VIEW_IDENTITY)
    filt = RegisterFilter(received_from, received_to, status, category, agency_id, analyst)
    out = Path(out)
    count = write_xlsx(db, out=out, filt=filt, confidential=confidential)
    if pdf is not None:
        write_pdf(db, out=Path(pdf), filt=filt, confidential=confidential)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export_register",
            "register",
            None,
            file=out.name,
            rows=count,
            pdf=Path(pdf).name if pdf else None,
            confidential=confidential,
            identities=not confidential,
            **_filter_json(filt),
        )
    return RegisterExport(
        file=str(out), rows=count, pdf=str(pdf) if pdf else None, filters=_filter_json(filt)
    )


def write_xlsx(db: Database, *, out: Path, filt: RegisterFilter, confidential: bool) -> int:
    with db.session() as session, atomic_open(out) as fh:  # never a half-written workbook under the name
        office = _office(session)
        return stream_xlsx(
            fh,
            sheet="Buku agenda",
            header=headers(confidential),
            rows=register_rows(session, filt, confidential),
            widths=WIDTHS[: len(headers(confidential))],
            setup=PrintSetup(
                title=TITLE,
                office=office,
                note=filter_text(session, filt, confidential),
                print_columns=PRINTED_COLUMNS,
            ),
        )


def write_pdf(db: Database, *, out: Path, filt: RegisterFilter, confidential: bool) -> None:
    """Print the register's :data:`PRINTED` columns as a landscape table (see
    :mod:`sipdumas.output.pdf.register_table`)."""
    names = headers(confidential)
    index = [names.index(h) for h, _ in PRINTED]
    with db.session() as session:
        office = _office(session)
        write_table_pdf(
            out,
            header=[h for h, _ in PRINTED],
            widths_cm=[w for _, w in PRINTED],
            rows=([cells[i] for i in index] for cells in register_rows(session, filt, confidential)),
            heading=f"{TITLE}\n{office}",
            note=filter_text(session, filt, confidential),
            title=f"Buku Agenda Surat Masuk {office}",
            author=office,
            empty="Tidak ada surat yang sesuai dengan filter ini.",
        )


def _office(session) -> str:
    lines = wf_settings.load(session).office_lines
    return lines[0] if lines else "SIPDUMAS"


def _period_text(filt: RegisterFilter) -> str:
    start, end = filt.received_from, filt.received_to
    if start and end:
        return f"Diterima {long_date(start)} s.d. {long_date(end)}"
    if start:
        return f"Diterima sejak {long_date(start)}"
    if end:
        return f"Diterima sampai {long_date(end)}"
    return "Semua surat"


def filter_text(session, filt: RegisterFilter, confidential: bool = False) -> str:
    """What the register holds, in words: the period and every filter in force."""
    parts = [_period_text(filt)]
    if filt.status:
        parts.append(f"status {STATUS_LABELS.get(filt.status, filt.status)}")
    if filt.category:
        parts.append(f"kategori {filt.category}")
    if filt.agency_id is not None:
        agency = session.get(Agency, filt.agency_id)
        parts.append(f"instansi {agency.name if agency else filt.agency_id}")
    if filt.analyst:
        parts.append(f"analis {filt.analyst}")
    if confidential:
        parts.append("identitas pengadu dirahasiakan")
    return " · ".join(parts)


def _filter_json(filt: RegisterFilter) -> dict:
    return {
        k: (v.isoformat() if isinstance(v, date) else v)
        for k, v in (
            ("received_from", filt.received_from),
            ("received_to", filt.received_to),
            ("status", filt.status),
            ("category", filt.category),
            ("agency_id", filt.agency_id),
            ("analyst", filt.analyst),
        )
    }


# ---------------------------------------------------------------- rows


def register_rows(session, filt: RegisterFilter, confidential: bool) -> Iterator[list]:
    """The register's cells, row by row (numbered from 1), for xlsx and PDF alike."""
    keep = wf_settings.load(session).office_lines if confidential else ()
    number = 0
    for batch in _batches(session, filt):
        forwarded = _forwardings(session, [r.id for r in batch])
        for row in batch:
            number += 1
            yield _cells(number, row, confidential, forwarded.get(row.id), keep)


def _forwardings(session, letter_ids: list[int]) -> dict[int, str]:
    """Letter id -> every agency the letter was forwarded to, with the letter's number, oldest first."""
    out: dict[int, list[str]] = {}
    stmt = (
        select(ForwardingLetter.letter_id, Agency.name, ForwardingLetter.number)
        .join(Agency, Agency.id == ForwardingLetter.agency_id)
        .where(ForwardingLetter.letter_id.in_(letter_ids))
        .order_by(ForwardingLetter.letter_id, ForwardingLetter.id)
    )
    for letter_id, name, number in session.execute(stmt):
        out.setdefault(letter_id, []).append(f"{name} ({number})")
    return {k: "; ".join(v) for k, v in out.items()}


def _filtered(stmt, filt: RegisterFilter):
    L = IncomingLetter
    if filt.received_from:
        stmt = stmt.where(L.received_at >= filt.received_from)
    if filt.received_to:
        stmt = stmt.where(L.received_at <= filt.received_to)
    if filt.status:
        stmt = stmt.where(L.status == filt.status)
    if filt.category:
        stmt = stmt.where(L.category == filt.category)
    if filt.agency_id is not None:
        stmt = stmt.where(
            or_(
                L.reported_agency_id == filt.agency_id,
                exists().where(
                    ForwardingLetter.letter_id == L.id, ForwardingLetter.agency_id == filt.agency_id
                ),
            )
        )
    if filt.analyst:
        stmt = stmt.where(
            exists().where(
                Disposition.letter_id == L.id,
                Disposition.assignee == filt.analyst,
                Disposition.active.is_(True),
            )
        )
    return stmt


def _columns():
    L = IncomingLetter
    analyst = (
        select(Disposition.assignee)
        .where(Disposition.letter_id == L.id, Disposition.active.is_(True))
        .order_by(Disposition.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    original_letter = aliased(IncomingLetter)
    original = (
        select(original_letter.agenda_no).where(original_letter.id == L.duplicate_of_id).scalar_subquery()
    )
    pages = (
        select(func.coalesce(func.sum(Document.page_count), 0))
        .where(Document.letter_id == L.id)
        .scalar_subquery()
    )
    return (
        L.id,
        L.received_at,
        L.agenda_no,
        Complainant.name,
        L.letter_date,
        L.letter_no,
        L.subject,
        L.summary,
        L.carbon_copy,
        L.identity_complete,
        original.label("original"),
        L.duplicate_review,
        L.category,
        Complainant.regency,
        Complainant.province,
        L.status,
        ArchiveFile.archive_code,
        pages.label("pages"),
        L.channel,
        analyst.label("analyst"),
        Complainant.nik,
        Complainant.phone,
        Complainant.email,
        Complainant.address,
    )


def _batches(session, filt: RegisterFilter):
    columns = _columns()
    last: tuple[date, int] | None = None
    while True:
        stmt = _filtered(
            select(*columns)
            .outerjoin(Complainant, IncomingLetter.complainant_id == Complainant.id)
            .outerjoin(ArchiveFile, IncomingLetter.archive_file_id == ArchiveFile.id),
            filt,
        )
        if last:
            stmt = stmt.where(
                or_(
                    IncomingLetter.received_at > last[0],
                    and_(IncomingLetter.received_at == last[0], IncomingLetter.id > last[1]),
                )
            )
        batch = session.execute(
            stmt.order_by(IncomingLetter.received_at, IncomingLetter.id).limit(BATCH)
        ).all()
        if not batch:
            return
        yield batch
        last = (batch[-1].received_at, batch[-1].id)


def _cells(number: int, r, confidential: bool, forwarded_to: str | None, keep=()) -> list:
    duplicate = r.original if r.original and r.duplicate_review != "rejected" else None
    notes = []
    if r.carbon_copy:
        notes.append("Tembusan")
    if duplicate:
        notes.append(f"Pengiriman ulang dari {duplicate}")
    if not r.identity_complete:
        notes.append("Identitas tidak lengkap")
    region = ", ".join(p for p in (r.regency, r.province) if p)
    subject = r.subject or ""
    if r.summary and r.summary != r.subject:
        subject = f"{subject} — {r.summary}" if subject else r.summary
    if confidential:
        subject = redactor(r, keep=keep)(subject)
    cells = [
        number,
        r.received_at,
        r.agenda_no,
        HIDDEN if confidential and r.name else r.name,
        r.letter_date,
        r.letter_no,
        subject or None,
        f"{r.pages} lembar" if r.pages else None,
        forwarded_to,
        "; ".join(notes) or None,
        r.category,
        region or None,
        STATUS_LABELS.get(r.status, r.status),
        r.archive_code,
        CHANNEL_LABELS.get(r.channel, r.channel),
        r.analyst,
        duplicate,
        "Ya" if r.carbon_copy else "Tidak",
        "Ya" if r.identity_complete else "Tidak",
    ]
    if not confidential:
        cells += [r.nik, r.phone, r.email, r.address]
    return cells
