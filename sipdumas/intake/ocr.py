"""Turning a letter file into page texts: Tesseract OCR for scans, the text layer of PDFs that have one,
and plain reading for ``.txt``/``.eml`` letters.

The work is split in two so that a batch can keep every core busy:

- :func:`plan_file` only looks at a file: its kind, its page count, whether a PDF page already carries
  text. It reads headers, never decodes a whole scan, so a bad file is refused in milliseconds with the
  reason (:class:`UnreadableFile`).
- :func:`ocr_page` reads one page with one Tesseract process. It hands Tesseract the original file
  whenever Tesseract can read it as is (PNG, JPEG) and otherwise renders the page to an uncompressed
  grey-scale PNM first (PDF pages at 300 dpi, TIFF frames, rotated JPEGs): encoding a PNG of a 300 dpi
  page costs a tenth of the OCR time, writing a PNM almost nothing.

Tesseract runs with ``OMP_THREAD_LIMIT=1``: parallelism comes from one Tesseract process per core;
Tesseract's own threads would only fight over the same cores and make every page slower. The binary is
the one pytesseract is configured with (``pytesseract.pytesseract.tesseract_cmd``), but it is started
here rather than through ``pytesseract.image_to_string``: that call can neither give the process its own
environment (it passes this process's ``os.environ``, shared by every thread) nor be killed when the
user cancels a batch.

No clean-up of the image is done before OCR: Tesseract binarises grey scale itself, and measured on the
sample corpus neither a grey-scale conversion nor an orientation pass changed the fields read, while
each added time (see ``docs/extraction.md``).
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import re
import stat
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from sipdumas.intake.layout import PageLayout, parse_tsv
from sipdumas.output.pdfium import PDFIUM_LOCK

LANG = "ind"
DPI = 300
DEFAULT_PAGE_TIMEOUT = 60.0
#: Pages a file may have (an office can change it: setting ``intake_max_pages``). A letter with its
#: attachments is rarely over 20 pages; a 500-page scan is a mistake that would keep OCR busy for an hour.
DEFAULT_MAX_PAGES = 50

# A page above this many pixels is refused: A3 at 600 dpi is 70 million, so more is either a mistake or a
# decompression bomb (a small file that would expand to gigabytes in every worker). Pillow warns above
# MAX_IMAGE_PIXELS and refuses above twice that; both are turned into an error here.
MAX_PAGE_PIXELS = 100_000_000
Image.MAX_IMAGE_PIXELS = MAX_PAGE_PIXELS

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".gif"}
TEXT_SUFFIXES = {".txt", ".text"}
EMAIL_SUFFIXES = {".eml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = "PNG, JPEG, TIFF, PDF, TXT, EML"

# A scanned PDF page (one with an image) whose text layer has fewer real words than this is OCR'd.
MIN_TEXT_LAYER_WORDS = 20

# The error texts a user sees (plain Indonesian, like every other user-facing message in SIPDUMAS).
ERR_EMPTY = "berkas kosong (0 byte)"
ERR_MISSING = "berkas tidak ditemukan"
ERR_UNSUPPORTED = "format berkas tidak didukung ({suffix}); yang didukung: " + SUPPORTED
ERR_NOT_IMAGE = "isi berkas bukan gambar yang dapat dibaca (berkas {suffix} rusak atau bukan gambar)"
ERR_TRUNCATED = "gambar rusak atau terpotong: {detail}"
ERR_BOMB = (
    "gambar terlalu besar ({pixels:,} piksel, batas {limit:,}): ditolak sebagai kemungkinan bom dekompresi"
)
ERR_PDF_ENCRYPTED = "PDF terenkripsi (dilindungi kata sandi); buka kuncinya dulu lalu pindai ulang"
ERR_PDF_CORRUPT = "PDF rusak atau tidak dapat dibuka: {detail}"
ERR_NO_PAGES = "berkas tidak berisi halaman"
ERR_TIMEOUT = "OCR halaman {page} melebihi batas waktu {seconds:g} detik"
ERR_OCR = "OCR halaman {page} gagal: {detail}"
ERR_CANCELLED = "dibatalkan"
ERR_SYMLINK = "tautan simbolik (symlink) ditolak: daftarkan berkas aslinya, bukan tautannya"
ERR_NOT_REGULAR = "bukan berkas biasa ({kind}); hanya berkas biasa yang dibaca"
ERR_TOO_MANY_PAGES = (
    "berkas berisi {pages} halaman, melebihi batas {limit} halaman per berkas "
    "(pecah berkasnya, atau ubah batasnya: pengaturan intake_max_pages)"
)


class UnreadableFile(Exception):
    """A file that cannot be turned into text; the message says why, in words a user understands."""


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page to OCR in a worker. ``kind`` is "image" (a file Tesseract reads as is), "frame" (frame
    ``index`` of an image file, e.g. a TIFF page) or "pdf" (page ``index`` of a PDF)."""

    path: str
    kind: str
    index: int
    timeout: float = DEFAULT_PAGE_TIMEOUT
    lang: str = LANG


