"""Printed paper of the archive desk: barcode labels on label sheets, the loan slip (bon peminjaman),
the loan register and reminder letters. Pure drawing: callers pass plain values, nothing here reads the
database.

Labels carry the code as Code128 (read by any USB desk scanner) and as a small QR code (read reliably
from ordinary office scans and by phones), with the code in plain text beneath. The default sheet is the common A4 sheet of 3 x 8 labels of 70 x 37 mm (e.g. Tom & Jerry /
Avery 3474 layouts); ``skip`` starts on a partly used sheet.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

FONT, BOLD = "Helvetica", "Helvetica-Bold"
SERIF, SERIF_BOLD = "Times-Roman", "Times-Bold"


# ------------------------------------------------------------------------------------------------ labels


@dataclass(frozen=True, slots=True)
class LabelLayout:
    columns: int = 3
    rows: int = 8
    width: float = 70 * mm
    height: float = 37 * mm
    left: float = 0
    top: float = 0.5 * mm
    gap_x: float = 0
    gap_y: float = 0
    page: tuple[float, float] = A4


A4_3X8 = LabelLayout()


@dataclass(frozen=True, slots=True)
class Label:
    """``code`` is encoded (Code128 and QR) and printed; ``lines`` are printed beside the QR code."""

    code: str
    lines: tuple[str, ...] = ()
    qr: bool = True


def _fit(c: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` if it fits ``width``, else its longest beginning that fits with "…" after it ("" when
    none does). A binary search: cutting one character at a time took minutes on a name of 100,000
    characters."""
    if c.stringWidth(text, font, size) <= width:
        return text
    fits, too_long = 0, len(text)
    while too_long - fits > 1:
        mid = (fits + too_long) // 2
        if c.stringWidth(text[:mid] + "…", font, size) <= width:
            fits = mid
        else:
            too_long = mid
    return text[:fits] + "…" if fits else ""


def draw_label(c: Canvas, label: Label, x: float, y: float, w: float, h: float) -> None:
    """One label: a small QR code at the top left with the text lines beside it, the Code128 across
    the width beneath (what a USB desk scanner reads) and the code in plain text under the bars. The QR
    code is what makes a label on a 200 dpi office scan dependable: its modules are a millimetre wide,
    where Code128's are a third of one."""
    pad = 2.5 * mm
    inner_x, inner_w = x + pad, w - 2 * pad
    qr_size = 15 * mm if label.qr else 0
    top = y + h - pad
    if label.qr:
        widget = QrCodeWidget(label.code, barLevel="M")
        bx0, by0, bx1, by1 = widget.getBounds()
        d = Drawing(qr_size, qr_size, transform=[qr_size / (bx1 - bx0), 0, 0, qr_size / (by1 - by0), 0, 0])
        d.add(widget)
        renderPDF.draw(d, c, inner_x, top - qr_size)
    text_x = inner_x + qr_size + (1.5 * mm if label.qr else 0)
    text_w = inner_x + inner_w - text_x
    line_top = top - 2
    for i, line in enumerate(label.lines[:3]):
        font, size = (BOLD, 8.5) if i == 0 else (FONT, 7)
        c.setFont(font, size)
        c.drawString(text_x, line_top - size, _fit(c, line, font, size, text_w))
        line_top -= size + 2
    bars_top = min(top - qr_size - 1 * mm, line_top - 1 * mm)
    bar_bottom = y + pad + 11
    bar_h = max(6 * mm, bars_top - bar_bottom)
    bar_w = 0.36 * mm
    bc = code128.Code128(label.code, barHeight=bar_h, barWidth=bar_w, quiet=False)
    if bc.width > inner_w - 6 * mm:  # keep a quiet zone of 3 mm each side
        bar_w *= (inner_w - 6 * mm) / bc.width
        bc = code128.Code128(label.code, barHeight=bar_h, barWidth=bar_w, quiet=False)
    bc.drawOn(c, inner_x + (inner_w - bc.width) / 2, bar_bottom)
    c.setFont(BOLD, 9)
    c.drawCentredString(inner_x + inner_w / 2, y + pad + 1.5, label.code)


