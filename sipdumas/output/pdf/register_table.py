"""A long table printed on landscape A4, the header row on every page, in bounded memory: the printed
register (:mod:`sipdumas.output.register` chooses its columns and gives its rows).

A single reportlab ``Table`` of 100,000 rows measures every row before it draws the first page and keeps
them all. :class:`StreamedTable` instead pulls rows from an iterator one page at a time: when the
document asks it to split, it takes as many rows as fit in the space left, returns them as a
``Table(repeatRows=1)`` that starts with the header row, and stays behind for the next page. Only the
rows of the page being laid out are in memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sipdumas.output.files import atomic_open

FONT, BOLD = "Helvetica", "Helvetica-Bold"
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7, leading=8.5)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=7, leading=8.5)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=15)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10)
PAD = 2
MAX_TEXT = 400
_STYLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


class StreamedTable(Flowable):
    """Rows from ``rows`` laid out page by page as tables that each begin with ``header``."""

    def __init__(self, header: Sequence[str], rows: Iterator[Sequence], widths: Sequence[float]):
        super().__init__()
        self.widths = list(widths)
        self.header = [Paragraph(escape(h), HEAD) for h in header]
        self.rows = rows
        self.pending: list[list[Paragraph]] = []  # rows taken from the iterator but not yet placed
        self._header_height = self._height(self.header)
        self.pages = 0

    def _cells(self, values: Sequence) -> list[Paragraph]:
        return [Paragraph(escape(_text(v)), CELL) for v in values]

    def _height(self, cells: list[Paragraph]) -> float:
        return max(p.wrap(w - 2 * PAD, 10_000)[1] for p, w in zip(cells, self.widths, strict=True)) + 2 * PAD

    def _peek(self) -> bool:
        if not self.pending:
            nxt = next(self.rows, None)
            if nxt is None:
                return False
            self.pending.append(self._cells(nxt))
        return True

    def wrap(self, avail_width, avail_height):
        # Claim more than the frame holds while rows remain, so that the document always splits us.
        return (sum(self.widths), avail_height + 1) if self._peek() else (0, 0)

    def split(self, avail_width, avail_height):
        if not self._peek():
            return []
        page: list[list[Paragraph]] = []
        used = self._header_height
        while self._peek():
            row = self.pending[0]
            height = self._height(row)
            if used + height > avail_height and page:
                break
            if used + height > avail_height and avail_height < 0.5 * A4[0]:
                return []  # not even one row fits below what is already on this page: next page
            page.append(self.pending.pop(0))
            used += height
        self.pages += 1
        # reportlab marks a flowable it had to move to the next frame and fails if the mark is still
        # there the next time; the mark belongs to the earlier pages, not to the rows still to come.
        self.__dict__.pop("_postponed", None)
        table = Table([self.header, *page], colWidths=self.widths, repeatRows=1)
        table.setStyle(_STYLE)
        return [table, self] if self._peek() else [table]

    def draw(self):  # everything is drawn by the page tables split off
        pass


def write_table_pdf(
    out: Path,
    *,
    header: Sequence[str],
    widths_cm: Sequence[float],
    rows: Iterator[Sequence],
    heading: str,
    note: str,
    title: str,
) -> None:
    """Print ``rows`` (values of the ``header`` columns, ``widths_cm`` wide; dates as dd-mm-yyyy, long
    texts cut) under ``heading`` and ``note`` to ``out``, pulling the rows one page at a time. ``title``:
    the document's title in its properties."""
    widths = [w * cm for w in widths_cm]
    story = [Paragraph(escape(heading), TITLE), Paragraph(escape(note), NOTE), Spacer(0, 0.3 * cm)]

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawRightString(landscape(A4)[0] - 1 * cm, 0.6 * cm, f"Halaman {document.page}")
        canvas.restoreState()

    with atomic_open(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=landscape(A4),
            leftMargin=1 * cm,
            rightMargin=1 * cm,
            topMargin=1.2 * cm,
            bottomMargin=1.2 * cm,
            title=title,
            author="SIPDUMAS",
        )
        story.append(StreamedTable(header, rows, widths))
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
