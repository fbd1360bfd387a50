"""The periodic report as an xlsx workbook (one sheet per table, with charts) and as a PDF with charts.

Both draw from the same :class:`~sipdumas.output.reports.periodic.PeriodicReport`, so the workbook, the PDF and
the register can never disagree. Every text cell of the workbook goes through :mod:`sipdumas.output.xlsx`
(a subject written as ``=...`` in the topics table stays text).

Both are documents an office signs: the PDF opens with the letterhead, the title and a short narrative of
the period (:func:`~sipdumas.output.reports.periodic.narrative`), keeps each chart with its title, and ends
with the approval block (prepared by the user who made it, approved by the signer of the workflow
settings); the workbook's cover sheet says the same, and every sheet prints landscape on one page width
with its title and header rows repeated, its chart within the first page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sipdumas.domain.indonesian import long_date
from sipdumas.output.files import atomic_open
from sipdumas.output.pdf.common import grid, letterhead
from sipdumas.output.pdf.document import BOLD as FONT_BOLD
from sipdumas.output.pdf.document import FONT, DocumentInfo, canvas_maker
from sipdumas.output.reports.periodic import PeriodicReport, ReportTable, narrative
from sipdumas.output.xlsx import PrintSetup, append_row, print_setup, set_value, workbook_properties

BOLD = Font(bold=True)
#: Rows printed per table in the PDF (the workbook always has every row).
PDF_ROWS = 20
CHART_BARS = 10
BAR_COLOUR = colors.HexColor("#3d6a9e")


# ---------------------------------------------------------------- xlsx


REPORT_TITLE = "LAPORAN EVALUASI BERKALA PENGADUAN MASYARAKAT"
#: Sheets with up to this many rows print on one page (table and chart); longer ones on one page width.
ONE_PAGE_ROWS = 40


def _office_name(report: PeriodicReport) -> str:
    return report.office.name if report.office else "SIPDUMAS"


def write_workbook(report: PeriodicReport, out: Path) -> Path:
    wb = Workbook()
    office = _office_name(report)
    workbook_properties(wb, title=f"Evaluasi berkala {report.period.label}", office=office)
    cover = wb.active
    cover.title = "Laporan"
    row = 0

    def put(*values, font: Font | None = None, wrap: bool = False, height: float | None = None) -> None:
        nonlocal row
        row += 1
        for column, value in enumerate(values, start=1):
            cell = cover.cell(row=row, column=column)
            set_value(cell, value)
            if font is not None:
                cell.font = font
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if height:
            cover.row_dimensions[row].height = height

    for line in report.office.lines if report.office else ():
        put(line, font=Font(bold=True, size=11))
    row += 1
    put(REPORT_TITLE, font=Font(bold=True, size=13))
    put("Periode", report.period.label)
    put("Surat diterima", f"{long_date(report.period.start)} s.d. {long_date(report.period.end)}")
    put("Keadaan per", long_date(report.as_of))
    put("Jumlah surat", report.total)
    cover.cell(row=row, column=2).alignment = Alignment(horizontal="left")
    row += 1
    for sentence in narrative(report):
        put(sentence, wrap=True, height=15 * (1 + len(sentence) // 95))
        cover.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    if report.office:
        o = report.office
        row += 1
        put("Disusun oleh,", f"{o.place}, {long_date(report.as_of)}")
        put(o.prepared_position or "", "Mengetahui,\n" + "\n".join(o.signer_lines), wrap=True)
        cover.row_dimensions[row].height = 15 * (1 + len(o.signer_lines))
        row += 3
        put(o.prepared_by, o.signer_name, font=Font(bold=True, underline="single"))
        put(f"NIP {o.prepared_nip}" if o.prepared_nip else "", f"NIP {o.signer_nip}" if o.signer_nip else "")
    cover.column_dimensions["A"].width = 45
    cover.column_dimensions["B"].width = 60
    print_setup(
        cover,
        PrintSetup(
            title=REPORT_TITLE, office=office, note=report.period.label, header_rows=0, fit_height=True
        ),
    )
    for table in report.tables:
        _sheet(wb, table, report)
    with atomic_open(out) as fh:
        wb.save(fh)
    return out


def _sheet(wb: Workbook, table: ReportTable, report: PeriodicReport) -> None:
    ws = wb.create_sheet(table.key[:31])
    print_setup(
        ws,
        PrintSetup(
            title=table.title,
            office=_office_name(report),
            note=f"Evaluasi berkala {report.period.label}",
            header_rows=2,
            fit_height=len(table.rows) <= ONE_PAGE_ROWS,
        ),
    )
    append_row(ws, [table.title], style={"font": Font(bold=True, size=12)})
    append_row(ws, table.headers, style={"font": BOLD})
    for row in table.rows:
        append_row(ws, row)
    ws.freeze_panes = "A3"
    ws.column_dimensions["A"].width = 46
    for letter in "BCDEFGH":
        ws.column_dimensions[letter].width = 16
    if not table.rows or not table.chart:
        return
    last = min(len(table.rows), 12 if table.chart == "line" else CHART_BARS) + 2
    labels = Reference(ws, min_col=1, min_row=3, max_row=last)
    values = Reference(ws, min_col=table.value_column + 1, min_row=2, max_row=last)
    if table.chart == "line":
        chart = LineChart()
        chart.y_axis.title = "Surat"
    else:
        chart = BarChart()
        chart.type = "bar"  # horizontal: long labels stay readable
        chart.y_axis.title = "Surat"
        chart.legend = None
    chart.title = table.title
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(labels)
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"{chr(ord('A') + len(table.headers) + 1)}2")


# ---------------------------------------------------------------- pdf

TITLE = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=12.5, leading=16, alignment=1)
H2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4)
TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9.5, leading=13, alignment=4)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10.5, alignment=1)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9.5)
HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=7.5, leading=9.5)
CAPTION = ParagraphStyle(
    "caption", fontName=FONT, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333")
)


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, date):
        return long_date(value)
    return str(value)


def write_pdf(report: PeriodicReport, out: Path) -> Path:
    width = A4[0] - 4 * cm
    story: list = []
    office = report.office
    if office:
        story += letterhead(
            logo=office.logo, lines=office.lines, address=office.address, contact=office.contact, width=width
        )
        story.append(Spacer(0, 0.4 * cm))
    story += [
        Paragraph(REPORT_TITLE, TITLE),
        Paragraph(
            escape(
                f"Periode {report.period.label}: surat diterima {long_date(report.period.start)} s.d. "
                f"{long_date(report.period.end)}; keadaan per {long_date(report.as_of)}; "
                f"{_fmt(report.total)} surat."
            ),
            NOTE,
        ),
        Spacer(0, 0.3 * cm),
    ]
    story += [Paragraph(escape(sentence), TEXT) for sentence in narrative(report)]
    story.append(Spacer(0, 0.2 * cm))
    for table in report.tables:
        block = [Paragraph(escape(table.title), H2), _pdf_table(table, width)]
        if table.chart and table.rows and any(r[table.value_column] for r in table.rows):
            # the chart keeps its title with it, on the page it is drawn on
            chart = [
                Spacer(0, 0.2 * cm),
                Paragraph(escape(f"Grafik: {table.title}"), CAPTION),
                _chart(table, width),
            ]
            if len(table.rows) <= PDF_ROWS:
                block += chart
                story.append(KeepTogether(block))
            else:
                story += [KeepTogether(block[:2] + [Spacer(0, 0)]), KeepTogether(chart)]
        else:
            story.append(KeepTogether(block))
    if office:
        # the approval never stands alone on a page: it goes with the last table
        last = story.pop()
        story.append(KeepTogether([last, Spacer(0, 0.6 * cm), *_approval(report, width)]))
    with atomic_open(out) as fh:
        doc = SimpleDocTemplate(
            fh, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm, bottomMargin=2 * cm
        )
        info = DocumentInfo(
            title=f"Evaluasi berkala {report.period.label}",
            author=_office_name(report),
            subject=f"Laporan evaluasi berkala pengaduan masyarakat {report.period.label}",
            created=report.as_of,
        )
        doc.build(story, canvasmaker=canvas_maker(info, page_numbers="of_total"))
    return out


def _approval(report: PeriodicReport, width: float) -> list:
    """Prepared by (left) and approved by (right), each with room to sign and stamp; the names and
    NIPs on one level (rows of one table), however the positions wrap."""
    from sipdumas.output.pdf.common import SIGNER_NAME, STAMP_SPACE, esc, para

    o = report.office
    right = [f"{o.place}, {long_date(report.as_of)}", "Mengetahui,", *o.signer_lines]
    left = [
        "\u00a0",
        "Disusun oleh,",
        *([o.prepared_position.rstrip(",") + ","] if o.prepared_position else []),
    ]

    def nip(value: str):
        return para(f"NIP {value}") if value else ""

    rows = [
        [[para(x) for x in left], [para(x) for x in right]],
        [Spacer(0, STAMP_SPACE), ""],
        [
            Paragraph(f"<u>{esc(o.prepared_by)}</u>", SIGNER_NAME),
            Paragraph(f"<u>{esc(o.signer_name)}</u>", SIGNER_NAME),
        ],
        [nip(o.prepared_nip), nip(o.signer_nip)],
    ]
    return [grid(rows, [width / 2, width / 2])]


def _pdf_table(table: ReportTable, width: float) -> Table:
    shown = table.rows[:PDF_ROWS]
    data = [[Paragraph(escape(h), HEAD) for h in table.headers]]
    data += [[Paragraph(escape(_fmt(v)), CELL) for v in row] for row in shown]
    if len(table.rows) > PDF_ROWS:
        rest = sum(r[table.value_column] for r in table.rows[PDF_ROWS:])
        filler = [""] * len(table.headers)
        filler[0] = Paragraph(escape(f"{len(table.rows) - PDF_ROWS} lainnya (lengkap di lembar kerja)"), CELL)
        filler[table.value_column] = Paragraph(_fmt(rest), CELL)
        data.append(filler)
    first = width * (0.55 if len(table.headers) <= 3 else 0.22)
    others = (width - first) / max(len(table.headers) - 1, 1)
    t = Table(data, colWidths=[first] + [others] * (len(table.headers) - 1), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _chart(table: ReportTable, width: float) -> Drawing:
    if table.chart == "line":
        rows = table.rows
        d = Drawing(width, 5.5 * cm)
        chart = HorizontalLineChart()
        chart.x, chart.y, chart.width, chart.height = 1.2 * cm, 1.0 * cm, width - 1.6 * cm, 4.0 * cm
        chart.data = [[r[table.value_column] for r in rows]]
        chart.categoryAxis.categoryNames = [r[0] for r in rows]
        chart.categoryAxis.labels.fontSize = 6.5
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.lines[0].strokeColor = BAR_COLOUR
        chart.lines[0].strokeWidth = 1.5
    else:
        rows = table.rows[:CHART_BARS]
        bar = 0.45 * cm
        d = Drawing(width, bar * len(rows) + 1.2 * cm)
        chart = HorizontalBarChart()
        chart.x, chart.y = 6.5 * cm, 0.6 * cm
        chart.width, chart.height = width - 7.2 * cm, bar * len(rows)
        # reportlab draws the first category at the bottom; the largest goes on top
        chart.data = [[r[table.value_column] for r in reversed(rows)]]
        chart.categoryAxis.categoryNames = [_short(str(r[0])) for r in reversed(rows)]
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.bars[0].fillColor = BAR_COLOUR
        chart.barLabelFormat = "%d"
        chart.barLabels.fontSize = 6.5
        chart.barLabels.fontName = FONT
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    top = max([r[table.value_column] for r in rows] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15 if top > 4 else 5
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    d.add(chart)
    return d


def _short(text: str, size: int = 38) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