def label_sheet_pdf(
    labels: Sequence[Label], *, layout: LabelLayout = A4_3X8, skip: int = 0, outline: bool = False
) -> bytes:
    """Labels laid out on label sheets, left to right, top to bottom, after ``skip`` used positions."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=layout.page)
    c.setTitle("Label berkas arsip")
    per_page = layout.columns * layout.rows
    positions = [None] * (skip % per_page) + list(labels)
    for index, label in enumerate(positions):
        if index and index % per_page == 0:
            c.showPage()
        if label is None:
            continue
        slot = index % per_page
        row, col = divmod(slot, layout.columns)
        x = layout.left + col * (layout.width + layout.gap_x)
        y = layout.page[1] - layout.top - (row + 1) * layout.height - row * layout.gap_y
        if outline:
            c.setLineWidth(0.2)
            c.setStrokeGray(0.7)
            c.rect(x, y, layout.width, layout.height)
            c.setStrokeGray(0)
        draw_label(c, label, x, y, layout.width, layout.height)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- loan slip


@dataclass(frozen=True, slots=True)
class SlipData:
    """What the loan slip (bon peminjaman) shows; dates already written out (``4 Maret 2026``)."""

    office_lines: tuple[str, ...]
    code: str
    title: str
    location: str
    borrower: str
    unit: str
    phone: str
    purpose: str
    issued_by: str
    lent_on: str
    due_on: str
    loan_no: str
    confidential: bool = False


_COPIES = ("Lembar 1: diletakkan di tempat berkas selama dipinjam", "Lembar 2: untuk peminjam")


def loan_slip_pdf(slip: SlipData) -> bytes:
    """Two copies of the slip on one A4 page, with a cut line: one stands in the file's place while it
    is out, the other goes with the borrower."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle(f"Bon peminjaman {slip.code}")
    width, height = A4
    for copy, top in zip(_COPIES, (height - 1.5 * cm, height / 2 - 1 * cm), strict=True):
        _slip(c, slip, copy, top, width)
    c.setDash(3, 3)
    c.setLineWidth(0.4)
    c.line(1 * cm, height / 2, width - 1 * cm, height / 2)
    c.setDash()
    c.setFont(FONT, 7)
    c.drawString(1 * cm, height / 2 + 2, "✂ gunting di sini")
    c.showPage()
    c.save()
    return buf.getvalue()


def _slip(c: Canvas, s: SlipData, copy: str, top: float, width: float) -> None:
    left, right = 2 * cm, width - 2 * cm
    y = top
    for i, line in enumerate(s.office_lines):
        c.setFont(BOLD if i == 0 else FONT, 9)
        c.drawCentredString(width / 2, y, line)
        y -= 11
    y -= 6
    c.setFont(BOLD, 13)
    c.drawCentredString(width / 2, y, "BON PEMINJAMAN ARSIP")
    y -= 13
    c.setFont(FONT, 8.5)
    c.drawCentredString(width / 2, y, f"Nomor {s.loan_no}  ·  {copy}")
    y -= 20
    # the file's barcode beside the first rows, so the slip can be scanned at the desk on return
    bc = code128.Code128(s.code, barHeight=1.1 * cm, barWidth=0.3 * mm)
    bc.drawOn(c, right - bc.width, y - 1.1 * cm + 8)
    narrow_until = y - 1.1 * cm - 4
    rows = [
        ("Kode berkas", s.code + ("   (RAHASIA)" if s.confidential else "")),
        ("Judul berkas", s.title),
        ("Lokasi", s.location),
        ("Nama peminjam", s.borrower),
        ("Unit kerja", s.unit),
        ("Telepon", s.phone),
        ("Keperluan", s.purpose),
        ("Tanggal pinjam", s.lent_on),
        ("Jatuh tempo", s.due_on),
        ("Tanggal kembali", "...................................."),
        ("Kondisi saat kembali", "baik / rusak / hilang *)"),
    ]
    for label, value in rows:
        c.setFont(FONT, 10)
        c.drawString(left, y, label)
        c.drawString(left + 4.2 * cm, y, ":")
        c.setFont(BOLD if label in ("Kode berkas", "Jatuh tempo") else FONT, 10)
        room = right - left - 4.6 * cm - (bc.width + 0.5 * cm if y > narrow_until else 0)
        c.drawString(left + 4.6 * cm, y, _fit(c, value or "-", FONT, 10, room))
        y -= 14.5
    y -= 8
    col = (right - left) / 3
    for i, who in enumerate(("Peminjam", "Petugas arsip", "Penerima kembali")):
        x = left + i * col + col / 2
        c.setFont(FONT, 9.5)
        c.drawCentredString(x, y, who)
        c.drawCentredString(x, y - 1.6 * cm, "(" + "." * 28 + ")")
    c.setFont(FONT, 8.5)
    c.drawCentredString(left + col / 2, y - 1.6 * cm - 11, s.borrower)
    c.drawCentredString(left + col * 1.5, y - 1.6 * cm - 11, s.issued_by)
    c.setFont(FONT, 7)
    c.drawString(left, y - 1.6 * cm - 24, "*) coret yang tidak perlu")


# -------------------------------------------------------------------------------------- loan register


REGISTER_COLUMNS = (
    ("No", 1.0),
    ("Kode berkas", 3.0),
    ("Judul", 6.0),
    ("Peminjam", 3.6),
    ("Unit", 3.2),
    ("Tgl pinjam", 2.0),
    ("Jatuh tempo", 2.0),
    ("Tgl kembali", 2.0),
    ("Kondisi", 1.5),
    ("Petugas", 2.2),
)


