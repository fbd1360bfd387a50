"""Page setup, styles and the letterhead (kop surat) shared by every printed document.

Margins follow Tata Naskah Dinas practice (left 3 cm, right and bottom 2 cm; the kop starts 1.5 cm from
the top); the typeface is the embedded DejaVu Sans of :mod:`sipdumas.output.pdf.document`, a sans-serif
like the Arial the guidelines name, which prints every name as it is written.
"""

from __future__ import annotations

import copy
import io
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from sipdumas.output.pdf.document import BOLD, FONT

PAGE = A4
MARGINS = {"leftMargin": 3 * cm, "rightMargin": 2 * cm, "topMargin": 1.5 * cm, "bottomMargin": 2 * cm}

BODY = ParagraphStyle(
    "body", fontName=FONT, fontSize=11, leading=15, alignment=TA_JUSTIFY, firstLineIndent=1.25 * cm
)
PLAIN = ParagraphStyle("plain", fontName=FONT, fontSize=11, leading=14.5, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=PLAIN, fontSize=9, leading=11)
RIGHT = ParagraphStyle("right", parent=PLAIN, alignment=TA_RIGHT)
CENTER = ParagraphStyle("center", parent=PLAIN, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", parent=PLAIN, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER)
KOP_1 = ParagraphStyle("kop1", fontName=BOLD, fontSize=11, leading=13.5, alignment=TA_CENTER)
KOP_2 = ParagraphStyle("kop2", fontName=BOLD, fontSize=9.5, leading=12, alignment=TA_CENTER)
KOP_ADDR = ParagraphStyle("kopaddr", fontName=FONT, fontSize=8, leading=10, alignment=TA_CENTER)


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


class _CachedImage(Image):
    """An image whose PDF image object (compressed pixels and soft mask) is made once per process and
    shared by every document that prints it: the same objects, under the same names, that
    ``canvas.drawImage`` would make, so the bytes do not change, without decoding the PNG, hashing its
    pixels and deflating them again for each letter of a batch."""

    def __init__(self, key: tuple, data: bytes, width: float, height: float):
        super().__init__(io.BytesIO(data), width=width, height=height, mask="auto")
        self._key, self._data = key, data

    def _objects(self):
        return _image_objects(self._key, self._data)

    def draw(self) -> None:
        c = self.canv
        doc = getattr(c, "_doc", None)
        if not (hasattr(c, "_setXObjects") and hasattr(c, "_formsinuse") and hasattr(doc, "idToObject")):
            return super().draw()  # a reportlab without these internals: draw it the ordinary way
        name, proto, smask_proto = self._objects()
        reg = doc.getXObjectName(name)
        if not doc.idToObject.get(reg):
            obj = copy.copy(proto)
            c._setXObjects(obj)
            doc.Reference(obj, reg)
            doc.addForm(name, obj)
            if smask_proto is not None:
                mreg = doc.getXObjectName(smask_proto.name)
                if not doc.idToObject.get(mreg):
                    smask = copy.copy(smask_proto)
                    c._setXObjects(smask)
                    obj.smask = doc.Reference(smask, mreg)
                else:
                    obj.smask = pdfdoc.PDFObjectReference(mreg)
        c._currentPageHasImages = 1
        c.saveState()
        c.translate(getattr(self, "_offs_x", 0), getattr(self, "_offs_y", 0))
        c.scale(self.drawWidth, self.drawHeight)
        c._code.append(f"/{reg} Do")
        c.restoreState()
        c._formsinuse.append(name)


class JpegImage(_CachedImage):
    """A JPEG (a scanned page) embedded as it is. ``canvas.drawImage`` decodes the whole picture only to
    name it by a digest of its pixels (about 15 ms for an A4 page at 150 dpi); this one is named by a
    digest of the JPEG bytes, which says the same thing."""

    def __init__(self, jpeg: bytes, width: float | None = None, height: float | None = None):
        Image.__init__(self, io.BytesIO(jpeg), width=width, height=height)
        self._data = jpeg

    def _objects(self):
        from reportlab.lib.utils import _digester

        name = "jpeg" + _digester(self._data)
        obj = pdfdoc.PDFImageXObject(name)
        if not obj.loadImageFromJPEG(io.BytesIO(self._data)):
            raise ValueError("not a JPEG")
        obj.name = name
        return name, obj, None


@lru_cache(maxsize=8)
def _image_objects(key: tuple, data: bytes):
    """(name, image object, soft-mask object or None) as ``canvas.drawImage(ImageReader, mask="auto")``
    builds them (``key`` only tells cached images apart)."""
    from reportlab.lib.utils import ImageReader, _digester

    reader = ImageReader(io.BytesIO(data))
    raw = reader.getRGBData()
    mdata = reader._dataA.getRGBData() if reader._dataA else b"auto"
    name = _digester(raw + mdata)
    proto = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    proto.name = name
    smask = getattr(proto, "_smask", None)
    if smask is not None:
        del proto._smask
    return name, proto, smask


def logo_image(path: Path | None, size: float) -> Flowable | None:
    if path is None:
        return None
    mtime = path.stat().st_mtime
    data, w, h = _logo_png(str(path), mtime)
    scale = size / max(w, h)
    img = _CachedImage((str(path), mtime), data, w * scale, h * scale)
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


_kop_cache = threading.local()


def letterhead(
    *, logo: Path | None, lines: Sequence[str], address: str, contact: str, width: float
) -> list[Flowable]:
    """The kop surat: the emblem at the left, the office's name centred, address and contact below.

    The same flowables are handed out again for the same kop in the same thread (a batch prints one
    kop a thousand times; they are laid out afresh in each document, so the bytes do not change), which
    saves parsing its paragraphs and decoding the logo for every letter."""
    mtime = logo.stat().st_mtime if logo is not None else None
    key = (str(logo) if logo is not None else None, mtime, tuple(lines), address, contact, width)
    cache = getattr(_kop_cache, "value", None)
    if cache is None or cache[0] != key:
        cache = (key, _letterhead(logo=logo, lines=lines, address=address, contact=contact, width=width))
        _kop_cache.value = cache
    return list(cache[1])


def _letterhead(
    *, logo: Path | None, lines: Sequence[str], address: str, contact: str, width: float
) -> list[Flowable]:
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


# GF(256) tables for the QR codes' Reed-Solomon error correction (primitive polynomial 0x11D)
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i], _LOG[_x] = _x, _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]
del _x, _i


