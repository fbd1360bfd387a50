"""One page of a scan (PDF, multi-page TIFF, PNG, JPEG…) as a picture for a screen or a file.

The client's page views (intake, the register's document pane, the letter form, the duplicate
comparison) and ``sipdumas letter pages`` draw pages with this one function, so a page looks the same
everywhere. PDFs are rendered by PDFium (only under :data:`~sipdumas.output.pdfium.PDFIUM_LOCK`), images
are read by Pillow; either way the picture is at most :data:`MAX_SIDE` pixels on its longest side, so a
600 dpi scan does not cost hundreds of megabytes a page.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from sipdumas.output.pdfium import PDFIUM_LOCK

#: Longest side of a rendered page (pixels): sharp at 100 % on a large monitor.
MAX_SIDE = 2400
#: Resolution a PDF page is rendered at, unless that exceeds :data:`MAX_SIDE`.
PDF_DPI = 150


@dataclass(frozen=True, slots=True)
class PageImage:
    """Page ``index`` (0-based, clamped to the file's pages) of a file of ``count`` pages."""

    image: Image.Image
    index: int
    count: int


def is_pdf(path: Path) -> bool:
    with Path(path).open("rb") as fh:
        return fh.read(5).startswith(b"%PDF-")


def render_page(path: Path | str, index: int = 0, *, max_side: int = MAX_SIDE) -> PageImage:
    """Page ``index`` of the scan at ``path`` (whatever its name: the file store's files have none) as
    an ``L`` or ``RGB`` Pillow image, with the file's page count. Raises ``OSError``/``ValueError``
    (Pillow, PDFium) for a file that is not a readable scan; a decompression bomb is refused."""
    path = Path(path)
    if is_pdf(path):
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(str(path))
            try:
                count = len(pdf)
                index = max(0, min(index, count - 1))
                page = pdf[index]
                width, height = page.get_size()
                scale = min(PDF_DPI / 72, max_side / max(width, height, 1))
                image = page.render(scale=scale).to_pil().copy()  # detached before the lock is left
                page.close()
            finally:
                pdf.close()
        return PageImage(_screen_mode(image), index, count)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(path) as source:
            count = getattr(source, "n_frames", 1) or 1
            index = max(0, min(index, count - 1))
            source.seek(index)
            source.load()
            image = ImageOps.exif_transpose(source)
    image.thumbnail((max_side, max_side))
    return PageImage(_screen_mode(image), index, count)


def _screen_mode(image: Image.Image) -> Image.Image:
    if image.mode in ("L", "RGB"):
        return image
    return image.convert("L" if image.mode in ("1", "I", "I;16", "F") else "RGB")
