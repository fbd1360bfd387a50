"""The letter form: register a new incoming letter or view and edit one.

The form checks what it can at once, in the words the user needs (a NIK's structure, a phone number
shown as it will be stored, ``+62...``), then saves through :func:`register_letter` or
:func:`update_letter` on the :class:`~ui.tasks.TaskRunner`. The service checks everything again: its
:class:`ValidationFailed` problems land on the same fields.

Editing is optimistic: the form remembers the version it was opened at. When someone else saved the
letter in the meantime the service refuses with :class:`ConflictError`; the form then says so plainly,
keeps the user's text on screen, and offers to reload the other user's version. Nothing is overwritten.

A registered letter with a scan shows it beside the fields (:class:`~ui.common.scan_view.LetterScanView`):
the field with the focus has the place it was read marked on the page, amber when OCR was unsure of
it, as in the intake view before the letter was registered. Above the fields a line names the letters
linked to this one by agenda number, from both sides (its original, its re-sent copies, related
letters); each opens that letter.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
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
from sipdumas.domain.errors import ConflictError, ValidationFailed
from sipdumas.domain.identity import InvalidIdentity, nik_problem, normalize_phone, require_email
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.regions import province_of_nik
from sipdumas.services.duplicates import RelatedLetter, related_letters
from sipdumas.services.letters import (
    STANDARD_CATEGORIES,
    LetterDetail,
    LetterInput,
    LetterRow,
    SenderData,
    category_choices,
    get_letter,
    register_letter,
    update_letter,
)
from sipdumas.services.scans import LetterScan, letter_scan
from ui.common.form_dialog import FormDialog
from ui.common.formatting import short_date
from ui.common.scan_view import LetterScanView
from ui.common.value_labels import channels, status_label
from ui.common.widgets import DateEdit, ErrorLabel, OptionalDateEdit
from ui.common.window_fit import fit_window
from ui.exchange.letter_box import LetterExchangeBox
from ui.login import error_text
from ui.register.complainants import ComplainantHistoryBox
from ui.register.links import letter_id_of, links_html
from ui.tasks import TaskRunner

#: A value OCR read with less confidence than this has its place marked amber on the scan.
CONFIDENCE_THRESHOLD = 0.8
#: The form's size without a scan and with one beside the fields (until the user resizes it).
PLAIN_SIZE = QSize(1000, 600)
SCAN_SIZE = QSize(1340, 760)

_HINT_STYLE = "color: #616161;"


def _text(edit: QLineEdit) -> str | None:
    value = " ".join(edit.text().split())
    return value or None


def clean_nik(raw: str) -> str:
    """A NIK as people write it (``3578 1967 1161 3079``, with dots or dashes) reduced to its digits."""
    return re.sub(r"[\s.\-]", "", raw)


def _form(box: QGroupBox) -> QFormLayout:
    """A form in ``box`` whose rows keep their natural height; spare height goes below the last row."""
    outer = QVBoxLayout(box)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def _row(
    form: QFormLayout, text: str, buddy: QWidget, field: QWidget | QLayout | None = None, *notes: QLabel
) -> None:
    """A labelled row whose field has its error/hint lines right under it (taking no room while hidden);
    the label's mnemonic (``&d``) jumps to ``buddy``."""
    field = buddy if field is None else field
    label = QLabel(text)
    label.setBuddy(buddy)
    if not notes:
        form.addRow(label, field)
        return
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    for note in notes:
        column.addWidget(note)
    form.addRow(label, column)