@dataclass(frozen=True, slots=True)
class PageResult:
    text: str | None
    error: str | None = None
    seconds: float = 0.0
    layout: PageLayout | None = None  # the lines with their word boxes


@dataclass(slots=True)
class FilePlan:
    """What a file is made of: per page either its text (known without OCR) or a :class:`PageJob`."""

    pages: list[str | PageJob]
    sender_hint: dict[str, str] | None = None  # from an e-mail's From header


# ---------------------------------------------------------------------------------------------------
# planning (caller's process)


def irregular_reason(path: Path) -> str | None:
    """Why ``path`` is not a file to read as a letter (a symbolic link, a folder, a device, a pipe or a
    socket), or None for a regular file. The link itself is looked at, never what it points to: a link
    in a watched folder must not carry a system file into the register."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return ERR_MISSING
    except OSError as exc:
        return f"berkas tidak dapat dibaca: {exc.strerror or exc}"
    if stat.S_ISLNK(mode):
        return ERR_SYMLINK
    if stat.S_ISREG(mode):
        return None
    kind = (
        "folder"
        if stat.S_ISDIR(mode)
        else "pipa (FIFO)"
        if stat.S_ISFIFO(mode)
        else "soket"
        if stat.S_ISSOCK(mode)
        else "perangkat"
    )
    return ERR_NOT_REGULAR.format(kind=kind)


def read_regular(path: Path) -> bytes:
    """The bytes of ``path``, refusing (:class:`UnreadableFile`) anything but a regular file. The file is
    opened without following a final symbolic link and checked on the open descriptor, so a file swapped
    for a link or a pipe after it was looked at is refused too, and a pipe never blocks the reader."""
    reason = irregular_reason(path)
    if reason:
        raise UnreadableFile(reason)
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            raise UnreadableFile(ERR_SYMLINK) from None
        raise UnreadableFile(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from None
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise UnreadableFile(ERR_NOT_REGULAR.format(kind="bukan berkas biasa"))
        return fh.read()


def plan_file(
    path: Path, *, page_timeout: float = DEFAULT_PAGE_TIMEOUT, max_pages: int | None = DEFAULT_MAX_PAGES
) -> FilePlan:
    """The pages of ``path`` and how each is read; raises :class:`UnreadableFile` with the reason: also
    for a symbolic link or anything not a regular file (:func:`irregular_reason`), and for a file of
    more than ``max_pages`` pages (None: no limit), refused before any page is read."""
    reason = irregular_reason(path)
    if reason:
        raise UnreadableFile(reason)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(ERR_MISSING) from None
    except OSError as exc:
        raise UnreadableFile(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from None
    if size == 0:
        raise UnreadableFile(ERR_EMPTY)
    with path.open("rb") as fh:
        head = fh.read(16)
    suffix = path.suffix.lower()
    # The content decides over the name: a PDF saved as ".png" is still read as a PDF.
    if head.startswith(b"%PDF-"):
        return _plan_pdf(path, page_timeout, max_pages)
    if suffix in TEXT_SUFFIXES:
        return FilePlan(pages=[read_text_file(path)])
    if suffix in EMAIL_SUFFIXES:
        text, hint = read_email(path)
        return FilePlan(pages=[text], sender_hint=hint)
    if suffix in PDF_SUFFIXES:
        raise UnreadableFile(ERR_PDF_CORRUPT.format(detail="tidak diawali tanda %PDF"))
    if suffix in IMAGE_SUFFIXES or _looks_like_image(head):
        return _plan_image(path, page_timeout, max_pages)
    raise UnreadableFile(ERR_UNSUPPORTED.format(suffix=suffix or "tanpa akhiran"))


def _check_page_count(pages: int, max_pages: int | None) -> None:
    if max_pages is not None and pages > max_pages:
        raise UnreadableFile(ERR_TOO_MANY_PAGES.format(pages=pages, limit=max_pages))


def _looks_like_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    )


def _open_image(path: Path) -> Image.Image:
    """Opens (header only) with the pixel cap enforced; every failure becomes :class:`UnreadableFile`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFile(_bomb_message(str(exc))) from None
    except UnidentifiedImageError:
        raise UnreadableFile(ERR_NOT_IMAGE.format(suffix=path.suffix.lower() or "ini")) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableFile(ERR_TRUNCATED.format(detail=str(exc) or type(exc).__name__)) from None
    width, height = image.size
    if width * height > MAX_PAGE_PIXELS:
        image.close()
        raise UnreadableFile(ERR_BOMB.format(pixels=width * height, limit=MAX_PAGE_PIXELS))
    if width < 16 or height < 16:
        image.close()
        raise UnreadableFile(f"gambar terlalu kecil untuk dibaca ({width}x{height} piksel)")
    return image


