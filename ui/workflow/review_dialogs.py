"""Disposisi (supervisor → analyst, with instructions) and telaah (the analyst's review note) dialogs.

Both call the workflow service on the worker (:mod:`sipdumas.services.workflow`: ``dispose``,
``get_review`` / ``save_review``); the service checks the role and says in Indonesian why it refuses, and
the dialog shows that under the form instead of closing. ``saved(result)`` when the service accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ConflictError
from sipdumas.domain.permissions import ROLE_PERMISSIONS, Actor, Permission, Role
from sipdumas.output.pdf.sheets import INSTRUCTIONS
from sipdumas.services import workflow
from sipdumas.services.admin.workflow_settings import URGENCIES
from sipdumas.services.letters import LetterRow
from ui.common.form_dialog import FormDialog
from ui.common.value_labels import status_label
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner


def _heading(letter: LetterRow, parent: QWidget) -> QLabel:
    subject = (letter.subject or "-").replace("&", "&amp;").replace("<", "&lt;")
    label = QLabel(f"<b>{letter.agenda_no}</b> — {subject}", parent)
    label.setWordWrap(True)
    return label


def _reviewers(db: Database, actor: Actor) -> list[str]:
    """Usernames that may review letters, when this actor may list accounts; else none (typed in)."""
    from sipdumas.services.admin.users import list_users

    if not actor.can(Permission.MANAGE_USERS):
        return []
    return [
        u.username
        for u in list_users(db, actor)
        if u.active and Permission.REVIEW_LETTER in ROLE_PERMISSIONS[Role(u.role)]
    ]


class DispositionDialog(FormDialog):
    """Lembar disposisi: to whom, which instructions, a note and the sifat."""

    saved = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, tasks: TaskRunner, letter: LetterRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks, self.letter = db, actor, tasks, letter
        self.setWindowTitle(self.tr("Disposisi surat %s") % letter.agenda_no)
        self.assignee = QComboBox(self)
        self.assignee.setEditable(True)
        self.assignee.setPlaceholderText(self.tr("nama pengguna analis"))
        self.instruction_boxes = [QCheckBox(text, self) for text in INSTRUCTIONS]
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Catatan untuk penerima disposisi"))
        self.note.setFixedHeight(90)
        self.urgency = QComboBox(self)
        for u in URGENCIES:
            self.urgency.addItem(u, u)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Kepada"), self.assignee)
        boxes = QVBoxLayout()
        for box in self.instruction_boxes:
            boxes.addWidget(box)
        form.addRow(self.tr("Instruksi"), boxes)
        form.addRow(self.tr("Catatan"), self.note)
        form.addRow(self.tr("Sifat"), self.urgency)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(letter, self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if not actor.can(Permission.DISPOSE_LETTER):
            self.error.show_message(
                self.tr("Hanya supervisor atau administrator yang dapat membuat disposisi.")
            )
        self.set_up_form(save=self.accept)
        tasks.run(lambda: _reviewers(db, actor), self._on_reviewers, lambda exc: None, owner=self)

    def _on_reviewers(self, names: list[str]) -> None:
        typed = self.assignee.currentText()
        self.assignee.addItems(names)
        self.assignee.setCurrentText(typed)

    def accept(self) -> None:  # noqa: D102 - saves through the service first
        if not self.buttons.isEnabled():
            return  # saving already
        db, actor, letter_id = self.db, self.actor, self.letter.id
        assignee = self.assignee.currentText().strip()
        instructions = [b.text() for b in self.instruction_boxes if b.isChecked()]
        note, urgency = self.note.toPlainText(), self.urgency.currentData()
        self.buttons.setEnabled(False)
        self.error.show_message(None)
        self.tasks.run(
            lambda: workflow.dispose(
                db,
                actor,
                letter_id=letter_id,
                assignee=assignee,
                instructions=instructions,
                note=note,
                urgency=urgency,
            ),
            self._on_saved,
            self._on_error,
            owner=self,
        )

    def _on_saved(self, info) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(info)
        super().accept()

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(error_text(exc))


class ReviewDialog(FormDialog):
    """Telaah: core problem, regulation, related letters (ids; the duplicate check's links are offered),
    recommendation and its note. Saved with the version it was opened at, so a colleague's newer telaah
    is never overwritten silently."""

    saved = Signal(object)
    loaded = Signal()

    def __init__(
        self, db: Database, actor: Actor, tasks: TaskRunner, letter: LetterRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks, self.letter = db, actor, tasks, letter
        self._version: int | None = None
        self.setWindowTitle(self.tr("Telaah surat %s") % letter.agenda_no)
        fit_window(self, "review", 640, 520)
        self.core_problem = QPlainTextEdit(self)
        self.regulation = QLineEdit(self)
        self.related = QLineEdit(self)
        self.related.setPlaceholderText(self.tr("id surat, dipisah koma"))
        self.recommendation = QComboBox(self)
        self.recommendation.addItem(self.tr("(belum ada)"), None)
        for status in workflow.RECOMMENDATIONS:
            self.recommendation.addItem(status_label(status), str(status))
        self.recommendation_note = QPlainTextEdit(self)
        self.recommendation_note.setFixedHeight(80)
        self.author = QLabel(self)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Pokok permasalahan"), self.core_problem)
        form.addRow(self.tr("Dasar hukum"), self.regulation)
        form.addRow(self.tr("Surat terkait"), self.related)
        form.addRow(self.tr("Rekomendasi"), self.recommendation)
        form.addRow(self.tr("Catatan rekomendasi"), self.recommendation_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(letter, self))
        layout.addLayout(form)
        layout.addWidget(self.author)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if not actor.can(Permission.REVIEW_LETTER):
            self.error.show_message(self.tr("Peran Anda tidak berwenang menelaah surat."))
        self.set_up_form(save=self.accept, first=self.core_problem)
        self.load()

    def load(self) -> None:
        db, actor, letter_id = self.db, self.actor, self.letter.id
        self.tasks.run(
            lambda: workflow.get_review(db, actor, letter_id=letter_id),
            self._on_loaded,
            self._on_error,
            owner=self,
        )

    def _on_loaded(self, review: workflow.Review) -> None:
        self._version = review.version
        self.core_problem.setPlainText(review.core_problem or "")
        self.regulation.setText(review.regulation or "")
        self.related.setText(", ".join(str(i) for i in review.related_ids))
        index = self.recommendation.findData(review.recommendation)
        self.recommendation.setCurrentIndex(max(index, 0))
        self.recommendation_note.setPlainText(review.recommendation_note or "")
        self.author.setText(self.tr("Terakhir ditulis oleh %s") % review.author if review.author else "")
        self.buttons.setEnabled(True)
        self.mark_clean()
        self.loaded.emit()

    def accept(self) -> None:  # noqa: D102 - saves through the service first
        if not self.buttons.isEnabled():
            return  # still loading, or saving already
        try:
            related = [int(x) for x in self.related.text().replace(";", ",").split(",") if x.strip()]
        except ValueError:
            self.error.show_message(self.tr("Surat terkait: tulis id surat (angka) dipisah koma."))
            return
        db, actor, letter_id, version = self.db, self.actor, self.letter.id, self._version
        values = dict(
            core_problem=self.core_problem.toPlainText(),
            regulation=self.regulation.text(),
            related_ids=related,
            recommendation=self.recommendation.currentData(),
            recommendation_note=self.recommendation_note.toPlainText(),
        )
        self.buttons.setEnabled(False)
        self.error.show_message(None)
        self.tasks.run(
            lambda: workflow.save_review(db, actor, letter_id=letter_id, expected_version=version, **values),
            self._on_saved,
            self._on_error,
            owner=self,
        )

    def _on_saved(self, review) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(review)
        super().accept()

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(error_text(exc))
        if isinstance(exc, ConflictError):
            self.load()
