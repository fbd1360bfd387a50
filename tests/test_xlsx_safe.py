"""Text that looks like a formula is written as text, in normal and in streaming worksheets."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from sipdumas.output.xlsx import append_row, is_risky


@pytest.mark.parametrize("write_only", [False, True])
def test_formula_like_text_is_stored_as_text(write_only):
    wb = Workbook(write_only=write_only)
    ws = wb.create_sheet("x") if write_only else wb.active
    append_row(ws, ["=1+1", "+6281234", "-2+3", "@SUM(A1)", "biasa", 7, None])
    buf = io.BytesIO()
    wb.save(buf)
    cells = load_workbook(io.BytesIO(buf.getvalue())).worksheets[0][1]
    assert [c.value for c in cells[:6]] == ["=1+1", "+6281234", "-2+3", "@SUM(A1)", "biasa", 7]
    assert [c.data_type for c in cells[:6]] == ["s", "s", "s", "s", "s", "n"]
    assert cells[0].quotePrefix


def test_only_text_with_a_formula_start_is_risky():
    assert is_risky("=x") and is_risky("\t=x") and not is_risky("a=b") and not is_risky(5)


def test_streamed_workbook_reads_back_with_text_dates_and_numbers():
    from datetime import date

    from sipdumas.output.xlsx import stream_xlsx

    out = io.BytesIO()
    n = stream_xlsx(
        out,
        sheet="Buku",
        header=["No", "Teks", "Tanggal"],
        rows=[(1, "=1+1", date(2026, 3, 4)), (2, 'a < b & "c"\x07', None), (3, "-", True)],
    )
    assert n == 3
    ws = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    assert ws.title == "Buku" and [c.value for c in ws[1]] == ["No", "Teks", "Tanggal"] and ws[1][0].font.b
    assert (ws["B2"].value, ws["B2"].data_type) == ("=1+1", "s")
    assert ws["C2"].value.date() == date(2026, 3, 4) and ws["A2"].value == 1
    assert ws["B3"].value == 'a < b & "c"' and ws["C4"].value is True and ws["B4"].data_type == "s"
    assert ws.freeze_panes == "A2"


def test_csv_text_quotes_only_risky_text():
    from sipdumas.output.xlsx import csv_text

    assert [csv_text(v) for v in ("=1+1", "@SUM(A1)", "biasa", 7, None)] == [
        "'=1+1",
        "'@SUM(A1)",
        "biasa",
        7,
        None,
    ]
