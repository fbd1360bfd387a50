"""Shared pieces of the benchmarks: a fresh database, timing, memory, the JSON summary line."""

from __future__ import annotations

import json
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from sipdumas.db.engine import Database
from sipdumas.db.location import Location

WORK = Path(tempfile.gettempdir()) / "sipdumas-bench"


def fresh_database(name: str, pg_url: str | None = None) -> tuple[Database, Location]:
    """An empty, migrated database: SQLite under the bench folder, or the given PostgreSQL database
    emptied first (every table dropped)."""
    WORK.mkdir(parents=True, exist_ok=True)
    data = WORK / f"{name}-data"
    data.mkdir(exist_ok=True)
    if pg_url:
        loc = Location(database_url=pg_url, data_dir=data)
        db = Database(loc)
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        db.dispose()
    else:
        path = WORK / f"{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        loc = Location(database_url=f"sqlite:///{path}", data_dir=data)
    return Database.open(loc, migrate=True), loc


@contextmanager
def timer(into: dict, key: str):
    start = time.perf_counter()
    yield
    into[key] = round(time.perf_counter() - start, 3)


def median_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return round(statistics.median(times), 2), round(times[int(len(times) * 0.95) - 1], 2)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def report(name: str, figures: dict, goals: dict[str, bool]) -> dict:
    out = {"bench": name, **figures, "goals_met": goals}
    print(json.dumps(out, ensure_ascii=False))
    return out