def _bomb_message(detail: str) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", detail)]
    pixels = numbers[0] if numbers else 0
    return ERR_BOMB.format(pixels=pixels, limit=MAX_PAGE_PIXELS)


def _plan_image(path: Path, page_timeout: float, max_pages: int | None) -> FilePlan:
    with _open_image(path) as image:
        frames = getattr(image, "n_frames", 1) or 1
        fmt = image.format
        rotated = fmt == "JPEG" and image.getexif().get(0x0112, 1) not in (1, None)
    _check_page_count(frames, max_pages)
    if frames == 1 and fmt in ("PNG", "JPEG") and not rotated:
        return FilePlan(pages=[PageJob(str(path), "image", 0, page_timeout)])
    return FilePlan(pages=[PageJob(str(path), "frame", i, page_timeout) for i in range(frames)])


def _plan_pdf(path: Path, page_timeout: float, max_pages: int | None) -> FilePlan:
    with PDFIUM_LOCK:
        return _plan_pdf_locked(path, page_timeout, max_pages)


def _plan_pdf_locked(path: Path, page_timeout: float, max_pages: int | None) -> FilePlan:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(_pdf_error(exc)) from None
    try:
        if len(pdf) == 0:
            raise UnreadableFile(ERR_NO_PAGES)
        _check_page_count(len(pdf), max_pages)
        pages: list[str | PageJob] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                width, height = page.get_size()
                pixels = int(width * DPI / 72) * int(height * DPI / 72)
                if pixels > MAX_PAGE_PIXELS:
                    raise UnreadableFile(ERR_BOMB.format(pixels=pixels, limit=MAX_PAGE_PIXELS))
                text = _text_layer(page)
            finally:
                page.close()
            pages.append(text if text is not None else PageJob(str(path), "pdf", i, page_timeout))
        return FilePlan(pages=pages)
    finally:
        pdf.close()


def _pdf_error(exc: Exception) -> str:
    detail = str(exc)
    if "password" in detail.lower() or "security" in detail.lower():
        return ERR_PDF_ENCRYPTED
    return ERR_PDF_CORRUPT.format(detail=detail)


def _text_layer(page) -> str | None:
    """The page's own text when it can stand for the page, else None (the page must be OCR'd).

    A page without any image is typed: its text layer is the page, however short (but a page with no
    words at all is OCR'd, in case its text was drawn as outlines). A page with an image
    is a scan: its text layer counts only when it has enough real words (a scan OCR'd before, by the
    scanner or an earlier tool); a few words there are usually a stamp such as "Scanned by ...".
    """
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Fonts without a Unicode map come out as symbols: such a layer is worse than OCR.
    visible = [ch for ch in text if not ch.isspace()]
    good = sum(ch.isalnum() or ch in ".,:;()/-'\"@+&%" for ch in visible)
    if visible and good < 0.85 * len(visible):
        return None
    has_image = next(iter(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))), None) is not None
    if not has_image and re.search(r"[A-Za-z]{2,}", text):
        return text  # without any word it may be text drawn as outlines: OCR finds out
    return text if len(re.findall(r"[A-Za-z]{3,}", text)) >= MIN_TEXT_LAYER_WORDS else None