@lru_cache(maxsize=64)
def _rs_generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest first, leading 1 left out) of prod(x - a^i), i < degree, as logs."""
    poly = [1]
    for i in range(degree):
        out = poly + [0]
        for j, c in enumerate(poly):
            if c:
                out[j + 1] ^= _EXP[_LOG[c] + i]
        poly = out
    return tuple(_LOG[c] for c in poly[1:])


def _rs_remainder(data: list[int], degree: int) -> list[int]:
    gen = _rs_generator(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = rem[1:] + [0]
        if factor:
            lf = _LOG[factor]
            for j, g in enumerate(gen):
                rem[j] ^= _EXP[lf + g]
    return rem


def _qr_codewords(version: int, level: int, data_list: list) -> list[int]:
    """What reportlab's ``QRCode.createData`` computes, with a table-driven Reed-Solomon encoder
    instead of its polynomial objects (which rebuilt the generator polynomial for every code)."""
    from itertools import chain, zip_longest

    from reportlab.graphics.barcode.qrencoder import QRBitBuffer, QRCode, QRRSBlock

    blocks = QRRSBlock.getRSBlocks(version, level)
    buffer = QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)
    total_bits = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > total_bits:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {total_bits})")
    if buffer.getLengthInBits() + 4 <= total_bits:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pad = (QRCode.PAD0, QRCode.PAD1)
    i = 0
    while buffer.getLengthInBits() < total_bits:
        buffer.put(pad[i % 2], 8)
        i += 1
    offset, dcdata, ecdata = 0, [], []
    for block in blocks:
        dc = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        dcdata.append(dc)
        ecdata.append(_rs_remainder(dc, block.totalCount - block.dataCount))
    return [d for dd in chain(zip_longest(*dcdata), zip_longest(*ecdata)) for d in dd if d is not None]


class QrCode(Flowable):
    """A QR code drawn straight onto the page, one rectangle per run of dark modules.

    Faster than reportlab's QR widget by two orders of magnitude, which matters for a batch of a
    thousand letters: the data is encoded once, with a fixed mask pattern (any of the eight is valid
    for readers; trying all eight for the "best" one was most of the cost), with a table-driven
    Reed-Solomon encoder, and drawn as one path written in module units (integers), so reportlab does
    not format a few hundred coordinates through its pure-Python number formatter. Error correction
    level M; a quiet zone of four modules is included in ``size``."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        from reportlab.graphics.barcode import qrencoder

        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.version = qr.calculate_version()
        qr.dataCache = _qr_codewords(qr.version, qr.errorCorrectLevel, qr.dataList)
        qr.makeImpl(False, 0)
        self.modules = qr.modules
        self.width = self.height = size

    def _path(self) -> str:
        """The dark runs as ``re`` operators in module units, y counted up from the code's bottom."""
        n = len(self.modules)
        ops = []
        for r, row in enumerate(self.modules):
            y = n + 3 - r
            col = 0
            while col < n:
                if row[col]:
                    start = col
                    while col < n and row[col]:
                        col += 1
                    ops.append(f"{start + 4} {y} {col - start} 1 re")
                else:
                    col += 1
        ops.append("f")
        return "\n".join(ops)

    def draw(self) -> None:
        n = len(self.modules)
        unit = self.width / (n + 8)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        c.transform(unit, 0, 0, unit, 0, 0)
        c.addLiteral(self._path())
        c.restoreState()


