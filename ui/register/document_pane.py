"""The document pane beside the register: the selected letter's scan, the text OCR read and its fields,
as paperless-ngx shows a document, so an analyst can check a letter against its paper (a letter
registered from the watched folder above all) without opening a form.

Selecting a row shows that letter; its detail (:func:`~sipdumas.services.letters.get_letter`), scan
(:func:`~sipdumas.services.scans.letter_scan`) and links (:func:`~sipdumas.services.duplicates.
related_letters`) come from one task on the database lane, a short moment after the selection settles,
so walking down the rows with the arrow keys does not queue a fetch per row; an answer for a letter no
longer selected is dropped. Pages are drawn in the pages lane (:class:`~ui.common.scan_view.PageView`).
A field's value in the **Isian** tab is a link when OCR read it on the scan: clicking it turns to the
scan with the place marked.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.duplicates import RelatedLetter, related_letters
from sipdumas.services.letters import LetterDetail, get_letter
from sipdumas.services.scans import LetterScan, letter_scan
from ui.common.formatting import short_date
from ui.common.scan_view import LetterScanView, OcrTextPane
from ui.common.value_labels import channel_label, status_label
from ui.login import error_text
from ui.register.links import letter_id_of, links_html
from ui.tasks import TaskRunner

#: Milliseconds a selection must stay before its letter is fetched.
SETTLE_MS = 150
_FIELD = "field:"


@dataclass(frozen=True, slots=True)
class LetterView:
    """What the pane shows of one letter, fetched together."""

    detail: LetterDetail
    scan: LetterScan
    links: list[RelatedLetter]


def load_letter_view(db: Database, actor: Actor, letter_id: int) -> LetterView:
    """The detail, scan and links of a letter (runs on the worker)."""
    return LetterView(
        get_letter(db, actor, letter_id=letter_id),
        letter_scan(db, actor, letter_id=letter_id),
        related_letters(db, actor, letter_id=letter_id),
    )


class DocumentPane(QWidget):
    """The selected letter: **Pindaian** (its pages, zoom, paging), **Teks OCR** (with a find box) and
    **Isian** (its fields). ``open_requested(letter_id)``: **Buka surat…** or a linked letter clicked."""

    open_requested = Signal(int)
    #: A letter's view is on screen (tests and screenshots wait for it).
    shown = Signal(int)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.letter_id: int | None = None
        self.view: LetterView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._load)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold;")
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setStyleSheet("color: #616161;")
        self.links = QLabel(self)
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.links.linkActivated.connect(self._link)
        self.links.hide()
        self.open_button = QPushButton(self.tr("&Buka surat…"), self)
        self.open_button.setToolTip(self.tr("Buka surat ini di formulir surat (Enter)"))
        self.open_button.clicked.connect(lambda: self.letter_id and self.open_requested.emit(self.letter_id))
        self.open_button.setEnabled(False)

        self.scan = LetterScanView(tasks, self)
        self.ocr = OcrTextPane(self)
        self.fields = QTextBrowser(self)
        self.fields.setOpenLinks(False)
        self.fields.anchorClicked.connect(self._field_clicked)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scan, self.tr("&Pindaian"))
        self.tabs.addTab(self.ocr, self.tr("Teks &OCR"))
        self.tabs.addTab(self.fields, self.tr("&Isian"))

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.meta)
        layout.addWidget(self.links)
        layout.addWidget(self.tabs, 1)
        self.show_letter(None)

    # ------------------------------------------------------------ loading

    def show_letter(self, letter_id: int | None) -> None:
        """Show letter ``letter_id`` (None: no letter selected) once the selection has settled."""
        if letter_id == self.letter_id and (self.view is not None or self._timer.isActive()):
            return
        self.letter_id = letter_id
        self.view = None
        self.open_button.setEnabled(letter_id is not None)
        if letter_id is None:
            self._timer.stop()
            self.title.setText(self.tr("Tidak ada surat terpilih"))
            self.meta.setText(self.tr("Pilih surat di register untuk melihat pindaian, teks dan isiannya."))
            self.links.hide()
            self.scan.show_scan(None)
            self.ocr.set_text("")
            self.fields.clear()
            return
        self.title.setText(self.tr("Memuat surat…"))
        self.meta.setText("")
        self.links.hide()
        self.scan.show_loading()
        self._timer.start()

    def reload(self) -> None:
        """Fetch the letter on show again (after it changed)."""
        if self.letter_id is not None:
            self.view = None
            self._timer.start()

    def _load(self) -> None:
        letter_id = self.letter_id
        if letter_id is None:
            return
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: load_letter_view(db, actor, letter_id),
            lambda view: self._loaded(letter_id, view),
            lambda exc: self._failed(letter_id, exc),
            owner=self,
        )

    def _loaded(self, letter_id: int, view: LetterView) -> None:
        if letter_id != self.letter_id:
            return  # another row was selected meanwhile
        self.view = view
        row, data = view.detail.row, view.detail.data
        subject = data.subject or self.tr("(tanpa perihal)")
        self.title.setText(f"{row.agenda_no} · {subject}")
        sender = data.sender.name or self.tr("(tanpa nama)")
        pages = self.tr("%1 halaman").replace("%1", str(view.scan.page_count))
        self.meta.setText(
            " · ".join(
                [
                    status_label(row.status),
                    self.tr("diterima %1").replace("%1", short_date(row.received_at)),
                    sender,
                    pages if view.scan.documents else self.tr("tanpa pindaian"),
                ]
            )
        )
        text = links_html(view.links)
        self.links.setText(text)
        self.links.setVisible(bool(text))
        self.scan.show_scan(view.scan)
        self.ocr.set_text(self._ocr_text(view))
        self.fields.setHtml(self._fields_html(view))
        self.shown.emit(letter_id)

    def _failed(self, letter_id: int, exc: BaseException) -> None:
        if letter_id != self.letter_id:
            return
        self.title.setText(self.tr("Surat tidak dapat ditampilkan"))
        self.meta.setText(error_text(exc))
        self.scan.show_scan(None)

    @staticmethod
    def _ocr_text(view: LetterView) -> str:
        pages = [t for doc in view.scan.documents for t in doc.page_texts]
        return "\f".join(pages) if any(pages) else view.detail.data.text or ""

    # ------------------------------------------------------------ fields

    def _fields_html(self, view: LetterView) -> str:
        row, data, s = view.detail.row, view.detail.data, view.detail.data.sender
        doc = view.scan.documents[0] if view.scan.documents else None
        marked = set(doc.marks.fields) if doc and doc.marks else set()

        def value(key: str | None, text: str | None) -> str:
            shown = html.escape(text or "—").replace("\n", "<br>")
            if key in marked and text:
                tip = html.escape(self.tr("Tunjukkan di pindaian"))
                return f'<a href="{_FIELD}{key}" title="{tip}">{shown}</a>'
            return shown

        rows = [
            (self.tr("No. agenda"), value(None, row.agenda_no)),
            (self.tr("Diterima"), value(None, short_date(row.received_at))),
            (self.tr("Saluran"), value(None, channel_label(data.channel))),
            (self.tr("Nomor surat"), value(None, data.letter_no)),
            (
                self.tr("Tanggal surat"),
                value("letter_date", short_date(data.letter_date) if data.letter_date else None),
            ),
            (self.tr("Tempat"), value("place", data.place)),
            (self.tr("Perihal"), value("subject", data.subject)),
            (self.tr("Ringkasan"), value(None, data.summary)),
            (self.tr("Kategori"), value(None, data.category)),
            (self.tr("Tujuan surat"), value("addressee", data.addressee)),
            (self.tr("Tembusan"), value("cc", "\n".join(data.cc))),
            (self.tr("Terlapor"), value(None, data.reported_party)),
            (self.tr("Pengadu"), value("sender.name", s.name)),
            (self.tr("NIK"), value("sender.nik", s.nik)),
            (self.tr("Telepon"), value("sender.phone", s.phone)),
            (self.tr("E-mail"), value("sender.email", s.email)),
            (self.tr("Alamat"), value("sender.address", s.address)),
            (self.tr("Kode berkas"), value(None, row.archive_code)),
        ]
        cells = "".join(
            f'<tr><td style="color:#616161; padding-right:8px; white-space:nowrap;">{html.escape(label)}</td>'
            f"<td>{text}</td></tr>"
            for label, text in rows
        )
        return f'<table cellspacing="2">{cells}</table>'

    def _field_clicked(self, url: QUrl) -> None:
        key = url.toString()
        if key.startswith(_FIELD):
            self.show_field(key[len(_FIELD) :])

    def show_field(self, key: str) -> None:
        """Turn to the scan and mark where field ``key`` was read."""
        self.tabs.setCurrentWidget(self.scan)
        self.scan.show_field(key)

    def _link(self, anchor: str) -> None:
        letter_id = letter_id_of(anchor)
        if letter_id is not None:
            self.open_requested.emit(letter_id)