# ---------------------------------------------------------------------------------------------------
# letters that need no OCR


def read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("berkas teks berisi data biner (bukan teks)")
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_email(path: Path) -> tuple[str, dict[str, str] | None]:
    """The text of an e-mail (subject as a ``Hal:`` line, then the plain-text body) and its sender.

    HTML-only messages are reduced to their text. The ``From`` header's address and display name are
    returned separately: the letter itself decides the sender, the header only fills what it leaves out.
    """
    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything it still refuses is a broken file
        raise UnreadableFile(f"e-mail tidak dapat dibaca: {exc}") from None
    if not isinstance(msg, EmailMessage) or not (msg.keys() or msg.get_payload()):
        raise UnreadableFile("bukan berkas e-mail (tidak ada header)")
    body = ""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is not None:
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True) or b""
            body = payload.decode("latin-1")
        if part.get_content_type() == "text/html":
            body = html_to_text(body)
    subject = str(msg.get("Subject") or "").strip()
    lines = []
    if msg.get("Date"):
        lines.append(f"Tanggal e-mail: {msg['Date']}")
    if subject:
        lines.append(f"Hal: {subject}")
    text = "\n".join(lines) + ("\n\n" if lines else "") + body.strip()
    name, address = parseaddr(str(msg.get("From") or ""))
    hint = {k: v for k, v in (("name", name.strip()), ("email", address.strip().lower())) if v}
    if not text.strip():
        raise UnreadableFile("e-mail tanpa isi teks")
    return text, hint or None


def html_to_text(html: str) -> str:
    import html as html_lib

    html = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", html)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


# ---------------------------------------------------------------------------------------------------
# OCR (worker process)


class Tesseract:
    """Starts Tesseract processes for pages and can stop them all at once (when a batch is cancelled).

    Safe to share between threads: each :meth:`read` is its own process.
    """

    def __init__(self, *, lang: str = LANG) -> None:
        self.lang = lang
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._stopped = False

    @staticmethod
    def command() -> str:
        import pytesseract

        return str(pytesseract.pytesseract.tesseract_cmd)

    def read(self, image_path: str, *, timeout: float, lang: str | None = None, tsv: bool = False) -> str:
        """The text Tesseract reads in ``image_path`` (with ``tsv``: its TSV output, every word with its
        box, from the same single recognition pass); raises :class:`PageTimeout` after ``timeout``
        seconds, :class:`Stopped` after :meth:`stop`, :class:`OcrFailed` otherwise."""
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        args = [self.command(), image_path, "stdout", "-l", lang or self.lang] + (["tsv"] if tsv else [])
        with self._lock:
            if self._stopped:
                raise Stopped
            try:
                proc = subprocess.Popen(
                    args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
                )
            except FileNotFoundError:
                raise OcrFailed("program Tesseract tidak ditemukan; pasang tesseract-ocr") from None
            self._running.add(proc)
        try:
            out, err = proc.communicate(timeout=timeout or None)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise PageTimeout from None
        finally:
            with self._lock:
                self._running.discard(proc)
        if self._stopped:
            raise Stopped
        if proc.returncode != 0:
            detail = err.decode("utf-8", "replace").strip().splitlines()
            raise OcrFailed(detail[-1] if detail else f"Tesseract keluar dengan kode {proc.returncode}")
        return out.decode("utf-8", "replace")

    def stop(self) -> None:
        """Kill every running Tesseract process and refuse new ones."""
        with self._lock:
            self._stopped = True
            running = list(self._running)
        for proc in running:
            with contextlib.suppress(OSError):
                proc.kill()


class PageTimeout(Exception):
    pass


class Stopped(Exception):
    pass


class OcrFailed(Exception):
    pass


