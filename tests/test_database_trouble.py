"""The database in trouble: held by another program, lost mid-work, written by several at once.

- SQLite's write lock held by another program: a write waits in rounds and says so ("basis data sedang
  dipakai ..."); held too long, the command ends with that message, per file, exit status 1.
- The PostgreSQL server lost mid-work (simulated by a trigger that terminates the inserting session,
  i.e. this test database's own backend, as an administrator's shutdown would): a clear message ("koneksi
  ke basis data terputus; tidak ada yang tersimpan dari ..."), exit status 1, never a traceback.
- An import commits in parts: stopped part way it keeps the parts before and says so; run again it
  completes the file without doubling anything, numbers gapless.
- Four simultaneous imports of one file each finish: one imports, the others skip.
- Rows with values of the wrong JSON type or an agenda number outside its yearly series are rejected
  with the field and the reason; two exports to one path at once both succeed with a whole workbook.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from letter_texts import compose
from openpyxl import load_workbook
from sqlalchemy import create_engine, make_url, select, text
from sqlalchemy.exc import IntegrityError
from test_cli import ROOT, run
from test_import import rows, write_jsonl

from sipdumas.db.engine import Database, DatabaseBusy
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.models.admin import AuditEvent
from sipdumas.services import letters as L
from sipdumas.services.imports import legacy_register as importing

TODAY = date(2026, 6, 1)


@contextmanager
def lock_held(db: Database):
    """Another program holding SQLite's write lock (``BEGIN IMMEDIATE``) until the block ends."""
    other = sqlite3.connect(make_url(db.url).database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


@contextmanager
def server_cut(db: Database, *, after: int):
    """A PostgreSQL trigger that terminates the session inserting letters once the register holds more
    than ``after`` letters: the server is gone for that session, as after a shutdown."""
    engine = create_engine(db.url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE OR REPLACE FUNCTION test_cut_connection() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN IF (SELECT count(*) FROM incoming_letters) > {after} THEN "
                "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NULL; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER test_cut_connection AFTER INSERT ON incoming_letters "
                "FOR EACH STATEMENT EXECUTE FUNCTION test_cut_connection()"
            )
        )
    try:
        yield
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS test_cut_connection ON incoming_letters"))
            conn.execute(text("DROP FUNCTION IF EXISTS test_cut_connection()"))
        engine.dispose()


@contextmanager
def trouble(db: Database, *, after: int = -1):
    """The trouble each database can have while a command writes: SQLite locked by another program
    (and this program waiting at most a second), PostgreSQL's server lost."""
    if db.is_sqlite:
        with lock_held(db):
            yield {"SIPDUMAS_LOCK_WAIT": "1"}
    else:
        with server_cut(db, after=after):
            yield {}


def serials(db: Database) -> list[int]:
    return sorted(int(r.agenda_no.rsplit("-", 1)[1]) for r in L.iter_letters(db, Actor.local_admin()))


def test_a_write_waits_for_another_programs_lock_and_says_so(tmp_path):
    db = Database.open(Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path))
    db.lock_attempt_seconds = 0.2
    said: list[str] = []
    with lock_held(db) as other:

        def busy(message: str) -> None:
            said.append(message)
            other.execute("COMMIT")  # the other program is done

        db.on_busy = busy
        row = L.register_letter(
            db, Actor.local_admin(), data=L.LetterInput(received_at=TODAY, subject="Jalan rusak"), today=TODAY
        )
    assert row.agenda_no == "D-2026-00001"
    assert len(said) == 1 and said[0].startswith("basis data sedang dipakai program lain; menunggu giliran")
    db.dispose()


def test_a_lock_held_too_long_is_a_clear_refusal_and_nothing_is_written(tmp_path):
    db = Database.open(Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path))
    db.lock_attempt_seconds, db.lock_wait_seconds = 0.1, 0.3
    said: list[str] = []
    db.on_busy = said.append
    with (
        lock_held(db),
        pytest.raises(DatabaseBusy, match="basis data sedang dipakai program lain lebih dari"),
    ):
        L.register_letter(
            db, Actor.local_admin(), data=L.LetterInput(received_at=TODAY, subject="X"), today=TODAY
        )
    assert said  # the wait was announced before giving up
    assert L.count_letters(db, Actor.local_admin()) == 0
    db.dispose()


