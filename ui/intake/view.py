"""The intake view: one scanned letter at a time, its page image beside the fields read from it.

The analyst checks what OCR read (values read with little confidence, or not found, are marked amber
with the reason in the tooltip), corrects it, and presses **Daftarkan** (Ctrl+Enter): the letter is
registered with the corrected values and its scan through
:func:`sipdumas.services.registration.register_reviewed`, and the view moves to the next letter of the
batch. **Lewati** leaves a letter unregistered. A file that is already the scan of a registered letter
(the same bytes, e.g. dropped again after a crash) is marked "Sudah terdaftar sebagai D-…" and is not
registered twice: **Daftarkan** then only records that in the batch; **Kedatangan baru** registers it
all the same, for a genuinely new arrival of the same scan. A batch comes from the import dialog
(:mod:`ui.intake.scan_import_dialog`) as a list of :class:`BatchItem`.

Nothing slow runs on the UI thread; everything goes through the client's :class:`~ui.tasks.TaskRunner`.
Pages are rendered (pypdfium2 under :data:`sipdumas.output.pdfium.PDFIUM_LOCK`, images with Pillow) in the
runner's :data:`PAGES` lane, so a large scan never waits behind a database call; the duplicate check of
the letter on screen (:func:`check_files`, which reads the file again) has the :data:`CHECKS` lane;
registering is a task of the database lane. Worker functions return ``QImage`` (safe off the UI thread)
and plain values; the pixmap is made on the UI thread.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTransform,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.identity import identity_complete, nik_problem, normalize_phone
from sipdumas.domain.office import is_carbon_copy
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake import ocr
from sipdumas.intake.fields import default_office_names
from sipdumas.intake.model import Extraction
from sipdumas.output.pdfium import PDFIUM_LOCK
from sipdumas.services.letters import STANDARD_CATEGORIES, LetterInput, SenderData
from sipdumas.services.registration import IngestResult, check_files, register_reviewed
from ui.common.widgets import ErrorLabel, OptionalDateEdit
from ui.login import error_text
from ui.tasks import TaskRunner

#: A value read with less confidence than this is marked for checking.
CONFIDENCE_THRESHOLD = 0.8
#: Fields every letter has; when OCR found none of it, the empty field is marked too. The other fields
#: (tembusan, NIK, phone, e-mail, address) are often genuinely absent, so their emptiness is no warning;
#: the identity badge says when the sender cannot be reached.
EXPECTED = ("letter_date", "place", "subject", "addressee", "sender.name")
#: Longest side of a page as rendered for the screen (pixels): sharp at 100 % on a large monitor, and a
#: 600 dpi scan does not cost hundreds of megabytes per page.
MAX_RENDER_SIDE = 2400
PDF_DPI = 150
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 5.0
#: The runner's lanes of this view's work beside the database lane.
PAGES = "pages"
CHECKS = "duplicate-checks"

_AMBER = "#fff3cd"
_AMBER_BORDER = "#e0a800"
#: Where the focused field was read, drawn on the page: amber like the form when the value is unsure.
_EVIDENCE_SURE = "#1a73e8"
_EVIDENCE_UNSURE = _AMBER_BORDER
_BADGE = "border-radius: 8px; padding: 2px 8px; font-weight: 600;"
_BADGE_COLOURS = {
    "ok": ("#e6f4ea", "#1e6b34"),
    "warn": ("#fff3cd", "#7a5200"),
    "bad": ("#fde7e9", "#a4262c"),
    "info": ("#e8eaf6", "#283593"),
    "muted": ("#eeeeee", "#616161"),
}


class BatchState:
    PENDING = "pending"
    REGISTERED = "registered"
    SKIPPED = "skipped"
    FAILED = "failed"  # the file could not be read; nothing to register
    ALREADY = "already"  # the file is already a registered letter's scan; not registered twice


@dataclass
class BatchItem:
    """One file of a batch: what was read from it, and what became of it."""

    path: Path
    extraction: Extraction
    state: str = BatchState.PENDING
    result: IngestResult | None = None  # after registering
    check: IngestResult | None = None  # duplicate verdict before registering

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        if self.extraction.error:
            self.state = BatchState.FAILED


# ------------------------------------------------------------------ page rendering (worker side)


@dataclass(frozen=True, slots=True)
class RenderedPage:
    image: QImage
    index: int
    count: int


def is_text_file(path: Path) -> bool:
    """Typed letters and e-mails have no page image; the view shows their text instead."""
    suffix = path.suffix.lower()
    if suffix not in ocr.TEXT_SUFFIXES | ocr.EMAIL_SUFFIXES:
        return False
    with path.open("rb") as fh:
        return not fh.read(5).startswith(b"%PDF-")


def render_page(path: Path, index: int) -> RenderedPage:
    """Page ``index`` of a scan (PDF, TIFF, PNG, JPEG…) as a ``QImage`` for the screen, and the page
    count. Runs on a worker thread: PDFium is entered only under :data:`PDFIUM_LOCK`."""
    path = Path(path)
    with path.open("rb") as fh:
        is_pdf = fh.read(5).startswith(b"%PDF-")
    if is_pdf:
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(str(path))
            try:
                count = len(pdf)
                index = max(0, min(index, count - 1))
                page = pdf[index]
                width, height = page.get_size()
                scale = min(PDF_DPI / 72, MAX_RENDER_SIDE / max(width, height, 1))
                image = page.render(scale=scale).to_pil().copy()  # detached before the lock is left
                page.close()
            finally:
                pdf.close()
        return RenderedPage(_qimage(image), index, count)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(path) as source:
            count = getattr(source, "n_frames", 1) or 1
            index = max(0, min(index, count - 1))
            source.seek(index)
            source.load()
            image = ImageOps.exif_transpose(source)
    image.thumbnail((MAX_RENDER_SIDE, MAX_RENDER_SIDE))
    return RenderedPage(_qimage(image), index, count)


def _qimage(image: Image.Image) -> QImage:
    if image.mode not in ("L", "RGB"):
        image = image.convert("L" if image.mode in ("1", "I", "I;16", "F") else "RGB")
    fmt = QImage.Format.Format_Grayscale8 if image.mode == "L" else QImage.Format.Format_RGB888
    channels = 1 if image.mode == "L" else 3
    data = image.tobytes()
    return QImage(data, image.width, image.height, image.width * channels, fmt).copy()


# ------------------------------------------------------------------ the page pane


def _line_rects(boxes: list[tuple[int, int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Word boxes merged into one rectangle (left, top, right, bottom) per line they sit on."""
    rects: list[list[int]] = []
    for _page, left, top, width, height in sorted(boxes, key=lambda b: (b[2], b[1])):
        middle = top + height / 2
        for rect in rects:
            if rect[1] <= middle <= rect[3]:
                rect[0], rect[1] = min(rect[0], left), min(rect[1], top)
                rect[2], rect[3] = max(rect[2], left + width), max(rect[3], top + height)
                break
        else:
            rects.append([left, top, left + width, top + height])
    return [(a, b, c, d) for a, b, c, d in rects]


