"""The mapping step of a legacy import: guessed and remembered mappings per source, a preview, the report
of rows that would be rejected, and an import with the mapping that adds nothing the second time."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from sipdumas.domain.errors import ValidationFailed
from sipdumas.services import letters as L
from sipdumas.services.imports import mapping as M

TODAY = date(2026, 6, 1)
HEADERS = ["Tgl Masuk", "Dari", "Perihal Surat", "No. HP", "Nomor Surat", "Catatan petugas"]
ROWS = [
    ["02/03/2026", "Siti Rahmawati", "Jalan rusak", "0812-2233-4455", "01/III/2026", "cek"],
    ["kemarin", "Budi", "Pungli", "0812-1111-2222", "", ""],
    ["05/03/2026", "Andi", "", "", "", ""],
    ["06/03/2026", '=HYPERLINK("x")', "Bansos", "nomor salah", "", ""],
    ["07/03/2026", "Joko", "Tanah", "", "", "catatan"],
]
MAPPING = {
    "Tgl Masuk": "received_at",
    "Dari": "sender.name",
    "Perihal Surat": "subject",
    "No. HP": "sender.phone",
    "Nomor Surat": "letter_no",
    "Catatan petugas": "",
}


def csv_file(tmp_path, name="agenda.csv", rows=ROWS, headers=HEADERS):
    path = tmp_path / name
    path.write_text("\n".join(";".join(r) for r in [headers, *rows]) + "\n", encoding="utf-8")
    return path


def test_guess_then_remember_per_source(db, admin, tmp_path):
    path = csv_file(tmp_path)
    first = M.propose_mapping(db, admin, path=path)
    assert not first.remembered and first.headers == HEADERS
    assert first.mapping["Nomor Surat"] == "letter_no" and first.mapping["Tgl Masuk"] == ""  # unknown heading
    assert first.mapping["No. HP"] == "sender.phone" and M.guess("No. Agenda") == "agenda_no"
    M.save_mapping(db, admin, headers=first.headers, mapping=MAPPING)
    # the next month's file of the same source: same headings (other case and spacing), other rows
    other = csv_file(tmp_path, "april.csv", rows=ROWS[:1], headers=[h.upper() + " " for h in HEADERS])
    again = M.propose_mapping(db, admin, path=other)
    assert again.signature == first.signature and again.remembered
    assert again.mapping == {h.upper() + " ": key for h, key in MAPPING.items()}
    assert M.propose_mapping(db, admin, path=path).remembered
    assert M.propose_mapping(db, admin, path=path).mapping == MAPPING


def test_mapping_is_checked():
    with pytest.raises(ValidationFailed) as exc:
        M.check_mapping({"A": "subject", "B": "subject", "C": "nonsense"})
    assert set(exc.value.problems) == {"B", "C", "received_at"}


def test_preview_and_validation_report(db, admin, tmp_path):
    path = csv_file(tmp_path)
    rows = M.preview(db, admin, path=path, mapping=MAPPING, limit=3, today=TODAY)
    assert [r.line for r in rows] == [2, 3, 4]
    assert rows[0].values["sender.name"] == "Siti Rahmawati" and rows[0].values["subject"] == "Jalan rusak"
    assert "Catatan petugas" not in rows[0].values and rows[0].problem is None
    assert "kemarin" in rows[1].problem and "Perihal" in rows[2].problem
    report = M.validate(db, admin, path=path, mapping=MAPPING, today=TODAY)
    assert (report.rows, report.valid, report.already_imported, report.rejected_total) == (5, 2, 0, 3)
    assert [line for line, _ in report.rejected] == [3, 4, 5]
    assert "telepon" in report.rejected[2][1].lower()


def test_import_with_mapping_is_idempotent(db, admin, tmp_path):
    path = csv_file(tmp_path)
    first = M.import_with_mapping(db, admin, path=path, mapping=MAPPING, today=TODAY)
    assert (first.imported, first.rejected) == (2, 3)
    assert M.propose_mapping(db, admin, path=path).remembered
    again = M.import_with_mapping(db, admin, path=path, mapping=MAPPING, today=TODAY)
    assert (again.imported, again.skipped) == (0, 2)
    assert M.validate(db, admin, path=path, mapping=MAPPING, today=TODAY).already_imported == 2
    shown = M.preview(db, admin, path=path, mapping=MAPPING, today=TODAY)
    assert [r.line for r in shown if r.already_imported] == [2, 6]  # the two rows stored before
    rows = L.list_letters(db, admin, query=L.LetterQuery(sort="received_at", descending=False))
    assert [(r.received_at, r.sender.name, r.letter_no) for r in rows] == [
        (date(2026, 3, 2), "Siti Rahmawati", "01/III/2026"),
        (date(2026, 3, 7), "Joko", None),
    ]


def test_xlsx_and_jsonl_sources(db, admin, tmp_path):
    wb = Workbook()
    wb.active.append(HEADERS)
    wb.active.append([date(2026, 3, 2), "Siti", "Jalan rusak", None, None, None])
    wb.save(tmp_path / "a.xlsx")
    assert M.read_headers(tmp_path / "a.xlsx") == HEADERS
    assert (
        M.import_with_mapping(db, admin, path=tmp_path / "a.xlsx", mapping=MAPPING, today=TODAY).imported == 1
    )
    (tmp_path / "b.jsonl").write_text(
        '{"tgl": "2026-03-04", "hal": "Bansos", "nama": "Rina"}\n', encoding="utf-8"
    )
    proposal = M.propose_mapping(db, admin, path=tmp_path / "b.jsonl")
    assert proposal.headers == ["tgl", "hal", "nama"] and proposal.mapping["hal"] == "subject"
    result = M.import_with_mapping(
        db,
        admin,
        path=tmp_path / "b.jsonl",
        mapping={"tgl": "received_at", "hal": "subject", "nama": "sender.name"},
        today=TODAY,
    )
    assert result.imported == 1
    assert L.list_letters(db, admin, query=L.LetterQuery(text="Rina"))[0].sender.name == "Rina"


def test_files_that_cannot_be_mapped_are_refused_naming_the_file(tmp_path):
    import os

    (tmp_path / "kosong.csv").write_bytes(b"")
    (tmp_path / "baris-kosong.csv").write_text("\n\n", encoding="utf-8")
    (tmp_path / "acak.xlsx").write_bytes(os.urandom(2000))
    (tmp_path / "bukan.jsonl").write_text('[1, 2]\n"teks"\n', encoding="utf-8")
    (tmp_path / "lebar.csv").write_text(
        ",".join(f"k{i}" for i in range(M.MAX_COLUMNS + 1)) + "\n", encoding="utf-8"
    )
    (tmp_path / "folder.csv").mkdir()
    expected = {
        "kosong.csv": "berkas kosong",
        "baris-kosong.csv": "tidak berisi judul kolom",
        "acak.xlsx": "bukan berkas xlsx yang dapat dibaca",
        "bukan.jsonl": "tidak ada baris objek JSON",
        "lebar.csv": f"{M.MAX_COLUMNS + 1} kolom",
        "folder.csv": "folder",
    }
    for name, reason in expected.items():
        with pytest.raises(M.ImportFailed) as exc:
            M.read_headers(tmp_path / name)
        assert str(exc.value).startswith(f"{name}: ") and reason in str(exc.value), str(exc.value)


def test_headings_are_read_as_the_import_reads_them(db, admin, tmp_path):
    # UTF-8 with a two-byte character across the 64 KiB mark: still UTF-8, not mojibake
    body = "x" * (65536 - len("Tanggal diterima;Perihal;Catatan é\n") - 1) + "é\n"
    path = tmp_path / "besar.csv"
    path.write_text("Tanggal diterima;Perihal;Catatan é\n" + "2025-01-02;Jalan;" + body, encoding="utf-8")
    assert M.read_headers(path) == ["Tanggal diterima", "Perihal", "Catatan é"]
    wb = Workbook()
    wb.active.append(["Tgl Masuk ", " Dari", "Perihal Surat"])  # stray spaces, as typed in a spreadsheet
    wb.active.append([date(2026, 3, 2), "Siti", "Jalan rusak"])
    wb.save(tmp_path / "spasi.xlsx")
    headers = M.read_headers(tmp_path / "spasi.xlsx")
    assert headers == ["Tgl Masuk", "Dari", "Perihal Surat"]
    mapping = {"Tgl Masuk": "received_at", "Dari": "sender.name", "Perihal Surat": "subject"}
    row = M.preview(db, admin, path=tmp_path / "spasi.xlsx", mapping=mapping, today=TODAY)
    assert row[0].problem is None and row[0].stored["sender.name"] == "Siti"


def test_column_samples_and_stored_preview(db, admin, tmp_path):
    path = csv_file(tmp_path)
    samples = M.column_samples(path)
    assert samples == {
        "Tgl Masuk": "02/03/2026",
        "Dari": "Siti Rahmawati",
        "Perihal Surat": "Jalan rusak",
        "No. HP": "0812-2233-4455",
        "Nomor Surat": "01/III/2026",
        "Catatan petugas": "cek",
    }
    first, second = M.preview(db, admin, path=path, mapping=MAPPING, limit=2, today=TODAY)
    assert (
        first.stored["received_at"] == date(2026, 3, 2) and first.stored["sender.phone"] == "+6281222334455"
    )
    assert first.stored["agenda_no"] is None and first.stored["channel"] == "surat"  # numbered when stored
    assert first.values["sender.phone"] == "0812-2233-4455"  # as read
    assert second.stored is None and second.problem


def test_validation_foresees_taken_agenda_numbers_and_archive_codes(db, admin, tmp_path):
    headers = ["Nomor agenda", "Tanggal diterima", "Perihal", "Kode berkas"]
    mapping = {h: M.guess(h) for h in headers}
    first = csv_file(tmp_path, "dulu.csv", headers=headers, rows=[["AG-1", "2026-01-02", "Jalan", "BRK-1"]])
    M.import_with_mapping(db, admin, path=first, mapping=mapping, today=TODAY)
    path = csv_file(
        tmp_path,
        "baru.csv",
        headers=headers,
        rows=[
            ["AG-1", "2026-01-03", "Tanah", ""],  # number taken in the register
            ["AG-2", "2026-01-04", "Bansos", "BRK-1"],  # code taken
            ["AG-3", "2026-01-05", "Pungli", ""],
            ["AG-3", "2026-01-06", "Pungli lagi", ""],  # number taken earlier in this file
            ["AG-1", "2026-01-02", "Jalan", "BRK-1"],  # the row imported before: skipped, not rejected
        ],
    )
    report = M.validate(db, admin, path=path, mapping=mapping, today=TODAY)
    assert (report.valid, report.rejected_total, report.already_imported) == (1, 3, 1)
    assert [line for line, _ in report.rejected] == [2, 3, 5]
    assert "AG-1 sudah dipakai" in report.rejected[0][1] and "BRK-1 sudah dipakai" in report.rejected[1][1]
    result = M.import_with_mapping(db, admin, path=path, mapping=mapping, today=TODAY)
    assert (result.imported, result.rejected, result.skipped) == (
        report.valid,
        report.rejected_total,
        report.already_imported,
    )
    assert result.rejected_rows == report.rejected


def test_validation_reports_progress_and_can_be_cancelled(db, admin, tmp_path):
    import threading

    rows = [[f"{1 + i % 28:02d}/03/2026", f"Warga {i}", f"Perihal {i}", "", "", ""] for i in range(450)]
    path = csv_file(tmp_path, rows=rows)
    seen = []
    report = M.validate(db, admin, path=path, mapping=MAPPING, today=TODAY, on_progress=seen.append)
    assert [p.rows for p in seen] == [200, 400, 450] and seen[-1].imported == report.valid == 450
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(M.importing.ImportCancelled):
        M.validate(db, admin, path=path, mapping=MAPPING, today=TODAY, cancel=cancel)
    with pytest.raises(M.importing.ImportCancelled):
        M.import_with_mapping(db, admin, path=path, mapping=MAPPING, today=TODAY, cancel=cancel)
    assert not M.propose_mapping(db, admin, path=path).remembered  # a cancelled import remembers nothing
    assert L.count_letters(db, admin) == 0


def test_rejected_rows_are_saved_as_xlsx_or_csv_with_formulas_as_text(tmp_path):
    from openpyxl import load_workbook

    rejected = [(3, "received_at: tanggal 'kemarin' tidak dikenali"), (7, '=HYPERLINK("http://x")')]
    xlsx = M.write_rejections(tmp_path / "ditolak.xlsx", source="=agenda.csv", rejected=rejected, total=5)
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Berkas", "Baris", "Alasan"]
    assert values[1] == ["=agenda.csv", 3, "received_at: tanggal 'kemarin' tidak dikenali"]
    assert sheet["A2"].data_type == "s" and sheet["C3"].data_type == "s"  # text, never a formula
    assert values[3][1] is None and "3 baris ditolak lainnya" in values[3][2]
    out = M.write_rejections(tmp_path / "ditolak.csv", source="agenda.csv", rejected=rejected)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Berkas;Baris;Alasan" and lines[2] == 'agenda.csv;7;"\'=HYPERLINK(""http://x"")"'
    with pytest.raises(ValidationFailed):
        M.write_rejections(tmp_path / "ditolak.pdf", source="a.csv", rejected=rejected)