class LetterForm(FormDialog):
    """Register (``detail=None``) or edit a letter. ``saved(LetterRow)`` after a successful save;
    ``reloaded(LetterRow)`` after the form fetched another user's newer version; ``open_requested(id)``
    when a linked letter is clicked. ``scan`` and ``links`` (the letter's, when the caller fetched them
    with the detail) are otherwise fetched by the form.

    A registered letter also shows "Riwayat pengadu", every letter of its complainant; from there
    ``show_complainant(id, label)`` asks for the register filtered to the complainant, a letter clicked
    there is ``open_requested(id)``, and ``complainants_changed`` says the grouping was corrected."""

    saved = Signal(object)
    reloaded = Signal(object)
    open_requested = Signal(int)
    show_complainant = Signal(int, str)
    complainants_changed = Signal()
    #: The scan and links of the letter are on screen (also when it has none).
    scan_shown = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        *,
        detail: LetterDetail | None = None,
        scan: LetterScan | None = None,
        links: list[RelatedLetter] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._tasks = tasks
        self._detail = detail
        self._saving = False
        self.scan: LetterScan | None = None
        #: editor -> the key of the field OCR read into it, to mark the place on the scan
        self._focus_keys: dict[QObject, str] = {}
        #: The message box shown after a refused (conflicting) save; kept for tests and for reloading.
        self.conflict_box: QMessageBox | None = None
        self.setWindowTitle(
            self.tr("Surat baru")
            if detail is None
            else self.tr("Surat %1").replace("%1", detail.row.agenda_no)
        )
        self.setSizeGripEnabled(True)

        self.info = QLabel(self)
        self.info.setStyleSheet(_HINT_STYLE)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.flag_line = QLabel(self)
        self.flag_line.setTextFormat(Qt.TextFormat.PlainText)
        self.flag_line.hide()
        self.links_line = QLabel(self)
        self.links_line.setWordWrap(True)
        self.links_line.setTextFormat(Qt.TextFormat.RichText)
        self.links_line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.links_line.linkActivated.connect(self._link_clicked)
        self.links_line.hide()
        self.compare_dialog: QDialog | None = None
        self.history_box: ComplainantHistoryBox | None = None
        self.exchange_box: LetterExchangeBox | None = None
        if detail is not None:
            self.history_box = ComplainantHistoryBox(db, actor, tasks, self)
            self.history_box.show_in_register.connect(self.show_complainant)
            self.history_box.letter_requested.connect(
                lambda letter_id, _agenda: self.open_requested.emit(letter_id)
            )
            self.history_box.changed.connect(self.complainants_changed)
            self.exchange_box = LetterExchangeBox(db, actor, tasks, self)

        self._build_letter_fields()
        self._build_sender_fields()

        self.form_error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_text = self.tr("Simpan") if detail is not None else self.tr("Catat surat")
        self.save_button.setText(self._save_text)
        self.save_button.setToolTip(self.tr("Simpan (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.compare_button = QPushButton(self.tr("Bandingkan dengan surat &asal…"), self)
        self.compare_button.setToolTip(
            self.tr("Surat ini ditandai kemungkinan duplikat: lihat kedua surat (Ctrl+D)")
        )
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.hide()
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.compare)

        # The fields side by side; one above the other, scrolling, once the scan takes the left side.
        fields = QWidget(self)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, fields)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(self.letter_box, 3)
        right = QVBoxLayout()
        right.addWidget(self.sender_box)
        if self.history_box is not None:
            right.addWidget(self.history_box, 1)
        if self.exchange_box is not None:
            right.addWidget(self.exchange_box, 1)
        self.columns.addLayout(right, 2)
        self.fields_scroll = QScrollArea(self)
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setWidget(fields)
        self.scan_view = LetterScanView(tasks, self)
        self.scan_view.hide()
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.scan_view)
        self.body.addWidget(self.fields_scroll)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.flag_line)
        layout.addWidget(self.links_line)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.form_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.compare_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)
        self._fit = fit_window(self, "letter_form", PLAIN_SIZE.width(), PLAIN_SIZE.height())
        self._watch_focus()

        if detail is not None:
            self.fill(detail)
        else:
            self.info.setText(self.tr("Nomor agenda diberikan otomatis saat surat dicatat."))
        may_save = actor.can(Permission.EDIT_LETTER if detail else Permission.REGISTER_LETTER)
        self.save_button.setEnabled(may_save)
        if not may_save:
            self.form_error.show_message(self.tr("Peran Anda hanya boleh melihat surat, tidak mengubahnya."))
            for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
                edit.setReadOnly(True)
        self._load_categories()
        self.set_up_form(save=self.save if may_save else None)
        if detail is not None:
            if scan is not None:
                self.show_scan(scan, links or [])
            else:
                self._load_scan()

    # ------------------------------------------------------------ building

    def _build_letter_fields(self) -> None:
        box = self.letter_box = QGroupBox(self.tr("Surat"), self)
        form = _form(box)
        self.received_at = DateEdit(box)
        self.received_at.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox(box)
        for value, label in channels():
            self.channel.addItem(label, value)
        self.letter_no = QLineEdit(box)
        self.letter_no.setPlaceholderText(self.tr("nomor pada surat, bila ada"))
        self.letter_date = OptionalDateEdit(box)
        self.letter_date.setMaximumDate(QDate.currentDate())
        self.place = QLineEdit(box)
        self.place.setPlaceholderText(self.tr("kota tempat surat ditulis"))
        self.subject = QLineEdit(box)
        self.subject.setPlaceholderText(self.tr("hal / perihal surat"))
        self.summary = QPlainTextEdit(box)
        self.summary.setPlaceholderText(self.tr("pokok permasalahan yang diadukan"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.category = QComboBox(box)
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(list(STANDARD_CATEGORIES))
        self.category.lineEdit().setPlaceholderText(self.tr("pilih atau ketik kategori"))
        self.addressee = QLineEdit(box)
        self.addressee.setPlaceholderText(self.tr("Yth. … (tujuan surat)"))
        self.cc = QPlainTextEdit(box)
        self.cc.setPlaceholderText(self.tr("satu tujuan tembusan per baris"))
        self.cc.setTabChangesFocus(True)
        self.cc.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reported_party = QLineEdit(box)
        self.reported_party.setPlaceholderText(self.tr("nama / instansi yang diadukan"))
        self.reported_position = QLineEdit(box)

        self.received_error = ErrorLabel(box)
        self.letter_date_error = ErrorLabel(box)
        self.subject_error = ErrorLabel(box)
        self.channel_error = ErrorLabel(box)

        channel_row = QHBoxLayout()
        channel_row.addWidget(self.received_at)
        channel_row.addWidget(QLabel(self.tr("Saluran:"), box))
        channel_row.addWidget(self.channel, 1)
        _row(
            form,
            self.tr("Tanggal &diterima:"),
            self.received_at,
            channel_row,
            self.received_error,
            self.channel_error,
        )
        number_row = QHBoxLayout()
        number_row.addWidget(self.letter_no, 2)
        number_row.addWidget(QLabel(self.tr("Tanggal:"), box))
        number_row.addWidget(self.letter_date, 1)
        _row(form, self.tr("&Nomor surat:"), self.letter_no, number_row, self.letter_date_error)
        _row(form, self.tr("&Tempat:"), self.place)
        _row(form, self.tr("&Perihal: *"), self.subject, self.subject, self.subject_error)
        _row(form, self.tr("&Ringkasan:"), self.summary)
        _row(form, self.tr("&Kategori:"), self.category)
        _row(form, self.tr("Tu&juan surat:"), self.addressee)
        _row(form, self.tr("Te&mbusan:"), self.cc)
        _row(form, self.tr("Te&rlapor:"), self.reported_party)
        _row(form, self.tr("Jabatan terlapor:"), self.reported_position)

        self.subject.textEdited.connect(lambda _t: self.subject_error.show_message(None))
        self.letter_date.changed.connect(lambda: self.letter_date_error.show_message(None))

    def _build_sender_fields(self) -> None:
        box = self.sender_box = QGroupBox(self.tr("Pengadu (identitas dirahasiakan)"), self)
        form = _form(box)
        self.sender_name = QLineEdit(box)
        self.nik = QLineEdit(box)
        self.nik.setPlaceholderText(self.tr("16 digit"))
        self.nik.setMaxLength(24)
        self.phone = QLineEdit(box)
        self.phone.setPlaceholderText(self.tr("mis. 0812-3456-7890"))
        self.email = QLineEdit(box)
        self.address = QPlainTextEdit(box)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.occupation = QLineEdit(box)
        self.regency = QLineEdit(box)
        self.regency.setPlaceholderText(self.tr("kabupaten/kota"))

        self.nik_error = ErrorLabel(box)
        self.nik_hint = QLabel(box)
        self.nik_hint.setStyleSheet(_HINT_STYLE)
        self.phone_error = ErrorLabel(box)
        self.email_error = ErrorLabel(box)
        self.identity_hint = QLabel(box)
        self.identity_hint.setWordWrap(True)

        _row(form, self.tr("N&ama:"), self.sender_name)
        _row(form, self.tr("N&IK:"), self.nik, self.nik, self.nik_error, self.nik_hint)
        _row(form, self.tr("Te&lepon:"), self.phone, self.phone, self.phone_error)
        _row(form, self.tr("&E-mail:"), self.email, self.email, self.email_error)
        _row(form, self.tr("Alamat:"), self.address)
        _row(form, self.tr("Kabupaten/&kota:"), self.regency)
        _row(form, self.tr("Pekerjaan:"), self.occupation)
        form.addRow(self.identity_hint)

        self.nik.editingFinished.connect(self.check_nik)
        self.nik.textEdited.connect(lambda _t: self.nik_error.show_message(None))
        self.phone.editingFinished.connect(self.check_phone)
        self.phone.textEdited.connect(lambda _t: self.phone_error.show_message(None))
        self.email.editingFinished.connect(self.check_email)
        self.email.textEdited.connect(lambda _t: self.email_error.show_message(None))
        for edit in (self.sender_name, self.phone, self.email):
            edit.textChanged.connect(lambda _t: self._update_identity_hint())
        self.address.textChanged.connect(self._update_identity_hint)
        self._update_identity_hint()

    # ------------------------------------------------------------ values

    def fill(self, detail: LetterDetail) -> None:
        """Show ``detail`` in the fields; later saves are checked against its version."""
        self._detail = detail
        row, data = detail.row, detail.data
        self.received_at.set_value(data.received_at or row.received_at)
        index = self.channel.findData(data.channel)
        self.channel.setCurrentIndex(max(index, 0))
        self.letter_no.setText(data.letter_no or "")
        self.letter_date.set_value(data.letter_date)
        self.place.setText(data.place or "")
        self.subject.setText(data.subject or "")
        self.summary.setPlainText(data.summary or "")
        self.category.setCurrentText(data.category or "")
        self.addressee.setText(data.addressee or "")
        self.cc.setPlainText("\n".join(data.cc))
        self.reported_party.setText(data.reported_party or "")
        self.reported_position.setText(data.reported_position or "")
        s = data.sender
        self.sender_name.setText(s.name or "")
        self.nik.setText(s.nik or "")
        self.phone.setText(s.phone or "")
        self.email.setText(s.email or "")
        self.address.setPlainText(s.address or "")
        self.occupation.setText(data.occupation or "")
        self.regency.setText(data.regency or "")
        for label in (
            self.nik_error,
            self.phone_error,
            self.email_error,
            self.subject_error,
            self.form_error,
        ):
            label.show_message(None)
        self.check_nik()
        parts = [
            self.tr("No. agenda %1").replace("%1", row.agenda_no),
            self.tr("status %1").replace("%1", status_label(row.status)),
            self.tr("dicatat %1 oleh %2")
            .replace("%1", short_date(row.received_at))
            .replace("%2", detail.created_by),
        ]
        if detail.updated_by:
            parts.append(self.tr("terakhir diubah oleh %1").replace("%1", detail.updated_by))
        if row.archive_code:
            parts.append(self.tr("berkas %1").replace("%1", row.archive_code))
        if row.carbon_copy:
            parts.append(self.tr("hanya tembusan"))
        self._show_flag(row)
        self.info.setText(" · ".join(parts))
        if self.history_box is not None:
            self.history_box.load(row.id)
        if self.exchange_box is not None:
            self.exchange_box.load(row.id)
        self.mark_clean()

    def _show_flag(self, row: LetterRow) -> None:
        """The duplicate flag as a line above the fields, and the button to compare."""
        flagged = row.duplicate_of is not None
        self.compare_button.setVisible(flagged)
        if not flagged:
            self.flag_line.hide()
            return
        original = row.duplicate_of_agenda_no or str(row.duplicate_of)
        text, color = {
            "confirmed": (self.tr("✓ Dikonfirmasi: pengiriman ulang surat %1"), "#8e1b16"),
            "rejected": (self.tr("Tanda duplikat ditolak: bukan pengiriman ulang surat %1"), "#616161"),
        }.get(row.duplicate_review or "", (self.tr("↺ Kemungkinan pengiriman ulang surat %1"), "#b26a00"))
        text = text.replace("%1", original)
        if row.duplicate_score is not None:
            text += f" ({round(row.duplicate_score * 100)}%)"
        self.flag_line.setText(text)
        self.flag_line.setToolTip("\n".join(row.duplicate_reasons))
        self.flag_line.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.flag_line.show()

    # ------------------------------------------------------------ the scan and the links

    def _watch_focus(self) -> None:
        """Let the field that gets the focus mark on the scan where it was read."""
        keys = {
            "letter_date": self.letter_date.edit,
            "place": self.place,
            "subject": self.subject,
            "addressee": self.addressee,
            "cc": self.cc,
            "sender.name": self.sender_name,
            "sender.nik": self.nik,
            "sender.phone": self.phone,
            "sender.email": self.email,
            "sender.address": self.address,
        }
        for key, editor in keys.items():
            self._focus_keys[editor] = key
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.FocusIn and watched in self._focus_keys:
            self.show_field(self._focus_keys[watched])
        return super().eventFilter(watched, event)

    def show_field(self, key: str) -> None:
        """Mark on the scan where field ``key`` was read (amber when OCR was unsure of it)."""
        doc = self.scan_view.document
        confidence = doc.marks.confidence.get(key) if doc and doc.marks else None
        self.scan_view.show_field(key, unsure=confidence is not None and confidence < CONFIDENCE_THRESHOLD)

    def _load_scan(self) -> None:
        assert self._detail is not None
        db, actor, letter_id = self._db, self._actor, self._detail.row.id
        self._tasks.run(
            lambda: (
                letter_scan(db, actor, letter_id=letter_id),
                related_letters(db, actor, letter_id=letter_id),
            ),
            lambda found: self.show_scan(*found),
            lambda exc: self._scan_failed(exc),
            owner=self,
        )

    def _scan_failed(self, exc: BaseException) -> None:
        self.links_line.setText(self.tr("Pindaian tidak dapat dimuat: %1").replace("%1", error_text(exc)))
        self.links_line.show()
        self.scan_shown.emit()

    def show_scan(self, scan: LetterScan, links: list[RelatedLetter]) -> None:
        """Show the letter's scan beside the fields (when it has one) and the line of linked letters."""
        self.scan = scan
        text = links_html(links)
        self.links_line.setText(text)
        self.links_line.setVisible(bool(text))
        if scan.documents:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self.scan_view.show_scan(scan)
            self.scan_view.show()
            self._fit.apply("letter_form_scan", SCAN_SIZE)
            width = sum(self.body.sizes()) or self.width()
            self.body.setSizes([width * 5 // 9, width * 4 // 9])
            focused = self.focusWidget()
            if focused in self._focus_keys:
                self.show_field(self._focus_keys[focused])
        self.scan_shown.emit()

    def _link_clicked(self, anchor: str) -> None:
        letter_id = letter_id_of(anchor)
        if letter_id is not None:
            self.open_requested.emit(letter_id)

    def compare(self) -> None:
        """Open the side-by-side comparison with the suspected original (flagged letters only)."""
        if self._detail is None or self._detail.row.duplicate_of is None:
            return
        from ui.register.duplicate_compare import DuplicateCompareDialog

        dialog = DuplicateCompareDialog(self._db, self._actor, self._tasks, self._detail.row.id, parent=self)
        dialog.saved.connect(self._flag_changed)
        dialog.reloaded.connect(self._flag_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.compare_dialog = dialog

    def _flag_changed(self, row: LetterRow) -> None:
        # The decision changed only the flag and status, which this form does not edit: take the new
        # version so the user's pending edit still saves, and tell the register.
        if self._detail is None or row.id != self._detail.row.id:
            return
        self._detail = dataclasses.replace(self._detail, row=row, duplicate_review=row.duplicate_review)
        self._show_flag(row)
        self.reloaded.emit(row)

    def value(self) -> LetterInput:
        """The letter as filled in. Fields the form does not show (the OCR text) keep their stored
        values; whether it is only a carbon copy is worked out again when addressee or tembusan changed."""
        cc = [line.strip() for line in self.cc.toPlainText().splitlines() if line.strip()]
        nik = clean_nik(self.nik.text())
        phone_raw = self.phone.text().strip()
        sender = SenderData(
            name=_text(self.sender_name),
            nik=nik or None,
            phone=normalize_phone(phone_raw) or phone_raw or None,
            email=_text(self.email),
            address=" ".join(self.address.toPlainText().split()) or None,
        )
        fields = dict(
            received_at=self.received_at.value(),
            channel=self.channel.currentData() or Channel.LETTER.value,
            letter_no=_text(self.letter_no),
            letter_date=self.letter_date.value(),
            place=_text(self.place),
            subject=_text(self.subject),
            summary=self.summary.toPlainText().strip() or None,
            category=" ".join(self.category.currentText().split()) or None,
            addressee=_text(self.addressee),
            cc=cc,
            sender=sender,
            occupation=_text(self.occupation),
            regency=_text(self.regency),
            reported_party=_text(self.reported_party),
            reported_position=_text(self.reported_position),
        )
        if self._detail is None:
            return LetterInput(carbon_copy=None, **fields)
        old = self._detail.data
        same_addressing = fields["addressee"] == old.addressee and cc == list(old.cc)
        return dataclasses.replace(old, carbon_copy=old.carbon_copy if same_addressing else None, **fields)

    # ------------------------------------------------------------ checks

    def check_nik(self) -> bool:
        raw = self.nik.text()
        nik = clean_nik(raw)
        if nik != raw:
            self.nik.setText(nik)
        problem = nik_problem(nik) if nik else None
        self.nik_error.show_message(problem)
        province = province_of_nik(nik) if nik and not problem else None
        self.nik_hint.setText(self.tr("Provinsi: %1").replace("%1", province) if province else "")
        self.nik_hint.setVisible(bool(province))
        return problem is None

    def check_phone(self) -> bool:
        raw = self.phone.text().strip()
        if not raw:
            self.phone_error.show_message(None)
            return True
        phone = normalize_phone(raw)
        if phone is None:
            self.phone_error.show_message(
                self.tr("Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)").replace("%1", raw)
            )
            return False
        if phone != raw:
            self.phone.setText(phone)
        self.phone_error.show_message(None)
        return True

    def check_email(self) -> bool:
        raw = self.email.text().strip()
        if not raw:
            self.email_error.show_message(None)
            return True
        try:
            email = require_email(raw)
        except InvalidIdentity as exc:
            self.email_error.show_message(str(exc))
            return False
        if email != raw:
            self.email.setText(email)
        self.email_error.show_message(None)
        return True

    def _update_identity_hint(self) -> None:
        has_name = bool(self.sender_name.text().strip())
        reachable = any(
            [self.phone.text().strip(), self.email.text().strip(), self.address.toPlainText().strip()]
        )
        if has_name and reachable:
            self.identity_hint.setText(self.tr("✓ Identitas lengkap"))
            self.identity_hint.setStyleSheet("color: #2e7d32;")
        else:
            self.identity_hint.setText(
                self.tr("Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.")
            )
            self.identity_hint.setStyleSheet("color: #b26a00;")

    def problems(self) -> dict[str, str]:
        """What must be fixed before saving, by field name (the service's names)."""
        problems: dict[str, str] = {}
        if not self.check_nik():
            problems["nik"] = self.nik_error.text()
        if not self.check_phone():
            problems["phone"] = self.phone_error.text()
        if not self.check_email():
            problems["email"] = self.email_error.text()
        if not self.subject.text().strip():
            problems["subject"] = self.tr("Perihal wajib diisi")
        letter_date = self.letter_date.value()
        if letter_date and letter_date > self.received_at.value():
            problems["letter_date"] = self.tr("Tanggal surat tidak boleh setelah tanggal diterima")
        return problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        labels = {
            "nik": (self.nik_error, self.nik),
            "phone": (self.phone_error, self.phone),
            "email": (self.email_error, self.email),
            "subject": (self.subject_error, self.subject),
            "letter_date": (self.letter_date_error, self.letter_date),
            "received_at": (self.received_error, self.received_at),
            "channel": (self.channel_error, self.channel),
        }
        first = None
        others = []
        for name, message in problems.items():
            if name in labels:
                label, widget = labels[name]
                label.show_message(message)
                first = first or widget
            else:
                others.append(message)
        summary = self.tr("Periksa isian yang ditandai merah.")
        self.form_error.show_message("\n".join([summary, *others]))
        if first is not None:
            first.setFocus()

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        self.form_error.show_message(None)
        data = self.value()
        db, actor, detail = self._db, self._actor, self._detail
        if detail is None:
            work = lambda: register_letter(db, actor, data=data)  # noqa: E731
        else:
            letter_id, version = detail.row.id, detail.row.version
            work = lambda: update_letter(  # noqa: E731
                db, actor, letter_id=letter_id, expected_version=version, data=data
            )
        self._set_saving(True)
        self._tasks.run(work, self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Menyimpan…") if saving else self._save_text)

    def _saved(self, row: LetterRow) -> None:
        self._set_saving(False)
        self.saved.emit(row)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ConflictError) and self._detail is not None:
            self._show_conflict(exc)
        elif isinstance(exc, ValidationFailed):
            self._show_problems(exc.problems)
        else:
            self.form_error.show_message(error_text(exc))

    def _show_conflict(self, exc: ConflictError) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Surat telah diubah pengguna lain"))
        box.setText(
            self.tr(
                "Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda "
                "tidak disimpan, agar perubahan mereka tidak tertimpa."
            )
        )
        box.setInformativeText(
            self.tr(
                "Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. "
                "Pilih «Tetap di sini» untuk menyalin isian Anda lebih dulu."
            )
        )
        box.setDetailedText(str(exc))
        reload_button = box.addButton(self.tr("Muat ulang"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Tetap di sini"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        self.form_error.show_message(
            self.tr("Surat ini telah diubah oleh pengguna lain; muat ulang sebelum menyimpan.")
        )

        def done() -> None:
            if box.clickedButton() is reload_button:
                self.reload()

        box.finished.connect(lambda _r: done())
        self.conflict_box = box
        box.open()

    def reload(self) -> None:
        """Fetch the letter again (after a conflict) and show the newest version."""
        if self._detail is None:
            return
        db, actor, letter_id = self._db, self._actor, self._detail.row.id
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: get_letter(db, actor, letter_id=letter_id),
            self._reloaded,
            self._reload_failed,
            owner=self,
        )

    def _reloaded(self, detail: LetterDetail) -> None:
        self.fill(detail)
        self.save_button.setEnabled(self._actor.can(Permission.EDIT_LETTER))
        self.form_error.show_message(None)
        self.reloaded.emit(detail.row)

    def _reload_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self._actor.can(Permission.EDIT_LETTER))
        self.form_error.show_message(error_text(exc))

    # ------------------------------------------------------------ categories

    def _load_categories(self) -> None:
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: category_choices(db, actor), self._set_categories, lambda _e: None, owner=self
        )

    def _set_categories(self, names: list[str]) -> None:
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("")
        self.category.addItems(names)
        self.category.setCurrentText(current)
        self.category.blockSignals(False)
