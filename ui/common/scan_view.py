"""A letter's pages on screen: the page view (zoom, fit, rotate, paging, the places fields were read
marked on the page), the OCR text with a find box, and both together for a registered letter's scan.

Used by the intake view (before a letter is registered), the register's document pane and the letter
form (afterwards) and the duplicate comparison (two letters side by side). Pages are drawn by
:func:`sipdumas.output.page_images.render_page` in the :class:`~ui.tasks.TaskRunner`'s :data:`PAGES`
lane, so a large scan never waits behind a database call; the worker returns a ``QImage`` (safe off the
UI thread) and the pixmap is made on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.intake import ocr
from sipdumas.output import page_images
from sipdumas.services.scans import LetterScan, ScanDocument
from ui.tasks import TaskRunner

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 5.0
#: The runner's lane for drawing pages, beside the database lane.
PAGES = "pages"

_AMBER = "#fff3cd"
_AMBER_BORDER = "#e0a800"
#: Where a field was read, drawn on the page: amber like the intake form when the value is unsure.
_EVIDENCE_SURE = "#1a73e8"
_EVIDENCE_UNSURE = _AMBER_BORDER


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
    count. Runs on a worker thread (:func:`sipdumas.output.page_images.render_page` holds PDFium's
    lock)."""
    page = page_images.render_page(path, index)
    return RenderedPage(_qimage(page.image), page.index, page.count)


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
        self._evidence_turn = False

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
        button.setAccessibleName(tip)  # "◀" or "−" says nothing to a screen reader
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
        self._evidence_turn = bool(pages) and self._image is None  # turn once the first page is in
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

    def show_file(self, path: Path, text: str | None = None, *, text_only: bool | None = None) -> None:
        """Show ``path``'s first page, or its ``text`` for a typed letter / e-mail (``text_only``; by
        default worked out from the file's name, which a stored file does not have)."""
        self.evidence_boxes, self._evidence_sizes, self.evidence_unsure = [], [], False
        self.text_page.setExtraSelections([])
        self._token += 1
        self._path = Path(path)
        self._cache.clear()
        self._image = None
        self.page, self.page_count, self.rotation, self.zoom = 0, 0, 0, None
        if is_text_file(self._path) if text_only is None else text_only:
            self.text_page.setPlainText(text or "")
            self.stack.setCurrentWidget(self.text_page)
            self.page_count = 1
            self._update_controls()
            return
        self.message.setText(self.tr("Memuat halaman…"))
        self.stack.setCurrentWidget(self.message)
        self._request(0)

    def clear(self) -> None:
        self.show_message("")

    def show_message(self, text: str) -> None:
        """No page, a line instead (no scan, a damaged file, loading…)."""
        self._token += 1
        self._path = None
        self._image = None
        self.page, self.page_count = 0, 0
        self.evidence_boxes, self._evidence_sizes, self.evidence_unsure = [], [], False
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def go_to_page(self, index: int) -> None:
        """Turn to page ``index`` (0-based) when the file has it."""
        if self._image is not None and 0 <= index < self.page_count and index != self.page:
            self._request(index)

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
        if self._evidence_turn:
            self._evidence_turn = False
            pages = sorted({box[0] for box in self.evidence_boxes})
            if pages and self.page not in pages and pages[0] < self.page_count:
                self._request(pages[0])

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


# ------------------------------------------------------------------ a registered letter's scan


class LetterScanView(QWidget):
    """A registered letter's scan (:func:`sipdumas.services.scans.letter_scan`): its pages, a chooser
    when it has several documents, and where a field was read marked on request (:meth:`show_field`)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.scan: LetterScan | None = None
        self.pages = PageView(tasks, self)
        self.documents = QComboBox(self)
        self.documents.setToolTip(self.tr("Berkas surat ini"))
        self.documents.setAccessibleName(self.tr("Berkas surat ini"))
        self.documents.hide()
        self.documents.currentIndexChanged.connect(self._show_document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.documents)
        layout.addWidget(self.pages, 1)
        self._field: tuple[str, bool] | None = None

    @property
    def document(self) -> ScanDocument | None:
        """The document on screen."""
        if self.scan is None or not self.scan.documents:
            return None
        index = max(0, self.documents.currentIndex())
        return self.scan.documents[min(index, len(self.scan.documents) - 1)]

    def show_scan(self, scan: LetterScan | None) -> None:
        """Show ``scan``'s first document (None: nothing yet)."""
        self.scan = scan
        self._field = None
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc in scan.documents if scan else ():
            pages = self.tr("%1 hal.").replace("%1", str(doc.page_count))
            self.documents.addItem(f"{doc.file_name} · {pages}")
        self.documents.blockSignals(False)
        self.documents.setVisible(scan is not None and len(scan.documents) > 1)
        self._show_document()

    def show_loading(self) -> None:
        self.scan = None
        self.documents.hide()
        self.pages.show_message(self.tr("Memuat pindaian…"))

    def _show_document(self, *_args) -> None:
        doc = self.document
        if self.scan is None:
            self.pages.show_message("")
        elif doc is None:
            self.pages.show_message(self.tr("Surat ini dicatat tanpa pindaian."))
        elif doc.path is None:
            self.pages.show_message(
                self.tr("Pindaian tidak dapat ditampilkan: %1").replace("%1", doc.problem or "")
            )
        else:
            self.pages.show_file(doc.path, "\n\n".join(doc.page_texts), text_only=doc.text_only)
        if self._field is not None:
            self.show_field(*self._field)

    def show_field(self, key: str | None, unsure: bool = False) -> None:
        """Mark where field ``key`` (``"subject"``, ``"sender.name"`` …) was read on the document on
        screen, amber when ``unsure``; nothing when it was not read there (None: remove the mark)."""
        self._field = (key, unsure) if key else None
        doc = self.document
        evidence = doc.marks.fields.get(key) if doc and doc.marks and key else None
        if evidence is None or doc is None or doc.marks is None:
            self.pages.show_evidence([], [])
            return
        self.pages.show_evidence(
            list(evidence.boxes), list(doc.marks.page_sizes), lines=list(evidence.lines), unsure=unsure
        )


# ------------------------------------------------------------------ panes that scroll together


class ScrollLink(QObject):
    """Two scrolled panes that move together: scrolling one scrolls the other to the same part of its
    length (two scans of different sizes stay at the same part of the page), and, for two
    :class:`PageView`, turning a page turns the other's."""

    def __init__(self, a: QAbstractScrollArea | PageView, b: QAbstractScrollArea | PageView):
        super().__init__(a)
        self._busy = False
        areas = [x.scroll if isinstance(x, PageView) else x for x in (a, b)]
        for source, target in ((areas[0], areas[1]), (areas[1], areas[0])):
            for bar in ("verticalScrollBar", "horizontalScrollBar"):
                getattr(source, bar)().valueChanged.connect(
                    partial(self._follow, getattr(source, bar)(), getattr(target, bar)())
                )
        if isinstance(a, PageView) and isinstance(b, PageView):
            a.page_changed.connect(lambda index, _count: self._turn(b, index))
            b.page_changed.connect(lambda index, _count: self._turn(a, index))

    def _follow(self, source, target, _value: int) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            fraction = source.value() / source.maximum() if source.maximum() else 0.0
            target.setValue(round(fraction * target.maximum()))
        finally:
            self._busy = False

    def _turn(self, other: PageView, index: int) -> None:
        if not self._busy:
            self._busy = True
            try:
                other.go_to_page(index)
            finally:
                self._busy = False