class PageView(QWidget):
    """The scan of the letter on screen: zoom, fit to width, rotate by quarter turns, page through.

    Pages are rendered in the :data:`PAGES` lane of ``tasks``."""

    page_changed = Signal(int, int)  # page index, page count

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._path: Path | None = None
        self._image: QImage | None = None
        self._cache: dict[int, RenderedPage] = {}
        self.page = 0
        self.page_count = 0
        self.rotation = 0
        self.zoom: float | None = None  # None: fit the page's width to the pane
        self._token = 0
        #: The evidence on show: word boxes (page, left, top, width, height) in the pixels of the page
        #: image OCR read, those images' sizes per page, and whether the value is unsure (amber).
        self.evidence_boxes: list[tuple[int, int, int, int, int]] = []
        self._evidence_sizes: list[tuple[int, int] | None] = []
        self.evidence_unsure = False

        self.prev_button = self._tool("◀", self.tr("Halaman sebelumnya (PgUp)"), self.previous_page)
        self.next_button = self._tool("▶", self.tr("Halaman berikutnya (PgDn)"), self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._tool("−", self.tr("Perkecil (Ctrl+-)"), self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Perbesar (Ctrl+=)"), self.zoom_in)
        self.fit_button = self._tool(self.tr("Paskan"), self.tr("Paskan lebar halaman (Ctrl+0)"), self.fit)
        self.rotate_button = self._tool(
            self.tr("⟳ Putar"), self.tr("Putar 90° searah jarum jam (Ctrl+R)"), self.rotate
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
            self.rotate_button,
        ):
            bar.addWidget(w)

        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image_label)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setStyleSheet("QScrollArea { background: #5f6368; }")
        self.scroll.viewport().installEventFilter(self)

        self.text_page = QPlainTextEdit(self)
        self.text_page.setReadOnly(True)
        self.text_page.setStyleSheet("QPlainTextEdit { background: #ffffff; padding: 24px; }")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #616161;")
        self.stack = QStackedWidget(self)
        for w in (self.scroll, self.text_page, self.message):
            self.stack.addWidget(w)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._update_controls()

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -------------------------------------------------------- loading

    def show_evidence(
        self,
        boxes: list[tuple[int, int, int, int, int]],
        page_sizes: list[tuple[int, int] | None],
        *,
        lines: list[str] | None = None,
        unsure: bool = False,
    ) -> None:
        """Mark where a field was read: its OCR word boxes on the scan (turning to their page), or its
        lines in a typed letter; amber when the value is unsure. Empty ``boxes`` and ``lines``: no mark."""
        self.evidence_boxes = list(boxes)
        self._evidence_sizes = list(page_sizes)
        self.evidence_unsure = unsure
        if self.stack.currentWidget() is self.text_page:
            self._mark_text(lines or [], unsure)
            return
        pages = sorted({box[0] for box in self.evidence_boxes})
        if pages and self.page not in pages and self._image is not None and pages[0] < self.page_count:
            self._request(pages[0])  # the value was read on another page: turn to it
        else:
            self._apply()

    def _mark_text(self, lines: list[str], unsure: bool) -> None:
        selections = []
        document = self.text_page.document()
        cursor = QTextCursor(document)
        for line in lines:
            found = document.find(line, cursor) if line else QTextCursor()
            if found.isNull():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = found
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_AMBER if unsure else "#d2e3fc"))
            selection.format = fmt
            selections.append(selection)
            cursor = found
        self.text_page.setExtraSelections(selections)
        if selections:
            self.text_page.setTextCursor(QTextCursor(selections[0].cursor.block()))
            self.text_page.ensureCursorVisible()

    def _with_evidence(self, image: QImage) -> QImage:
        """``image`` (the current page as rendered) with the evidence boxes of this page drawn on it."""
        boxes = [b for b in self.evidence_boxes if b[0] == self.page]
        size = self._evidence_sizes[self.page] if self.page < len(self._evidence_sizes) else None
        if not boxes or not size or not size[0] or not size[1]:
            return image
        sx, sy = image.width() / size[0], image.height() / size[1]
        marked = image.convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(marked)
        colour = QColor(_EVIDENCE_UNSURE if self.evidence_unsure else _EVIDENCE_SURE)
        pen = QPen(colour)
        pen.setWidth(max(2, round(3 * sx)))
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(50)
        pad = max(2, round(4 * sx))
        for left, top, right, bottom in _line_rects(boxes):
            x, y = round(left * sx) - pad, round(top * sy) - pad
            w, h = round((right - left) * sx) + 2 * pad, round((bottom - top) * sy) + 2 * pad
            painter.fillRect(x, y, w, h, fill)
            painter.drawRect(x, y, w, h)
        painter.end()
        return marked

    def show_file(self, path: Path, text: str | None = None) -> None:
        """Show ``path``'s first page (or its ``text`` for a typed letter / e-mail)."""
        self.evidence_boxes, self._evidence_sizes, self.evidence_unsure = [], [], False
        self.text_page.setExtraSelections([])
        self._token += 1
        self._path = Path(path)
        self._cache.clear()
        self._image = None
        self.page, self.page_count, self.rotation, self.zoom = 0, 0, 0, None
        if is_text_file(self._path):
            self.text_page.setPlainText(text or "")
            self.stack.setCurrentWidget(self.text_page)
            self.page_count = 1
            self._update_controls()
            return
        self.message.setText(self.tr("Memuat halaman…"))
        self.stack.setCurrentWidget(self.message)
        self._request(0)

    def clear(self) -> None:
        self._token += 1
        self._path = None
        self._image = None
        self.page_count = 0
        self.message.setText("")
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def _request(self, index: int) -> None:
        if self._path is None:
            return
        if index in self._cache:
            self._show(self._token, self._cache[index])
            return
        path, token = self._path, self._token
        self._tasks.run(
            lambda: render_page(path, index),
            partial(self._show, token),
            partial(self._failed, token),
            owner=self,
            lane=PAGES,
        )

    def _show(self, token: int, page: RenderedPage) -> None:
        if token != self._token:
            return  # another letter is on screen by now
        self._cache[page.index] = page
        self.page, self.page_count = page.index, page.count
        self._image = page.image
        self.stack.setCurrentWidget(self.scroll)
        self._apply()
        self.page_changed.emit(self.page, self.page_count)

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.message.setText(self.tr("Halaman tidak dapat ditampilkan: %1").replace("%1", str(exc)))
        self.stack.setCurrentWidget(self.message)

    # -------------------------------------------------------- controls

    def next_page(self) -> None:
        if self.page + 1 < self.page_count and self._image is not None:
            self._request(self.page + 1)

    def previous_page(self) -> None:
        if self.page > 0 and self._image is not None:
            self._request(self.page - 1)

    def effective_zoom(self) -> float:
        if self.zoom is not None:
            return self.zoom
        image = self._oriented()
        if image is None or image.width() == 0:
            return 1.0
        available = self.scroll.viewport().width() - 24
        return max(ZOOM_MIN, min(ZOOM_MAX, available / image.width()))

    def zoom_in(self) -> None:
        self.zoom = min(ZOOM_MAX, self.effective_zoom() * ZOOM_STEP)
        self._apply()

    def zoom_out(self) -> None:
        self.zoom = max(ZOOM_MIN, self.effective_zoom() / ZOOM_STEP)
        self._apply()

    def fit(self) -> None:
        self.zoom = None
        self._apply()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._apply()

    def _oriented(self) -> QImage | None:
        if self._image is None:
            return None
        image = self._with_evidence(self._image)
        if self.rotation == 0:
            return image
        return image.transformed(QTransform().rotate(self.rotation))

    def _apply(self) -> None:
        image = self._oriented()
        if image is not None:
            factor = self.effective_zoom()
            size = image.size() * factor
            scaled = image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.image_label.setPixmap(QPixmap.fromImage(scaled))
            self.image_label.resize(scaled.size())
        self._update_controls()

    def _update_controls(self) -> None:
        has_image = self._image is not None and self.stack.currentWidget() is self.scroll
        self.page_label.setText(
            self.tr("Hal. %1 / %2").replace("%1", str(self.page + 1)).replace("%2", str(self.page_count))
            if self.page_count
            else ""
        )
        self.prev_button.setEnabled(has_image and self.page > 0)
        self.next_button.setEnabled(has_image and self.page + 1 < self.page_count)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.rotate_button):
            w.setEnabled(has_image)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%" if has_image else "")
        self.fit_button.setChecked(self.zoom is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom is None:
            self._apply()
        return super().eventFilter(watched, event)


# ------------------------------------------------------------------ the OCR text pane


class OcrTextPane(QWidget):
    """The text OCR read, with a find box that highlights every match (Enter: next match)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Cari di teks surat… (Ctrl+F)"))
        self.find.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #616161;")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Teks hasil OCR</b>"), self)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.find, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self.matches: list[QTextCursor] = []
        self._current = -1
        self.find.textChanged.connect(lambda _t: self.highlight())
        self.find.returnPressed.connect(self.next_match)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text.replace("\f", "\n\n— halaman berikutnya —\n\n"))
        self.highlight()

    def highlight(self) -> None:
        """Mark every occurrence of the find box's text (case-insensitive)."""
        needle = self.find.text().strip()
        self.matches, self._current = [], -1
        selections = []
        if needle:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe066"))
            document = self.text.document()
            cursor = document.find(needle, 0)
            while not cursor.isNull():
                self.matches.append(cursor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(needle, cursor)
        self.text.setExtraSelections(selections)
        if not needle:
            self.count_label.setText("")
        elif self.matches:
            self.count_label.setText(self.tr("%1 ditemukan").replace("%1", str(len(self.matches))))
            self.next_match()
        else:
            self.count_label.setText(self.tr("tidak ditemukan"))

    def next_match(self) -> None:
        if not self.matches:
            return
        self._current = (self._current + 1) % len(self.matches)
        self.text.setTextCursor(self.matches[self._current])
        self.text.ensureCursorVisible()


# ------------------------------------------------------------------ the view


def _badge(text: str, kind: str, tip: str = "") -> QLabel:
    label = QLabel(text)  # parented by the layout it goes into
    background, colour = _BADGE_COLOURS[kind]
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {colour}; {_BADGE} }}"
    )
    label.setToolTip(tip)
    label.setProperty("kind", kind)
    return label


