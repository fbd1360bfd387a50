"""Backup and restore: a full round trip at 1,000 letters, and time and size at 100,000 letters with scans.

    python -m bench.bench_backup [--n 100000] [--scan-kb 30] [--roundtrip 1000] [--pg postgresql+psycopg://...]

1. **Round trip** (``--roundtrip``, default 1,000): letters registered one by one through the service,
   each with a scan of its own; 20 forwarded (rendered PDFs in the store); 20 archive files lent and
   returned; then backup, restore into a fresh database and data folder, and the register
   (``list --json``), the files and the audit trail compared with the original, and ``fsck`` run on the
   restored copy. It fails loudly when anything differs.
2. **Scale** (``--n``, default 100,000): a legacy register imported (``bench.synth``), then one scan per
   letter: ``--scan-kb`` KB of random bytes (incompressible, as a compressed scan is) written to the
   store and a ``documents`` row each. Timed: backup, verify-and-restore into a fresh database, fsck of
   the restored copy. Sizes: the store, the archive.

With ``--pg`` the database is that PostgreSQL database (emptied!) and the restore goes to a second
database ``<name>_restore`` beside it (created; the role needs CREATEDB).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench.common import WORK, fresh_database, peak_rss_mb, report, timer
from bench.synth import write_jsonl
from sipdumas.db.bulk import insert_rows, reserve_ids
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.storage import FileStore
from sipdumas.domain.permissions import Actor
from sipdumas.models.admin import AuditEvent
from sipdumas.models.letters import Document, IncomingLetter
from sipdumas.services import forwarding, routing
from sipdumas.services import letters as L
from sipdumas.services.admin.backup import create_backup, restore_backup
from sipdumas.services.admin.store_check import check_store
from sipdumas.services.archive import loans
from sipdumas.services.imports.legacy_register import import_register


def fresh_target(name: str, pg_url: str | None) -> Location:
    data = WORK / f"{name}-data"
    shutil.rmtree(data, ignore_errors=True)
    if not pg_url:
        path = WORK / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return Location(f"sqlite:///{path}", data)
    url = make_url(pg_url)
    target = f"{url.database}_restore"
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{target}"'))
    engine.dispose()
    return Location(url.set(database=target).render_as_string(hide_password=False), data)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def scan_png(i: int) -> bytes:
    image = Image.new("L", (200, 260), 255)
    ImageDraw.Draw(image).text((10, 10), f"Surat pengaduan {i}", fill=0)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def audit_trail(db: Database) -> list[tuple]:
    with db.session() as s:
        return [
            (e.seq, e.action, e.username, e.hash)
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


def store_files(db: Database) -> dict[str, int]:
    root = db.data_dir / "files"
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*") if p.is_file()}


def round_trip(n: int, pg_url: str | None, actor: Actor, figures: dict) -> bool:
    db, _loc = fresh_database("backup-roundtrip", pg_url)
    shutil.rmtree(db.data_dir / "files", ignore_errors=True)
    store = FileStore(db.data_dir)
    rows = []
    with timer(figures, "roundtrip_populate_s"):
        for i in range(n):
            row = L.register_letter(
                db,
                actor,
                today=date(2026, 6, 1),
                data=L.LetterInput(
                    received_at=date(2026, 1 + i % 5, 1 + i % 28),
                    subject=f"Pengaduan nomor {i} tentang bantuan sosial",
                    sender=L.SenderData(name=f"Pengadu {i}", phone=f"+62812{i:08d}", address=f"Jalan {i}"),
                ),
            )
            data = scan_png(i)
            sha = store.put_bytes(data)
            with db.transaction() as s:
                s.add(
                    Document(
                        letter_id=row.id,
                        sha256=sha,
                        file_name=f"surat-{i}.png",
                        media_type="image/png",
                        size=len(data),
                        page_count=1,
                    )
                )
            rows.append(row)
        agency = routing.save_agency(db, actor, name="Pemerintah Kota Medan", addressee_position="Wali Kota")
        for row in rows[:20]:
            forwarding.forward_letter(
                db, actor, letter_id=row.id, agency_id=agency.id, today=date(2026, 6, 1)
            )
        when = datetime.combine(date(2026, 6, 1), clock(9)).astimezone()
        for row in rows[20:40]:
            loans.lend_file(
                db, actor, code=row.archive_code, borrower=loans.Borrower("Rina", "Telaah"), now=when
            )
            loans.return_file(db, actor, code=row.archive_code, now=when)
    before = ([r.to_json() for r in L.iter_letters(db, actor)], store_files(db), audit_trail(db))
    archive = WORK / "roundtrip.tar"
    with timer(figures, "roundtrip_backup_s"):
        create_backup(db, actor, out=archive)
    db.dispose()
    target = fresh_target("backup-roundtrip-restored", pg_url)
    with timer(figures, "roundtrip_restore_s"):
        restore_backup(target, actor, archive=archive)
    restored = Database.open(target)
    after = (
        [r.to_json() for r in L.iter_letters(restored, actor)],
        store_files(restored),
        audit_trail(restored),
    )
    report_ = check_store(restored, actor, grace_seconds=0, temp_dir=WORK / "no-temp")
    restored.dispose()
    same = (
        after[0] == before[0]
        and after[1] == before[1]
        and after[2][: len(before[2])] == before[2]
        and [a[1] for a in after[2][len(before[2]) :]] == ["restore_backup", "view_identities"]
    )
    figures["roundtrip_letters"] = n
    figures["roundtrip_files"] = len(before[1])
    figures["roundtrip_audit_entries"] = len(before[2])
    figures["roundtrip_identical"] = same
    figures["roundtrip_fsck_ok"] = report_.ok
    return same and report_.ok


def scale(n: int, scan_kb: int, pg_url: str | None, actor: Actor, figures: dict) -> None:
    db, loc = fresh_database("backup-scale", pg_url)
    shutil.rmtree(db.data_dir / "files", ignore_errors=True)
    source = WORK / f"register-{n}.jsonl"
    if not source.exists():
        write_jsonl(source, n, with_text=False)
    with timer(figures, "scale_import_s"):
        import_register(db, actor, path=source)
    store = FileStore(db.data_dir)
    with timer(figures, "scale_scans_s"):
        with db.session() as s:
            ids = list(s.scalars(select(IncomingLetter.id).order_by(IncomingLetter.id)))
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            docs = []
            for letter_id in chunk:
                data = os.urandom(scan_kb * 1024)
                sha = store.put_bytes(data)
                docs.append((letter_id, sha, f"scan-{letter_id}.pdf", "application/pdf", len(data), 1))
            with db.transaction() as s:
                doc_ids = reserve_ids(s, Document.__table__, len(docs))
                insert_rows(
                    s,
                    "documents",
                    ("id", "letter_id", "sha256", "file_name", "media_type", "size", "page_count"),
                    [(i, *d) for i, d in zip(doc_ids, docs, strict=True)],
                )
    with db.session() as s:
        figures["scale_letters"] = s.scalar(select(func.count(IncomingLetter.id)))
        figures["scale_documents"] = s.scalar(select(func.count(Document.id)))
    figures["scale_store_mb"] = round(folder_size(db.data_dir / "files") / 2**20, 1)
    archive = WORK / "scale.tar"
    with timer(figures, "scale_backup_s"):
        result = create_backup(db, actor, out=archive)
    figures["scale_archive_mb"] = round(result.size / 2**20, 1)
    figures["scale_backup_ok"] = result.ok
    db.dispose()
    target = fresh_target("backup-scale-restored", pg_url)
    with timer(figures, "scale_restore_s"):
        restore_backup(target, actor, archive=archive)
    restored = Database.open(target)
    with timer(figures, "scale_fsck_s"):
        figures["scale_fsck_ok"] = check_store(restored, actor, grace_seconds=0, temp_dir=WORK / "no-temp").ok
    restored.dispose()
    archive.unlink(missing_ok=True)
    for folder in (loc.data_dir / "files", target.data_dir):
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--scan-kb", type=int, default=30)
    ap.add_argument("--roundtrip", type=int, default=1000)
    ap.add_argument("--pg", help="PostgreSQL URL of a scratch database (emptied!) instead of SQLite")
    args = ap.parse_args(argv)
    actor = Actor.local_admin()
    (WORK / "no-temp").mkdir(parents=True, exist_ok=True)
    figures: dict = {"database": "postgresql" if args.pg else "sqlite"}
    started = time.perf_counter()
    identical = round_trip(args.roundtrip, args.pg, actor, figures) if args.roundtrip else None
    if args.n:
        scale(args.n, args.scan_kb, args.pg, actor, figures)
    figures["total_s"] = round(time.perf_counter() - started, 1)
    figures["peak_rss_mb"] = peak_rss_mb()
    goals = {"roundtrip_identical": bool(identical)} if identical is not None else {}
    return report("backup", figures, goals)


if __name__ == "__main__":
    main()