def qr_drawing(payload: str, size: float) -> Flowable:
    return QrCode(payload, size)


def grid(rows: list[list], widths: list[float], *, boxed: bool = False, pad: float = 0) -> Table:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if boxed:
        style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    # a row taller than a page (a subject of thousands of characters) continues on the next page
    # instead of failing the whole document with a LayoutError
    return Table(rows, colWidths=widths, style=TableStyle(style), splitInRow=1)


def signature_lines(*, position: str, on_behalf_of: str = "", through: str = "") -> list[str]:
    """The lines above the signature (Tata Naskah Dinas): ``a.n.`` (atas nama) the head of the office
    when the signer signs on the head's behalf, then ``u.b.`` (untuk beliau) when the signer is a
    further level below the official named for the head; each position ends with a comma.

    >>> signature_lines(position="Asisten Deputi", on_behalf_of="Menteri", through="Deputi")
    ['a.n. Menteri', 'Deputi,', 'u.b.', 'Asisten Deputi,']
    """
    lines = []
    if on_behalf_of:
        lines.append(f"a.n. {on_behalf_of}")
        if through:
            lines += [f"{through.rstrip(',')},", "u.b."]
    lines.append(f"{position.rstrip(',')},")
    return lines


SIGNER_NAME = ParagraphStyle("signer", parent=PLAIN, fontName=BOLD)
#: Room between the position and the name: the signature, and the office's stamp (cap dinas) that
#: overlaps the signature's left part.
STAMP_SPACE = 2.6 * cm


def signature_block(lines: Sequence[str], name: str, nip: str = "") -> list[Flowable]:
    """The signature block: the position lines, room for signature and stamp, the name underlined
    and the NIP (officials who are not civil servants have none, and print no NIP line)."""
    out: list[Flowable] = [para(line) for line in lines]
    out.append(Spacer(1, STAMP_SPACE))
    out.append(Paragraph(f"<u>{esc(name)}</u>", SIGNER_NAME))
    if nip:
        out.append(para(f"NIP {nip}"))
    return out
