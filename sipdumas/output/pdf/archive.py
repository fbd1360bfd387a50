"""Printed paper of the archive desk: barcode labels on label sheets, the loan slip (bon peminjaman),
the loan register and reminder letters. Pure drawing: callers pass plain values, nothing here reads the
database.

Labels carry the code as Code128 (read by any USB desk scanner) and as a small QR code (read reliably
from ordinary office scans and by phones), with the code in plain text beneath. The default sheet is the
common A4 sheet of 3 x 8 labels of 70 x 37 mm (e.g. Tom & Jerry / Avery 3474 layouts); ``skip`` starts on
a partly used sheet. Labels at the sheet's edge keep their print at least 5 mm from the paper's edge,
where office printers still print.

The loan slip wraps long titles and places instead of cutting them; the reminder letters use the
office's letterhead, number, signer and letter format (the same as a forwarding letter's). Every file
is PDF/A-2b with DejaVu Sans embedded (:mod:`sipdumas.output.pdf.document`).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from sipdumas.output.pdf.common import (
    BODY,
    MARGINS,
    PAGE,
    RIGHT,
    esc,
    grid,
    letterhead,
    para,
    signature_block,
)
from sipdumas.output.pdf.document import (
    BOLD,
    FONT,
    PRINTABLE_MARGIN,
    ArchivalCanvas,
    DocumentInfo,
    canvas_maker,
)
from sipdumas.output.pdf.forwarding_letter import TEMBUSAN, TEMBUSAN_ITEM, Letterhead

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


def draw_label(
    c: Canvas, label: Label, x: float, y: float, w: float, h: float, page: tuple[float, float] = A4
) -> None:
    """One label: a small QR code at the top left with the text lines beside it, the Code128 across
    the width beneath (what a USB desk scanner reads) and the code in plain text under the bars. The QR
    code is what makes a label on a 200 dpi office scan dependable: its modules are a millimetre wide,
    where Code128's are a third of one. A label at the sheet's edge draws inside the printable area
    (:data:`~sipdumas.output.pdf.document.PRINTABLE_MARGIN` and half a millimetre from the paper's edge)."""
    pad = 2.5 * mm
    edge = PRINTABLE_MARGIN + 0.5 * mm
    inner_x = max(x + pad, edge)
    inner_w = min(x + w - pad, page[0] - edge) - inner_x
    top = min(y + h - pad, page[1] - edge)
    y = max(y + pad, edge) - pad  # the bottom of the printable part, less the pad added below
    qr_size = 15 * mm if label.qr else 0
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
    labels: Sequence[Label],
    *,
    layout: LabelLayout = A4_3X8,
    skip: int = 0,
    outline: bool = False,
    office: str = "SIPDUMAS",
) -> bytes:
    """Labels laid out on label sheets, left to right, top to bottom, after ``skip`` used positions."""
    buf = io.BytesIO()
    c = ArchivalCanvas(
        buf, info=DocumentInfo(title="Label berkas arsip", author=office), pagesize=layout.page
    )
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
        draw_label(c, label, x, y, layout.width, layout.height, layout.page)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- loan slip


@dataclass(frozen=True, slots=True)
class SlipData:
    """What the loan slip (bon peminjaman) shows; dates already written out (``4 Maret 2026``).
    ``returned_on``/``condition``: filled on a reprint after the file came back (else lines to fill
    in by hand); ``approval``: the reference of the supervisor's approval of a confidential file."""

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
    borrower_nip: str = ""
    approval: str = ""
    returned_on: str = ""
    condition: str = ""
    received_by: str = ""


_COPIES = ("Lembar 1: diletakkan di tempat berkas selama dipinjam", "Lembar 2: untuk peminjam")
SLIP_LABEL = ParagraphStyle("slip_label", fontName=FONT, fontSize=9, leading=11.5)
SLIP_VALUE = ParagraphStyle("slip_value", parent=SLIP_LABEL)
SLIP_STRONG = ParagraphStyle("slip_strong", parent=SLIP_LABEL, fontName=BOLD)


def loan_slip_pdf(slip: SlipData) -> bytes:
    """Two copies of the slip on one A4 page, with a cut line: one stands in the file's place while it
    is out, the other goes with the borrower."""
    buf = io.BytesIO()
    info = DocumentInfo(
        title=f"Bon peminjaman {slip.loan_no}",
        author=slip.office_lines[0] if slip.office_lines else "SIPDUMAS",
        subject=f"Peminjaman berkas {slip.code}",
    )
    c = ArchivalCanvas(buf, info=info, pagesize=A4, marking="RAHASIA" if slip.confidential else "")
    width, height = A4
    for copy, top in zip(_COPIES, (height - 1.5 * cm, height / 2 - 1 * cm), strict=True):
        _slip(c, slip, copy, top, width)
    c.setDash(3, 3)
    c.setLineWidth(0.4)
    c.line(1 * cm, height / 2, width - 1 * cm, height / 2)
    c.setDash()
    c.setFont(FONT, 7)
    c.drawString(1 * cm, height / 2 + 2, "\u2702 gunting di sini")
    c.showPage()
    c.save()
    return buf.getvalue()


