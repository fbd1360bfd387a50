"""Page setup, styles and the letterhead (kop surat) shared by every printed document.

Margins follow Tata Naskah Dinas practice (top 2 cm, left 3 cm, right and bottom 2 cm); the typeface is
Times (the PDF standard font, no embedding needed), so characters outside Western European scripts
print as boxes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

PAGE = A4
MARGINS = {"leftMargin": 3 * cm, "rightMargin": 2 * cm, "topMargin": 1.5 * cm, "bottomMargin": 2 * cm}
FONT, BOLD = "Times-Roman", "Times-Bold"

BODY = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=14.5, alignment=TA_JUSTIFY, firstLineIndent=1.25 * cm)
PLAIN = ParagraphStyle("plain", fontName=FONT, fontSize=12, leading=15, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=PLAIN, fontSize=10, leading=12)
RIGHT = ParagraphStyle("right", parent=PLAIN, alignment=TA_RIGHT)
CENTER = ParagraphStyle("center", parent=PLAIN, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", parent=PLAIN, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER)
KOP_1 = ParagraphStyle("kop1", fontName=BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER)
KOP_2 = ParagraphStyle("kop2", fontName=BOLD, fontSize=10, leading=12.5, alignment=TA_CENTER)
KOP_ADDR = ParagraphStyle("kopaddr", fontName=FONT, fontSize=9, leading=11, alignment=TA_CENTER)


def esc(text: object) -> str:
    """``text`` made safe for Paragraph markup, line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle = PLAIN) -> Paragraph:
    return Paragraph(esc(text), style)


@lru_cache(maxsize=8)
def _logo_png(path: str, mtime: float) -> tuple[bytes, int, int]:
    """The logo scaled down to print size at 300 dpi (a batch of letters decodes it many times)."""
    from PIL import Image as PILImage

    with PILImage.open(path) as img:
        img = img.convert("RGBA")
        img.thumbnail((320, 320))
        out = io.BytesIO()
        img.save(out, "PNG")
        return out.getvalue(), img.width, img.height


def logo_image(path: Path | None, size: float) -> Flowable | None:
    if path is None:
        return None
    data, w, h = _logo_png(str(path), path.stat().st_mtime)
    scale = size / max(w, h)
    img = Image(io.BytesIO(data), width=w * scale, height=h * scale, mask="auto")
    img.hAlign = "CENTER"
    return img


class DoubleRule(Flowable):
    """The kop's closing lines: a thick rule over a thin one."""

    def __init__(self, width: float):
        super().__init__()
        self.width, self.height = width, 6

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(2.2)
        c.line(0, 5, self.width, 5)
        c.setLineWidth(0.6)
        c.line(0, 1, self.width, 1)


def letterhead(*, logo: Path | None, lines: Sequence[str], address: str, contact: str, width: float) -> list[Flowable]:
    """The kop surat: the emblem at the left, the office's name centred, address and contact below."""
    logo_size = 2.3 * cm
    text = [Paragraph(esc(line), KOP_1 if i == 0 else KOP_2) for i, line in enumerate(lines)]
    text += [Paragraph(esc(address), KOP_ADDR), Paragraph(esc(contact), KOP_ADDR)]
    image = logo_image(logo, logo_size)
    table = Table(
        [[image or "", text]],
        colWidths=[logo_size + 0.2 * cm, width - logo_size - 0.2 * cm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                # centre the office name on the page, not in the space beside the emblem
                ("RIGHTPADDING", (1, 0), (1, 0), logo_size * 0.2),
            ]
        ),
    )
    return [table, DoubleRule(width)]


class QrCode(Flowable):
    """A QR code drawn straight onto the page, one rectangle per run of dark modules.

    Faster than reportlab's QR widget by two orders of magnitude, which matters for a batch of a
    thousand letters: the data is encoded once, with a fixed mask pattern (any of the eight is valid
    for readers; trying all eight for the "best" one was most of the cost), and drawn without a
    graphics tree. Error correction level M; a quiet zone of four modules is included in ``size``."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        from reportlab.graphics.barcode import qrencoder

        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.version = qr.calculate_version()
        qr.makeImpl(False, 0)
        self.modules = qr.modules
        self.width = self.height = size

    def draw(self) -> None:
        n = len(self.modules)
        unit = self.width / (n + 8)
        c = self.canv
        c.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            y = self.height - (r + 5) * unit
            col = 0
            while col < n:
                if row[col]:
                    start = col
                    while col < n and row[col]:
                        col += 1
                    c.rect((start + 4) * unit, y, (col - start) * unit, unit, stroke=0, fill=1)
                else:
                    col += 1


def qr_drawing(payload: str, size: float) -> Flowable:
    return QrCode(payload, size)


def grid(rows: list[list], widths: list[float], *, boxed: bool = False, pad: float = 0) -> Table:
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if boxed:
        style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    return Table(rows, colWidths=widths, style=TableStyle(style))
