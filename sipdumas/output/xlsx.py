"""Writing spreadsheets that cannot run formulas smuggled in through the data (formula/CSV injection).

A name, subject or purpose typed as ``=HYPERLINK(...)``, ``+1``, ``-2+3`` or ``@SUM(...)`` would become a
live formula when openpyxl writes it as given. :func:`cell` and :func:`append_row` store such text as a
plain string cell (``data_type`` ``'s'``) with Excel's quote prefix, so it shows and prints as typed.
Numbers, dates and booleans pass unchanged. Works for normal and write-only (streaming) worksheets.

For very large one-sheet registers, :func:`stream_xlsx` writes the workbook's XML directly, every text
as an inline string, about ten times faster than openpyxl.

Spreadsheets are printed too. Every workbook carries a print set-up (:class:`PrintSetup`, written by
:func:`stream_xlsx` and by :func:`print_setup` for openpyxl sheets): A4 landscape, fitted to the page
width, the header rows repeated on every page, a page header naming the document and the office, a
footer "Halaman n dari m"; registers also wrap long text and carry an autofilter. The workbook's
properties name the document and the office (never a complainant).

    from sipdumas.output.xlsx import append_row
    append_row(ws, ["=1+1", 42, date.today()])

CSV has no cell types: :func:`csv_text` prefixes risky text with an apostrophe instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


# ------------------------------------------------------------------------------------ print set-up


@dataclass(frozen=True, slots=True)
class PrintSetup:
    """How a sheet prints: ``title`` in the page header's centre, ``office`` at its left, ``note`` (the
    filter or period) at its right; ``header_rows`` repeated on every page; landscape A4 fitted to the
    page width (``fit_height``: also to one page high, for the short sheets of a report);
    ``print_columns``: the print area is the first columns only (a register's own columns; the others
    stay in the sheet for filtering)."""

    title: str
    office: str = ""
    note: str = ""
    header_rows: int = 1
    fit_height: bool = False
    print_columns: int | None = None  # only the first columns are printed (None: all)


def _header_text(value: str) -> str:
    # "&" starts a code in a page header; "&&" prints one
    return value.replace("&", "&&")[:80]


def header_footer(setup: PrintSetup) -> tuple[str, str]:
    """The page header and footer codes of ``setup`` (the same in both writers): the office at the
    left, the title in the centre, the note at the right, the page count in the footer."""
    header = (
        f'&L&7{_header_text(setup.office)}&C&"-,Bold"&8{_header_text(setup.title)}'
        f"&R&7{_header_text(setup.note)}"
    )
    return header, "&R&8Halaman &P dari &N"


def print_setup(ws, setup: PrintSetup) -> None:
    """Give the openpyxl sheet ``ws`` the print set-up of ``setup``."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if setup.fit_height else 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if setup.header_rows:
        ws.print_title_rows = f"1:{setup.header_rows}"
    ws.oddHeader.left.text = _header_text(setup.office)
    ws.oddHeader.center.text = _header_text(setup.title)
    ws.oddHeader.right.text = _header_text(setup.note)
    ws.oddHeader.left.size = ws.oddHeader.right.size = 7
    ws.oddHeader.center.size, ws.oddHeader.center.font = 8, "-,Bold"
    ws.oddFooter.right.text, ws.oddFooter.right.size = "Halaman &P dari &N", 8


def workbook_properties(wb, *, title: str, office: str) -> None:
    """The properties of an openpyxl workbook: title and the office as creator (openpyxl's default
    creator is "openpyxl")."""
    wb.properties.title = title
    wb.properties.creator = office
    wb.properties.lastModifiedBy = office
    wb.properties.subject = title


# ------------------------------------------------------------------------------------ the fast writer

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STATIC_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    # style 0: normal (top-aligned); 1: date (dd-mm-yyyy); 2: header (bold, wrapped, shaded, boxed);
    # 3: text, wrapped
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<styleSheet xmlns="{_MAIN}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>'
        '<fonts count="2"><font><sz val="10"/><name val="Calibri"/></font>'
        '<font><b/><sz val="10"/><name val="Calibri"/></font></fonts>'
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFE4E9F0"/><bgColor indexed="64"/></patternFill></fill></fills>'
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
        "</cellXfs>"
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


def _core_xml(title: str, creator: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
        "</cp:coreProperties>"
    )


