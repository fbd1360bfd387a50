"""The periodic report as an xlsx workbook (one sheet per table, with charts) and as a PDF with charts.

Both draw from the same :class:`~sipdumas.output.reports.periodic.PeriodicReport`, so the workbook, the PDF and
the register can never disagree. Every text cell of the workbook goes through :mod:`sipdumas.output.xlsx`
(a subject written as ``=...`` in the topics table stays text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sipdumas.domain.indonesian import long_date
from sipdumas.output.files import atomic_open
from sipdumas.output.reports.periodic import PeriodicReport, ReportTable
from sipdumas.output.xlsx import append_row

BOLD = Font(bold=True)
#: Rows printed per table in the PDF (the workbook always has every row).
PDF_ROWS = 20
CHART_BARS = 10
BAR_COLOUR = colors.HexColor("#3d6a9e")


# ---------------------------------------------------------------- xlsx


def write_workbook(report: PeriodicReport, out: Path) -> Path:
    wb = Workbook()
    cover = wb.active
    cover.title = "Laporan"
    for values in (
        ("LAPORAN EVALUASI BERKALA PENGADUAN MASYARAKAT",),
        ("Periode", report.period.label),
        ("Surat diterima", f"{long_date(report.period.start)} s.d. {long_date(report.period.end)}"),
        ("Keadaan per", report.as_of),
        ("Jumlah surat", report.total),
    ):
        append_row(cover, values)
    cover["A1"].font = Font(bold=True, size=13)
    cover["B4"].number_format = "dd-mm-yyyy"
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 40
    for table in report.tables:
        _sheet(wb, table)
    with atomic_open(out) as fh:
        wb.save(fh)
    return out


def _sheet(wb: Workbook, table: ReportTable) -> None:
    ws = wb.create_sheet(table.key[:31])
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

TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.5)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8, leading=9.5)


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
    story = [
        Paragraph("LAPORAN EVALUASI BERKALA PENGADUAN MASYARAKAT", TITLE),
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
    for table in report.tables:
        story.append(CondPageBreak(6 * cm))
        story.append(Paragraph(escape(table.title), H2))
        story.append(_pdf_table(table, width))
        if table.chart and table.rows and any(r[table.value_column] for r in table.rows):
            story.append(Spacer(0, 0.2 * cm))
            story.append(KeepTogether(_chart(table, width)))

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(
            A4[0] - 2 * cm, 1 * cm, f"Evaluasi berkala {report.period.label} · halaman {document.page}"
        )
        canvas.restoreState()

    with atomic_open(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=1.8 * cm,
            bottomMargin=1.8 * cm,
            title=f"Evaluasi berkala {report.period.label}",
            author="SIPDUMAS",
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out


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
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.bars[0].fillColor = BAR_COLOUR
        chart.barLabelFormat = "%d"
        chart.barLabels.fontSize = 6.5
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    top = max([r[table.value_column] for r in rows] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15 if top > 4 else 5
    chart.valueAxis.labels.fontSize = 7
    d.add(chart)
    return d


def _short(text: str, size: int = 38) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
