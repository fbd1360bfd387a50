"""The forwarding letter (surat penerusan) in the official format (Tata Naskah Dinas, Peraturan ANRI
5/2021): kop, place and date at the top right, Nomor/Sifat/Lampiran/Hal at the left, "Yth." addressee
and address, body, signature block ("a.n."/"u.b." lines when the signer signs on the head's behalf,
position, room for signature and stamp, name, NIP), numbered Tembusan, then the attachments: scanned
pages as pictures, text and e-mail letters as text. A QR code beside the signature carries the number
and the checksum for :func:`sipdumas.services.forwarding.verify_forwarding`.

Pages after the first are numbered; the closing paragraph is kept on the signature's page, so the
signature never stands alone; a letter whose Sifat is Rahasia is marked RAHASIA at the top and the foot
of every page. The file is PDF/A-2b with the office as its author (:mod:`sipdumas.output.pdf.document`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Image,  # the type _fitted returns
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from sipdumas.output.pdf.common import (
    BODY,
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
    signature_block,
)
from sipdumas.output.pdf.document import DocumentInfo, canvas_maker
from sipdumas.output.pdf.scan_pages import ScanFile, attachment_parts

TEMBUSAN = ParagraphStyle("tembusan", parent=PLAIN, fontSize=10, leading=12.5)
TEMBUSAN_ITEM = ParagraphStyle(
    "tembusan_item", parent=TEMBUSAN, leftIndent=0.5 * cm, firstLineIndent=-0.5 * cm
)
ATTACHED_TEXT = ParagraphStyle("attached", parent=PLAIN, fontSize=10, leading=13.5)
#: The Sifat that marks every page RAHASIA.
SECRET = "Rahasia"


@dataclass(frozen=True, slots=True)
class Letterhead:
    logo: Path | None
    lines: tuple[str, ...]
    address: str
    contact: str

    @property
    def office(self) -> str:
        """The office that issues the document (its author in the PDF's properties)."""
        return self.lines[0] if self.lines else "SIPDUMAS"


@dataclass(frozen=True, slots=True)
class ForwardingDocument:
    """Everything printed on a forwarding letter, already made confidential where it must be.
    ``signer_lines``: the lines above the signature (see
    :func:`sipdumas.output.pdf.common.signature_lines`)."""

    letterhead: Letterhead
    number: str
    place_date: str  # "Jakarta, 3 Mei 2026"
    urgency: str  # sifat
    attachment: str  # lampiran: "1 (satu) berkas" or "-"
    subject: str  # hal
    addressee: str  # after "Yth."
    addressee_lines: tuple[str, ...]  # agency name (when not already in the addressee) and address
    paragraphs: tuple[str, ...]
    signer_lines: tuple[str, ...]
    signer_name: str
    signer_nip: str
    tembusan: tuple[str, ...]
    qr_payload: str
    scans: tuple[ScanFile, ...] = field(default_factory=tuple)
    dated: date | None = None  # the letter's date (its PDF's creation date)


def render(doc: ForwardingDocument) -> tuple[bytes, int]:
    """The letter as PDF bytes and its page count. The same document always gives the same bytes."""
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=PAGE, **MARGINS)
    width = pdf.width
    story: list = letterhead(
        logo=doc.letterhead.logo,
        lines=doc.letterhead.lines,
        address=doc.letterhead.address,
        contact=doc.letterhead.contact,
        width=width,
    )
    story.append(Spacer(1, 0.45 * cm))
    label_w, colon_w, date_w = 2.2 * cm, 0.4 * cm, 5.6 * cm
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
    body = [Paragraph(esc(text), BODY) for text in doc.paragraphs]
    for paragraph in body[:-1]:
        story.append(paragraph)
        story.append(Spacer(1, 0.15 * cm))
    half = width / 2
    qr = qr_drawing(doc.qr_payload, 2.4 * cm)
    qr_cell = [Spacer(1, 0.4 * cm), qr, Paragraph("Pindai untuk memeriksa keaslian nomor surat", SMALL)]
    signature = signature_block(doc.signer_lines, doc.signer_name, doc.signer_nip)
    # the closing paragraph goes with the signature: a signature never stands alone on a page
    story.append(KeepTogether([*body[-1:], Spacer(1, 0.35 * cm), grid([[qr_cell, signature]], [half, half])]))
    if doc.tembusan:
        story.append(Spacer(1, 0.4 * cm))
        items = [Paragraph("Tembusan:", TEMBUSAN)]
        last = len(doc.tembusan)
        for i, name in enumerate(doc.tembusan, 1):
            items.append(Paragraph(f"{i}. {esc(name)}{'.' if i == last else ';'}", TEMBUSAN_ITEM))
        story.append(KeepTogether(items))
    story += _attachments(doc, width, pdf.height)
    info = DocumentInfo(
        title=f"Surat penerusan {doc.number}",
        author=doc.letterhead.office,
        subject=doc.subject,
        keywords="surat penerusan, pengaduan masyarakat",
        created=doc.dated,
    )
    marking = "RAHASIA" if doc.urgency == SECRET else ""
    pdf.build(story, canvasmaker=canvas_maker(info, page_numbers="letter", marking=marking))
    return buf.getvalue(), pdf.page


def _attachments(doc: ForwardingDocument, width: float, height: float) -> list:
    """The attached files after the letter: each scanned page on a page of its own, each text letter
    flowing over as many pages as it needs, each headed with what it is."""
    story: list = []
    files = [(scan, attachment_parts(scan)) for scan in doc.scans]
    for number, (scan, parts) in enumerate(files, 1):
        images = [p for p in parts if p.kind == "image"]
        page = 0
        for part in parts:
            story.append(PageBreak())
            head = f"Lampiran surat Nomor {doc.number}: berkas {number} dari {len(files)}"
            if scan.name:
                head += f" ({scan.name})"
            if part.kind == "image":
                page += 1
                head += f", halaman {page} dari {len(images)}"
            story.append(para(head, SMALL))
            story.append(Spacer(1, 0.3 * cm))
            if part.kind == "image":
                story.append(_fitted(part.jpeg, width, height - 1.5 * cm))
            else:
                for block in part.text.split("\n\n"):
                    story.append(Paragraph(esc(block.strip("\n")) or "&nbsp;", ATTACHED_TEXT))
                    story.append(Spacer(1, 0.2 * cm))
    return story


def _fitted(jpeg: bytes, width: float, height: float) -> Image:
    image = JpegImage(jpeg)
    scale = min(width / image.imageWidth, height / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image
