"""Writing spreadsheets that cannot run formulas smuggled in through the data (formula/CSV injection).

A name, subject or purpose typed as ``=HYPERLINK(...)``, ``+1``, ``-2+3`` or ``@SUM(...)`` would become a
live formula when openpyxl writes it as given. :func:`cell` and :func:`append_row` store such text as a
plain string cell (``data_type`` ``'s'``) with Excel's quote prefix, so it shows and prints as typed.
Numbers, dates and booleans pass unchanged. Works for normal and write-only (streaming) worksheets.

For very large one-sheet registers, :func:`stream_xlsx` writes the workbook's XML directly, every text
as an inline string, about ten times faster than openpyxl.

    from sipdumas.output.xlsx import append_row
    append_row(ws, ["=1+1", 42, date.today()])

CSV has no cell types: :func:`csv_text` prefixes risky text with an apostrophe instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any
from xml.sax.saxutils import escape

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
    if style:
        ws.append([cell(ws, v, style=style) for v in values])
    else:  # plain values stream fastest; only risky text needs a cell object of its own
        ws.append([cell(ws, v) if is_risky(v) else v for v in values])


def csv_text(value: Any) -> Any:
    """``value`` for a CSV cell: risky text gets a leading apostrophe, so a spreadsheet opening the file
    shows it rather than running it (OWASP's advice against CSV injection); other values pass unchanged."""
    return "'" + value if is_risky(value) else value


def _protect(c, value: Any) -> None:
    if is_risky(value):
        c.data_type = "s"
        c.quotePrefix = True


# ------------------------------------------------------------------------------------ the fast writer

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30)
_STATIC_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    # style 0: normal; 1: date (dd-mm-yyyy); 2: bold header
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def stream_xlsx(
    out: IO[bytes],
    *,
    sheet: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[float] = (),
) -> int:
    """Write a one-sheet workbook straight to ``out`` and return the number of data rows.

    For registers of 100,000 rows: openpyxl spends most of a minute serialising cells one object at a
    time, this writer a few seconds. Every text is an inline string (there is no way to write a
    formula), dates are dates (dd-mm-yyyy), numbers numbers; the header is bold and frozen."""
    cols = [_column_letter(i) for i in range(max(len(header), 1) + 64)]
    name = escape(sheet[:31], {'"': "&quot;"})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for part, xml in _STATIC_PARTS.items():
            zf.writestr(part, xml)
        zf.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        count = 0
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            fh = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            fh.write(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
            )
            if widths:
                fh.write("<cols>")
                fh.write(
                    "".join(
                        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                        for i, w in enumerate(widths, start=1)
                    )
                )
                fh.write("</cols>")
            fh.write("<sheetData>")
            fh.write(_row_xml(1, header, cols, style=' s="2"'))
            buf: list[str] = []
            for count, row in enumerate(rows, start=1):
                buf.append(_row_xml(count + 1, row, cols))
                if len(buf) >= 2000:
                    fh.write("".join(buf))
                    buf.clear()
            fh.write("".join(buf))
            fh.write("</sheetData></worksheet>")
            fh.flush()
            fh.detach()
    return count


def _row_xml(number: int, values: Sequence[Any], cols: list[str], style: str = "") -> str:
    parts = [f'<row r="{number}">']
    for i, v in enumerate(values):
        if v is None:
            continue
        ref = f"{cols[i]}{number}"
        if isinstance(v, bool):
            parts.append(f'<c r="{ref}" t="b"{style}><v>{int(v)}</v></c>')
        elif isinstance(v, int | float):
            parts.append(f'<c r="{ref}"{style}><v>{v}</v></c>')
        elif isinstance(v, datetime):
            serial = (v.replace(tzinfo=None) - datetime(1899, 12, 30)).total_seconds() / 86400
            parts.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
        elif isinstance(v, date):
            parts.append(f'<c r="{ref}" s="1"><v>{(v - _EXCEL_EPOCH).days}</v></c>')
        else:
            text = escape(_ILLEGAL_XML.sub("", str(v)))
            parts.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">{text}</t></is></c>')
    parts.append("</row>")
    return "".join(parts)
