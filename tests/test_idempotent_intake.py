"""Registering a batch twice registers each file once; links and non-regular files are never read.

A batch re-run after a kill must not give every finished file a second agenda number: a file whose
SHA-256 is already a registered letter's scan is skipped ("sudah terdaftar sebagai D-...", exit status 0,
``"skipped": true`` with the holder's id and agenda number) unless ``--again``. A symbolic link (to a
system file, say), a pipe or a folder is refused naming the file and the reason, and the batch goes on.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from datetime import date
from pathlib import Path

import pytest
from letter_texts import compose
from test_cli import run

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.intake import extract_file
from sipdumas.services import letters as L
from sipdumas.services.registration import ingest_files, letter_input_from, register_reviewed
from sipdumas.services.scan_folder import FAILED, ScanFolder, poll

TODAY = date(2026, 6, 1)
SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}


def letter(path: Path, complaint: str = "jalan", **who) -> Path:
    path.write_text(compose(**(who or SITI), complaint=complaint), encoding="utf-8")
    return path


def lines(proc) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def stored_files(db: Database) -> list[Path]:
    root = Path(db.data_dir) / "files"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_batch_run_again_skips_what_is_registered_and_again_registers_a_new_arrival(db, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    letter(batch / "01.txt", "jalan")
    letter(batch / "02.txt", "bansos", name="Budi Santoso", phone="0813-1111-2222")
    first = lines(run(["ingest", str(batch), "--json"], db_url=db.url, data_dir=db.data_dir))
    assert [r["skipped"] for r in first] == [False, False] and all(r["id"] for r in first)

    rerun = run(["ingest", str(batch), "--json"], db_url=db.url, data_dir=db.data_dir)
    again = lines(rerun)
    assert rerun.returncode == 0
    assert [(r["skipped"], r["id"], r["agenda_no"]) for r in again] == [
        (True, r["id"], r["agenda_no"]) for r in first
    ]
    assert [r["registered_as"] for r in again] == [
        {"id": r["id"], "agenda_no": r["agenda_no"]} for r in first
    ]
    assert f"01.txt: sudah terdaftar sebagai {first[0]['agenda_no']}" in rerun.stderr
    assert L.count_letters(db, Actor.local_admin()) == 2

    arrival = lines(run(["ingest", str(batch / "01.txt"), "--again"], db_url=db.url, data_dir=db.data_dir))
    assert arrival[0]["skipped"] is False and arrival[0]["agenda_no"] not in {r["agenda_no"] for r in first}
    assert L.count_letters(db, Actor.local_admin()) == 3
    assert len(stored_files(db)) == 2  # the same bytes are stored once


def test_the_intake_view_path_does_not_register_a_file_twice(db, admin, tmp_path):
    path = letter(tmp_path / "surat.txt")
    extraction = extract_file(path)
    data = letter_input_from(extraction, path=path, today=TODAY)
    first = register_reviewed(db, admin, path=path, extraction=extraction, data=data, today=TODAY)
    second = register_reviewed(db, admin, path=path, extraction=extraction, data=data, today=TODAY)
    assert not first.skipped and second.skipped
    assert (second.id, second.agenda_no) == (first.id, first.agenda_no)
    assert second.note == f"sudah terdaftar sebagai {first.agenda_no}; tidak didaftarkan lagi"
    third = register_reviewed(db, admin, path=path, extraction=extraction, data=data, today=TODAY, again=True)
    assert not third.skipped and third.id != first.id
    assert L.count_letters(db, admin) == 2


def test_the_same_file_twice_in_one_batch_is_registered_once(db, admin, tmp_path):
    a = letter(tmp_path / "a.txt")
    b = tmp_path / "b.txt"
    b.write_bytes(a.read_bytes())
    results = list(ingest_files(db, admin, paths=[a, b], today=TODAY))
    assert [r.skipped for r in results] == [False, True] and results[1].id == results[0].id
    assert L.count_letters(db, admin) == 1


def _ingest_same(url: str, data_dir: str, path: str, start, out) -> None:
    db = Database(Location(url, Path(data_dir)))
    start.wait()
    result = next(ingest_files(db, Actor.local_admin(), paths=[Path(path)], today=TODAY))
    out.put((result.skipped, result.id, result.error))
    db.dispose()


def test_four_workstations_ingesting_the_same_file_at_once_register_it_once(db, tmp_path):
    path = letter(tmp_path / "surat.txt")
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_ingest_same, args=(db.url, str(db.data_dir), str(path), start, out))
        for _ in range(4)
    ]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert all(error is None for _s, _i, error in results)
    assert sorted(skipped for skipped, _i, _e in results) == [False, True, True, True]
    assert len({letter_id for _s, letter_id, _e in results}) == 1
    assert L.count_letters(db, Actor.local_admin()) == 1


@pytest.fixture
def hostile_folder(tmp_path) -> Path:
    """A folder holding a letter, a link to a system file named like a letter, a link to that letter, a
    pipe, a sub-folder and a link to a folder."""
    folder = tmp_path / "masuk"
    folder.mkdir()
    letter(folder / "01-surat.txt")
    secret = tmp_path / "rahasia.txt"
    secret.write_text(
        compose(name="Rahasia Sistem", phone="0812-9999-0000", complaint="pegawai"), encoding="utf-8"
    )
    (folder / "02-tautan.txt").symlink_to(secret)
    (folder / "03-tautan-surat.txt").symlink_to(folder / "01-surat.txt")
    os.mkfifo(folder / "04-pipa.txt")
    (folder / "05-folder").mkdir()
    (folder / "06-tautan-folder").symlink_to(folder / "05-folder")
    return folder


def test_ingest_refuses_links_and_pipes_naming_them_and_registers_the_rest(db, hostile_folder):
    proc = run(["ingest", str(hostile_folder), "--json"], db_url=db.url, data_dir=db.data_dir, check=False)
    out = {r["file"]: r for r in lines(proc)}
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert out["01-surat.txt"]["id"] and not out["01-surat.txt"]["error"]
    for name in ("02-tautan.txt", "03-tautan-surat.txt", "06-tautan-folder"):
        assert "tautan simbolik" in out[name]["error"] and out[name]["id"] is None
        assert f"{name}: tautan simbolik" in proc.stderr
    assert "pipa (FIFO)" in out["04-pipa.txt"]["error"]
    assert "05-folder" not in out  # a real sub-folder is not a letter and not entered
    assert L.count_letters(db, Actor.local_admin()) == 1
    assert len(stored_files(db)) == 1  # nothing of the system file was stored


def test_extract_and_check_refuse_a_link_given_by_name(db, hostile_folder):
    link = hostile_folder / "02-tautan.txt"
    for command in ("extract", "check"):
        proc = run([command, str(link)], db_url=db.url, data_dir=db.data_dir, check=False)
        assert proc.returncode == 1 and "tautan simbolik" in proc.stderr, command
        assert lines(proc)[0]["sender"] is None  # the linked file's content was never read


def test_the_watched_folder_moves_links_and_pipes_to_failed_with_the_reason(db, admin, hostile_folder):
    folder = ScanFolder(hostile_folder, settle_seconds=0)
    folder.ready(now=0.0)
    results = {r.file: r for r in poll(db, admin, folder, now=1.0, today=TODAY)}
    assert results["01-surat.txt"].id and not results["01-surat.txt"].error
    for name in ("02-tautan.txt", "03-tautan-surat.txt", "04-pipa.txt", "06-tautan-folder"):
        assert results[name].error and (hostile_folder / FAILED / name).is_symlink() == name.startswith(
            ("02", "03", "06")
        )
        reason = (hostile_folder / FAILED / f"{name}.reason.txt").read_text(encoding="utf-8")
        assert reason.strip() == results[name].error
    assert (hostile_folder / "05-folder").is_dir()  # the office's own sub-folder is left alone
    assert L.count_letters(db, admin) == 1
