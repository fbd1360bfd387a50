"""Letter files made on the spot (imported by the intake tests and their conftest): typed PDFs (with a text layer) from reportlab, and "scans" of them
rendered to pixels (PNG, JPEG, multi-page TIFF, image-only PDF), so tests need no fixtures on disk and
no fonts beyond the ones reportlab ships."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "letters"

LETTER_PAGE_1 = """\
Makassar, 14 Maret 2024
Hal : Pengaduan pungutan liar di kelurahan

Kepada Yth.
Ketua Ombudsman Republik Indonesia
di Jakarta

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : Andi Mappanyukki
NIK : 7371051203800001
Alamat : Jl. Sungai Saddang No. 5, Kota Makassar, Sulawesi Selatan
No. HP : 0812-3456-7890

Dengan ini saya melaporkan pungutan liar di kantor kelurahan.

Hormat saya,

Andi Mappanyukki"""

LETTER_PAGE_2 = """\
Tembusan:
1. Bapak Presiden RI
2. Wali Kota Makassar"""


def write_text_pdf(path: Path, pages: Sequence[str], *, encrypt: str | None = None) -> Path:
    """A typed PDF: every page carries a real text layer."""
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for page in pages:
        text = pdf.beginText(60, A4[1] - 70)
        text.setFont("Helvetica", 12)
        text.setLeading(17)
        for line in page.splitlines():
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


def render_pages(pages: Sequence[str], tmp: Path, *, dpi: int = 200) -> list[Image.Image]:
    """``pages`` as grey-scale page images, as a scanner would deliver them."""
    source = write_text_pdf(tmp / "_source.pdf", pages)
    pdf = pdfium.PdfDocument(str(source))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().copy() for i in range(len(pdf))]
    finally:
        pdf.close()
        source.unlink()
