"""The complaint's files as pages to attach to a forwarding letter (lampiran).

Images (one page per frame, so multi-page TIFFs work) and PDFs (rasterised with pypdfium2) become JPEGs
of at most ~150 dpi on A4: reportlab embeds a JPEG as it is, which keeps a batch of letters fast and
the files small. Letters that came as text (``.txt``) or e-mail (``.eml``) print as text pages
(:func:`attachment_parts`); a file that can be read as none of these is named on a page of its own
rather than failing the letter, so a forwarding letter never fails for the sake of its attachment.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from email.message import EmailMessage
from html import unescape

from PIL import Image, ImageSequence, UnidentifiedImageError

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


TEXT_TYPES = ("text/plain",)
EMAIL_TYPES = ("message/rfc822",)


@dataclass(frozen=True, slots=True)
class AttachmentPart:
    """One part of an attached file as printed: ``kind`` "image" (``jpeg`` is one page), "text"
    (``text`` flows over as many pages as it needs) or "unreadable" (``text`` says why)."""

    kind: str
    jpeg: bytes = b""
    text: str = ""


def is_text(scan: ScanFile) -> bool:
    name = scan.name.lower()
    return scan.media_type in TEXT_TYPES + EMAIL_TYPES or name.endswith((".txt", ".text", ".eml"))


def attachment_parts(scan: ScanFile) -> list[AttachmentPart]:
    """What ``scan`` prints as: its pages as pictures, its text, or a note that it cannot be printed."""
    if scan.data[:5] != b"%PDF-" and is_text(scan):
        return [AttachmentPart("text", text=attachment_text(scan))]
    try:
        pages = page_images(scan)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        pages = []
    except Exception as exc:  # pypdfium2 raises its own PdfiumError for a damaged PDF
        if type(exc).__name__ != "PdfiumError":
            raise
        pages = []
    if not pages:
        return [
            AttachmentPart(
                "unreadable",
                text=f"Berkas {scan.name or '(tanpa nama)'} ({scan.media_type}) tidak dapat dicetak sebagai "
                "gambar atau teks; berkas aslinya tersimpan pada arsip elektronik"
                + (f" dengan sidik SHA-256 {scan.sha256}." if scan.sha256 else "."),
            )
        ]
    return [AttachmentPart("image", jpeg=p) for p in pages]


def decode_text(data: bytes) -> str:
    """Text file bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def attachment_text(scan: ScanFile) -> str:
    """The printable text of a ``.txt`` letter, or of an e-mail: its From, To, Date and Subject
    headers, then the plain-text body (an HTML-only body reduced to its text)."""
    if not (scan.media_type in EMAIL_TYPES or scan.name.lower().endswith(".eml")):
        return decode_text(scan.data).replace("\r\n", "\n").strip()
    msg = email.message_from_bytes(scan.data, policy=email.policy.default)
    lines = []
    for header, label in (("From", "Dari"), ("To", "Kepada"), ("Date", "Tanggal"), ("Subject", "Hal")):
        value = str(msg.get(header) or "").strip() if isinstance(msg, EmailMessage) else ""
        if value:
            lines.append(f"{label}: {value}")
    body = ""
    part = msg.get_body(preferencelist=("plain", "html")) if isinstance(msg, EmailMessage) else None
    if part is not None:
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            body = (part.get_payload(decode=True) or b"").decode("latin-1")
        if part.get_content_type() == "text/html":
            body = unescape(re.sub(r"(?s)<(script|style).*?</\\1>|<[^>]+>", " ", body))
    elif not lines:
        body = decode_text(scan.data)
    return ("\n".join(lines) + "\n\n" + body.replace("\r\n", "\n").strip()).strip()
