"""Writing spreadsheets that cannot run formulas smuggled in through the data (formula/CSV injection).

A name, subject or purpose typed as ``=HYPERLINK(...)``, ``+1``, ``-2+3`` or ``@SUM(...)`` would become a
live formula when openpyxl writes it as given. :func:`cell` and :func:`append_row` store such text as a
plain string cell (``data_type`` ``'s'``) with Excel's quote prefix, so it shows and prints as typed.
Numbers, dates and booleans pass unchanged. Works for normal and write-only (streaming) worksheets.

    from sipdumas.xlsx_safe import append_row
    append_row(ws, ["=1+1", 42, date.today()])
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

#: First characters that make a spreadsheet read text as a formula (tab and CR: OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def cell(ws, value: Any, *, style: dict[str, Any] | None = None):
    """A cell for ``ws`` holding ``value``; risky text is forced to a string cell. For write-only
    sheets this is a :class:`WriteOnlyCell`; ``style`` sets attributes such as ``font``."""
    if isinstance(ws, Worksheet):
        raise TypeError("cell() is for write-only sheets; use append_row or set_value on normal ones")
    c = WriteOnlyCell(ws, value=value)
    _protect(c, value)
    for key, val in (style or {}).items():
        setattr(c, key, val)
    return c


def set_value(target_cell, value: Any) -> None:
    """Put ``value`` in an existing (normal worksheet) cell, risky text as text."""
    target_cell.value = value
    _protect(target_cell, value)


def append_row(ws, values: Iterable[Any], *, style: dict[str, Any] | None = None) -> None:
    """Append one row to a normal or write-only worksheet, risky text written as text."""
    if isinstance(ws, Worksheet):
        values = list(values)
        ws.append([None if is_risky(v) else v for v in values])
        row = ws.max_row
        for col, v in enumerate(values, start=1):
            c = ws.cell(row=row, column=col)
            if is_risky(v):
                set_value(c, v)
            for key, val in (style or {}).items():
                setattr(c, key, val)
        return
    ws.append([cell(ws, v, style=style) for v in values])


def _protect(c, value: Any) -> None:
    if is_risky(value):
        c.data_type = "s"
        c.quotePrefix = True
