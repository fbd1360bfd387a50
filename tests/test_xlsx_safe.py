"""Text that looks like a formula is written as text, in normal and in streaming worksheets."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from sipdumas.xlsx_safe import append_row, is_risky


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
