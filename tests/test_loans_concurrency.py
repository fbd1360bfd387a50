"""Two workstations lend the same file at the same moment: exactly one succeeds, the other is told the
file is out. Runs on both databases; on PostgreSQL the processes really race (READ COMMITTED), and the
partial unique index ``uq_loans_open_file`` is what stops the second loan."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date
from pathlib import Path

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.services import letters as L
from sipdumas.services.archive import loans as S
from sipdumas.services.archive.errors import FileAlreadyLent
from sipdumas.services.archive.loan_lists import loans_of_file

DESKS = 4


def _desk(url: str, data_dir: str, code: str, barrier, results, desk: int) -> None:
    db = Database(Location(url, Path(data_dir)))
    try:
        barrier.wait(timeout=60)
        S.lend_file(db, Actor.local_admin(), code=code, borrower=S.Borrower(f"Peminjam {desk}", "Umum"))
        results.put(("ok", desk))
    except FileAlreadyLent as exc:
        results.put(("refused", str(exc)))
    except Exception as exc:  # anything else is a failure of the test
        results.put(("error", repr(exc)))
    finally:
        db.dispose()


def test_simultaneous_lending_of_one_file_exactly_one_succeeds(db, admin):
    code = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="x")
    ).archive_code
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(DESKS), ctx.Queue()
    procs = [
        ctx.Process(target=_desk, args=(db.url, str(db.data_dir), code, barrier, results, d))
        for d in range(DESKS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    kinds = sorted(k for k, _ in outcomes)
    assert kinds == ["ok"] + ["refused"] * (DESKS - 1), outcomes
    assert all("sedang dipinjam" in msg for k, msg in outcomes if k == "refused")
    assert len(loans_of_file(db, admin, code=code)) == 1


def test_the_index_alone_stops_a_racing_second_loan(db, admin, monkeypatch):
    """Even when the check before the insert is fooled (as when two transactions read at once), the
    insert of the second open loan fails and is reported as the file being out."""
    code = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="x")
    ).archive_code
    S.lend_file(db, admin, code=code, borrower=S.Borrower("A", "B"))
    monkeypatch.setattr(S, "_open_loan", lambda session, file_id: None)
    try:
        S.lend_file(db, admin, code=code, borrower=S.Borrower("C", "D"))
    except FileAlreadyLent as exc:
        assert "sedang dipinjam" in str(exc)
    else:
        raise AssertionError("second open loan was accepted")
