"""The register of outgoing letters (agenda surat keluar) and the dispatch book (buku ekspedisi), as
xlsx and PDF.

The register lists every letter the office sent in a period (forwarding letters and reminders for
overdue loans) in number order; the dispatch book lists the same letters with how each went out and
columns for the receiver's name, the date received and a signature, which the courier has signed at
the receiving office (rows are tall enough to sign in). Both are printed like the incoming register:
landscape, the office and the period in the title, "Halaman n dari m", the header on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.output.files import atomic_open
from sipdumas.output.pdf.register_table import write_table_pdf
from sipdumas.output.xlsx import PrintSetup, stream_xlsx
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.outgoing import KIND_LABELS, OutgoingEntry, entry, outgoing_query

REGISTER_TITLE = "AGENDA SURAT KELUAR"
DISPATCH_TITLE = "BUKU EKSPEDISI"
REGISTER_HEADERS = (
    "No",
    "Tanggal surat",
    "Nomor surat",
    "Jenis",
    "Kepada",
    "Hal",
    "Sifat",
    "Lampiran",
    "Tanggal kirim",
    "Dikirim melalui",
)
REGISTER_WIDTHS = (5, 11, 26, 16, 34, 40, 9, 12, 11, 14)
REGISTER_PRINTED = (1.0, 1.8, 4.2, 2.6, 5.2, 6.6, 1.5, 2.0, 1.8, 2.0)
DISPATCH_HEADERS = (
    "No",
    "Tanggal kirim",
    "Nomor surat",
    "Tanggal surat",
    "Kepada",
    "Hal",
    "Dikirim melalui",
    "Nama penerima",
    "Tanggal terima",
    "Tanda tangan penerima",
)
DISPATCH_WIDTHS = (5, 11, 26, 11, 32, 34, 14, 22, 11, 20)
DISPATCH_PRINTED = (1.0, 1.8, 4.0, 1.8, 4.6, 5.0, 2.0, 3.0, 1.8, 2.7)


@dataclass(frozen=True, slots=True)
class OutgoingExport:
    file: str
    rows: int
    pdf: str | None = None

    def to_json(self) -> dict:
        out = {"file": self.file, "rows": self.rows}
        if self.pdf:
            out["pdf"] = self.pdf
        return out


def _period(dated_from: date | None, dated_to: date | None) -> str:
    if dated_from and dated_to:
        return f"Tanggal surat {long_date(dated_from)} s.d. {long_date(dated_to)}"
    if dated_from:
        return f"Tanggal surat sejak {long_date(dated_from)}"
    if dated_to:
        return f"Tanggal surat sampai {long_date(dated_to)}"
    return "Semua surat keluar"


def _register_cells(n: int, e: OutgoingEntry) -> list:
    return [
        n,
        e.dated,
        e.number,
        KIND_LABELS.get(e.kind, e.kind),
        e.addressee,
        e.subject,
        e.urgency,
        e.attachment or "-",
        e.dispatched_on,
        e.dispatch_via,
    ]


def _dispatch_cells(n: int, e: OutgoingEntry) -> list:
    return [
        n,
        e.dispatched_on,
        e.number,
        e.dated,
        e.addressee,
        e.subject,
        e.dispatch_via,
        e.received_by,
        e.received_on,
        None,  # signed by hand on the printed book
    ]


def export_outgoing(
    db: Database,
    actor: Actor,
    *,
    out: Path,
    pdf: Path | None = None,
    dated_from: date | None = None,
    dated_to: date | None = None,
    dispatch_book: bool = False,
) -> OutgoingExport:
    """Write the register of outgoing letters (or, with ``dispatch_book``, the dispatch book) dated in
    the period to ``out`` (xlsx) and, when given, ``pdf``. Audited."""
    actor.require(Permission.VIEW_REGISTER)
    title = DISPATCH_TITLE if dispatch_book else REGISTER_TITLE
    headers = DISPATCH_HEADERS if dispatch_book else REGISTER_HEADERS
    widths = DISPATCH_WIDTHS if dispatch_book else REGISTER_WIDTHS
    printed = DISPATCH_PRINTED if dispatch_book else REGISTER_PRINTED
    cells = _dispatch_cells if dispatch_book else _register_cells
    note = _period(dated_from, dated_to)
    with db.session() as session:
        lines = wf_settings.load(session).office_lines
        office = lines[0] if lines else "SIPDUMAS"
        entries = [entry(r) for r in session.scalars(outgoing_query(dated_from, dated_to))]
    rows = [cells(n, e) for n, e in enumerate(entries, start=1)]
    with atomic_open(Path(out)) as fh:
        stream_xlsx(
            fh,
            sheet="Buku ekspedisi" if dispatch_book else "Agenda surat keluar",
            header=headers,
            rows=rows,
            widths=widths,
            setup=PrintSetup(title=title, office=office, note=note),
        )
    if pdf is not None:
        write_table_pdf(
            Path(pdf),
            header=list(headers),
            widths_cm=list(printed),
            # the dispatch book's rows leave room for a signature
            rows=iter([[*r[:-1], "\n\n\n"] for r in rows] if dispatch_book else rows),
            heading=f"{title}\n{office}",
            note=note,
            title=f"{title.title()} {office}",
            author=office,
            empty="Tidak ada surat keluar dalam periode ini.",
        )
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export_dispatch_book" if dispatch_book else "export_outgoing_register",
            "outgoing_letter",
            None,
            file=Path(out).name,
            pdf=Path(pdf).name if pdf else None,
            rows=len(rows),
            dated_from=dated_from.isoformat() if dated_from else None,
            dated_to=dated_to.isoformat() if dated_to else None,
        )
    return OutgoingExport(str(out), len(rows), str(pdf) if pdf else None)
