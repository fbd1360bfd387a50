"""Deadlines at 200,000 letters: the register's Terlambat filter (count and first page),
the Tenggat column of a register page (``letter_deadlines`` of its 200 letters) and an analyst's
"Tugas saya" (count and first page, most urgent first).

    python -m bench.bench_deadlines [--n 200000] [--pg postgresql+psycopg://...]

The letters are bench_register's synthetic register, moved onto the five years up to today; every letter
with status forwarded has a forwarding letter dated a few days after it arrived, and the open letters
are disposed to 20 analysts in turn. Two registers are measured:

- *backlog*, as generated: open letters of every age, about 40 % of the register overdue;
- *healthy*: every open letter older than 30 days closed but for 40 stragglers from the first year, so
  overdue letters are rare and old, the case where walking the date index from the newest letter
  would cost most.

Goals: count plus first page of the Terlambat filter, and the first page of Tugas saya (with the
list's size and late count), under 100 ms (best of 3) in both.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta

from sqlalchemy import insert, select, text, update

from bench.common import WORK, fresh_database, peak_rss_mb, report, timer
from bench.synth import letters
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.models.forwarding import Agency, ForwardingLetter
from sipdumas.models.letters import IncomingLetter
from sipdumas.models.workflow import Disposition
from sipdumas.services.deadlines import OPEN, count_my_work, letter_deadlines, overdue_counts, work_page
from sipdumas.services.imports.legacy_register import import_register
from sipdumas.services.letters import LetterQuery, count_letters, list_letters

ANALYSTS = 20


def write_register(path, n: int, today: date) -> None:
    """bench_register's letters, their received dates spread over the five years up to ``today``."""
    first, span = date(2019, 1, 1), (date(2023, 12, 27) - date(2019, 1, 1)).days
    start = today - timedelta(days=5 * 365)
    with path.open("w", encoding="utf-8") as out:
        for row in letters(n):
            del row["text"]
            offset = (date.fromisoformat(row["received_at"]) - first).days
            row["received_at"] = (start + timedelta(days=offset * (today - start).days // span)).isoformat()
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def populate(db: Database, today: date) -> dict:
    rnd = random.Random(5)
    L = IncomingLetter
    with db.engine.begin() as conn:
        agency = conn.execute(
            insert(Agency).values(name="Pemerintah Kota Bandung").returning(Agency.id)
        ).scalar_one()
        rows = conn.execute(select(L.id, L.status, L.received_at).order_by(L.id)).all()
        forwards, dispositions, serial = [], [], {}
        for i, (letter_id, status, received) in enumerate(rows):
            if status == "forwarded":
                on = min(received + timedelta(days=rnd.randint(1, 7)), today)
                serial[on.year] = serial.get(on.year, 0) + 1
                forwards.append(
                    {
                        "letter_id": letter_id,
                        "agency_id": agency,
                        "number": f"B-{serial[on.year]}/D-4/{on.year}",
                        "year": on.year,
                        "serial": serial[on.year],
                        "forwarded_on": on,
                        "addressee": "Wali Kota",
                        "subject": "Penerusan pengaduan",
                        "checksum": "0" * 16,
                        "created_by": "bench",
                    }
                )
            if status in OPEN:
                dispositions.append(
                    {
                        "letter_id": letter_id,
                        "assigned_by": "bos",
                        "assignee": f"analis{i % ANALYSTS:02d}",
                        "instructions": ["Proses lebih lanjut"],
                        "urgency": "Biasa",
                        "active": True,
                    }
                )
        for table, batch in ((ForwardingLetter, forwards), (Disposition, dispositions)):
            for k in range(0, len(batch), 10_000):
                conn.execute(insert(table), batch[k : k + 10_000])
        conn.execute(text("ANALYZE"))  # the statistics autovacuum would have gathered by the next morning
    return {"forwarding_letters": len(forwards), "dispositions": len(dispositions)}


def make_healthy(db: Database, today: date) -> None:
    """Close every open letter older than 30 days except 40 of the oldest."""
    L = IncomingLetter
    with db.engine.begin() as conn:
        keep = (
            conn.execute(select(L.id).where(L.status.in_(OPEN)).order_by(L.received_at, L.id).limit(40))
            .scalars()
            .all()
        )
        conn.execute(
            update(L)
            .where(L.status.in_(OPEN), L.received_at < today - timedelta(days=30), L.id.not_in(keep))
            .values(status="closed")
        )
        conn.execute(text("ANALYZE"))


def best_ms(fn, repeat: int = 3) -> float:
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        took = (time.perf_counter() - start) * 1000
        best = took if best is None else min(best, took)
    return round(best, 1)


def measure(db: Database, actor: Actor, into: dict, prefix: str) -> None:
    query = LetterQuery(overdue=True)
    into[f"{prefix}_overdue_letters"] = count_letters(db, actor, query=query)
    assert into[f"{prefix}_overdue_letters"] == overdue_counts(db, actor)["total"]
    into[f"{prefix}_overdue_page_ms"] = best_ms(
        lambda: (count_letters(db, actor, query=query), list_letters(db, actor, query=query, limit=200))
    )
    into[f"{prefix}_overdue_first_page_only_ms"] = best_ms(
        lambda: list_letters(db, actor, query=query, limit=200)
    )
    into[f"{prefix}_overdue_counts_ms"] = best_ms(lambda: overdue_counts(db, actor))
    into[f"{prefix}_overdue_last_page_ms"] = best_ms(
        lambda: list_letters(
            db, actor, query=query, limit=200, offset=max(into[f"{prefix}_overdue_letters"] - 200, 0)
        )
    )
    page = [r.id for r in list_letters(db, actor, limit=200)]
    into[f"{prefix}_tenggat_page_ms"] = best_ms(lambda: letter_deadlines(db, actor, letter_ids=page))
    into[f"{prefix}_my_work_letters"] = count_my_work(db, actor, assignee="analis00")
    # what Tugas saya asks for: the first 100 in urgency order, with the list's size and late count
    into[f"{prefix}_my_work_page_ms"] = best_ms(lambda: work_page(db, actor, assignee="analis00", limit=100))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--pg", help="PostgreSQL URL of a scratch database (emptied!) instead of SQLite")
    args = ap.parse_args(argv)
    actor = Actor.local_admin()
    today = date.today()
    figures: dict = {"letters": args.n, "database": "postgresql" if args.pg else "sqlite"}
    db, _loc = fresh_database("deadlines", args.pg)
    source = WORK / f"deadlines-{args.n}.jsonl"
    write_register(source, args.n, today)
    with timer(figures, "import_s"):
        figures["imported"] = import_register(db, actor, path=source).imported
    figures.update(populate(db, today))
    measure(db, actor, figures, "backlog")
    make_healthy(db, today)
    measure(db, actor, figures, "healthy")
    figures["peak_rss_mb"] = peak_rss_mb()
    goals = {
        f"{p}_{what}_under_100ms": figures[f"{p}_{what}_page_ms"] < 100
        for p in ("backlog", "healthy")
        for what in ("overdue", "my_work")
    }
    db.dispose()
    return report("deadlines", figures, goals)


if __name__ == "__main__":
    main()