def _slip(c: Canvas, s: SlipData, copy: str, top: float, width: float) -> None:
    left, right = 2 * cm, width - 2 * cm
    y = top
    for i, line in enumerate(s.office_lines):
        c.setFont(BOLD if i == 0 else FONT, 8.5)
        c.drawCentredString(width / 2, y, _fit(c, line, BOLD if i == 0 else FONT, 8.5, right - left))
        y -= 10.5
    y -= 6
    c.setFont(BOLD, 12)
    c.drawCentredString(width / 2, y, "BON PEMINJAMAN ARSIP")
    y -= 12
    c.setFont(FONT, 8)
    c.drawCentredString(width / 2, y, f"Nomor {s.loan_no}  ·  {copy}")
    y -= 16
    # the file's barcode beside the first rows, so the slip can be scanned at the desk on return
    bc = code128.Code128(s.code, barHeight=1.1 * cm, barWidth=0.3 * mm)
    bc.drawOn(c, right - bc.width, y - 1.1 * cm + 8)
    narrow_until = y - 1.1 * cm - 4
    rows = [
        ("Kode berkas", s.code + ("   (RAHASIA)" if s.confidential else ""), True),
        ("Judul berkas", s.title, False),
        ("Lokasi", s.location, False),
        ("Nama peminjam", s.borrower, False),
        ("NIP", s.borrower_nip, False),
        ("Unit kerja", s.unit, False),
        ("Telepon", s.phone, False),
        ("Keperluan", s.purpose, False),
    ]
    if s.confidential or s.approval:
        rows.append(("Persetujuan", s.approval or "-", False))
    rows += [
        ("Tanggal pinjam", s.lent_on, False),
        ("Jatuh tempo", s.due_on, True),
        ("Tanggal kembali", s.returned_on or "." * 40, bool(s.returned_on)),
        ("Kondisi saat kembali", s.condition or "baik / rusak / hilang *)", bool(s.condition)),
    ]
    label_w = 4.0 * cm
    for label, value, strong in rows:
        room = right - left - label_w - 0.4 * cm - (bc.width + 0.5 * cm if y > narrow_until else 0)
        text = Paragraph(esc(value or "-"), SLIP_STRONG if strong else SLIP_VALUE)
        _, h = text.wrap(room, 200)
        c.setFont(FONT, 9)
        c.drawString(left, y, label)
        c.drawString(left + label_w - 0.2 * cm, y, ":")
        text.drawOn(c, left + label_w + 0.2 * cm, y - h + 9)
        y -= max(h, 11.5) + 2
    y -= 8
    col = (right - left) / 3
    returned_by = s.received_by if s.returned_on else ""
    for i, (who, name) in enumerate(
        (("Peminjam", s.borrower), ("Petugas arsip", s.issued_by), ("Penerima kembali", returned_by))
    ):
        x = left + i * col + col / 2
        c.setFont(FONT, 9)
        c.drawCentredString(x, y, who)
        c.drawCentredString(x, y - 1.5 * cm, "(" + "." * 26 + ")")
        c.setFont(FONT, 8)
        if name:
            c.drawCentredString(x, y - 1.5 * cm - 10, _fit(c, name, FONT, 8, col - 6))
    if not s.condition:
        c.setFont(FONT, 7)
        c.drawString(left, y - 1.5 * cm - 22, "*) coret yang tidak perlu")


# -------------------------------------------------------------------------------------- loan register


REGISTER_COLUMNS = (
    ("No", 1.0),
    ("Kode berkas", 3.0),
    ("Judul", 5.8),
    ("Peminjam", 3.6),
    ("Unit", 3.2),
    ("Tgl pinjam", 2.0),
    ("Jatuh tempo", 2.0),
    ("Tgl kembali", 2.0),
    ("Kondisi", 1.5),
    ("Petugas", 2.4),
)


