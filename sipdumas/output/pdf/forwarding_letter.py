"""The forwarding letter (surat penerusan) in the official format (Tata Naskah Dinas, Peraturan ANRI
5/2021): kop, place and date at the top right, Nomor/Sifat/Lampiran/Hal at the left, "Yth." addressee
and address, body, signature block (position, name, NIP), numbered Tembusan, then the attached scan
pages. A QR code in the signature block carries the number and the checksum for
:func:`sipdumas.services.forwarding.verify_forwarding`."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Image,  # the type _fitted returns
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from sipdumas.output.pdf.common import (
    BODY,
    BOLD,
    MARGINS,
    PAGE,
    PLAIN,
    RIGHT,
    SMALL,
    JpegImage,
    esc,
    grid,
    letterhead,
    para,
    qr_drawing,
)
from sipdumas.output.pdf.scan_pages import ScanFile, page_images

SIGNER_NAME = ParagraphStyle("signer", parent=PLAIN, fontName=BOLD)
TEMBUSAN = ParagraphStyle("tembusan", parent=PLAIN, fontSize=11, leading=13.5)
TEMBUSAN_ITEM = ParagraphStyle(
    "tembusan_item", parent=TEMBUSAN, leftIndent=0.5 * cm, firstLineIndent=-0.5 * cm
)


@dataclass(frozen=True, slots=True)
class Letterhead:
    logo: Path | None
    lines: tuple[str, ...]
    address: str
    contact: str


@dataclass(frozen=True, slots=True)
class ForwardingDocument:
    """Everything printed on a forwarding letter, already made confidential where it must be."""

    letterhead: Letterhead
    number: str
    place_date: str  # "Jakarta, 3 Mei 2026"
    urgency: str  # sifat
    attachment: str  # lampiran: "1 (satu) berkas" or "-"
    subject: str  # hal
    addressee: str  # after "Yth."
    addressee_lines: tuple[str, ...]  # agency name (when not already in the addressee) and address
    paragraphs: tuple[str, ...]
    signer_position: str
    signer_name: str
    signer_nip: str
    tembusan: tuple[str, ...]
    qr_payload: str
    scans: tuple[ScanFile, ...] = field(default_factory=tuple)


def render(doc: ForwardingDocument) -> tuple[bytes, int]:
    """The letter as PDF bytes and its page count. The same document always gives the same bytes."""
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        invariant=1,
        title=f"Surat penerusan {doc.number}",
        author="SIPDUMAS",
        **MARGINS,
    )
    width = pdf.width
    story: list = letterhead(
        logo=doc.letterhead.logo,
        lines=doc.letterhead.lines,
        address=doc.letterhead.address,
        contact=doc.letterhead.contact,
        width=width,
    )
    story.append(Spacer(1, 0.45 * cm))
    label_w, colon_w, date_w = 2.2 * cm, 0.4 * cm, 5.2 * cm
    value_w = width - label_w - colon_w - date_w
    head = [
        [para("Nomor"), para(":"), para(doc.number), para(doc.place_date, RIGHT)],
        [para("Sifat"), para(":"), para(doc.urgency), ""],
        [para("Lampiran"), para(":"), para(doc.attachment), ""],
        [para("Hal"), para(":"), para(doc.subject), ""],
    ]
    story.append(grid(head, [label_w, colon_w, value_w, date_w]))
    story.append(Spacer(1, 0.5 * cm))
    story.append(grid([[para("Yth."), para(doc.addressee)]], [1.0 * cm, width - 1.0 * cm]))
    for line in doc.addressee_lines:
        story.append(grid([["", para(line)]], [1.0 * cm, width - 1.0 * cm]))
    story.append(Spacer(1, 0.5 * cm))
    for text in doc.paragraphs:
        story.append(Paragraph(esc(text), BODY))
        story.append(Spacer(1, 0.15 * cm))
    story.append(CondPageBreak(5.0 * cm))
    story.append(Spacer(1, 0.2 * cm))
    half = width / 2
    qr = qr_drawing(doc.qr_payload, 2.4 * cm)
    signature = [
        para(doc.signer_position),
        Spacer(1, 1.7 * cm),
        Paragraph(f"<u>{esc(doc.signer_name)}</u>", SIGNER_NAME),
    ]
    if doc.signer_nip:  # officials who are not civil servants (a minister, a deputy from outside) have none
        signature.append(para(f"NIP {doc.signer_nip}"))
    qr_cell = [qr, Paragraph("Pindai untuk memeriksa keaslian nomor surat", SMALL)]
    story.append(grid([[qr_cell, signature]], [half, half]))
    if doc.tembusan:
        story.append(Spacer(1, 0.4 * cm))
        items = [Paragraph("Tembusan:", TEMBUSAN)]
        last = len(doc.tembusan)
        for i, name in enumerate(doc.tembusan, 1):
            items.append(Paragraph(f"{i}. {esc(name)}{'.' if i == last else ';'}", TEMBUSAN_ITEM))
        story.append(KeepTogether(items))
    pages = [jpeg for scan in doc.scans for jpeg in page_images(scan)]
    for i, jpeg in enumerate(pages, 1):
        story.append(PageBreak())
        story.append(para(f"Lampiran surat Nomor {doc.number} (halaman {i} dari {len(pages)})", SMALL))
        story.append(Spacer(1, 0.3 * cm))
        story.append(_fitted(jpeg, width, pdf.height - 1.5 * cm))
    pdf.build(story)
    return buf.getvalue(), pdf.page


def _fitted(jpeg: bytes, width: float, height: float) -> Image:
    image = JpegImage(jpeg)
    scale = min(width / image.imageWidth, height / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image
