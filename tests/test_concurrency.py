"""Several workstations registering at the same moment on one PostgreSQL server (and, for good measure,
several processes on one SQLite file): agenda numbers stay unique and gapless."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date
from pathlib import Path

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.services import letters as L

WORKERS = 4
PER_WORKER = 15


def _workstation(url: str, data_dir: str, start: mp.Event, worker: int) -> None:
    db = Database(Location(url, Path(data_dir)))
    start.wait()
    for i in range(PER_WORKER):
        L.register_letter(
            db,
            Actor.local_admin(),
            today=date(2026, 3, 1),
            data=L.LetterInput(received_at=date(2026, 3, 1), subject=f"Surat {worker}-{i}"),
        )
    db.dispose()


def test_simultaneous_registrations_get_unique_gapless_numbers(db):
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [
        ctx.Process(target=_workstation, args=(db.url, str(db.data_dir), start, w)) for w in range(WORKERS)
    ]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    rows = list(L.iter_letters(db, Actor.local_admin()))
    serials = sorted(int(r.agenda_no.rsplit("-", 1)[1]) for r in rows)
    assert serials == list(range(1, WORKERS * PER_WORKER + 1))
    assert len({r.archive_code for r in rows}) == len(rows)
