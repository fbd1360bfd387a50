"""The complaint's scanned pages as pictures to attach to a forwarding letter (lampiran).

Images (one page per frame, so multi-page TIFFs work) and PDFs (rasterised with pypdfium2) become JPEGs
of at most ~150 dpi on A4: reportlab embeds a JPEG as it is, which keeps a batch of letters fast and
the files small.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image, ImageSequence

from sipdumas.output.pdfium import PDFIUM_LOCK

MAX_SIDE = 1754  # A4 at 150 dpi
CACHE_BYTES = 64 * 1024 * 1024  # JPEG pages kept per process, by the scan's SHA-256


@dataclass(frozen=True, slots=True)
class ScanFile:
    """The bytes of one stored document (already checked against its SHA-256) and its media type."""

    data: bytes
    media_type: str
    name: str = ""
    sha256: str = ""  # when given (the store's hash of ``data``), the converted pages are cached by it


def _jpeg(image: Image.Image) -> bytes:
    image = image.convert("L" if image.mode in ("1", "L", "LA", "I;16") else "RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=False)
    return out.getvalue()


_cache: OrderedDict[tuple[str, str], tuple[bytes, ...]] = OrderedDict()
_cache_bytes = 0
_cache_lock = threading.Lock()


def page_images(scan: ScanFile) -> list[bytes]:
    """Every page of ``scan`` as JPEG bytes; an unreadable file gives no pages.

    A batch of letters attaches the same scans again and again (every reprint, every letter of a
    complaint sent to several agencies): decoding and JPEG-encoding a page costs far more than the rest
    of the letter, so the pages are kept per process, least recently used first out, keyed by the
    content hash (the conversion depends on nothing else, so the bytes are the same either way)."""
    if not scan.sha256:
        return _convert(scan)
    global _cache_bytes
    key = (scan.sha256, scan.media_type)
    with _cache_lock:
        pages = _cache.get(key)
        if pages is not None:
            _cache.move_to_end(key)
            return list(pages)
    pages = tuple(_convert(scan))
    size = sum(len(p) for p in pages)
    if size <= CACHE_BYTES // 4:
        with _cache_lock:
            if key not in _cache:
                _cache[key] = pages
                _cache_bytes += size
                while _cache_bytes > CACHE_BYTES:
                    _old, dropped = _cache.popitem(last=False)
                    _cache_bytes -= sum(len(p) for p in dropped)
    return list(pages)


def _convert(scan: ScanFile) -> list[bytes]:
    is_pdf = scan.media_type == "application/pdf" or scan.data[:5] == b"%PDF-"
    if is_pdf:
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(scan.data)
            count = len(pdf)
        try:
            out = []
            for index in range(count):  # a page at a time under the lock, encoded outside it
                with PDFIUM_LOCK:
                    page = pdf[index]
                    try:
                        scale = min(150 / 72, MAX_SIDE / max(page.get_width(), page.get_height()))
                        bitmap = page.render(scale=scale)
                        image = bitmap.to_pil().copy()  # detached from PDFium's buffer
                        bitmap.close()
                    finally:
                        page.close()
                out.append(_jpeg(image))
            return out
        finally:
            with PDFIUM_LOCK:
                pdf.close()
    with Image.open(io.BytesIO(scan.data)) as image:
        return [_jpeg(frame.copy()) for frame in ImageSequence.Iterator(image)]
