"""The one writer of output files: a file appears under its name whole or not at all, two writes to one
path never share a temporary file, and a failed write leaves nothing behind."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from sipdumas.output.files import TEMP_SUFFIX, atomic_open, write_atomically
from sipdumas.output.register import export_register
from sipdumas.services import letters as L


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))


def test_two_writes_to_one_path_at_once_leave_one_complete_workbook(tmp_path):
    out = tmp_path / "agenda.xlsx"
    both_open = threading.Barrier(2)
    listed = threading.Barrier(2)
    seen: list[list[str]] = []

    def export(label: str) -> None:
        workbook = Workbook()
        for i in range(500):
            workbook.active.append([label, i])
        with atomic_open(out) as fh:
            fh.write(b"PK")  # a first piece on disk while the other write is under way too
            fh.seek(0)
            both_open.wait()
            if label == "a":
                seen.append(leftovers(tmp_path))
            listed.wait()
            workbook.save(fh)

    with ThreadPoolExecutor(2) as pool:
        for future in [pool.submit(export, "a"), pool.submit(export, "b")]:
            future.result()

    assert len(seen[0]) == 2  # each write had a temporary file of its own
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 500 and len({label for label, _i in rows}) == 1
    assert leftovers(tmp_path) == [] and [p.name for p in tmp_path.iterdir()] == ["agenda.xlsx"]


def test_a_failing_writer_leaves_no_temporary_file_and_no_target(tmp_path):
    out = tmp_path / "laporan" / "mei.pdf"
    with pytest.raises(RuntimeError, match="printer"), atomic_open(out) as fh:
        fh.write(b"%PDF-1.4 half a document")
        raise RuntimeError("printer out of paper")
    assert not out.exists() and leftovers(out.parent) == []


def test_a_failing_writer_leaves_the_earlier_file_as_it_was(tmp_path):
    out = tmp_path / "surat.pdf"
    write_atomically(out, b"%PDF-1.4 the first letter")
    with pytest.raises(KeyboardInterrupt), atomic_open(out) as fh:
        fh.write(b"%PDF-1.4 the second")
        raise KeyboardInterrupt
    assert out.read_bytes() == b"%PDF-1.4 the first letter" and leftovers(tmp_path) == []


def test_text_is_written_with_the_encoding_and_newlines_asked_for(tmp_path):
    out = tmp_path / "ditolak.csv"
    with atomic_open(out, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Berkas;Baris\r\nagenda.csv;3\r\n")
    assert out.read_bytes() == "\ufeffBerkas;Baris\r\nagenda.csv;3\r\n".encode()


def test_a_long_file_name_still_gets_a_temporary_file(tmp_path):
    out = tmp_path / ("n" * 240 + ".pdf")
    write_atomically(out, b"%PDF")
    assert out.read_bytes() == b"%PDF" and leftovers(tmp_path) == []


def test_only_writing_modes_are_accepted(tmp_path):
    with pytest.raises(ValueError), atomic_open(tmp_path / "x.txt", "a"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_concurrent_register_exports_to_one_path_leave_one_valid_workbook(db, admin, tmp_path):
    for i in range(30):
        L.register_letter(
            db,
            admin,
            today=date(2026, 6, 1),
            data=L.LetterInput(
                received_at=date(2026, 3, 1),
                subject=f"Jalan rusak {i}",
                sender=L.SenderData(name="Budi", phone="081234567890"),
            ),
        )
    out = tmp_path / "keluar" / "agenda.xlsx"
    with ThreadPoolExecutor(2) as pool:
        futures = [
            pool.submit(export_register, db, admin, out=out, pdf=out.with_suffix(".pdf")) for _ in range(2)
        ]
        results = [f.result() for f in futures]
    assert [r.rows for r in results] == [30, 30]
    assert len(list(load_workbook(out).active.iter_rows())) == 31
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.parent.iterdir()) == ["agenda.pdf", "agenda.xlsx"]