def test_ingest_in_trouble_fails_per_file_with_a_clear_message_and_no_traceback(db, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(compose(name="Siti Rahmawati", phone="0812-2233-4455", complaint="jalan"), encoding="utf-8")
    b.write_text(compose(name="Budi Santoso", phone="0813-1111-2222", complaint="bansos"), encoding="utf-8")
    with trouble(db) as env:
        proc = run(["ingest", str(a), str(b)], db_url=db.url, data_dir=db.data_dir, env=env, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    if db.is_sqlite:
        expected = (
            "basis data sedang dipakai program lain lebih dari 1 detik; tidak ada yang tersimpan dari berkas"
        )
    else:
        expected = "koneksi ke basis data terputus; tidak ada yang tersimpan dari berkas"
    assert f"a.txt: {expected} a.txt" in proc.stderr and f"b.txt: {expected} b.txt" in proc.stderr
    assert L.count_letters(db, Actor.local_admin()) == 0
    after = json.loads(run(["ingest", str(a)], db_url=db.url, data_dir=db.data_dir).stdout)
    assert after["agenda_no"] == "D-2026-00001"  # the server back (or the lock free): it just works


def test_import_in_trouble_says_nothing_was_stored_and_exits_1(db, tmp_path):
    src = write_jsonl(tmp_path / "lama.jsonl", rows(30))
    with trouble(db) as env:
        proc = run(["import", str(src)], db_url=db.url, data_dir=db.data_dir, env=env, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "tidak ada yang tersimpan dari impor lama.jsonl" in proc.stderr
    assert L.count_letters(db, Actor.local_admin()) == 0


def test_an_import_stopped_part_way_keeps_its_parts_and_a_rerun_completes_it(
    db, admin, tmp_path, monkeypatch
):
    monkeypatch.setattr(importing, "COMMIT_ROWS", 100)
    monkeypatch.setattr(importing, "SQLITE_COMMIT_ROWS", 100)
    src = write_jsonl(tmp_path / "besar.jsonl", rows(450))
    stack: list = []

    def meddle(progress: importing.ImportProgress) -> None:
        if progress.rows == 200 and not stack:  # parts 1 and 2 committed... part 2 is still being read
            if db.is_sqlite:
                db.lock_attempt_seconds = db.lock_wait_seconds = 0.2
            stack.append(trouble(db, after=100))
            stack[0].__enter__()

    try:
        with pytest.raises(importing.ImportStopped) as stopped:
            importing.import_register(db, admin, path=src, today=TODAY, on_progress=meddle)
    finally:
        if stack:
            stack[0].__exit__(None, None, None)
    assert stopped.value.stored == 100
    assert "100 surat sebelumnya sudah tersimpan; impor berkas ini lagi untuk melanjutkan" in str(
        stopped.value
    )
    assert L.count_letters(db, admin) == 100
    db.lock_wait_seconds = 30
    result = importing.import_register(db, admin, path=src, today=TODAY)
    assert (result.imported, result.skipped, result.rejected) == (350, 100, 0)
    assert serials(db) == list(range(1, 451))


@pytest.mark.parametrize("batch", [2000, 30], ids=["part-in-one-batch", "part-written-as-it-comes"])
def test_a_cancelled_import_of_several_parts_says_what_it_stored(db, admin, tmp_path, monkeypatch, batch):
    monkeypatch.setattr(importing, "COMMIT_ROWS", 100)
    monkeypatch.setattr(importing, "SQLITE_COMMIT_ROWS", 100)
    monkeypatch.setattr(importing, "BATCH", batch)  # 30: rows 301-390 already written when cancelled
    src = write_jsonl(tmp_path / "besar.jsonl", rows(450))
    cancel = __import__("threading").Event()
    with pytest.raises(importing.ImportCancelled) as stopped:
        importing.import_register(
            db,
            admin,
            path=src,
            today=TODAY,
            cancel=cancel,
            on_progress=lambda p: p.rows >= 400 and cancel.set(),
        )
    assert stopped.value.stored == 300 and "300 surat sebelumnya sudah tersimpan" in str(stopped.value)
    assert importing.import_register(db, admin, path=src, today=TODAY).imported == 150
    assert serials(db) == list(range(1, 451))


def test_a_part_that_collides_part_way_is_stored_again_whole_or_stops_the_import(
    db, admin, tmp_path, monkeypatch
):
    """A part written as its rows come (batches of 30) whose third batch collides with another writer's
    row: the batches written before are rolled back with it. PostgreSQL stores the part again whole,
    its rows and counts once each; SQLite, whose part holds the write lock throughout (so this cannot
    come from another writer) and lets its rows go once written, stops the import saying so, and
    importing the file again completes it."""
    monkeypatch.setattr(importing, "COMMIT_ROWS", 200)
    monkeypatch.setattr(importing, "SQLITE_COMMIT_ROWS", 200)
    monkeypatch.setattr(importing, "BATCH", 30)
    src = write_jsonl(tmp_path / "besar.jsonl", rows(450))
    store, calls = importing._store, []

    def colliding(session, *args):
        calls.append(len(args[1]))
        if len(calls) == 3 + 7:  # the third batch of the second part
            raise IntegrityError("INSERT INTO archive_files ...", {}, Exception("duplicate key"))
        return store(session, *args)

    monkeypatch.setattr(importing, "_store", colliding)
    if db.is_sqlite:
        with pytest.raises(importing.ImportStopped) as stopped:
            importing.import_register(db, admin, path=src, today=TODAY)
        assert stopped.value.stored == 200 and "baris 201–290 bertabrakan" in str(stopped.value)
        assert L.count_letters(db, admin) == 200
        result = importing.import_register(db, admin, path=src, today=TODAY)
        assert (result.imported, result.skipped) == (250, 200)
        expected_parts = [200, 200, 50]
    else:
        result = importing.import_register(db, admin, path=src, today=TODAY)
        assert (result.imported, result.skipped, result.rejected) == (450, 0, 0)
        assert calls[7:10] == [30, 30, 30] and len(calls) > 450 // 30 + 1  # part 2 written twice
        expected_parts = [200, 200, 50]
    assert serials(db) == list(range(1, 451))
    with db.session() as session:
        parts = session.scalars(select(AuditEvent.details).where(AuditEvent.action == "import")).all()
    assert [p["imported"] for p in parts if p["imported"]] == expected_parts


def test_a_server_lost_part_way_through_a_part_keeps_the_parts_before(db, admin, tmp_path, monkeypatch):
    if db.is_sqlite:
        pytest.skip("PostgreSQL's server lost; SQLite's lock is taken before a part is written")
    monkeypatch.setattr(importing, "COMMIT_ROWS", 200)
    monkeypatch.setattr(importing, "BATCH", 30)
    src = write_jsonl(tmp_path / "besar.jsonl", rows(450))
    with server_cut(db, after=260), pytest.raises(importing.ImportStopped) as stopped:
        importing.import_register(db, admin, path=src, today=TODAY)
    assert stopped.value.stored == 200 and "koneksi ke basis data terputus" in str(stopped.value)
    assert "200 surat sebelumnya sudah tersimpan" in str(stopped.value)
    assert L.count_letters(db, admin) == 200
    assert importing.import_register(db, admin, path=src, today=TODAY).imported == 250
    assert serials(db) == list(range(1, 451))


def _import_same(url: str, data_dir: str, path: str, start, out) -> None:
    db = Database(Location(url, Path(data_dir)))
    start.wait()
    try:
        result = importing.import_register(db, Actor.local_admin(), path=Path(path), today=TODAY)
        out.put((result.imported, result.skipped, result.rejected, None))
    except Exception as exc:  # reported, so the test shows what went wrong
        out.put((0, 0, 0, f"{type(exc).__name__}: {exc}"))
    db.dispose()


def test_four_simultaneous_imports_of_one_file_each_finish_and_store_it_once(db, tmp_path):
    src = write_jsonl(tmp_path / "lama.jsonl", rows(300))
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_import_same, args=(db.url, str(db.data_dir), str(src), start, out))
        for _ in range(4)
    ]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(120)
    assert [error for *_counts, error in results] == [None] * 4
    assert sorted((imported, skipped) for imported, skipped, _r, _e in results) == [(0, 300)] * 3 + [(300, 0)]
    assert serials(db) == list(range(1, 301))


def test_rows_with_values_of_the_wrong_type_are_rejected_naming_the_field(db, admin, tmp_path):
    good = {"received_at": "2026-03-01", "subject": "Jalan rusak", "sender": {"name": "Siti"}}
    bad = [
        ({**good, "cc": 5}, "cc: harus berupa daftar teks"),
        ({**good, "cc": ["Bupati", {"x": 1}]}, "cc: setiap tembusan harus berupa teks, bukan objek"),
        ({**good, "subject": {"isi": "jalan"}}, "subject: harus berupa teks, bukan objek"),
        ({**good, "subject": ["jalan"]}, "subject: harus berupa teks, bukan daftar"),
        ({**good, "place": True}, "place: harus berupa teks, bukan nilai benar/salah"),
        ({**good, "letter_date": 20260301}, "letter_date: harus berupa tanggal YYYY-MM-DD, bukan angka"),
        ({**good, "received_at": 1.5}, "received_at: harus berupa tanggal YYYY-MM-DD, bukan angka"),
        ({**good, "sender": "Siti"}, "sender: harus berupa objek, bukan teks"),
        ({**good, "sender": {"name": {"first": "Siti"}}}, "sender.name: harus berupa teks, bukan objek"),
        ({**good, "status": ["filed"]}, "status: harus berupa teks, bukan daftar"),
        ({**good, "agenda_no": {"n": 1}}, "agenda_no: harus berupa teks, bukan objek"),
        ({**good, "place": "x" * 121}, "place: Terlalu panjang (121 karakter, paling banyak 120)"),
        ({**good, "agenda_no": "A" * 61}, "agenda_no: terlalu panjang"),
    ]
    src = tmp_path / "campur.jsonl"
    src.write_text("\n".join(json.dumps(r) for r, _why in [(good, None), *bad]) + "\n", encoding="utf-8")
    result = importing.import_register(db, admin, path=src, today=TODAY)
    assert (result.imported, result.rejected) == (1, len(bad))
    for (line, reason), (_row, why) in zip(result.rejected_rows, bad, strict=True):
        assert why in reason, (line, reason)
    stored = json.dumps([r.to_json() for r in L.iter_letters(db, admin)], default=str)
    assert "{'" not in stored and "['" not in stored  # no Python representation reached the register


def test_agenda_numbers_outside_the_yearly_series_are_refused(db, admin, tmp_path):
    def row(number: str) -> dict:
        return {"received_at": "2026-03-01", "subject": f"Surat {number}", "agenda_no": number}

    numbers = {
        "D-2026-00007": None,
        "123/SM/2026": None,  # an old register's own numbering is kept as it is
        "D-2025-00008": "dari seri tahun 2025, padahal surat diterima tahun 2026",
        "D-2026-100000": "nomor urut 100000 di luar seri tahunan (1 sampai 99.999)",
        "D-2026-00000": "nomor urut 0 di luar seri tahunan",
        "D-2026-9": "tidak ditulis menurut pola (seharusnya D-2026-00009)",
        "D-2026-99999999999999999999": "di luar seri tahunan",
    }
    src = write_jsonl(tmp_path / "nomor.jsonl", [row(n) for n in numbers])
    result = importing.import_register(db, admin, path=src, today=TODAY)
    refused = [why for why in numbers.values() if why]
    assert (result.imported, result.rejected) == (2, len(refused))
    for (_line, reason), why in zip(result.rejected_rows, refused, strict=True):
        assert why in reason and reason.startswith("agenda_no: ")
    new = L.register_letter(db, admin, data=L.LetterInput(received_at=TODAY, subject="Baru"), today=TODAY)
    assert new.agenda_no == "D-2026-00008"  # the counter moved past the imported 7, no further


def test_two_exports_to_the_same_path_at_once_both_succeed_with_a_whole_workbook(db, admin, tmp_path):
    for i in range(40):
        L.register_letter(
            db,
            admin,
            data=L.LetterInput(received_at=date(2026, 3, 1), subject=f"Jalan rusak {i}"),
            today=TODAY,
        )
    out = tmp_path / "keluar" / "agenda.xlsx"
    command = [sys.executable, "-m", "sipdumas", "--db", db.url, "--data-dir", str(db.data_dir)]
    command += ["export", "register", "--out", str(out), "--pdf"]
    procs = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(p.wait(300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert outcomes == [(0, ""), (0, "")]
    assert len(list(load_workbook(out, read_only=True).active.iter_rows())) >= 41
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.parent.iterdir()) == ["agenda.pdf", "agenda.xlsx"]
