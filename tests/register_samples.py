"""A small register with everything a backup must carry: letters with complainants and scans,
forwarding letters (rendered PDFs in the store), loans and their slips, and the audit trail."""

from __future__ import annotations

import io
from datetime import date, datetime, time

from PIL import Image, ImageDraw
from sqlalchemy import select

from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore
from sipdumas.domain.permissions import Actor
from sipdumas.models.admin import AuditEvent
from sipdumas.models.letters import Document
from sipdumas.services import forwarding, routing
from sipdumas.services import letters as L
from sipdumas.services.archive import loans

TODAY = date(2026, 6, 1)


def populate(
    db: Database, actor: Actor, *, letters: int, forwarded: int = 2, lent: int = 2, first: int = 0
) -> None:
    """``letters`` letters, each with a small scan of its own, the first ``forwarded`` forwarded (a PDF
    each) and the next ``lent`` archive files lent and returned."""
    store = FileStore(db.data_dir)
    rows = []
    for i in range(first, first + letters):
        row = L.register_letter(
            db,
            actor,
            today=TODAY,
            data=L.LetterInput(
                received_at=date(2026, 5, 1 + i % 28),
                letter_no=f"{i:03d}/V/2026",
                subject=f"Bantuan sosial belum diterima warga RT {i:03d}",
                sender=L.SenderData(
                    name=f"Warga Nomor {i}", phone=f"+62812{i:08d}", address=f"Jalan Mawar {i}, Medan"
                ),
                regency="Kota Medan",
            ),
        )
        scan = small_scan(i)
        sha = store.put_bytes(scan)
        with db.transaction() as session:
            session.add(
                Document(
                    letter_id=row.id,
                    sha256=sha,
                    file_name=f"surat-{i}.png",
                    media_type="image/png",
                    size=len(scan),
                    page_count=1,
                )
            )
        rows.append(row)
    if forwarded:
        agency = routing.save_agency(
            db, actor, name="Pemerintah Kota Medan", addressee_position="Wali Kota Medan"
        )
        for row in rows[:forwarded]:
            forwarding.forward_letter(db, actor, letter_id=row.id, agency_id=agency.id, today=TODAY)
    for row in rows[forwarded : forwarded + lent]:
        out = datetime.combine(TODAY, time(9)).astimezone()
        borrower = loans.Borrower(name="Rina Siregar", unit="Bagian Telaah")
        loans.lend_file(db, actor, code=row.archive_code, borrower=borrower, now=out)
        loans.return_file(db, actor, code=row.archive_code, now=out)


def small_scan(i: int) -> bytes:
    """A small PNG of its own for letter ``i``."""
    image = Image.new("L", (120, 160), 255)
    ImageDraw.Draw(image).text((10, 10), f"Surat {i}", fill=0)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def register_json(db: Database, actor: Actor) -> list[dict]:
    """What ``sipdumas list --json`` prints."""
    return [row.to_json() for row in L.iter_letters(db, actor)]


def audit_rows(db: Database) -> list[tuple]:
    with db.session() as session:
        return [
            (e.seq, e.at.replace(tzinfo=None) if e.at.tzinfo is None else e.at, e.username, e.action, e.hash)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


def store_listing(db: Database) -> dict[str, bytes]:
    root = db.data_dir / "files"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
