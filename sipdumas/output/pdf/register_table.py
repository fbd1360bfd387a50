"""A long table printed on landscape A4, the header row on every page, in bounded memory: the printed
register (:mod:`sipdumas.output.register` chooses its columns and gives its rows).

A single reportlab ``Table`` of 100,000 rows measures every row before it draws the first page and keeps
them all. :class:`StreamedTable` instead pulls rows from an iterator one page at a time: when the
document asks it to split, it takes as many rows as fit in the space left, returns them as a
``Table(repeatRows=1)`` that starts with the header row, and stays behind for the next page. Only the
rows of the page being laid out are in memory. An empty selection still prints its header row and a
line saying it is empty; the page numbers read "Halaman n dari m" (the total is written once, at the
end, into a form every page shows).
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
from sipdumas.output.pdf.document import BOLD, FONT, DocumentInfo, canvas_maker

CELL = ParagraphStyle("cell", fontName=FONT, fontSize=6.5, leading=8)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=6.5, leading=8)
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=11, leading=14)
NOTE = ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5)
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

    def __init__(
        self, header: Sequence[str], rows: Iterator[Sequence], widths: Sequence[float], *, empty: str = ""
    ):
        super().__init__()
        self.widths = list(widths)
        self.header = [Paragraph(escape(h), HEAD) for h in header]
        self.rows = rows
        self.pending: list[list[Paragraph]] = []  # rows taken from the iterator but not yet placed
        self._header_height = self._height(self.header)
        self.pages = 0
        self.empty = empty
        self._started = False

    def _cells(self, values: Sequence) -> list[Paragraph]:
        return [Paragraph(escape(_text(v)).replace("\n", "<br/>&nbsp;"), CELL) for v in values]

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
        if not self._started and not self._peek():
            return self._empty_table().wrap(avail_width, avail_height)
        # Claim more than the frame holds while rows remain, so that the document always splits us.
        return (sum(self.widths), avail_height + 1) if self._peek() else (0, 0)

    def _empty_table(self) -> Table:
        """The header row and one line saying there is nothing to list."""
        line = [Paragraph(escape(self.empty or "Tidak ada data."), CELL)] + [""] * (len(self.widths) - 1)
        table = Table([self.header, line], colWidths=self.widths, repeatRows=1)
        table.setStyle(_STYLE)
        table.setStyle([("SPAN", (0, 1), (-1, 1))])
        return table

    def drawOn(self, canvas, x, y, _sW=0):
        if not self._started and not self._peek():  # an empty register: its header and the line
            table = self._empty_table()
            table.wrap(sum(self.widths), 10_000)
            table.drawOn(canvas, x, y, _sW)

    def split(self, avail_width, avail_height):
        if not self._peek():
            return []
        self._started = True
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
    author: str,
    empty: str = "",
) -> None:
    """Print ``rows`` (values of the ``header`` columns, ``widths_cm`` wide; dates as dd-mm-yyyy, long
    texts cut) under ``heading`` (lines; the first in bold) and ``note`` to ``out``, pulling the rows one
    page at a time. ``title``/``author``: the document's properties (the author is the office);
    ``empty``: the line printed under the header when there are no rows."""
    widths = [w * cm for w in widths_cm]
    first, *rest = heading.split("\n")
    story = [Paragraph(escape(first), TITLE)]
    story += [Paragraph(escape(line), NOTE) for line in rest]
    story += [Paragraph(escape(note), NOTE), Spacer(0, 0.3 * cm)]
    with atomic_open(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=landscape(A4),
            leftMargin=1 * cm,
            rightMargin=1 * cm,
            topMargin=1.2 * cm,
            bottomMargin=1.4 * cm,
        )
        story.append(StreamedTable(header, rows, widths, empty=empty))
        info = DocumentInfo(title=title, author=author, subject=note)
        doc.build(story, canvasmaker=canvas_maker(info, page_numbers="of_total"))