def stream_xlsx(
    out: IO[bytes],
    *,
    sheet: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[float] = (),
    setup: PrintSetup | None = None,
) -> int:
    """Write a one-sheet workbook straight to ``out`` and return the number of data rows.

    For registers of 100,000 rows: openpyxl spends most of a minute serialising cells one object at a
    time, this writer a few seconds. Every text is an inline string (there is no way to write a
    formula), wrapped in its column; dates are dates (dd-mm-yyyy), numbers numbers; the header is bold,
    frozen, repeated on every printed page and carries an autofilter. ``setup``: the print set-up and
    the workbook's properties (default: the sheet's name as the title)."""
    setup = setup or PrintSetup(title=sheet)
    cols = [_column_letter(i) for i in range(max(len(header), 1) + 64)]
    name = escape(sheet[:31], {'"': "&quot;"})
    quoted = "'" + sheet[:31].replace("'", "''") + "'"
    last_col = cols[max(len(header), 1) - 1]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for part, xml in _STATIC_PARTS.items():
            zf.writestr(part, xml)
        zf.writestr("docProps/core.xml", _core_xml(setup.title, setup.office or setup.title))
        count = 0
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            fh = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            fh.write(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<worksheet xmlns="{_MAIN}">'
                '<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>'
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
            fh.write(_row_xml(1, header, cols, style=' s="2"', widths=widths))
            buf: list[str] = []
            for count, row in enumerate(rows, start=1):
                buf.append(_row_xml(count + 1, row, cols, widths=widths))
                if len(buf) >= 2000:
                    fh.write("".join(buf))
                    buf.clear()
            fh.write("".join(buf))
            fh.write("</sheetData>")
            fh.write(f'<autoFilter ref="A1:{last_col}{count + 1}"/>')
            page_header, page_footer = header_footer(setup)
            fh.write(
                '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.25" footer="0.25"/>'
                f'<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="{1 if setup.fit_height else 0}"/>'
                f"<headerFooter><oddHeader>{escape(page_header)}</oddHeader>"
                f"<oddFooter>{escape(page_footer)}</oddFooter></headerFooter>"
                "</worksheet>"
            )
            fh.flush()
            fh.detach()
        zf.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{_MAIN}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
            "<definedNames>"
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">{escape(quoted)}!$A$1:${last_col}${count + 1}</definedName>'
            f'<definedName name="_xlnm.Print_Titles" localSheetId="0">{escape(quoted)}!$1:${setup.header_rows}</definedName>'
            + (
                f'<definedName name="_xlnm.Print_Area" localSheetId="0">{escape(quoted)}!$A$1:'
                f"${cols[setup.print_columns - 1]}${count + 1}</definedName>"
                if setup.print_columns
                else ""
            )
            + "</definedNames></workbook>",
        )
    return count


LINE_HEIGHT = 13.0  # points per line of 10-point text


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (an estimate that errs
    on the high side: a cut line is worse than a little room)."""
    room = max(width - 1.5, 1.0)
    return sum(max(1, -(-int(len(part) * 1.1) // int(room))) for part in text.split("\n"))


def _row_xml(
    number: int, values: Sequence[Any], cols: list[str], style: str = "", widths: Sequence[float] = ()
) -> str:
    """One row; with ``widths`` its height is set for its longest wrapped text (an application opening
    the file does not always work it out itself, and then wrapped lines overlap in print)."""
    parts = [""]
    text_style = style or ' s="3"'
    lines = 1
    for i, v in enumerate(values):
        if v is None:
            continue
        ref = f"{cols[i]}{number}"
        if isinstance(v, bool):
            parts.append(f'<c r="{ref}" t="b"{text_style}><v>{int(v)}</v></c>')
        elif isinstance(v, int | float):
            parts.append(f'<c r="{ref}"{text_style}><v>{v}</v></c>')
        elif isinstance(v, datetime):
            serial = (v.replace(tzinfo=None) - datetime(1899, 12, 30)).total_seconds() / 86400
            parts.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
        elif isinstance(v, date):
            parts.append(f'<c r="{ref}" s="1"><v>{(v - _EXCEL_EPOCH).days}</v></c>')
        else:
            raw = _ILLEGAL_XML.sub("", str(v))
            if i < len(widths):
                lines = max(lines, _lines(raw, widths[i]))
            parts.append(
                f'<c r="{ref}" t="inlineStr"{text_style}><is><t xml:space="preserve">{escape(raw)}</t></is></c>'
            )
    height = f' ht="{min(lines, 30) * LINE_HEIGHT + 2:g}" customHeight="1"' if lines > 1 else ""
    parts[0] = f'<row r="{number}"{height}>'
    parts.append("</row>")
    return "".join(parts)
