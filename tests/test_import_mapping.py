"""The mapping step of a legacy import: guessed and remembered mappings per source, a preview, the report
of rows that would be rejected, and an import with the mapping that adds nothing the second time."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from sipdumas.errors import ValidationFailed
from sipdumas.services import import_mapping as M
from sipdumas.services import letters as L

TODAY = date(2026, 6, 1)
HEADERS = ["Tgl Masuk", "Dari", "Perihal Surat", "No. HP", "Nomor Surat", "Catatan petugas"]
ROWS = [
    ["02/03/2026", "Siti Rahmawati", "Jalan rusak", "0812-2233-4455", "01/III/2026", "cek"],
    ["kemarin", "Budi", "Pungli", "0812-1111-2222", "", ""],
    ["05/03/2026", "Andi", "", "", "", ""],
    ["06/03/2026", "=HYPERLINK(\"x\")", "Bansos", "nomor salah", "", ""],
    ["07/03/2026", "Joko", "Tanah", "", "", "catatan"],
]
MAPPING = {"Tgl Masuk": "received_at", "Dari": "sender.name", "Perihal Surat": "subject", "No. HP": "sender.phone",
           "Nomor Surat": "letter_no", "Catatan petugas": ""}


def csv_file(tmp_path, name="agenda.csv", rows=ROWS, headers=HEADERS):
    path = tmp_path / name
    path.write_text("\n".join(";".join(r) for r in [headers, *rows]) + "\n", encoding="utf-8")
    return path


def test_guess_then_remember_per_source(db, admin, tmp_path):
    path = csv_file(tmp_path)
    first = M.propose_mapping(db, admin, path=path)
    assert not first.remembered and first.headers == HEADERS
    assert first.mapping["Nomor Surat"] == "letter_no" and first.mapping["Tgl Masuk"] == ""  # unknown heading
    M.save_mapping(db, admin, headers=first.headers, mapping=MAPPING)
    # the next month's file of the same source: same headings (other case and spacing), other rows
    other = csv_file(tmp_path, "april.csv", rows=ROWS[:1], headers=[h.upper() + " " for h in HEADERS])
    again = M.propose_mapping(db, admin, path=other)
    assert again.signature == first.signature
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
    rows = L.list_letters(db, admin, query=L.LetterQuery(sort="received_at", descending=False))
    assert [(r.received_at, r.sender.name, r.letter_no) for r in rows] == [
        (date(2026, 3, 2), "Siti Rahmawati", "01/III/2026"), (date(2026, 3, 7), "Joko", None)]


def test_xlsx_and_jsonl_sources(db, admin, tmp_path):
    wb = Workbook()
    wb.active.append(HEADERS)
    wb.active.append([date(2026, 3, 2), "Siti", "Jalan rusak", None, None, None])
    wb.save(tmp_path / "a.xlsx")
    assert M.read_headers(tmp_path / "a.xlsx") == HEADERS
    assert M.import_with_mapping(db, admin, path=tmp_path / "a.xlsx", mapping=MAPPING, today=TODAY).imported == 1
    (tmp_path / "b.jsonl").write_text('{"tgl": "2026-03-04", "hal": "Bansos", "nama": "Rina"}\n', encoding="utf-8")
    proposal = M.propose_mapping(db, admin, path=tmp_path / "b.jsonl")
    assert proposal.headers == ["tgl", "hal", "nama"] and proposal.mapping["hal"] == "subject"
    result = M.import_with_mapping(db, admin, path=tmp_path / "b.jsonl",
                                   mapping={"tgl": "received_at", "hal": "subject", "nama": "sender.name"}, today=TODAY)
    assert result.imported == 1
    assert L.search_letters(db, admin, text="Rina")[0].sender.name == "Rina"