def ocr_page(job: PageJob, tesseract: Tesseract | None = None, *, scratch: Path | None = None) -> PageResult:
    """OCR one page; never raises, a failure comes back as :attr:`PageResult.error` for the file.
    ``scratch``: the folder for the page's temporary render (a run's :class:`~sipdumas.intake.scratch.RunDir`,
    so a killed run's renders are found and removed by the next run); default the system's temporary
    folder."""
    tesseract = tesseract or Tesseract(lang=job.lang)
    started = time.perf_counter()
    page = job.index + 1

    def result(text: str | None, error: str | None = None, layout: PageLayout | None = None) -> PageResult:
        return PageResult(text, error, time.perf_counter() - started, layout)

    try:
        layout = parse_tsv(_ocr(job, tesseract, scratch), job.index)
        return result(layout.text, layout=layout)
    except UnreadableFile as exc:
        return result(None, str(exc))
    except PageTimeout:
        return result(None, ERR_TIMEOUT.format(page=page, seconds=job.timeout))
    except Stopped:
        return result(None, ERR_CANCELLED)
    except Exception as exc:  # a page must report, not raise: the rest of the batch depends on it
        return result(None, ERR_OCR.format(page=page, detail=str(exc).strip() or type(exc).__name__))


def _ocr(job: PageJob, tesseract: Tesseract, scratch: Path | None = None) -> str:
    """Tesseract's TSV of the page: the words, their boxes and their order, in one OCR pass."""
    if job.kind == "image":
        _verify_image(Path(job.path))
        try:
            return tesseract.read(job.path, timeout=job.timeout, lang=job.lang, tsv=True)
        except OcrFailed:
            pass  # Leptonica cannot read every variant Pillow can (16-bit, CMYK ...): render and retry
    if scratch is None:
        with tempfile.TemporaryDirectory(prefix="sipdumas-ocr-") as tmp:
            return _ocr_rendered(job, tesseract, Path(tmp))
    return _ocr_rendered(job, tesseract, scratch)


def _ocr_rendered(job: PageJob, tesseract: Tesseract, folder: Path) -> str:
    fd, target = tempfile.mkstemp(prefix="page-", suffix=".pnm", dir=folder)
    os.close(fd)
    try:
        _render(job).save(target, format="PPM")
        return tesseract.read(target, timeout=job.timeout, lang=job.lang, tsv=True)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(target)


def _verify_image(path: Path) -> None:
    """Cheap integrity check of a file Tesseract will read directly (no full decode, see module doc)."""
    try:
        with Image.open(path) as image:
            fmt = image.format
            image.verify()  # PNG: every chunk's CRC, and the end marker
    except Exception as exc:
        raise UnreadableFile(ERR_TRUNCATED.format(detail=str(exc) or type(exc).__name__)) from None
    if fmt == "JPEG":
        with path.open("rb") as fh:
            fh.seek(max(0, path.stat().st_size - 4096))
            if b"\xff\xd9" not in fh.read():
                raise UnreadableFile(ERR_TRUNCATED.format(detail="JPEG terpotong (penanda akhir tidak ada)"))


def _render(job: PageJob) -> Image.Image:
    """The page as an 8-bit grey (or 1-bit) image ready to write as PNM."""
    if job.kind == "pdf":
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            try:
                pdf = pdfium.PdfDocument(job.path)
            except pdfium.PdfiumError as exc:
                raise UnreadableFile(_pdf_error(exc)) from None
            try:
                page = pdf[job.index]
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                image = bitmap.to_pil().copy()  # detached from PDFium's buffer before the lock is left
                page.close()
            finally:
                pdf.close()
        return image if image.mode in ("L", "1") else image.convert("L")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(job.path) as image:
                image.seek(job.index)
                image.load()
                frame = ImageOps.exif_transpose(image)  # a copy, upright as the camera meant it
                return frame if frame.mode in ("L", "1") else frame.convert("L")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFile(_bomb_message(str(exc))) from None
    except EOFError:
        raise UnreadableFile(ERR_TRUNCATED.format(detail=f"halaman {job.index + 1} tidak ada")) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableFile(ERR_TRUNCATED.format(detail=str(exc) or type(exc).__name__)) from None
