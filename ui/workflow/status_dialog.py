"""Moving a letter to its next step (ditelaah, diteruskan, diarsipkan…) with a note for the audit trail.

Only the steps the workflow allows from the current status, and that the signed-in user's role may take,
are offered (:func:`~sipdumas.services.workflow.allowed_steps`); the change goes through
:func:`~sipdumas.services.workflow.change_status`, which checks the same again. Like the letter form, the change is refused when
someone else changed the letter since it was shown; the dialog then fetches the newer version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ConflictError
from sipdumas.domain.permissions import Actor
from sipdumas.domain.statuses import TRANSITIONS
from sipdumas.services.letters import LetterDetail, LetterRow, get_letter
from sipdumas.services.workflow import allowed_steps, change_status
from ui.common.form_dialog import FormDialog
from ui.common.value_labels import status_label
from ui.common.widgets import ErrorLabel
from ui.login import error_text
from ui.tasks import TaskRunner


class StatusDialog(FormDialog):
    saved = Signal(object)
    reloaded = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, tasks: TaskRunner, letter: LetterRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.setWindowTitle(self.tr("Ubah status surat %1").replace("%1", letter.agenda_no))
        self.subject = QLabel(self)
        self.subject.setWordWrap(True)
        self.current = QLabel(self)
        self.status = QComboBox(self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("alasan atau keterangan, mis. diteruskan ke Pemkot Medan"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Ubah status"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Perihal:"), self.subject)
        form.addRow(self.tr("Status sekarang:"), self.current)
        form.addRow(self.tr("Status &baru:"), self.status)
        form.addRow(self.tr("&Catatan:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.show_letter(letter)
        self.set_up_form(save=self.save, first=self.status)

    def show_letter(self, letter: LetterRow) -> None:
        self._letter = letter
        self.subject.setText(letter.subject or "—")
        self.current.setText(status_label(letter.status))
        self.status.clear()
        for status in allowed_steps(self._actor, letter.status):
            self.status.addItem(status_label(status), status)
        if self.status.count() == 0 and not TRANSITIONS.get(letter.status):
            self.error.show_message(self.tr("Surat ini sudah selesai; statusnya tidak dapat diubah lagi."))
        elif self.status.count() == 0:
            self.error.show_message(
                self.tr("Langkah berikutnya surat ini bukan wewenang peran Anda (mis. menutup pengaduan).")
            )
        self.ok.setEnabled(self.status.count() > 0)

    def save(self) -> None:
        status = self.status.currentData()
        if not status or not self.ok.isEnabled():
            return
        db, actor, letter = self._db, self._actor, self._letter
        note = self.note.toPlainText().strip()
        self.ok.setEnabled(False)
        self._tasks.run(
            lambda: change_status(
                db, actor, letter_id=letter.id, expected_version=letter.version, status=status, note=note
            ),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, row: LetterRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))
        if isinstance(exc, ConflictError):
            self.error.show_message(
                self.tr(
                    "Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. "
                    "Periksa lalu pilih lagi status barunya."
                )
            )
            db, actor, letter_id = self._db, self._actor, self._letter.id
            self._tasks.run(lambda: get_letter(db, actor, letter_id=letter_id), self._reloaded, owner=self)
            return
        self.ok.setEnabled(True)

    def _reloaded(self, detail: LetterDetail) -> None:
        error = self.error.text()
        self.show_letter(detail.row)
        self.error.show_message(error)
        self.reloaded.emit(detail.row)
