"""The watched scan folder: files are taken once they stop changing, never twice, and end up in
processed/ or failed/ with the reason."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from letter_texts import compose

from sipdumas.services import letters as L
from sipdumas.services.scan_folder import ScanFolder, poll

TODAY = date(2026, 6, 1)
ROOT = Path(__file__).resolve().parents[1]
SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}


def settle(folder: ScanFolder) -> None:
    """Two looks far enough apart for every file present to count as finished."""
    folder.ready(now=0.0)


def run(db, admin, folder, now=100.0):
    return list(poll(db, admin, folder, now=now, today=TODAY))


def test_finished_scan_is_registered_and_moved_to_processed(db, admin, tmp_path):
    inbox = tmp_path / "pindaian"
    folder = ScanFolder(inbox, settle_seconds=2)
    (inbox / "surat1.txt").write_text(compose(**SITI, complaint="jalan"), encoding="utf-8")
    assert run(db, admin, folder, now=0.0) == []  # just seen: may still be written
    results = run(db, admin, folder, now=5.0)
    assert [r.error for r in results] == [None]
    assert (inbox / "processed" / "surat1.txt").exists() and not (inbox / "surat1.txt").exists()
    letter = L.get_letter(db, admin, letter_id=results[0].id)
    assert letter.row.sender.name == "Siti Rahmawati"
    assert letter.row.sender.phone == "+6281222334455"


def test_a_file_still_growing_is_left_alone(db, admin, tmp_path):
    inbox = tmp_path / "pindaian"
    folder = ScanFolder(inbox, settle_seconds=2)
    path = inbox / "besar.txt"
    path.write_text("Dengan hormat,", encoding="utf-8")
    folder.ready(now=0.0)
    with path.open("a", encoding="utf-8") as f:
        f.write(compose(**SITI, complaint="tanah"))
    os.utime(path, (1, 1))  # a changed size and time
    assert run(db, admin, folder, now=5.0) == []
    assert path.exists() and L.count_letters(db, admin) == 0
    assert len(run(db, admin, folder, now=10.0)) == 1


def test_the_same_scan_again_is_never_registered_twice(db, admin, tmp_path):
    inbox = tmp_path / "pindaian"
    folder = ScanFolder(inbox, settle_seconds=0)
    text = compose(**SITI, complaint="bansos")
    (inbox / "a.txt").write_text(text, encoding="utf-8")
    settle(folder)
    first = run(db, admin, folder)[0]
    (inbox / "a.txt").write_text(text, encoding="utf-8")  # same name and bytes, scanned again
    settle(folder)
    again = run(db, admin, folder)[0]
    # skipped (CONTRACT.md): names the letter that holds the file, is no failure
    assert again.skipped and again.error is None
    assert (again.id, again.agenda_no) == (first.id, first.agenda_no)
    assert L.count_letters(db, admin) == 1
    assert (inbox / "processed" / "a (2).txt").exists()
    note = (inbox / "processed" / "a (2).txt.reason.txt").read_text(encoding="utf-8")
    assert "sudah terdaftar" in note


def test_bad_files_go_to_failed_with_their_reason_and_the_rest_is_registered(db, admin, tmp_path):
    inbox = tmp_path / "pindaian"
    folder = ScanFolder(inbox, settle_seconds=0)
    (inbox / "01-rusak.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (inbox / "02-baik.txt").write_text(compose(**SITI, complaint="pegawai"), encoding="utf-8")
    (inbox / "03-catatan.docx").write_bytes(b"PK\x03\x04")
    settle(folder)
    results = run(db, admin, folder)
    assert [r.file for r in results] == ["03-catatan.docx", "01-rusak.png", "02-baik.txt"]
    assert results[2].error is None and L.count_letters(db, admin) == 1
    for name in ("01-rusak.png", "03-catatan.docx"):
        assert (inbox / "failed" / name).exists()
        assert (inbox / "failed" / f"{name}.reason.txt").read_text(encoding="utf-8").strip()
    assert "docx" in (inbox / "failed" / "03-catatan.docx.reason.txt").read_text(encoding="utf-8")


def test_watch_once_from_the_command_line(db, tmp_path):
    inbox = tmp_path / "pindaian"
    inbox.mkdir()
    (inbox / "surat.txt").write_text(compose(**SITI, complaint="jalan"), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "watch",
            str(inbox),
            "--once",
            "--settle",
            "0.2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert '"agenda_no": "D-' in out.stdout
    assert (inbox / "processed" / "surat.txt").exists()
