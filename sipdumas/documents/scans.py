"""The complaint's scanned pages as pictures to attach to a forwarding letter (lampiran).

Images (one page per frame, so multi-page TIFFs work) and PDFs (rasterised with pypdfium2) become JPEGs
of at most ~150 dpi on A4: reportlab embeds a JPEG as it is, which keeps a batch of letters fast and
the files small.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageSequence

MAX_SIDE = 1754  # A4 at 150 dpi


@dataclass(frozen=True, slots=True)
class ScanFile:
    """The bytes of one stored document (already checked against its SHA-256) and its media type."""

    data: bytes
    media_type: str
    name: str = ""


def _jpeg(image: Image.Image) -> bytes:
    image = image.convert("L" if image.mode in ("1", "L", "LA", "I;16") else "RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=False)
    return out.getvalue()


def page_images(scan: ScanFile) -> list[bytes]:
    """Every page of ``scan`` as JPEG bytes; an unreadable file gives no pages."""
    is_pdf = scan.media_type == "application/pdf" or scan.data[:5] == b"%PDF-"
    if is_pdf:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(scan.data)
        try:
            out = []
            for page in pdf:
                width_pt = page.get_width()
                scale = min(150 / 72, MAX_SIDE / max(width_pt, page.get_height()))
                out.append(_jpeg(page.render(scale=scale).to_pil()))
            return out
        finally:
            pdf.close()
    with Image.open(io.BytesIO(scan.data)) as image:
        return [_jpeg(frame.copy()) for frame in ImageSequence.Iterator(image)]