def loan_register_pdf(
    rows: Iterable[Sequence[str]], *, title: str, subtitle: str = "", office: str = "SIPDUMAS"
) -> tuple[bytes, int]:
    """The loan register (buku peminjaman arsip), landscape A4, drawn straight on the canvas so that
    100,000 loans print in seconds. ``rows`` hold the columns of :data:`REGISTER_COLUMNS` after "No".
    Returns the PDF and its page count."""
    buf = io.BytesIO()
    page_w, page_h = landscape(A4)
    info = DocumentInfo(title=f"{title.title()} {office}", author=office, subject=subtitle)
    c = ArchivalCanvas(buf, info=info, pagesize=(page_w, page_h), page_numbers="of_total")
    left, bottom, line_h = 1 * cm, 1.5 * cm, 11
    xs = [left]
    for _, w in REGISTER_COLUMNS:
        xs.append(xs[-1] + w * cm)
    pages = 0

    def header() -> float:
        nonlocal pages
        pages += 1
        c.setFont(BOLD, 11)
        c.drawString(left, page_h - 1.2 * cm, title)
        c.setFont(FONT, 7.5)
        c.drawString(left, page_h - 1.6 * cm, " · ".join(x for x in (office, subtitle) if x))
        y = page_h - 2.2 * cm
        c.setFont(BOLD, 7)
        for (name, _), x in zip(REGISTER_COLUMNS, xs, strict=False):
            c.drawString(x + 2, y, name)
        c.line(left, y - 3, xs[-1], y - 3)
        return y - line_h - 1

    y = header()
    c.setFont(FONT, 7)
    count = 0
    for n, row in enumerate(rows, start=1):
        count = n
        if y < bottom:
            c.showPage()
            y = header()
            c.setFont(FONT, 7)
        values = (str(n), *row)
        for i, value in enumerate(values):
            width = REGISTER_COLUMNS[i][1] * cm - 4
            text = value or ""
            if len(text) * 3.4 > width:  # cheap pre-check before measuring
                text = _fit(c, text, FONT, 7, width)
            c.drawString(xs[i] + 2, y, text)
        y -= line_h
    if not count:
        c.drawString(left + 2, y, "Tidak ada peminjaman dalam periode ini.")
    c.showPage()
    c.save()
    return buf.getvalue(), pages


# ------------------------------------------------------------------------------------- reminder letters


@dataclass(frozen=True, slots=True)
class ReminderDoc:
    """One reminder letter, in the office's letter format."""

    letterhead: Letterhead
    place_date: str
    number: str
    subject: str  # hal
    addressee: tuple[str, ...]
    paragraphs: tuple[str, ...]
    signer_lines: tuple[str, ...]
    signer_name: str
    signer_nip: str = ""
    tembusan: tuple[str, ...] = ()
    urgency: str = "Segera"


def reminders_pdf(docs: Sequence[ReminderDoc]) -> tuple[bytes, int]:
    """The reminder letters, each starting on a new page, in the office's letter format: kop, place and
    date, Nomor/Sifat/Lampiran/Hal, Yth., body, the closing paragraph kept with the signature block,
    tembusan."""
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=PAGE, **MARGINS)
    width = pdf.width
    story: list = []
    for number, d in enumerate(docs):
        if number:
            story.append(PageBreak())
        story += letterhead(
            logo=d.letterhead.logo,
            lines=d.letterhead.lines,
            address=d.letterhead.address,
            contact=d.letterhead.contact,
            width=width,
        )
        story.append(Spacer(1, 0.45 * cm))
        label_w, colon_w, date_w = 2.2 * cm, 0.4 * cm, 5.6 * cm
        head = [
            [para("Nomor"), para(":"), para(d.number), para(d.place_date, RIGHT)],
            [para("Sifat"), para(":"), para(d.urgency), ""],
            [para("Lampiran"), para(":"), para("-"), ""],
            [para("Hal"), para(":"), para(d.subject), ""],
        ]
        story.append(grid(head, [label_w, colon_w, width - label_w - colon_w - date_w, date_w]))
        story.append(Spacer(1, 0.5 * cm))
        story.append(
            grid([[para("Yth."), para(d.addressee[0] if d.addressee else "")]], [1.0 * cm, width - 1.0 * cm])
        )
        for line in (*d.addressee[1:], "di tempat"):
            story.append(grid([["", para(line)]], [1.0 * cm, width - 1.0 * cm]))
        story.append(Spacer(1, 0.5 * cm))
        body = [Paragraph(esc(text), BODY) for text in d.paragraphs]
        for paragraph in body[:-1]:
            story += [paragraph, Spacer(1, 0.15 * cm)]
        signature = signature_block(d.signer_lines, d.signer_name, d.signer_nip)
        story.append(
            KeepTogether([*body[-1:], Spacer(1, 0.35 * cm), grid([["", signature]], [width / 2, width / 2])])
        )
        if d.tembusan:
            items = [Paragraph("Tembusan:", TEMBUSAN)]
            for i, name in enumerate(d.tembusan, 1):
                end = "." if i == len(d.tembusan) else ";"
                items.append(Paragraph(f"{i}. {esc(name)}{end}", TEMBUSAN_ITEM))
            story += [Spacer(1, 0.4 * cm), KeepTogether(items)]
    office = docs[0].letterhead.office if docs else "SIPDUMAS"
    info = DocumentInfo(
        title="Surat pengingat pengembalian arsip",
        author=office,
        subject=", ".join(d.number for d in docs)[:200],
    )
    pdf.build(story, canvasmaker=canvas_maker(info))
    return buf.getvalue(), pdf.page
