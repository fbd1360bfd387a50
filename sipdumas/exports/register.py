"""The incoming-letter register (buku agenda surat masuk) as an xlsx workbook.

Columns of DOMAIN.md (No, Tanggal diterima, Nomor agenda, Pengirim, Tanggal surat, Nomor surat,
Hal/ringkasan, Lampiran, Diteruskan kepada, Keterangan) plus the office's own (kategori, wilayah, status,
kode berkas). Rows are streamed: read from the database in batches in register order (keyset on date
received and id) and written with openpyxl's write-only mode, so 100,000 letters need no more memory
than 1,000. Every text cell goes through :mod:`sipdumas.xlsx_safe`, so a subject typed as ``=...`` stays
text. ``confidential`` (for exports meant for other agencies) leaves the complainant's name out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import and_, func, or_, select

from sipdumas import audit
from sipdumas.db import Database
from sipdumas.models import Agency, ArchiveFile, Complainant, Document, IncomingLetter
from sipdumas.permissions import Actor, Permission
from sipdumas.services.letters import STATUS_LABELS
from sipdumas.workflow_models import ForwardingLetter
from sipdumas.xlsx_safe import append_row

BATCH = 2000
HEADERS = (
    "No", "Tanggal diterima", "Nomor agenda", "Pengirim", "Tanggal surat", "Nomor surat", "Hal/ringkasan",
    "Lampiran", "Diteruskan kepada", "Keterangan", "Kategori", "Wilayah", "Status", "Kode berkas",
)
WIDTHS = (6, 12, 16, 28, 12, 22, 50, 9, 32, 40, 24, 28, 14, 16)
HIDDEN = "(dirahasiakan)"
_ORIGINAL = IncomingLetter.__table__.alias("original")


@dataclass(frozen=True, slots=True)
class RegisterExport:
    file: str
    rows: int

    def to_json(self) -> dict:
        return {"file": self.file, "rows": self.rows}


def export_register(
    db: Database,
    actor: Actor,
    *,
    out: Path,
    received_from: date | None = None,
    received_to: date | None = None,
    confidential: bool = False,
) -> RegisterExport:
    actor.require(Permission.VIEW_REGISTER)
    out = Path(out)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Buku agenda")
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    append_row(ws, HEADERS, style={"font": Font(bold=True)})
    count = 0
    with db.session() as session:
        for row in _rows(session, received_from, received_to):
            count += 1
            append_row(ws, _cells(count, row, confidential))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    wb.save(tmp)
    tmp.replace(out)  # never a half-written workbook under the asked name
    with db.transaction() as session:
        audit.record(
            session, actor, "export_register", "register", None, file=out.name, rows=count,
            received_from=str(received_from or ""), received_to=str(received_to or ""), confidential=confidential,
        )
    return RegisterExport(file=str(out), rows=count)


def _rows(session, received_from: date | None, received_to: date | None):
    forwarded_to = (
        select(Agency.name)
        .join(ForwardingLetter, ForwardingLetter.agency_id == Agency.id)
        .where(ForwardingLetter.letter_id == IncomingLetter.id)
        .order_by(ForwardingLetter.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    original = select(_ORIGINAL.c.agenda_no).where(_ORIGINAL.c.id == IncomingLetter.duplicate_of_id).scalar_subquery()
    pages = (
        select(func.coalesce(func.sum(Document.page_count), 0))
        .where(Document.letter_id == IncomingLetter.id)
        .scalar_subquery()
    )
    columns = (
        IncomingLetter.id, IncomingLetter.received_at, IncomingLetter.agenda_no, Complainant.name,
        IncomingLetter.letter_date, IncomingLetter.letter_no, IncomingLetter.subject, IncomingLetter.summary,
        forwarded_to.label("forwarded_to"), IncomingLetter.carbon_copy, IncomingLetter.identity_complete,
        original.label("original"), IncomingLetter.duplicate_review, IncomingLetter.category,
        Complainant.regency, Complainant.province, IncomingLetter.status, ArchiveFile.archive_code,
        pages.label("pages"),
    )
    last: tuple[date, int] | None = None
    while True:
        stmt = (
            select(*columns)
            .outerjoin(Complainant, IncomingLetter.complainant_id == Complainant.id)
            .outerjoin(ArchiveFile, IncomingLetter.archive_file_id == ArchiveFile.id)
        )
        if received_from:
            stmt = stmt.where(IncomingLetter.received_at >= received_from)
        if received_to:
            stmt = stmt.where(IncomingLetter.received_at <= received_to)
        if last:
            stmt = stmt.where(
                or_(
                    IncomingLetter.received_at > last[0],
                    and_(IncomingLetter.received_at == last[0], IncomingLetter.id > last[1]),
                )
            )
        batch = session.execute(stmt.order_by(IncomingLetter.received_at, IncomingLetter.id).limit(BATCH)).all()
        if not batch:
            return
        yield from batch
        last = (batch[-1].received_at, batch[-1].id)


def _cells(number: int, r, confidential: bool) -> list:
    notes = []
    if r.carbon_copy:
        notes.append("Tembusan")
    if r.original and r.duplicate_review != "rejected":
        notes.append(f"Pengiriman ulang dari {r.original}")
    if not r.identity_complete:
        notes.append("Identitas tidak lengkap")
    region = ", ".join(p for p in (r.regency, r.province) if p)
    subject = r.subject or ""
    if r.summary and r.summary != r.subject:
        subject = f"{subject} — {r.summary}" if subject else r.summary
    return [
        number, r.received_at, r.agenda_no, HIDDEN if confidential and r.name else r.name, r.letter_date,
        r.letter_no, subject or None, f"{r.pages} lembar" if r.pages else None, r.forwarded_to,
        "; ".join(notes) or None, r.category, region or None, STATUS_LABELS.get(r.status, r.status), r.archive_code,
    ]
