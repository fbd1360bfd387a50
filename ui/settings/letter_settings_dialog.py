"""Pengaturan → Pengaturan surat penerusan…: what every forwarding letter prints, for administrators.

Four tabs: the letterhead (kop: office name lines, address, contact, logo with a thumbnail, the place
written before the date), the number (pattern, unit and archive classification codes, the security code
of each Sifat, with the number it gives shown as it is typed), the signature block and tembusan, and the
body template (a text editor, the placeholders listed beside it, "Kembalikan ke bawaan"). **Pratinjau**
prints a sample letter with the settings as they are on screen, before they are saved
(:func:`sipdumas.services.forwarding.preview_settings`: made-up complaint, no number taken) and shows its
pages beside the form with the forwarding dialog's page view.

**Simpan** hands the values of this dialog to :func:`sipdumas.services.admin.workflow_settings.update` (the
deadlines, set in "Tenggat dan hari kerja…", are left as they are); the service checks the role and the
values (:func:`~sipdumas.services.admin.workflow_settings.problems`) and each refusal is shown beside its field,
the tab holding the first one brought to the front. Nothing is stored then.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services import forwarding as fwd
from sipdumas.services.admin import workflow_settings as ws
from sipdumas.services.admin.workflow_settings import URGENCIES, WorkflowSettings
from ui.common.form_dialog import FormDialog
from ui.common.widgets import ErrorLabel, SaveCloseRow, buddy_label, show_problems_beside
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner
from ui.workflow.forwarding_view import PagesView, render_pages

#: The settings this dialog edits (the deadlines belong to the calendar dialog).
KEYS = (
    "office_lines",
    "office_address",
    "office_contact",
    "logo_path",
    "place",
    "number_pattern",
    "unit_code",
    "classification_code",
    "security_codes",
    "signer_position",
    "signer_name",
    "signer_nip",
    "signer_on_behalf_of",
    "signer_through",
    "tembusan",
    "cc_complainant",
    "disposition_recipients",
    "body_template",
)
MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 60, 96
THUMBNAIL = 72


def _top_form(page: QWidget) -> QFormLayout:
    """A form at the top of ``page`` with the spare height below it (not spread between its rows)."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def _stack(*parts) -> QVBoxLayout:
    """Widgets and layouts one under the other, as one form field (a field with its note and error)."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return layout


def _lines(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


class LetterSettingsDialog(FormDialog):
    """``loaded`` once the stored settings are on screen; ``saved(WorkflowSettings)`` after the service
    stored them; ``previewed(int pages)`` when a preview is shown."""

    loaded = Signal()
    saved = Signal(object)
    previewed = Signal(int)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.stored: WorkflowSettings | None = None
        self._default_body = ""
        self._busy = False
        self._can_edit = actor.can(Permission.MANAGE_SETTINGS)
        self.setWindowTitle(self.tr("Pengaturan surat penerusan"))
        self.setSizeGripEnabled(True)
        self.errors: dict[str, ErrorLabel] = {}
        self._tab_of: dict[str, int] = {}

        self.tabs = QTabWidget(self)
        for build, title in (
            (self._build_letterhead, self.tr("Kop surat")),
            (self._build_number, self.tr("Nomor surat")),
            (self._build_signature, self.tr("Penandatangan dan tembusan")),
            (self._build_body, self.tr("Isi surat")),
        ):
            page, keys = build()
            index = self.tabs.addTab(page, title)
            for key in keys:
                self._tab_of[key] = index

        self.preview_button = QPushButton(self.tr("&Pratinjau surat contoh"), self)
        self.preview_button.setToolTip(
            self.tr("Cetak surat contoh dengan pengaturan di layar, sebelum disimpan; tidak mengambil nomor")
        )
        self.preview_button.clicked.connect(self.preview)
        self.preview_info = QLabel(
            self.tr("Pratinjau menampilkan surat contoh dengan pengaturan di layar."), self
        )
        self.preview_info.setWordWrap(True)
        self.preview_info.setStyleSheet("color: #555;")
        self.pages = PagesView(self)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview_button)
        top.addWidget(self.preview_info, 1)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.pages, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([610, 690])

        self.error = ErrorLabel(self)
        bottom = SaveCloseRow(self, self.save)
        self.message, self.save_button = bottom.message, bottom.save_button

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        fit_window(self, "letter_settings", 1320, 720)

        self._example_timer = QTimer(self)
        self._example_timer.setSingleShot(True)
        self._example_timer.setInterval(150)
        self._example_timer.timeout.connect(self.update_example)
        for edit in (self.number_pattern, self.unit_code, self.classification_code, *self.codes.values()):
            edit.textChanged.connect(lambda _t: self._example_timer.start())
        self.logo_path.textChanged.connect(lambda _t: self.update_logo())
        self._set_enabled(False)
        if not self._can_edit:
            self.error.show_message(self.tr("Hanya administrator yang dapat mengubah pengaturan surat."))
        self.set_up_form(save=self.save if self._can_edit else None, first=self.office_lines)
        tasks.run(lambda: (ws.get(db), ws.default_body()), self._on_loaded, self._failed, owner=self)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # A pending delayed refresh must not ask the database for a dialog nobody sees any more.
        self._example_timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------ building

    def _error(self, key: str, parent: QWidget) -> ErrorLabel:
        label = ErrorLabel(parent)
        self.errors[key] = label
        return label

    def _build_letterhead(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        self.office_lines = QPlainTextEdit(page)
        self.office_lines.setPlaceholderText(
            self.tr("satu baris per baris kop, mis. nama kementerian lalu unit")
        )
        self.office_lines.setTabChangesFocus(True)
        self.office_lines.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.office_address = QLineEdit(page)
        self.office_contact = QLineEdit(page)
        self.office_contact.setPlaceholderText(self.tr("Telepon …, Faksimile …, Laman …"))
        self.place = QLineEdit(page)
        self.place.setPlaceholderText(self.tr("mis. Jakarta"))
        self.logo_path = QLineEdit(page)
        self.logo_path.setPlaceholderText(self.tr("(logo bawaan)"))
        self.logo_thumb = QLabel(page)
        self.logo_thumb.setFixedSize(THUMBNAIL + 8, THUMBNAIL + 8)
        self.logo_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_thumb.setStyleSheet("border: 1px solid #bbb; background: white;")
        choose = QPushButton(self.tr("Pilih &berkas…"), page)
        choose.clicked.connect(self.choose_logo)
        default = QPushButton(self.tr("Logo ba&waan"), page)
        default.clicked.connect(self.logo_path.clear)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_path)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(default)
        row.addStretch(1)
        logo_buttons.addLayout(row)
        self.logo_note = QLabel(
            self.tr(
                "Berkas PNG atau JPEG yang dapat dibuka dari setiap komputer yang mencetak (folder bersama)."
            ),
            page,
        )
        self.logo_note.setWordWrap(True)
        self.logo_note.setStyleSheet("color: #555;")
        logo_buttons.addWidget(self.logo_note)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_thumb, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons, 1)

        form = _top_form(page)
        form.addRow(self.tr("&Nama kantor:"), self.office_lines)
        form.addRow("", self._error("office_lines", page))
        form.addRow(self.tr("&Alamat:"), self.office_address)
        form.addRow("", self._error("office_address", page))
        form.addRow(self.tr("&Kontak:"), self.office_contact)
        form.addRow("", self._error("office_contact", page))
        form.addRow(buddy_label(self.tr("&Logo:"), self.logo_path, page), logo_row)
        form.addRow("", self._error("logo_path", page))
        form.addRow(self.tr("&Tempat surat:"), self.place)
        form.addRow("", self._error("place", page))
        return page, ["office_lines", "office_address", "office_contact", "logo_path", "place"]

    def _build_number(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        self.number_pattern = QLineEdit(page)
        self.number_pattern.setFont(self._mono())
        self.unit_code = QLineEdit(page)
        self.unit_code.setPlaceholderText(self.tr("mis. D-4"))
        self.classification_code = QLineEdit(page)
        self.classification_code.setPlaceholderText(self.tr("mis. DM.04.00"))
        help_text = QLabel(
            self.tr(
                "Isian pola: {code} kode keamanan menurut Sifat, {serial} nomor urut dalam tahun (tidak pernah "
                "berulang), {unit} kode unit, {classification} kode klasifikasi arsip, {month:02d} bulan dua "
                "digit, {year} tahun. {serial:03d} menulis nomor urut tiga digit (001)."
            ),
            page,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555;")
        self.codes: dict[str, QLineEdit] = {}
        codes = QGridLayout()
        for i, urgency in enumerate(URGENCIES):
            edit = QLineEdit(page)
            edit.setMaxLength(5)
            edit.setFixedWidth(70)
            self.codes[urgency] = edit
            codes.addWidget(QLabel(urgency, page), i // 2, (i % 2) * 2)
            codes.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        codes.setColumnStretch(4, 1)
        code_note = QLabel(self.tr("SR sangat rahasia, R rahasia, T terbatas, B biasa."), page)
        code_note.setStyleSheet("color: #555;")
        self.example = QLabel(page)
        self.example.setTextFormat(Qt.TextFormat.PlainText)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.example.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.example_other = QLabel(page)
        self.example_other.setTextFormat(Qt.TextFormat.PlainText)
        self.example_other.setWordWrap(True)
        self.example_other.setStyleSheet("color: #555;")

        form = _top_form(page)
        form.addRow(
            buddy_label(self.tr("&Pola nomor:"), self.number_pattern, page),
            _stack(self.number_pattern, self._error("number_pattern", page), help_text),
        )
        form.addRow(self.tr("Kode &unit:"), self.unit_code)
        form.addRow("", self._error("unit_code", page))
        form.addRow(self.tr("Kode k&lasifikasi:"), self.classification_code)
        form.addRow("", self._error("classification_code", page))
        form.addRow(
            buddy_label(self.tr("Kode &keamanan:"), self.codes[URGENCIES[0]], page),
            _stack(codes, code_note, self._error("security_codes", page)),
        )
        form.addRow(self.tr("Contoh nomor:"), _stack(self.example, self.example_other))
        return page, ["number_pattern", "unit_code", "classification_code", "security_codes"]

    def _build_signature(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        self.signer_position = QLineEdit(page)
        self.signer_name = QLineEdit(page)
        self.signer_name.setPlaceholderText(self.tr("nama lengkap dengan gelar"))
        self.signer_nip = QLineEdit(page)
        self.signer_nip.setPlaceholderText(self.tr("18 digit; kosongkan bila penandatangan tidak ber-NIP"))
        self.signer_on_behalf_of = QLineEdit(page)
        self.signer_on_behalf_of.setPlaceholderText(
            self.tr("jabatan pimpinan yang diwakili; kosongkan bila pimpinan menandatangani sendiri")
        )
        self.signer_through = QLineEdit(page)
        self.signer_through.setPlaceholderText(self.tr("jabatan di antara pimpinan dan penandatangan (u.b.)"))
        self.disposition_recipients = QPlainTextEdit(page)
        self.disposition_recipients.setPlaceholderText(self.tr("satu unit atau jabatan per baris"))
        self.disposition_recipients.setTabChangesFocus(True)
        self.disposition_recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.tembusan = QPlainTextEdit(page)
        self.tembusan.setPlaceholderText(self.tr("satu jabatan per baris, tanpa «Yth.»"))
        self.tembusan.setTabChangesFocus(True)
        self.tembusan.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.cc_complainant = QCheckBox(
            self.tr("Tembusan juga kepada pengadu (Sdr. nama pengadu; tidak bila identitas dirahasiakan)"),
            page,
        )
        note = QLabel(self.tr("Tembusan dinomori otomatis pada surat, dengan urutan seperti di sini."), page)
        note.setStyleSheet("color: #555;")
        form = _top_form(page)
        form.addRow(self.tr("a.n. (&atas nama):"), self.signer_on_behalf_of)
        form.addRow("", self._error("signer_on_behalf_of", page))
        form.addRow(self.tr("u.b. (&untuk beliau):"), self.signer_through)
        form.addRow("", self._error("signer_through", page))
        form.addRow(self.tr("&Jabatan:"), self.signer_position)
        form.addRow("", self._error("signer_position", page))
        form.addRow(self.tr("&Nama:"), self.signer_name)
        form.addRow("", self._error("signer_name", page))
        form.addRow(self.tr("N&IP:"), self.signer_nip)
        form.addRow("", self._error("signer_nip", page))
        form.addRow(self.tr("&Tembusan:"), self.tembusan)
        form.addRow("", note)
        form.addRow("", self._error("tembusan", page))
        form.addRow("", self.cc_complainant)
        form.addRow("", self._error("cc_complainant", page))
        form.addRow(self.tr("Tujuan &disposisi:"), self.disposition_recipients)
        form.addRow("", self._error("disposition_recipients", page))
        return page, [
            "signer_on_behalf_of",
            "signer_through",
            "signer_position",
            "signer_name",
            "signer_nip",
            "tembusan",
            "cc_complainant",
            "disposition_recipients",
        ]

    def _build_body(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        self.body = QPlainTextEdit(page)
        self.body.setTabChangesFocus(True)
        self.placeholders = QTableWidget(len(ws.PLACEHOLDERS), 2, page)
        self.placeholders.setHorizontalHeaderLabels([self.tr("Isian"), self.tr("Dicetak sebagai")])
        for row, (name, meaning) in enumerate(ws.PLACEHOLDERS.items()):
            item = QTableWidgetItem(f"${name}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFont(self._mono())
            self.placeholders.setItem(row, 0, item)
            self.placeholders.setItem(row, 1, QTableWidgetItem(meaning))
        self.placeholders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholders.verticalHeader().hide()
        self.placeholders.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.placeholders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.placeholders.horizontalHeader().setStretchLastSection(True)
        self.placeholders.setFixedHeight((self.fontMetrics().height() + 6) * 6 + 28)
        self.placeholders.cellDoubleClicked.connect(lambda row, _column: self.insert_placeholder(row))
        insert = QPushButton(self.tr("S&isipkan isian"), page)
        insert.clicked.connect(lambda: self.insert_placeholder(self.placeholders.currentRow()))
        self.reset_body = QPushButton(self.tr("Kembalikan ke &bawaan"), page)
        self.reset_body.setToolTip(
            self.tr("Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)")
        )
        self.reset_body.clicked.connect(self.restore_default_body)
        hint = QLabel(
            self.tr(
                "Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian di "
                "bawah untuk menyisipkannya di posisi kursor."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(insert)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_body)
        layout = QVBoxLayout(page)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._error("body_template", page))
        layout.addWidget(hint)
        layout.addWidget(self.placeholders)
        layout.addLayout(buttons)
        return page, ["body_template"]

    def _mono(self):
        font = self.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        return font

    # ------------------------------------------------------------ values

    def _on_loaded(self, loaded) -> None:
        settings, default_body = loaded
        self._default_body = default_body
        self.show_settings(settings)
        self._set_enabled(True)
        self.loaded.emit()

    def show_settings(self, s: WorkflowSettings) -> None:
        self.stored = s
        self.office_lines.setPlainText("\n".join(s.office_lines))
        self.office_address.setText(s.office_address)
        self.office_contact.setText(s.office_contact)
        self.logo_path.setText(s.logo_path)
        self.place.setText(s.place)
        self.number_pattern.setText(s.number_pattern)
        self.unit_code.setText(s.unit_code)
        self.classification_code.setText(s.classification_code)
        for urgency, edit in self.codes.items():
            edit.setText(s.security_code(urgency))
        self.signer_position.setText(s.signer_position)
        self.signer_name.setText(s.signer_name)
        self.signer_nip.setText(s.signer_nip)
        self.signer_on_behalf_of.setText(s.signer_on_behalf_of)
        self.signer_through.setText(s.signer_through)
        self.disposition_recipients.setPlainText("\n".join(s.disposition_recipients))
        self.tembusan.setPlainText("\n".join(s.tembusan))
        self.cc_complainant.setChecked(s.cc_complainant)
        self.body.setPlainText(s.body_template or self._default_body)
        self.update_example()
        self.update_logo()
        self.mark_clean()

    def values(self) -> dict[str, object]:
        """The settings of this dialog as on screen (key -> value, as :func:`ws.update` takes them)."""
        body = self.body.toPlainText()
        return {
            "office_lines": _lines(self.office_lines.toPlainText()),
            "office_address": self.office_address.text().strip(),
            "office_contact": self.office_contact.text().strip(),
            "logo_path": self.logo_path.text().strip(),
            "place": self.place.text().strip(),
            "number_pattern": self.number_pattern.text().strip(),
            "unit_code": self.unit_code.text().strip(),
            "classification_code": self.classification_code.text().strip(),
            "security_codes": {u: e.text().strip() for u, e in self.codes.items()},
            "signer_position": " ".join(self.signer_position.text().split()),
            "signer_name": " ".join(self.signer_name.text().split()),
            "signer_nip": self.signer_nip.text().strip(),
            "signer_on_behalf_of": " ".join(self.signer_on_behalf_of.text().split()),
            "signer_through": " ".join(self.signer_through.text().split()),
            "disposition_recipients": _lines(self.disposition_recipients.toPlainText()),
            "tembusan": _lines(self.tembusan.toPlainText()),
            "cc_complainant": self.cc_complainant.isChecked(),
            # the shipped template is stored as "" so a later version's wording applies
            "body_template": "" if body.strip() == self._default_body.strip() else body,
        }

    def draft(self) -> WorkflowSettings:
        return dataclasses.replace(self.stored or WorkflowSettings(), **self.values())

    def update_example(self) -> None:
        """Show the number the pattern gives (for Biasa, and for the other Sifat), or why it cannot."""
        draft = self.draft()
        wrong = {k: v for k, v in ws.problems(draft).items() if k in ("number_pattern", "security_codes")}
        for key in ("number_pattern", "security_codes"):
            self.errors[key].show_message(wrong.get(key))
        if "number_pattern" in wrong:
            self.example.setText("—")
            self.example_other.setText("")
            return
        today = date.today()
        self.example.setText(ws.example_number(draft, today=today))
        others = [f"{u}: {ws.example_number(draft, urgency=u, serial=2, today=today)}" for u in URGENCIES[1:]]
        self.example_other.setText(
            self.tr("Nomor berikutnya dengan Sifat lain: %1").replace("%1", "; ".join(others))
        )

    def update_logo(self) -> None:
        path = self.logo_path.text().strip()
        target = Path(path).expanduser() if path else ws.DEFAULT_LOGO
        reader = QImageReader(str(target))
        size = reader.size()
        if target.is_file() and size.isValid():
            reader.setScaledSize(size.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                self.logo_thumb.setPixmap(QPixmap.fromImage(image))
                self.logo_thumb.setToolTip(str(target))
                return
        self.logo_thumb.clear()
        self.logo_thumb.setText(self.tr("tanpa\nlogo"))
        self.logo_thumb.setToolTip(self.tr("Berkas tidak ditemukan atau bukan gambar"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo kop surat"),
            self.logo_path.text(),
            self.tr("Gambar (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.logo_path.setText(path)

    def insert_placeholder(self, row: int) -> None:
        item = self.placeholders.item(row, 0) if row >= 0 else None
        if item is None:
            return
        self.body.insertPlainText("$" + item.data(Qt.ItemDataRole.UserRole))
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_default_body(self) -> None:
        self.body.setPlainText(self._default_body)
        self.errors["body_template"].show_message(None)

    # ------------------------------------------------------------ actions

    def preview(self) -> None:
        """Print the sample letter with the settings on screen (nothing stored, no number taken)."""
        if self.stored is None:
            return
        db, actor, draft = self._db, self._actor, self.draft()
        # as large as fits the pane without scrolling sideways (A4 is 8.27 inches wide)
        dpi = max(MIN_PREVIEW_DPI, min(MAX_PREVIEW_DPI, (self.pages.viewport().width() - 48) / 8.27))
        self.preview_button.setEnabled(False)
        self.preview_info.setText(self.tr("Menyiapkan pratinjau…"))

        def done(images) -> None:
            self.preview_button.setEnabled(True)
            self.preview_info.setText(
                self.tr("Surat contoh dengan pengaturan di layar (belum disimpan, tidak bernomor resmi).")
            )
            self.pages.show_images(images)
            self.previewed.emit(len(images))

        def failed(exc: BaseException) -> None:
            self.preview_button.setEnabled(True)
            self.preview_info.setText("")
            self.error.show_message(error_text(exc))

        self._tasks.run(
            lambda: render_pages(fwd.preview_settings(db, actor, settings=draft), dpi),
            done,
            failed,
            owner=self,
        )

    def save(self) -> None:
        if self.stored is None or self._busy:
            return
        db, actor, changes = self._db, self._actor, self.values()
        self._busy = True
        self._set_enabled(False)
        self.message.clear()
        self.error.show_message(None)
        for label in self.errors.values():
            label.show_message(None)

        def done(settings: WorkflowSettings) -> None:
            self._busy = False
            self._set_enabled(True)
            self.show_settings(settings)
            self.message.show_done(self.tr("Pengaturan surat penerusan disimpan"))
            self.saved.emit(settings)

        self._tasks.run(lambda: ws.update(db, actor, changes=changes), done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_enabled(self.stored is not None)
        if show_problems_beside(exc, self.errors):
            first = min((self._tab_of.get(k, 0) for k in exc.problems), default=0)
            self.tabs.setCurrentIndex(first)
            self.error.show_message(self.tr("Pengaturan belum disimpan: periksa isian yang ditandai merah."))
        else:
            self.error.show_message(error_text(exc))

    def _set_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled and self._can_edit)
        self.preview_button.setEnabled(enabled and self._can_edit)
        self.tabs.setEnabled(enabled)