def loan_register_pdf(rows: Iterable[Sequence[str]], *, title: str, subtitle: str = "") -> tuple[bytes, int]:
    """The loan register (buku peminjaman arsip), landscape A4, drawn straight on the canvas so that
    100,000 loans print in seconds. ``rows`` hold the columns of :data:`REGISTER_COLUMNS` after "No".
    Returns the PDF and its page count."""
    buf = io.BytesIO()
    page_w, page_h = landscape(A4)
    c = Canvas(buf, pagesize=(page_w, page_h), pageCompression=1)
    c.setTitle(title)
    left, bottom, line_h = 1 * cm, 1.2 * cm, 11
    xs = [left]
    for _, w in REGISTER_COLUMNS:
        xs.append(xs[-1] + w * cm)
    pages = 0

    def header() -> float:
        nonlocal pages
        pages += 1
        c.setFont(BOLD, 12)
        c.drawString(left, page_h - 1.2 * cm, title)
        c.setFont(FONT, 8)
        c.drawString(left, page_h - 1.65 * cm, subtitle)
        c.drawRightString(page_w - left, page_h - 1.65 * cm, f"Halaman {pages}")
        y = page_h - 2.3 * cm
        c.setFont(BOLD, 7.5)
        for (name, _), x in zip(REGISTER_COLUMNS, xs, strict=False):
            c.drawString(x + 2, y, name)
        c.line(left, y - 3, xs[-1], y - 3)
        return y - line_h - 1

    y = header()
    c.setFont(FONT, 7.5)
    for n, row in enumerate(rows, start=1):
        if y < bottom:
            c.showPage()
            y = header()
            c.setFont(FONT, 7.5)
        values = (str(n), *row)
        for i, value in enumerate(values):
            width = REGISTER_COLUMNS[i][1] * cm - 4
            text = value or ""
            if len(text) * 3.6 > width:  # cheap pre-check before measuring
                text = _fit(c, text, FONT, 7.5, width)
            c.drawString(xs[i] + 2, y, text)
        y -= line_h
    c.showPage()
    c.save()
    return buf.getvalue(), pages


# ------------------------------------------------------------------------------------- reminder letters


@dataclass(frozen=True, slots=True)
class ReminderDoc:
    office_lines: tuple[str, ...]
    office_address: str
    place_date: str
    number: str
    subject: str  # hal
    addressee: tuple[str, ...]
    paragraphs: tuple[str, ...]
    signer_position: str
    signer_name: str


_BODY = ParagraphStyle(
    "rem", fontName=SERIF, fontSize=12, leading=16, alignment=TA_JUSTIFY, firstLineIndent=1.25 * cm
)
_KOP = ParagraphStyle("kop", fontName=SERIF_BOLD, fontSize=12, leading=14, alignment=TA_CENTER)


def reminders_pdf(docs: Sequence[ReminderDoc]) -> tuple[bytes, int]:
    """One page per reminder letter, in the office's letter format (kop, Nomor/Hal, Yth., signature)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setTitle("Surat pengingat pengembalian arsip")
    width, height = A4
    left, right = 3 * cm, width - 2 * cm
    for d in docs:
        y = height - 2 * cm
        for line in d.office_lines:
            p = Paragraph(escape(line), _KOP)
            _, h = p.wrap(right - left, 100)
            p.drawOn(c, left, y - h)
            y -= h
        c.setFont(SERIF, 9)
        c.drawCentredString((left + right) / 2, y - 11, d.office_address)
        y -= 18
        c.setLineWidth(2)
        c.line(left, y, right, y)
        c.setLineWidth(0.6)
        c.line(left, y - 3, right, y - 3)
        y -= 24
        c.setFont(SERIF, 12)
        c.drawRightString(right, y, d.place_date)
        y -= 22
        for label, value in (("Nomor", d.number), ("Sifat", "Segera"), ("Lampiran", "-"), ("Hal", d.subject)):
            c.drawString(left, y, label)
            c.drawString(left + 2.3 * cm, y, f": {value}")
            y -= 16
        y -= 12
        c.drawString(left, y, "Yth.")
        for line in d.addressee:
            c.drawString(left + 1 * cm, y, line)
            y -= 16
        c.drawString(left + 1 * cm, y, "di tempat")
        y -= 24
        for text in d.paragraphs:
            p = Paragraph(escape(text), _BODY)
            _, h = p.wrap(right - left, y)
            p.drawOn(c, left, y - h)
            y -= h + 8
        y -= 20
        sx = left + (right - left) * 0.55
        c.drawString(sx, y, d.signer_position + ",")
        c.drawString(sx, y - 2.2 * cm, d.signer_name)
        c.showPage()
    c.save()
    return buf.getvalue(), len(docs)
