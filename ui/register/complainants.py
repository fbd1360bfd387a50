"""Complainants (pengadu) in the client: "Riwayat pengadu" in the letter form, and the picker the
register's filter bar and the merge use.

Both only call :mod:`sipdumas.services.complainants` on the :class:`~ui.tasks.TaskRunner`; the service
checks the permissions (a role that may not edit letters sees the merge and split buttons disabled, and
would be refused anyway). Letters are named by agenda number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.complainants import (
    ComplainantHistory,
    ComplainantInfo,
    complainant_history,
    find_complainants,
    merge_complainants,
    split_letter,
)
from ui.common.formatting import short_date
from ui.common.value_labels import channel_label, status_label
from ui.login import error_text
from ui.tasks import TaskRunner

#: Milliseconds of quiet typing before the picker searches.
SEARCH_DELAY_MS = 250


def complainant_label(info: ComplainantInfo) -> str:
    """How a complainant is named on screen: the name, else the NIK, phone or e-mail."""
    return info.name or info.nik or info.phone or info.email or "—"


class ComplainantPicker(QDialog):
    """Find a complainant by name, NIK, phone or e-mail; ``chosen(ComplainantInfo)`` on Pilih.
    ``exclude``: a complainant not to offer (the one being merged into)."""

    chosen = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        *,
        title: str | None = None,
        exclude: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db, self._actor, self._tasks, self._exclude = db, actor, tasks, exclude
        self.setWindowTitle(title or self.tr("Pilih pengadu"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Nama, NIK, telepon atau e-mail pengadu"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #616161;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pilih"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self._choose())
        self.results.currentRowChanged.connect(lambda _row: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._update_ok()
        self.find()

    def find(self) -> None:
        db, actor, text = self._db, self._actor, self.search.text()
        self.status.setText(self.tr("Mencari…"))
        self._tasks.run(lambda: find_complainants(db, actor, text=text), self._show, self._failed, owner=self)

    def _show(self, found: list[ComplainantInfo]) -> None:
        self.results.clear()
        for info in found:
            if info.id == self._exclude:
                continue
            details = [x for x in (info.nik, info.phone, info.email) if x and x != complainant_label(info)]
            text = " · ".join(
                [
                    complainant_label(info),
                    *details,
                    self.tr("%1 surat, terakhir %2")
                    .replace("%1", str(info.letters))
                    .replace("%2", short_date(info.last_received)),
                ]
            )
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, info)
        self.status.setText(self.tr("Tidak ada pengadu yang cocok") if not self.results.count() else "")
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def _choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


class ComplainantHistoryBox(QGroupBox):
    """ "Riwayat pengadu": every letter of the complainant who sent this letter, with its date, status
    and forwarding; and the analyst's corrections of the grouping (merge, split).

    ``show_in_register(id, label)``: show the register filtered to this complainant;
    ``letter_requested(id, agenda_no)``: open another letter of the history; ``changed``: the grouping
    was corrected (the register may want to refresh)."""

    show_in_register = Signal(int, str)
    letter_requested = Signal(int, str)
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Riwayat pengadu"), parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self._letter_id: int | None = None
        self.history: ComplainantHistory | None = None
        self.picker: ComplainantPicker | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.letters = QTreeWidget(self)
        self.letters.setRootIsDecorated(False)
        self.letters.setAlternatingRowColors(True)
        self.letters.setHeaderLabels(
            [self.tr("No. agenda"), self.tr("Diterima"), self.tr("Status"), self.tr("Diteruskan")]
        )
        self.letters.itemActivated.connect(self._open)
        self.show_button = QPushButton(self.tr("Tampilkan di register"), self)
        self.show_button.setToolTip(self.tr("Saring register pada surat-surat pengadu ini"))
        self.merge_button = QPushButton(self.tr("Gabungkan…"), self)
        self.merge_button.setToolTip(
            self.tr("Pengadu lain sebenarnya orang yang sama: pindahkan surat-suratnya ke pengadu ini")
        )
        self.split_button = QPushButton(self.tr("Pisahkan surat ini"), self)
        self.split_button.setToolTip(self.tr("Surat ini dari orang lain: jadikan pengadu tersendiri"))
        self.show_button.clicked.connect(self._show_in_register)
        self.merge_button.clicked.connect(self.pick_merge)
        self.split_button.clicked.connect(self.split)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.split_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.letters, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self, letter_id: int) -> None:
        """Fetch the history of the complainant of ``letter_id`` in the background."""
        self._letter_id = letter_id
        self.summary.setText(self.tr("Memuat riwayat…"))
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: complainant_history(db, actor, letter_id=letter_id), self._show, self._failed, owner=self
        )

    def _show(self, history: ComplainantHistory) -> None:
        self.history = history
        self.letters.clear()
        c = history.complainant
        if c is None:
            self.summary.setText(self.tr("Surat ini tanpa identitas pengirim: tidak ada riwayat pengadu."))
        else:
            self.summary.setText(
                self.tr("%1 · %2 surat sejak %3")
                .replace("%1", complainant_label(c))
                .replace("%2", str(c.letters))
                .replace("%3", short_date(c.first_received))
            )
        for letter in history.letters:
            forwarded = "; ".join(f"{f.agency} ({short_date(f.forwarded_on)})" for f in letter.forwarded)
            status = status_label(letter.status)
            if letter.duplicate_of_agenda_no and letter.duplicate_review != "rejected":
                status += " · " + self.tr("ulang %1").replace("%1", letter.duplicate_of_agenda_no)
            item = QTreeWidgetItem(
                [letter.agenda_no, short_date(letter.received_at), status, forwarded or "—"]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, letter.id)
            item.setToolTip(0, " · ".join(x for x in (channel_label(letter.channel), letter.subject) if x))
            if letter.id == self._letter_id:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            self.letters.addTopLevelItem(item)
        for column in range(3):
            self.letters.resizeColumnToContents(column)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.history.complainant if self.history else None
        may_edit = self._actor.can(Permission.EDIT_LETTER)
        self.show_button.setEnabled(c is not None)
        self.merge_button.setEnabled(c is not None and may_edit)
        self.split_button.setEnabled(c is not None and may_edit and c.letters > 1)

    def _open(self, item: QTreeWidgetItem) -> None:
        letter_id = item.data(0, Qt.ItemDataRole.UserRole)
        if letter_id != self._letter_id:
            self.letter_requested.emit(letter_id, item.text(0))

    def _show_in_register(self) -> None:
        c = self.history.complainant if self.history else None
        if c is not None:
            self.show_in_register.emit(c.id, complainant_label(c))

    # ------------------------------------------------------------ corrections

    def pick_merge(self) -> None:
        """Choose the other complainant whose letters move to this one."""
        c = self.history.complainant if self.history else None
        if c is None:
            return
        self.picker = ComplainantPicker(
            self._db,
            self._actor,
            self._tasks,
            exclude=c.id,
            parent=self,
            title=self.tr("Gabungkan ke %1: pilih pengadu yang sama orangnya").replace(
                "%1", complainant_label(c)
            ),
        )
        self.picker.chosen.connect(self.merge)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.open()

    def merge(self, other: ComplainantInfo) -> None:
        c = self.history.complainant if self.history else None
        if c is None or self._letter_id is None:
            return
        db, actor, into_id, letter_id = self._db, self._actor, c.id, self._letter_id
        self._tasks.run(
            lambda: merge_complainants(db, actor, into_id=into_id, from_id=other.id),
            lambda _info: self._corrected(letter_id),
            self._correction_failed,
            owner=self,
        )

    def split(self) -> None:
        """Give this letter a complainant of its own (after a confirmation)."""
        if self._letter_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Pisahkan surat"),
            self.tr(
                "Surat ini akan dijadikan pengadu tersendiri, terpisah dari surat-surat lain pengadu "
                "ini. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.split_now()

    def split_now(self) -> None:
        db, actor, letter_id = self._db, self._actor, self._letter_id
        self._tasks.run(
            lambda: split_letter(db, actor, letter_id=letter_id),
            lambda _info: self._corrected(letter_id),
            self._correction_failed,
            owner=self,
        )

    def _corrected(self, letter_id: int) -> None:
        self.changed.emit()
        self.load(letter_id)

    def _correction_failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
