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
Pages are drawn by :class:`ui.common.scan_view.PageView` in the runner's ``pages`` lane, so a large
scan never waits behind a database call; the duplicate check of
the letter on screen (:func:`check_files`, which reads the file again) has the :data:`CHECKS` lane;
registering is a task of the database lane. Worker functions return ``QImage`` (safe off the UI thread)
and plain values; the pixmap is made on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.filenames import shown_name
from sipdumas.domain.identity import identity_complete, nik_problem, normalize_phone
from sipdumas.domain.office import is_carbon_copy
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake import ocr
from sipdumas.intake.fields import default_office_names
from sipdumas.intake.model import Extraction
from sipdumas.services.categories import CategorySuggestion, suggest_category
from sipdumas.services.letters import STANDARD_CATEGORIES, LetterInput, SenderData
from sipdumas.services.registration import IngestResult, check_files, register_reviewed
from ui.common.scan_view import OcrTextPane, PageView, render_page
from ui.common.widgets import DateEdit, ErrorLabel, OptionalDateEdit
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

#: A value read with less confidence than this is marked for checking.
CONFIDENCE_THRESHOLD = 0.8
#: Fields every letter has; when OCR found none of it, the empty field is marked too. The other fields
#: (tembusan, NIK, phone, e-mail, address) are often genuinely absent, so their emptiness is no warning;
#: the identity badge says when the sender cannot be reached.
EXPECTED = ("letter_date", "place", "subject", "addressee", "sender.name")
#: The runner's lane of the duplicate check, beside the database lane and the pages' lane (PAGES).
CHECKS = "duplicate-checks"

_AMBER = "#fff3cd"
_AMBER_BORDER = "#e0a800"
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
    #: What the analyst had typed in the form when moving to another letter of the batch, and which
    #: fields were still marked as doubtful, restored on coming back (:meth:`IntakeView.go_to`).
    draft: tuple[dict[str, Any], dict[str, str]] | None = None

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        if self.extraction.error:
            self.state = BatchState.FAILED


# ------------------------------------------------------------------ the view