class IntakeView(QWidget):
    """Check and register a batch of scanned letters, one at a time.

    ``registered(IngestResult)`` after each letter is saved; ``finished()`` when no letter of the batch
    is left to check (each registered, skipped, or unreadable).
    """

    registered = Signal(object)
    finished = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        items: list[BatchItem],
        *,
        check_duplicates: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._tasks = tasks
        self.items = list(items)
        self.index = -1
        self._busy = False
        self._filling = False
        self._check_duplicates = check_duplicates
        self._office_names = default_office_names()
        #: field key -> tooltip, for the fields marked for checking on the letter now on screen.
        self.marks: dict[str, str] = {}
        #: editor -> field key, to show on the page where the focused field was read.
        self._focus_keys: dict[QObject, str] = {}
        self.setWindowTitle(self.tr("Periksa pindaian — SIPDUMAS"))

        self.pages = PageView(tasks, self)
        self.ocr = OcrTextPane(self)
        self._build_fields()
        self._build_top()

        right = QSplitter(Qt.Orientation.Vertical, self)
        form_scroll = QScrollArea(right)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.fields_box)
        right.addWidget(form_scroll)
        right.addWidget(self.ocr)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.top)
        layout.addLayout(self.badges)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._build_shortcuts()
        self.resize(1400, 860)
        self.splitter.setSizes([760, 640])
        self._right = right
        self._sized = False

        can_register = actor.can(Permission.REGISTER_LETTER)
        self.register_button.setEnabled(can_register)
        self.go_to(self._next_pending(-1))

    # -------------------------------------------------------- building

    def _build_top(self) -> None:
        self.batch = QComboBox(self)
        self.batch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.batch.setMinimumContentsLength(30)
        self.batch.setToolTip(self.tr("Surat dalam kelompok ini; pilih untuk membukanya"))
        self._fill_batch_list()
        self.batch.activated.connect(self.go_to)
        self.position = QLabel(self)
        self.skip_button = QPushButton(self.tr("&Lewati"), self)
        self.skip_button.setToolTip(
            self.tr("Jangan daftarkan surat ini sekarang; lanjut ke surat berikutnya")
        )
        self.skip_button.clicked.connect(self.skip_current)
        self.register_button = QPushButton(self.tr("&Daftarkan"), self)
        self.register_button.setDefault(True)
        self.register_button.setToolTip(
            self.tr("Catat surat ini dengan isian yang telah diperiksa beserta pindaiannya (Ctrl+Enter)")
        )
        self.register_button.setStyleSheet("QPushButton { font-weight: 600; padding: 4px 18px; }")
        self.register_button.clicked.connect(self.register_current)
        self.again_button = QPushButton(self.tr("Kedatangan &baru"), self)
        self.again_button.setToolTip(
            self.tr(
                "Berkas ini sudah terdaftar; daftarkan juga sebagai surat baru karena pindaian yang sama "
                "benar-benar datang lagi"
            )
        )
        self.again_button.clicked.connect(lambda _c=False: self.register_current(again=True))
        self.again_button.hide()
        self.top = QHBoxLayout()
        self.top.addWidget(self.position)
        self.top.addWidget(self.batch)
        self.top.addStretch(1)
        self.top.addWidget(self.skip_button)
        self.top.addWidget(self.again_button)
        self.top.addWidget(self.register_button)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.badge_widgets: list[QLabel] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def _build_fields(self) -> None:
        box = QWidget(self)
        self.fields_box = box
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the last row, not inside a row
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letter_date = OptionalDateEdit(box)
        self.place = QLineEdit(box)
        self.subject = QLineEdit(box)
        self.addressee = QLineEdit(box)
        self.cc = QPlainTextEdit(box)
        self.cc.setPlaceholderText(self.tr("satu penerima per baris"))
        self.cc.setTabChangesFocus(True)
        self.cc.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.sender_name = QLineEdit(box)
        self.nik = QLineEdit(box)
        self.nik.setPlaceholderText(self.tr("16 digit"))
        self.phone = QLineEdit(box)
        self.phone.setPlaceholderText(self.tr("mis. 0812-3456-7890"))
        self.email = QLineEdit(box)
        self.address = QLineEdit(box)
        self.category = QComboBox(box)
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(list(STANDARD_CATEGORIES))
        self.category.lineEdit().setPlaceholderText(self.tr("pilih atau ketik kategori"))

        #: field key (as in ``Extraction.confidence``) -> (editor, label text, error line)
        self.editors: dict[str, tuple[QWidget, ErrorLabel]] = {}
        rows = [
            ("letter_date", self.tr("&Tanggal surat:"), self.letter_date),
            ("place", self.tr("Tem&pat:"), self.place),
            ("subject", self.tr("Peri&hal:"), self.subject),
            ("addressee", self.tr("Kep&ada:"), self.addressee),
            ("cc", self.tr("Tem&busan:"), self.cc),
            ("sender.name", self.tr("&Nama pengirim:"), self.sender_name),
            ("sender.nik", self.tr("N&IK:"), self.nik),
            ("sender.phone", self.tr("Te&lepon:"), self.phone),
            ("sender.email", self.tr("&E-mail:"), self.email),
            ("sender.address", self.tr("Ala&mat:"), self.address),
            ("category", self.tr("&Kategori:"), self.category),
        ]
        for key, text, editor in rows:
            error = ErrorLabel(box)
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(text, box)
            label.setBuddy(editor.edit if isinstance(editor, OptionalDateEdit) else editor)
            form.addRow(label, column)
            self.editors[key] = (editor, error)
            editor.setObjectName(key)
        self.form_error = ErrorLabel(box)
        form.addRow(self.form_error)

        for key, (editor, _error) in self.editors.items():
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(partial(self._edited, key))
            elif isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(partial(self._edited, key))
            elif isinstance(editor, OptionalDateEdit):
                editor.changed.connect(partial(self._edited, key))
        for key, (editor, _error) in self.editors.items():
            target = editor.edit if isinstance(editor, OptionalDateEdit) else editor
            self._focus_keys[target] = key
            target.installEventFilter(self)
        self.category.currentTextChanged.connect(partial(self._edited, "category"))
        self.phone.editingFinished.connect(self._tidy_phone)
        self.nik.editingFinished.connect(self._check_nik)
        for edit in (self.sender_name, self.phone, self.email, self.address, self.addressee):
            edit.textChanged.connect(lambda _t: self._update_badges())
        self.cc.textChanged.connect(self._update_badges)

    def _build_shortcuts(self) -> None:
        def bind(keys: list[str], slot) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        bind(["Ctrl+Return", "Ctrl+Enter"], self.register_current)
        bind(["PgDown"], self.pages.next_page)
        bind(["PgUp"], self.pages.previous_page)
        bind(["Ctrl+=", "Ctrl++"], self.pages.zoom_in)
        bind(["Ctrl+-"], self.pages.zoom_out)
        bind(["Ctrl+0"], self.pages.fit)
        bind(["Ctrl+R"], self.pages.rotate)
        bind(["Ctrl+F"], self._focus_find)

    def _focus_find(self) -> None:
        self.ocr.find.setFocus()
        self.ocr.find.selectAll()

    # -------------------------------------------------------- batch

    @property
    def current(self) -> BatchItem | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def _item_text(self, number: int, item: BatchItem) -> str:
        state = {
            BatchState.PENDING: "",
            BatchState.REGISTERED: self.tr(" — tercatat %1").replace(
                "%1", item.result.agenda_no if item.result and item.result.agenda_no else ""
            ),
            BatchState.SKIPPED: self.tr(" — dilewati"),
            BatchState.FAILED: self.tr(" — tidak terbaca"),
            BatchState.ALREADY: self.tr(" — sudah terdaftar %1").replace(
                "%1", item.result.agenda_no if item.result and item.result.agenda_no else ""
            ),
        }[item.state]
        return f"{number}. {item.path.name}{state}"

    def _fill_batch_list(self) -> None:
        self.batch.blockSignals(True)
        self.batch.clear()
        for number, item in enumerate(self.items, start=1):
            self.batch.addItem(self._item_text(number, item))
        self.batch.setCurrentIndex(self.index)
        self.batch.blockSignals(False)

    def _refresh_batch_entry(self, index: int) -> None:
        self.batch.setItemText(index, self._item_text(index + 1, self.items[index]))

    def _next_pending(self, after: int) -> int:
        n = len(self.items)
        for step in range(1, n + 1):
            i = (after + step) % n
            if self.items[i].state == BatchState.PENDING:
                return i
        return -1

    def counts(self) -> dict[str, int]:
        states = (
            BatchState.PENDING,
            BatchState.REGISTERED,
            BatchState.SKIPPED,
            BatchState.FAILED,
            BatchState.ALREADY,
        )
        out = dict.fromkeys(states, 0)
        for item in self.items:
            out[item.state] += 1
        return out

    def go_to(self, index: int) -> None:
        """Show letter ``index`` of the batch (-1: nothing left to check)."""
        self.index = index
        self.batch.blockSignals(True)
        self.batch.setCurrentIndex(index)
        self.batch.blockSignals(False)
        item = self.current
        if item is None:
            self._show_done()
            return
        self.position.setText(
            self.tr("Surat %1 dari %2:").replace("%1", str(index + 1)).replace("%2", str(len(self.items)))
        )
        self._fill(item)
        self.pages.show_file(item.path, item.extraction.text)
        self.ocr.set_text(item.extraction.text or "")
        pending = item.state == BatchState.PENDING
        self.register_button.setEnabled(
            pending and self._actor.can(Permission.REGISTER_LETTER) and not self._busy
        )
        self.skip_button.setEnabled(pending)
        self._update_again_button()
        self.fields_box.setEnabled(pending)
        if item.state == BatchState.FAILED:
            self.form_error.show_message(
                self.tr("Berkas tidak terbaca: %1").replace("%1", item.extraction.error or "")
            )
        if pending and item.check is None and self._check_duplicates:
            self._start_check(index)

    def _show_done(self) -> None:
        c = self.counts()
        self.position.setText(self.tr("Selesai."))
        self.register_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.again_button.hide()
        self.fields_box.setEnabled(False)
        text = (
            self.tr(
                "Semua surat dalam kelompok ini sudah diperiksa: %1 tercatat, %2 dilewati, %3 tidak terbaca."
            )
            .replace("%1", str(c[BatchState.REGISTERED]))
            .replace("%2", str(c[BatchState.SKIPPED]))
            .replace("%3", str(c[BatchState.FAILED]))
        )
        if c[BatchState.ALREADY]:
            text += " " + self.tr("%1 sudah terdaftar sebelumnya dan tidak didaftarkan dua kali.").replace(
                "%1", str(c[BatchState.ALREADY])
            )
        self.status.setText(text)
        self.finished.emit()

    # -------------------------------------------------------- fields

    def _fill(self, item: BatchItem) -> None:
        ex = item.extraction
        s = ex.sender
        self._filling = True
        try:
            self.letter_date.set_value(ex.letter_date)
            self.place.setText(ex.place or "")
            self.subject.setText(ex.subject or "")
            self.addressee.setText(ex.addressee or "")
            self.cc.setPlainText("\n".join(ex.cc))
            self.sender_name.setText(s.name or "" if s else "")
            self.nik.setText(s.nik or "" if s else "")
            self.phone.setText(s.phone or "" if s else "")
            self.email.setText(s.email or "" if s else "")
            self.address.setText(s.address or "" if s else "")
            self.category.setCurrentIndex(0)
            self.category.setEditText("")
            for _editor, error in self.editors.values():
                error.show_message(None)
            self.form_error.show_message(None)
            self.marks = {}
            for key in self.editors:
                tip = self._check_tip(key, ex)
                self._mark(key, tip)
        finally:
            self._filling = False
        self._update_badges()
        self.status.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.FocusIn and watched in self._focus_keys:
            self.show_evidence(self._focus_keys[watched])
        return super().eventFilter(watched, event)

    def show_evidence(self, key: str) -> None:
        """Mark on the page where field ``key`` of the letter on screen was read (nothing when it was
        not read, e.g. a value the letter does not state); amber when the field is marked for checking."""
        item = self.current
        evidence = item.extraction.evidence.get(key) if item is not None else None
        if evidence is None:
            self.pages.show_evidence([], [])
            return
        self.pages.show_evidence(
            list(evidence.boxes),
            list(item.extraction.page_sizes),
            lines=list(evidence.lines),
            unsure=key in self.marks,
        )

    def _check_tip(self, key: str, ex: Extraction) -> str | None:
        """Why field ``key`` should be checked, or None."""
        if key == "category":
            return None
        present = bool(self._value_of(key, ex))
        confidence = ex.confidence.get(key)
        if key == "sender.nik" and present:
            problem = nik_problem(ex.sender.nik) if ex.sender else None
            if problem:
                return self.tr("Periksa: %1").replace("%1", problem)
        if present and confidence is not None and confidence < CONFIDENCE_THRESHOLD:
            return self.tr("Periksa: keyakinan %1%").replace("%1", str(round(confidence * 100)))
        if not present and key in EXPECTED:
            return self.tr("Periksa: tidak terbaca dari surat")
        return None

    @staticmethod
    def _value_of(key: str, ex: Extraction):
        if key.startswith("sender."):
            return getattr(ex.sender, key.split(".", 1)[1], None) if ex.sender else None
        return getattr(ex, key, None)

    def _mark(self, key: str, tip: str | None) -> None:
        editor, _error = self.editors[key]
        target = editor.edit if isinstance(editor, OptionalDateEdit) else editor
        kind = type(target).__name__
        if tip:
            self.marks[key] = tip
            target.setStyleSheet(f"{kind} {{ background: {_AMBER}; border: 1px solid {_AMBER_BORDER}; }}")
            target.setToolTip(tip)
        else:
            self.marks.pop(key, None)
            target.setStyleSheet("")
            target.setToolTip("")

    def _edited(self, key: str, *_args) -> None:
        """The analyst touched the field: it counts as checked."""
        if self._filling:
            return
        if key in self.marks:
            self._mark(key, None)
        self.editors[key][1].show_message(None)

    def _tidy_phone(self) -> None:
        raw = self.phone.text().strip()
        if not raw:
            return
        phone = normalize_phone(raw)
        if phone is None:
            self.editors["sender.phone"][1].show_message(
                self.tr("Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)").replace("%1", raw)
            )
        elif phone != raw:
            self.phone.setText(phone)

    def _check_nik(self) -> None:
        raw = "".join(ch for ch in self.nik.text() if ch.isalnum())
        problem = nik_problem(raw) if raw else None
        self.editors["sender.nik"][1].show_message(problem)

    @staticmethod
    def _text(edit: QLineEdit) -> str | None:
        return " ".join(edit.text().split()) or None

    def letter_input(self) -> LetterInput:
        """The letter as the form now says, for :func:`register_reviewed`."""
        item = self.current
        assert item is not None
        suffix = item.path.suffix.lower()
        category = " ".join(self.category.currentText().split()) or None
        return LetterInput(
            channel=Channel.EMAIL.value if suffix in ocr.EMAIL_SUFFIXES else Channel.LETTER.value,
            letter_date=self.letter_date.value(),
            place=self._text(self.place),
            subject=self._text(self.subject),
            addressee=self._text(self.addressee),
            cc=[line.strip() for line in self.cc.toPlainText().splitlines() if line.strip()],
            category=category,
            sender=SenderData(
                name=self._text(self.sender_name),
                nik=self._text(self.nik),
                phone=self._text(self.phone),
                email=self._text(self.email),
                address=self._text(self.address),
            ),
            regency=item.extraction.regency,
            text=item.extraction.text,
            carbon_copy=None,  # worked out from the corrected addressee and tembusan
        )

    # -------------------------------------------------------- verdict badges

    def _update_badges(self) -> None:
        for badge in self.badge_widgets:
            self.badges.removeWidget(badge)
            badge.hide()
            badge.deleteLater()
        self.badge_widgets = []
        item = self.current
        if item is None or item.state == BatchState.FAILED:
            return
        add = self.badge_widgets.append
        holder = self._registered_as(item)
        if item.result is not None and not item.result.skipped:
            add(_badge(self.tr("Tercatat %1").replace("%1", item.result.agenda_no or ""), "ok"))
        elif holder is not None:
            add(
                _badge(
                    self.tr("Sudah terdaftar sebagai %1").replace("%1", holder.agenda_no),
                    "warn",
                    self.tr(
                        "Isi berkas ini sama persis dengan pindaian surat %1: tidak didaftarkan dua kali "
                        "(kecuali sebagai kedatangan baru)"
                    ).replace("%1", holder.agenda_no),
                )
            )
        sender = SenderData(
            name=self._text(self.sender_name),
            phone=self._text(self.phone),
            email=self._text(self.email),
            address=self._text(self.address),
        )
        cc = [line.strip() for line in self.cc.toPlainText().splitlines() if line.strip()]
        if is_carbon_copy(self._text(self.addressee), cc, self._office_names):
            add(
                _badge(
                    self.tr("Hanya tembusan"),
                    "info",
                    self.tr("Kantor ini ada di tembusan, bukan di alamat tujuan"),
                )
            )
        if identity_complete(sender):
            add(_badge(self.tr("Identitas lengkap"), "ok", self.tr("Ada nama dan cara menghubungi pengirim")))
        else:
            add(
                _badge(
                    self.tr("Identitas kurang"),
                    "bad",
                    self.tr("Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada"),
                )
            )
        registered = item.result if item.result is not None and not item.result.skipped else None
        verdict = registered or item.check
        if verdict is None:
            if self._check_duplicates and item.state == BatchState.PENDING:
                add(_badge(self.tr("Memeriksa duplikat…"), "muted"))
        elif verdict.error:
            add(_badge(self.tr("Duplikat tidak diperiksa"), "muted", verdict.error))
        elif verdict.duplicate_of is not None:
            score = round((verdict.duplicate_score or 0) * 100)
            add(
                _badge(
                    self.tr("Kemungkinan duplikat (%1%)").replace("%1", str(score)),
                    "warn",
                    self.tr("Mirip surat #%1: ").replace("%1", str(verdict.duplicate_of))
                    + "; ".join(verdict.duplicate_reasons),
                )
            )
        else:
            add(_badge(self.tr("Bukan duplikat"), "ok", self.tr("Tidak ada surat terdaftar yang sama")))
        if verdict is not None and verdict.related:
            add(
                _badge(
                    self.tr("%1 surat terkait").replace("%1", str(len(verdict.related))),
                    "info",
                    ", ".join(f"#{i}" for i in verdict.related),
                )
            )
        for i, badge in enumerate(self.badge_widgets):
            self.badges.insertWidget(i, badge)
        if self.badges.count() == len(self.badge_widgets):
            self.badges.addStretch(1)

    def badge_texts(self) -> list[str]:
        """The verdict badges on screen, left to right."""
        return [b.text() for b in self.badge_widgets]

    def _start_check(self, index: int) -> None:
        item = self.items[index]
        db, actor, path = self._db, self._actor, item.path

        def check() -> IngestResult:
            return next(check_files(db, actor, paths=[path]))

        self._tasks.run(
            check, partial(self._checked, index), partial(self._check_failed, index), owner=self, lane=CHECKS
        )

    def _checked(self, index: int, result: IngestResult) -> None:
        self.items[index].check = result
        if index == self.index:
            self._update_badges()
            self._update_again_button()

    @staticmethod
    def _registered_as(item: BatchItem):
        """The letter ``item``'s file is already the scan of, when known (registering or checking said)."""
        if item.result is not None and item.result.registered_as is not None:
            return item.result.registered_as
        return item.check.registered_as if item.check is not None else None

    def _update_again_button(self) -> None:
        item = self.current
        show = (
            item is not None
            and item.state in (BatchState.PENDING, BatchState.ALREADY)
            and self._registered_as(item) is not None
        )
        self.again_button.setVisible(show)
        self.again_button.setEnabled(show and not self._busy and self._actor.can(Permission.REGISTER_LETTER))

    def _check_failed(self, index: int, exc: BaseException) -> None:
        self.items[index].check = IngestResult(extraction=self.items[index].extraction, error=error_text(exc))
        if index == self.index:
            self._update_badges()

    # -------------------------------------------------------- actions

    def register_current(self, *, again: bool = False) -> None:
        """Register the letter on screen with the form's values, then show the next one. A file already
        registered is not registered twice unless ``again`` (a new arrival of the same scan)."""
        item = self.current
        if item is None or self._busy:
            return
        if item.state != BatchState.PENDING and not (again and item.state == BatchState.ALREADY):
            return
        if not self._actor.can(Permission.REGISTER_LETTER):
            return
        if item.state == BatchState.ALREADY:
            item.state = BatchState.PENDING  # the form is filled again below when it is registered
        data = self.letter_input()
        db, actor, path, extraction = self._db, self._actor, item.path, item.extraction
        self._busy = True
        self.register_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.status.setText(self.tr("Mendaftarkan %1…").replace("%1", path.name))
        index = self.index
        self._tasks.run(
            lambda: register_reviewed(db, actor, path=path, extraction=extraction, data=data, again=again),
            partial(self._registered, index),
            partial(self._register_failed, index),
            owner=self,
        )

    def _registered(self, index: int, result: IngestResult) -> None:
        self._busy = False
        item = self.items[index]
        if result.skipped:
            item.state, item.result = BatchState.ALREADY, result
            self._refresh_batch_entry(index)
            message = (
                self.tr("%1 sudah terdaftar sebagai surat %2; tidak didaftarkan lagi.")
                .replace("%1", item.path.name)
                .replace("%2", result.agenda_no or "")
            )
            self.go_to(self._next_pending(index))
            self.status.setText(message if self.current is not None else message + " " + self.status.text())
            return
        item.state, item.result = BatchState.REGISTERED, result
        self._refresh_batch_entry(index)
        message = (
            self.tr("%1 tercatat sebagai surat %2.")
            .replace("%1", item.path.name)
            .replace("%2", result.agenda_no or "")
        )
        if result.duplicate_of is not None:
            message += " " + self.tr("Kemungkinan duplikat surat #%1 (%2%).").replace(
                "%1", str(result.duplicate_of)
            ).replace("%2", str(round((result.duplicate_score or 0) * 100)))
        self.registered.emit(result)
        self.go_to(self._next_pending(index))
        if self.current is not None:
            self.status.setText(message)
        else:
            self.status.setText(message + " " + self.status.text())

    def _register_failed(self, index: int, exc: BaseException) -> None:
        self._busy = False
        if index != self.index:
            return
        self.register_button.setEnabled(True)
        self._update_again_button()
        self.status.setText("")
        if isinstance(exc, ValidationFailed):
            keys = {
                "letter_date": "letter_date",
                "received_at": "letter_date",
                "subject": "subject",
                "nik": "sender.nik",
                "phone": "sender.phone",
                "email": "sender.email",
            }
            other = []
            for name, problem in exc.problems.items():
                key = keys.get(name)
                if key:
                    self.editors[key][1].show_message(problem)
                else:
                    other.append(problem)
            self.form_error.show_message("\n".join(other) or self.tr("Perbaiki isian yang ditandai merah."))
            return
        self.form_error.show_message(error_text(exc))

    def skip_current(self) -> None:
        item = self.current
        if item is None or item.state != BatchState.PENDING or self._busy:
            return
        item.state = BatchState.SKIPPED
        self._refresh_batch_entry(self.index)
        self.go_to(self._next_pending(self.index))
        if self.current is not None:
            self.status.setText(self.tr("%1 dilewati.").replace("%1", item.path.name))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._sized:  # only now is the form's natural height known (fonts, styles applied)
            self._sized = True
            form_height = self.fields_box.sizeHint().height() + 4
            total = sum(self._right.sizes()) or self.height()
            self._right.setSizes([form_height, max(150, total - form_height)])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        pending = self.counts()[BatchState.PENDING]
        if pending and not self._confirm_close(pending):
            event.ignore()
            return
        super().closeEvent(event)

    def _confirm_close(self, pending: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("%1 surat belum diperiksa dan belum didaftarkan. Tutup juga?").replace(
                "%1", str(pending)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["BatchItem", "BatchState", "IntakeView", "render_page"]
