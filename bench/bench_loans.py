"""Lending at scale: the overdue list and the loan register at 100,000 loans.

    python -m bench.bench_loans [--n 100000] [--files 20000] [--pg postgresql+psycopg://...]

The archive holds ``--files`` files; ``--n`` loans spread over the last two years, each file lent
again after its previous return, the latest loan of every second file still open (so about
``files / 2`` open loans, nearly all overdue). Goals: the overdue list under 1 s (median of 5, working
days counted per loan), the loan register (xlsx, every loan) under 15 s. The PDF register of every
loan is timed as well.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from bench.common import fresh_database, median_ms, peak_rss_mb, report, timer
from sipdumas.domain.permissions import Actor
from sipdumas.models.archive import ArchiveFile, Loan
from sipdumas.services.archive.loan_lists import overdue_loans
from sipdumas.services.archive.loan_papers import loan_register_pdf, loan_register_xlsx

UNITS = ("Bagian Telaah", "Bagian Umum", "Biro Hukum", "Asdep Pengaduan", "Bagian Tata Usaha", "Inspektorat")
NAMES = (
    "Rina Siregar",
    "Budi Santoso",
    "Dewi Lubis",
    "Agus Pratama",
    "Sari Wulandari",
    "Made Wirawan",
    "=cmd|' /C calc'!A0",
    "Yohanes Kogoya",
)


def populate(db, n_loans: int, n_files: int, today: date) -> int:
    rnd = random.Random(6)
    with db.engine.begin() as conn:
        conn.execute(
            insert(ArchiveFile),
            [
                {
                    "archive_code": f"BRK-B-{i:06d}",
                    "title": f"Berkas pengaduan nomor {i}",
                    "location": f"Rak {i % 40}",
                    "confidential": False,
                }
                for i in range(1, n_files + 1)
            ],
        )
    start = today - timedelta(days=730)
    per_file = n_loans // n_files
    step = 730 // (per_file + 1)
    rows, open_count = [], 0
    for f in range(1, n_files + 1):
        for k in range(per_file):
            lent = start + timedelta(days=k * step + rnd.randint(0, 3))
            last = k == per_file - 1
            still_out = last and f % 2 == 0
            open_count += still_out
            rows.append(
                {
                    "archive_file_id": f,
                    "borrower_name": rnd.choice(NAMES),
                    "borrower_unit": rnd.choice(UNITS),
                    "borrower_phone": "+6281234567890",
                    "purpose": "Bahan telaah",
                    "issued_by": "arsiparis",
                    "lent_at": datetime.combine(lent, time(9)).astimezone(),
                    "due_on": lent + timedelta(days=7),
                    "renewals": 0,
                    "reminder_level": 0,
                    "returned_at": None
                    if still_out
                    else datetime.combine(lent + timedelta(days=5), time(14)).astimezone(),
                    "condition": None if still_out else "baik",
                    "received_by": None if still_out else "arsiparis",
                }
            )
    with db.engine.begin() as conn:
        for i in range(0, len(rows), 10_000):
            conn.execute(insert(Loan), rows[i : i + 10_000])
    return open_count


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--pg", help="PostgreSQL URL of a scratch database (emptied!) instead of SQLite")
    args = ap.parse_args(argv)
    actor = Actor.local_admin()
    today = date.today()
    figures: dict = {"loans": args.n, "files": args.files, "database": "postgresql" if args.pg else "sqlite"}
    db, _loc = fresh_database("loans", args.pg)
    with timer(figures, "populate_s"):
        figures["open_loans"] = populate(db, args.n, args.files, today)

    figures["overdue_count"] = len(overdue_loans(db, actor, as_of=today))
    figures["overdue_median_ms"], figures["overdue_p95_ms"] = median_ms(
        lambda: overdue_loans(db, actor, as_of=today), 5
    )
    with timer(figures, "register_xlsx_s"):
        xlsx = loan_register_xlsx(db, actor)
    figures["register_xlsx_mb"] = round(len(xlsx) / 1e6, 1)
    with timer(figures, "register_pdf_s"):
        pdf = loan_register_pdf(db, actor)
    figures["register_pdf_pages"] = pdf.pages
    figures["peak_rss_mb"] = peak_rss_mb()
    goals = {
        "overdue_under_1s": figures["overdue_median_ms"] < 1000,
        "register_xlsx_under_15s": figures["register_xlsx_s"] < 15,
    }
    db.dispose()
    return report("loans", figures, goals)


if __name__ == "__main__":
    main()
