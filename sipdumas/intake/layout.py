"""The lines of an OCR'd page, with the box of every word, from Tesseract's TSV output.

Tesseract reads a page block by block. On a letter that splits what a reader sees as one line: the
numbers of a list from its entries, a table's columns, two signatures side by side, a word that ran
past the right margin. Here the lines of different blocks that sit on the same height, side by side,
are put back into one line, left to right, with a cell gap between them; a wide gap between words
inside a line is a cell gap too (see :mod:`sipdumas.intake.lines`). Lines that are alone keep
Tesseract's order, and a new paragraph starts with a blank line as in Tesseract's own text output.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from sipdumas.intake.lines import Box, Line, Word, normalize

# Two parts of a row overlap vertically by at least this share of the smaller part's height.
_ROW_OVERLAP = 0.5
# A gap between two words wider than this many times the line's height separates cells.
_CELL_GAP_HEIGHTS = 2.5
# A line whose words Tesseract is this unsure of (mean confidence), or that is this many times taller
# than the page's usual line, is a speck or a scribble.
_WEAK_CONF = 50.0
_TALL = 2.5


@dataclass
class _OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class _OcrLine:
    key: tuple[int, int, int]  # block, paragraph, line
    order: int
    words: list[_OcrWord] = field(default_factory=list)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.top + w.height for w in self.words)

    @property
    def height(self) -> int:
        return max(1, statistics.median(w.height for w in self.words))


@dataclass
class PageLayout:
    """One page as read by Tesseract: its size in pixels and its lines (blank lines between paragraphs)."""

    width: int
    height: int
    lines: list[Line]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def parse_tsv(tsv: str, page: int = 0) -> PageLayout:
    """The layout of one page from Tesseract's ``tsv`` output (``page`` is the 0-based page number)."""
    width = height = 0
    ocr_lines: dict[tuple[int, int, int], _OcrLine] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        try:
            level = int(cols[0])
            block, par, line = int(cols[2]), int(cols[3]), int(cols[4])
            left, top, w, h = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if level == 1:
            width, height = w, h
            continue
        text = normalize(cols[11]).strip()
        if level != 5 or not text:
            continue
        key = (block, par, line)
        if key not in ocr_lines:
            ocr_lines[key] = _OcrLine(key, len(ocr_lines))
        ocr_lines[key].words.append(_OcrWord(text, left, top, w, h, conf))
    return PageLayout(width, height, _rows(list(ocr_lines.values()), page))


def _list_marker(line: _OcrLine) -> bool:
    """A lone list number ("1", "2.", "b)", "IV"; OCR reads some as "a:" or "|."): the entry it numbers
    is often a block of its own beside it, however unsure Tesseract is of the number."""
    return len(line.words) == 1 and bool(
        re.fullmatch(r"\(?(?:\d{1,2}|[A-Za-z|!]|[IVXivx]{1,4})[.):]?", line.words[0].text)
    )


def _scraps(line: _OcrLine) -> bool:
    """True for a line of scraps ("? &", "nf oY ="): no word of three letters or digits."""
    return not any(len(re.sub(r"\W", "", w.text)) >= 3 for w in line.words)


def _overlap(a: _OcrLine, b: _OcrLine) -> bool:
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared >= _ROW_OVERLAP * min(a.bottom - a.top, b.bottom - b.top)


def _side_by_side(a: _OcrLine, b: _OcrLine) -> bool:
    return a.right <= b.left or b.right <= a.left


def _rows(lines: list[_OcrLine], page: int) -> list[Line]:
    taken: set[int] = set()
    rows: list[list[_OcrLine]] = []
    typical = statistics.median(line.height for line in lines) if lines else 0
    # Specks, stamps and scribbles come out as tall or unsure "words": such a line stays where
    # Tesseract put it rather than being joined to real text beside it.
    weak = {
        line.order
        for line in lines
        if not _list_marker(line)
        and (
            statistics.mean(w.conf for w in line.words) < _WEAK_CONF
            or line.height > _TALL * typical
            or _scraps(line)
        )
    }
    for line in lines:
        if line.order in taken:
            continue
        row = [line]
        taken.add(line.order)
        for other in lines:
            if (
                line.order in weak
                or other.order in taken
                or other.order in weak
                or other.key[0] == line.key[0]
            ):
                continue
            if all(_overlap(part, other) and _side_by_side(part, other) for part in row):
                row.append(other)
                taken.add(other.order)
        rows.append(sorted(row, key=lambda part: part.left))
    out: list[Line] = []
    previous_par: tuple[int, int] | None = None
    for row in rows:
        par = row[0].key[:2]
        if previous_par is not None and par != previous_par and out and out[-1].text:
            out.append(Line(0, "", page))
        previous_par = par
        # Parts close together make one line ("3." and its entry, a word past the margin); parts far
        # apart stay lines of their own, one after the other (a date on the right of "Nomor :" must
        # not become the end of the reference line).
        segment = [row[0]]
        for part in row[1:]:
            if part.left - segment[-1].right > _CELL_GAP_HEIGHTS * max(part.height, segment[-1].height):
                out.append(_line(segment, page))
                segment = [part]
            else:
                segment.append(part)
        out.append(_line(segment, page))
    return out


def _line(row: list[_OcrLine], page: int) -> Line:
    words = [w for part in row for w in part.words]
    height = statistics.median(part.height for part in row)
    text = ""
    cells: list[str] = []
    cell = ""
    placed: list[Word] = []
    previous: _OcrWord | None = None
    for w in words:
        if previous is not None:
            if w.left - previous.right > _CELL_GAP_HEIGHTS * height:
                cells.append(cell)
                cell = ""
            text += " "
        start = len(text)
        text += w.text
        cell = f"{cell} {w.text}" if cell else w.text
        placed.append(Word(w.text, Box(page, w.left, w.top, w.width, w.height), start, len(text), w.conf))
        previous = w
    cells.append(cell)
    return Line(0, text, page, tuple(c for c in cells if c), tuple(placed))
