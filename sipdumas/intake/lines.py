"""A letter as numbered lines: the unit every field reader works on and points back to.

:class:`Doc` holds the normalised lines of a letter (typed text or OCR output) with, for scans, the
Tesseract word boxes of each line, so a value found anywhere (in one line, a paragraph, or the whole
text) can say where it was read: :meth:`Doc.spans` turns offsets of :attr:`Doc.text` into
:class:`Span` objects (line, start, end), and :meth:`Doc.boxes` turns those into word boxes.

Lines keep their *cells*: the pieces a wide gap separates (a tab, three or more spaces in a typed letter,
a wide gap between OCR words). Two signatures side by side, or a table row, are one line of several cells.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sipdumas.intake.text import PUNCTUATION, strip_control

# A column gap in typed text: a tab, or three or more spaces inside a line.
_CELL_GAP = re.compile(r"\t+|\s{3,}")
# The marker OCR text uses for a wide gap between words on one line (see ``layout``).
CELL_MARK = "\t"


@dataclass(frozen=True, slots=True)
class Box:
    """A word's box on a page image, in the pixels of the image Tesseract read."""

    page: int  # 0-based
    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Word:
    """An OCR word: its text, its box and where it sits in its line's text."""

    text: str
    box: Box
    start: int  # offset in Line.text
    end: int
    conf: float = -1.0


@dataclass(slots=True)
class Line:
    index: int
    text: str  # normalised: single spaces, no surrounding blanks; "" for a blank line
    page: int = 0
    cells: tuple[str, ...] = ()
    words: tuple[Word, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.text)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of line ``line``."""

    line: int
    start: int
    end: int


@dataclass
class Doc:
    lines: list[Line]
    text: str = ""
    starts: list[int] = field(default_factory=list)
    page_sizes: dict[int, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = "\n".join(line.text for line in self.lines)
        pos = 0
        self.starts = []
        for line in self.lines:
            self.starts.append(pos)
            pos += len(line.text) + 1

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]

    def spans(self, start: int, end: int) -> tuple[Span, ...]:
        """The line pieces that characters ``start:end`` of :attr:`text` cover."""
        out = []
        for i, line_start in enumerate(self.starts):
            line_end = line_start + len(self.lines[i].text)
            if line_end < start or line_start >= end:
                continue
            s, e = max(start, line_start) - line_start, min(end, line_end) - line_start
            if e > s:
                out.append(Span(i, s, e))
        return tuple(out)

    def line_span(self, index: int, start: int = 0, end: int | None = None) -> Span:
        text = self.lines[index].text
        return Span(index, start, len(text) if end is None else end)

    def boxes(self, spans: Iterable[Span]) -> list[Box]:
        """The OCR word boxes under ``spans`` (none for a typed letter)."""
        out: list[Box] = []
        for span in spans:
            for word in self.lines[span.line].words:
                if word.end > span.start and word.start < span.end:
                    out.append(word.box)
        return out


def normalize(text: str) -> str:
    """Unicode NFKC, plain quotes and dashes, Unix line ends, no control characters (tabs kept)."""
    text = unicodedata.normalize("NFKC", strip_control(text)).translate(PUNCTUATION)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _cells(raw: str) -> tuple[str, ...]:
    parts = [re.sub(r"\s+", " ", p).strip() for p in _CELL_GAP.split(raw.strip())]
    return tuple(p for p in parts if p)


def doc_from_text(text: str) -> Doc:
    """A typed letter (or OCR text without boxes) as a :class:`Doc`.

    Form feeds (page breaks) become a blank line and start the next page; runs of blank lines count
    as one, so a list that runs onto the next page stays one list.
    """
    lines: list[Line] = []
    for page, page_text in enumerate(normalize(text or "").split("\f")):
        if lines and lines[-1].text:
            lines.append(Line(len(lines), "", page))
        for raw in page_text.split("\n"):
            clean = re.sub(r"\s+", " ", raw).strip()
            if not clean and (not lines or not lines[-1].text):
                continue
            lines.append(Line(len(lines), clean, page, _cells(raw) if clean else ()))
    while lines and not lines[-1].text:
        lines.pop()
    return Doc(lines)


def doc_from_lines(lines: Sequence[Line], page_sizes: dict[int, tuple[int, int]] | None = None) -> Doc:
    """A Doc of lines built elsewhere (OCR layout), renumbered, with runs of blank lines collapsed."""
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        line.index = len(out)
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return Doc(out, page_sizes=dict(page_sizes or {}))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Consecutive non-blank lines joined with spaces (a word broken by a hyphen is joined again)."""

    text: str
    first: int  # line index of the first line
    last: int
    pieces: tuple[tuple[int, int, int], ...]  # (offset in text, line index, offset in that line)

    def spans(self, start: int, end: int, doc: Doc) -> tuple[Span, ...]:
        out = []
        for k, (offset, line, line_offset) in enumerate(self.pieces):
            next_offset = self.pieces[k + 1][0] if k + 1 < len(self.pieces) else len(self.text)
            s, e = max(start, offset), min(end, next_offset)
            if e > s:
                length = len(doc.lines[line].text)
                a = min(length, line_offset + s - offset)
                b = min(length, line_offset + e - offset)
                if b > a:
                    out.append(Span(line, a, b))
        return tuple(out)


def paragraphs(doc: Doc, lines: Iterable[int] | None = None, *, mend: bool = True) -> list[Paragraph]:
    """The paragraphs (blank-line separated) of ``doc``, or of the given line indexes only.

    With ``mend``, a blank line inside a sentence (OCR starts a new paragraph where the text does not:
    the line before has four words or more and does not end a sentence) does not end the paragraph."""
    wanted = range(len(doc.lines)) if lines is None else sorted(set(lines))
    out: list[Paragraph] = []
    text = ""
    pieces: list[tuple[int, int, int]] = []
    first = last = -1
    previous = -2

    def flush() -> None:
        if text:
            out.append(Paragraph(text, first, last, tuple(pieces)))

    for i in wanted:
        line = doc.lines[i].text
        if mend and not line and text and _unfinished(text) and _next_goes_on(doc, i, wanted):
            continue
        if mend and line and text and i == previous + 2 and not doc.lines[i - 1].text and _unfinished(text):
            previous = i - 1
        if not line or i != previous + 1:
            flush()
            text, pieces, first = "", [], -1
            if not line:
                previous = i
                continue
        if first < 0:
            first = i
        if text.endswith("-") and line[:1].islower() and len(text) > 1 and text[-2].isalpha():
            text = text[:-1]
            pieces.append((len(text), i, 0))
            text += line
        else:
            if text:
                text += " "
            pieces.append((len(text), i, 0))
            text += line
        last = i
        previous = i
    flush()
    return out


def _unfinished(text: str) -> bool:
    last = text.rsplit(" ", 6)
    return len(last) >= 5 and not re.search(r"[.:;!?)\"]$", text)


def _next_goes_on(doc: Doc, blank: int, wanted: Iterable[int]) -> bool:
    nxt = blank + 1
    if nxt >= len(doc.lines) or not doc.lines[nxt].text or nxt not in wanted:
        return False
    return not re.match(r"^(?:\d{1,2}[.)]|[a-z][.)]|[-*]\s)", doc.lines[nxt].text)
