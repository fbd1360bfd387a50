"""The buku agenda exported to xlsx: the register's rows in order, period filter, formulas kept as text,
identity left out for other agencies."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from sipdumas.exports.register import HEADERS, export_register
from sipdumas.services import letters as L

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 6, 1)


def reg(db, admin, subject, name, received, **kw):
    data = L.LetterInput(received_at=received, subject=subject, sender=L.SenderData(name=name, phone="081234567890"), **kw)
    return L.register_letter(db, admin, data=data, today=TODAY)


def sheet_rows(path):
    ws = load_workbook(path).active
    return [[c for c in row] for row in ws.iter_rows()]


def test_register_rows_in_order_with_flags_and_formulas_as_text(db, admin, tmp_path):
    reg(db, admin, "=HYPERLINK(\"http://x\",\"klik\")", "@SUM(1)", date(2026, 3, 2))
    reg(db, admin, "Jalan rusak", "Budi", date(2026, 3, 1), cc=["Presiden Republik Indonesia"],
        addressee="Gubernur Jawa Barat")
    result = export_register(db, admin, out=tmp_path / "agenda.xlsx")
    assert result.rows == 2
    rows = sheet_rows(tmp_path / "agenda.xlsx")
    assert [c.value for c in rows[0]] == list(HEADERS)
    first, second = rows[1], rows[2]
    assert first[2].value == "D-2026-00002" and first[3].value == "Budi"  # oldest received first
    assert "Tembusan" in first[9].value
    assert second[6].value == "=HYPERLINK(\"http://x\",\"klik\")" and second[6].data_type == "s"
    assert second[3].value == "@SUM(1)" and second[3].data_type == "s"


def test_period_filter_and_confidential_export(db, admin, tmp_path):
    reg(db, admin, "Pungli", "Siti Rahmawati", date(2026, 1, 5))
    reg(db, admin, "Tanah", "Joko Susilo", date(2026, 2, 5))
    reg(db, admin, "Bansos", "Rina Wati", date(2026, 3, 5))
    out = tmp_path / "rahasia.xlsx"
    result = export_register(
        db, admin, out=out, received_from=date(2026, 2, 1), received_to=date(2026, 3, 31), confidential=True
    )
    assert result.rows == 2
    cells = [c.value for row in sheet_rows(out) for c in row if c.value is not None]
    assert not any(isinstance(v, str) and ("Joko" in v or "Rina" in v or "Siti" in v) for v in cells)
    assert "(dirahasiakan)" in cells


def test_export_command(db, admin, tmp_path):
    reg(db, admin, "Jalan rusak", "Budi", date(2026, 3, 1))
    out = subprocess.run(
        [sys.executable, "-m", "sipdumas", "--db", db.location.database_url, "--data-dir", str(db.location.data_dir),
         "export", "register", "--out", str(tmp_path / "a.xlsx"), "--from", "2026-01-01"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"file": str(tmp_path / "a.xlsx"), "rows": 1}
    assert load_workbook(tmp_path / "a.xlsx").active.max_row == 2