def _badge(text: str, kind: str, tip: str = "", *, clicked=None) -> QLabel | QPushButton:
    """A verdict badge; with ``clicked`` a button that looks like one (the duplicate badge opens the
    comparison)."""
    background, colour = _BADGE_COLOURS[kind]
    if clicked is None:
        label: QLabel | QPushButton = QLabel(text)  # parented by the layout it goes into
        kind_name = "QLabel"
    else:
        label = QPushButton(text)
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.clicked.connect(lambda _c=False: clicked())
        kind_name = "QPushButton"
    label.setStyleSheet(
        f"{kind_name} {{ background: {background}; color: {colour}; border: 1px solid {colour}; {_BADGE} }}"
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
        #: The category suggested for each letter of the batch (by index), once worked out.
        self.category_suggestions: dict[int, CategorySuggestion | None] = {}
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
        fit_window(self, "intake_view", 1400, 860)
        width = self.width() - 12
        self.splitter.setSizes([width * 54 // 100, width * 46 // 100])
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
        self.badge_widgets: list[QLabel | QPushButton] = []
        self.compare_dialog: QWidget | None = None
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
        # when the office received the letter: today unless it came earlier; kept from letter to letter,
        # since a stack of scans is usually one day's post
        self.received_at = DateEdit(box)
        self.received_at.setMaximumDate(QDate.currentDate())
        self.received_at.setToolTip(self.tr("Tanggal surat diterima kantor; bawaannya hari ini"))
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
            ("received_at", self.tr("Tanggal dite&rima:"), self.received_at),
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
        self.category_hint = QLabel(box)
        self.category_hint.setWordWrap(True)
        self.category_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.category_hint.setStyleSheet("color: #1565c0;")
        self.use_category = QPushButton(self.tr("&Pakai"), box)
        self.use_category.setToolTip(self.tr("Isi kategori dengan saran ini"))
        self.use_category.clicked.connect(self.take_category_suggestion)
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.category_hint, 1)
        hint_row.addWidget(self.use_category, 0, Qt.AlignmentFlag.AlignTop)
        self.category_hint_row = QWidget(box)
        self.category_hint_row.setLayout(hint_row)
        self.category_hint_row.hide()
        form.addRow("", self.category_hint_row)
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
        self.category.currentTextChanged.connect(lambda _t: self._show_category_suggestion())
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
        return f"{number}. {shown_name(item.path.name)}{state}"

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
        """Show letter ``index`` of the batch (-1: nothing left to check). What was typed for the letter
        left behind, still to be registered, is kept and shown again on coming back to it."""
        leaving = self.current
        if leaving is not None and leaving.state == BatchState.PENDING:
            leaving.draft = (self._form_values(), dict(self.marks))
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
        self._show_category_suggestion()
        if pending and index not in self.category_suggestions:
            self._start_category_suggestion(index)

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
            if item.draft is not None:
                values, marks = item.draft
                for key, value in values.items():
                    _set_value(self.editors[key][0], value)
                for key in self.editors:
                    self._mark(key, marks.get(key))
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

    def _form_values(self) -> dict[str, Any]:
        """The form's fields as the analyst left them (not the date received: it is kept from letter to
        letter anyway)."""
        return {key: _value(editor) for key, (editor, _error) in self.editors.items() if key != "received_at"}

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
            received_at=self.received_at.value(),
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

    # -------------------------------------------------------- category suggestion

    def _start_category_suggestion(self, index: int) -> None:
        """Ask which category earlier letters like this one were given (in the checks' lane)."""
        item = self.items[index]
        text = " ".join(filter(None, [item.extraction.subject, item.extraction.text]))
        db, actor = self._db, self._actor

        def suggest() -> CategorySuggestion | None:
            found = suggest_category(db, actor, text=text, limit=1)
            return found[0] if found else None

        def done(suggestion: CategorySuggestion | None) -> None:
            self.category_suggestions[index] = suggestion
            if index == self.index:
                self._show_category_suggestion()

        self._tasks.run(suggest, done, lambda _exc: done(None), owner=self, lane=CHECKS)

    def category_suggestion(self) -> CategorySuggestion | None:
        """The category suggested for the letter on screen, if any."""
        return self.category_suggestions.get(self.index)

    def _show_category_suggestion(self) -> None:
        """Under Kategori: the suggestion with its reason and **Pakai**, until the analyst has chosen
        that category (any other choice of theirs keeps the suggestion in view)."""
        suggestion = self.category_suggestion()
        item = self.current
        if suggestion is None or item is None or item.state != BatchState.PENDING:
            self.category_hint_row.hide()
            return
        taken = " ".join(self.category.currentText().split()) == suggestion.category
        self.category_hint.setText(
            self.tr("Saran: %1 (%2%) — %3")
            .replace("%1", suggestion.category)
            .replace("%2", str(round(suggestion.confidence * 100)))
            .replace("%3", suggestion.reason)
        )
        self.category_hint.setStyleSheet("color: #2e7d32;" if taken else "color: #1565c0;")
        self.use_category.setVisible(not taken)
        self.category_hint_row.show()
        self._fit_form(grow_only=True)

    def _fit_form(self, *, grow_only: bool = False) -> None:
        """Give the form the height its rows need, the OCR text the rest. ``grow_only``: only if the form
        has less (the category suggestion adds a row under Kategori, which otherwise stayed hidden below
        the fold at 1366×768)."""
        need = self.fields_box.sizeHint().height() + 4
        sizes = self._right.sizes()
        if grow_only and sizes and sizes[0] >= need:
            return
        total = sum(sizes) or self.height()
        self._right.setSizes([need, max(150, total - need)])

    def take_category_suggestion(self) -> None:
        """**Pakai**: the analyst confirms the suggested category."""
        suggestion = self.category_suggestion()
        if suggestion is not None:
            self.category.setCurrentText(suggestion.category)
            self.category.setFocus(Qt.FocusReason.OtherFocusReason)

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
            original = verdict.duplicate_of_agenda_no or self.tr("terdaftar")
            badge = _badge(
                self.tr("Kemungkinan duplikat (%1%)").replace("%1", str(score)),
                "warn",
                self.tr("Mirip surat %1: ").replace("%1", original)
                + "; ".join(verdict.duplicate_reasons)
                + "\n"
                + self.tr("Klik untuk membandingkan kedua surat berdampingan"),
                clicked=self.compare_duplicate,
            )
            badge.setAccessibleName(self.tr("Bandingkan dengan surat %1").replace("%1", original))
            add(badge)
        else:
            add(_badge(self.tr("Bukan duplikat"), "ok", self.tr("Tidak ada surat terdaftar yang sama")))
        if verdict is not None and verdict.related:
            names = ", ".join(verdict.related_agenda_nos) or str(len(verdict.related))
            add(
                _badge(
                    self.tr("%1 surat terkait").replace("%1", str(len(verdict.related))),
                    "info",
                    self.tr("Hal yang sama dari pengirim lain: %1").replace("%1", names),
                )
            )
        for i, badge in enumerate(self.badge_widgets):
            self.badges.insertWidget(i, badge)
        if self.badges.count() == len(self.badge_widgets):
            self.badges.addStretch(1)

    def compare_duplicate(self) -> QWidget | None:
        """Open the letter on screen beside the registered letter it resembles: before it is registered
        as a scan without the decision, afterwards as the registered flag the analyst decides on."""
        from ui.register.duplicate_compare import Candidate, DuplicateCompareDialog

        item = self.current
        verdict = item and (item.result or item.check)
        if item is None or verdict is None or verdict.duplicate_of is None:
            return None
        if item.result is not None and item.result.id is not None:
            dialog = DuplicateCompareDialog(self._db, self._actor, self._tasks, item.result.id, parent=self)
        else:
            candidate = Candidate(
                path=item.path,
                extraction=item.extraction,
                duplicate_of=verdict.duplicate_of,
                duplicate_of_agenda_no=verdict.duplicate_of_agenda_no,
                score=verdict.duplicate_score,
                reasons=list(verdict.duplicate_reasons),
            )
            dialog = DuplicateCompareDialog(
                self._db, self._actor, self._tasks, None, parent=self, candidate=candidate
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.compare_dialog = dialog
        return dialog

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
        self.status.setText(self.tr("Mendaftarkan %1…").replace("%1", shown_name(path.name)))
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
            .replace("%1", shown_name(item.path.name))
            .replace("%2", result.agenda_no or "")
        )
        if result.duplicate_of is not None:
            message += " " + self.tr("Kemungkinan duplikat surat %1 (%2%).").replace(
                "%1", result.duplicate_of_agenda_no or str(result.duplicate_of)
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
                "received_at": "received_at",
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
            self.status.setText(self.tr("%1 dilewati.").replace("%1", shown_name(item.path.name)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._sized:  # only now is the form's natural height known (fonts, styles applied)
            self._sized = True
            self._fit_form()

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


def _value(editor: QWidget) -> Any:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return editor.value()  # the date fields


def _set_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QComboBox):
        editor.setEditText(value)
    elif isinstance(editor, QLineEdit):
        editor.setText(value)
    else:
        editor.set_value(value)


__all__ = ["BatchItem", "BatchState", "IntakeView", "render_page"]
