"""Scanned letters made for tests: a letter's text drawn onto A4 page images (PNG, multi-page TIFF or
PDF), and the :class:`Extraction` Tesseract would give for them, built by the real field parser from the
word boxes of the drawing (a Tesseract TSV written from where each word was drawn). So a test has a
scan whose field marks point at the words on its pages, without waiting for OCR.

    path, extraction = scanned_letter(tmp_path / "L1.png", compose(name=..., complaint="bansos"))
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from sipdumas.intake.fields import parse_pages
from sipdumas.intake.layout import parse_tsv
from sipdumas.intake.model import Extraction

PAGE = (1240, 1754)  # A4 at 150 dpi
MARGIN = 110
LINE = 44
FONT_SIZE = 30
WRAP = 62
_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "DejaVuSerif.ttf")


def _font() -> ImageFont.ImageFont:
    for name in _FONTS:
        try:
            return ImageFont.truetype(name, FONT_SIZE)
        except OSError:
            continue
    return ImageFont.load_default(size=FONT_SIZE)


def _pages_of(text: str, lines_per_page: int) -> list[list[str]]:
    lines: list[str] = []
    for raw in text.splitlines():
        lines += textwrap.wrap(raw, WRAP) or [""]
    return [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]


def draw_pages(text: str, *, pages: int = 1) -> tuple[list[Image.Image], list[str]]:
    """``text`` drawn on ``pages`` A4 pages (its lines shared out evenly), and each page's Tesseract
    TSV of the words drawn."""
    font = _font()
    total = len(_pages_of(text, 10_000)[0])
    per_page = max(1, -(-total // pages))
    images, tsvs = [], []
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    for number, lines in enumerate(_pages_of(text, per_page)):
        image = Image.new("L", PAGE, 255)
        draw = ImageDraw.Draw(image)
        rows = [header, f"1\t{number + 1}\t0\t0\t0\t0\t0\t0\t{PAGE[0]}\t{PAGE[1]}\t-1\t"]
        paragraph = 1
        for i, line in enumerate(lines):
            top = MARGIN + i * LINE
            if not line.strip():
                paragraph += 1
                continue
            left = MARGIN
            for w, word in enumerate(line.split(" "), start=1):
                if word:
                    x0, y0, x1, y1 = draw.textbbox((left, top), word, font=font)
                    draw.text((left, top), word, font=font, fill=0)
                    rows.append(
                        f"5\t{number + 1}\t1\t{paragraph}\t{i + 1}\t{w}\t{x0}\t{y0}\t{x1 - x0}\t{y1 - y0}\t96\t{word}"
                    )
                left += round(draw.textlength(word + " ", font=font))
        images.append(image)
        tsvs.append("\n".join(rows))
    return images, tsvs


def scanned_letter(path: Path, text: str, *, pages: int = 1) -> tuple[Path, Extraction]:
    """Write ``text`` as a scan at ``path`` (``.png``, ``.tif`` with several pages, or ``.pdf``) and
    return it with its extraction (fields, confidence, word-box evidence, page sizes)."""
    path = Path(path)
    images, tsvs = draw_pages(text, pages=pages)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        images[0].save(path, "PDF", resolution=150, save_all=True, append_images=images[1:])
    elif suffix in (".tif", ".tiff"):
        images[0].save(path, "TIFF", save_all=True, append_images=images[1:])
    else:
        if len(images) > 1:
            raise ValueError("a PNG holds one page: use .tif or .pdf for several")
        images[0].save(path, "PNG")
    extraction = parse_pages([parse_tsv(tsv, page) for page, tsv in enumerate(tsvs)])
    extraction.file = path.name
    extraction.pages = len(images)
    return path, extraction
