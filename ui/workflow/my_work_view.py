"""Tugas saya ("my work"): the open letters disposed (disposisi) to the signed-in analyst, most urgent
first, each with its instruction, the step it waits on, the due date and the working days it is late.

Supervisors and administrators, who dispose letters and watch the deadlines, pick whose list they see
from the accounts that may review letters. The order and the due dates come from the core
(:func:`sipdumas.services.deadlines.my_work`); the model here holds pages of rows and asks for a page
when the view first paints a row of it, like the register's model (both are a
:class:`~ui.common.paged_model.PagedTableModel`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.admin import workflow_settings
from sipdumas.services.admin.workflow_settings import WorkflowSettings
from sipdumas.services.deadlines import Assignee, WorkItem, WorkPage, work_assignees, work_page
from ui.common import deadline_text
from ui.common.formatting import count, short_date
from ui.common.paged_model import PagedTableModel, set_up_paged_view
from ui.common.value_labels import status_label
from ui.common.widgets import EmptyNote
from ui.login import error_text
from ui.register.model import STATUS_COLORS
from ui.tasks import TaskRunner

PAGE_SIZE = 100
MAX_CACHED_PAGES = 20
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("agenda_no", "subject", "instructions", "step", "due", "late", "status")
COLUMN_INDEX = {key: i for i, key in enumerate(COLUMNS)}
DEFAULT_WIDTHS = {
    "agenda_no": 120,
    "subject": 380,
    "instructions": 260,
    "step": 110,
    "due": 150,
    "late": 140,
    "status": 110,
}


def has_work_list(actor: Actor) -> bool:
    """Whether the role can have letters disposed to it (analysts) or looks at the lists of those who
    do (supervisors, administrators); archivists and administrative staff have no work list."""
    return actor.can(Permission.REVIEW_LETTER) or actor.can(Permission.DISPOSE_LETTER)


@dataclass(frozen=True, slots=True)
class _First:
    page: WorkPage
    settings: WorkflowSettings


class MyWorkModel(PagedTableModel[WorkItem]):
    """The work list of one assignee; ``loaded(total)`` once the count and first page are in."""

    page_size = PAGE_SIZE
    max_cached_pages = MAX_CACHED_PAGES
    # only the latest wish: the rows on screen now
    max_wanted_pages = 1
    column_keys = COLUMNS

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, *, parent: QObject | None = None):
        super().__init__(tasks, parent=parent)
        self._db, self._actor = db, actor
        self.assignee = actor.username
        self.overdue = 0
        self._settings: WorkflowSettings | None = None

    def set_assignee(self, username: str) -> None:
        self.assignee = username
        self.refresh()

    def _first_page_task(self) -> Callable[[], _First]:
        db, actor, who = self._db, self._actor, self.assignee

        def fetch() -> _First:
            page = work_page(db, actor, assignee=who, limit=PAGE_SIZE)
            return _First(page, workflow_settings.get(db))

        return fetch

    def _take_first_page(self, first: _First) -> tuple[int, list[WorkItem]]:
        self._settings = first.settings
        page = first.page
        self.overdue = page.overdue
        # a letter disposed elsewhere between the keys and the rows would leave a row that never loads
        total = page.total if len(page.items) == PAGE_SIZE else len(page.items)
        return total, page.items

    def _page_task(self, page: int) -> Callable[[], list[WorkItem]]:
        db, actor, who = self._db, self._actor, self.assignee
        return lambda: work_page(db, actor, assignee=who, offset=page * PAGE_SIZE, limit=PAGE_SIZE).items

    def _id_of(self, row: WorkItem) -> int:
        return row.letter.id

    def _clear(self) -> None:
        self.overdue = 0

    def _error_text(self, exc: BaseException) -> str:
        return error_text(exc)

    def item_at(self, row: int) -> WorkItem | None:
        return self._row(row)

    # ------------------------------------------------------------ Qt model

    def headers(self) -> list[str]:
        return [
            self.tr("No. agenda"),
            self.tr("Perihal"),
            self.tr("Instruksi"),
            self.tr("Tahap"),
            self.tr("Tenggat"),
            self.tr("Terlambat"),
            self.tr("Status"),
        ]

    def header_tips(self) -> dict[str, str]:
        return {
            "instructions": self.tr("Instruksi pada lembar disposisi"),
            "step": self.tr("Tenggat yang sedang ditunggu surat: telaah, penerusan atau penyelesaian"),
            "due": self.tr("Tanggal tenggat tahap itu (hari kerja kantor)"),
            "late": self.tr("Hari kerja lewat tenggat"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index.row())
        key = COLUMNS[index.column()]
        if item is None:
            return self._placeholder(index, role)
        d = item.deadlines
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("due", "late", "step"):
                return deadline_text.tooltip(d, self._settings)
            if key == "subject":
                return item.letter.subject
            if key == "instructions":
                by = self.tr("Disposisi dari %1").replace("%1", item.assigned_by)
                return "\n".join([by, *item.instructions])
            return None
        # the due date is marked when late or due today, the late column only when late
        if key == "due" or (key == "late" and deadline_text.is_overdue(d)):
            if role == Qt.ItemDataRole.ForegroundRole:
                return deadline_text.foreground(d)
            if role == Qt.ItemDataRole.BackgroundRole:
                return deadline_text.background(d)
            if role == Qt.ItemDataRole.FontRole and key == "late":
                return deadline_text.font(d)
        if key == "status" and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLORS.get(item.letter.status, "#ffffff")))
        return None

    def _display(self, item: WorkItem, key: str) -> str:
        d = item.deadlines
        match key:
            case "agenda_no":
                return item.letter.agenda_no
            case "subject":
                return item.letter.subject or ""
            case "instructions":
                return "; ".join(item.instructions)
            case "step":
                return deadline_text.step_name(d.step).capitalize() or self.tr("—")
            case "due":
                if d.due is None:
                    return ""
                if deadline_text.is_due_today(d):
                    return self.tr("%1 · hari ini").replace("%1", short_date(d.due))
                return short_date(d.due)
            case "late":
                return deadline_text.late_text(d)
            case "status":
                return status_label(item.letter.status)
        return ""


class MyWorkView(QWidget):
    """The Tugas saya tab. ``open_requested(letter_id, agenda_no)`` on a double-click or Enter;
    ``title_changed(text)`` when the count for the tab title is known."""

    open_requested = Signal(int, str)
    title_changed = Signal(str)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.model = MyWorkModel(db, actor, tasks, parent=self)
        self.assignee = QComboBox(self)
        self.assignee.setMinimumContentsLength(24)
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assignee.setToolTip(self.tr("Lihat daftar tugas analis lain (supervisor dan administrator)"))
        self.assignee.addItem(self._own_label(), actor.username)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self._build_table()
        self.empty_label = EmptyNote(self.table)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.assignee_label = QLabel(self.tr("Analis:"), self)
        bar.addWidget(self.assignee_label)
        bar.addWidget(self.assignee)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        hint = QLabel(
            self.tr("Paling mendesak di atas · Enter/klik ganda membuka surat · F5 memuat ulang"), self
        )
        hint.setStyleSheet("color: #616161;")
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        can_switch = actor.can(Permission.DISPOSE_LETTER)
        self.assignee.setVisible(can_switch)
        self.assignee_label.setVisible(can_switch)
        self._assignees_loaded = not can_switch
        self.assignee.currentIndexChanged.connect(self._on_assignee_chosen)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self.model.modelReset.connect(lambda: self.summary.setText(self.tr("Memuat…")))
        self.table.activated.connect(self._on_activated)  # Enter, and a double-click

    def _own_label(self) -> str:
        return self.tr("Saya (%1)").replace("%1", self.actor.full_name or self.actor.username)

    def _build_table(self) -> None:
        set_up_paged_view(self.table, self.model)
        header = self.table.horizontalHeader()
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMN_INDEX[key], width)

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Count the list and fetch its first page again (F5, after letters changed, on start)."""
        if not self._assignees_loaded:
            self._assignees_loaded = True
            db, actor = self.db, self.actor
            self.tasks.run(
                lambda: work_assignees(db, actor), self._on_assignees, lambda _exc: None, owner=self
            )
        self.model.refresh()

    def _on_assignees(self, people: list[Assignee]) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self._own_label(), self.actor.username)
        for person in people:
            if person.username == self.actor.username:
                continue
            label = (
                person.full_name
                if person.full_name == person.username
                else (f"{person.full_name} ({person.username})")
            )
            self.assignee.addItem(label, person.username)
        self.assignee.setCurrentIndex(max(self.assignee.findData(current), 0))
        self.assignee.blockSignals(False)

    def show_assignee(self, username: str) -> bool:
        """Show ``username``'s list (supervisors); False when that person is not in the chooser."""
        index = self.assignee.findData(username)
        if index < 0:
            return False
        self.assignee.setCurrentIndex(index)
        return True

    def _on_assignee_chosen(self, _index: int) -> None:
        who = self.assignee.currentData()
        if who and who != self.model.assignee:
            self.model.set_assignee(who)

    def title(self) -> str:
        own = self.model.assignee == self.actor.username
        base = self.tr("Tugas saya") if own else self.tr("Tugas %1").replace("%1", self.model.assignee)
        if self.model.loading:
            return base
        return f"{base} ({count(self.model.total)})"

    def _on_loaded(self, total: int) -> None:
        if total:
            text = (
                self.tr("%1 surat, %2 terlambat")
                .replace("%1", count(total))
                .replace("%2", count(self.model.overdue))
            )
            self.empty_label.hide()
        else:
            text = self.tr("Tidak ada surat")
            own = self.model.assignee == self.actor.username
            self.empty_label.show_text(
                self.tr("Tidak ada surat terbuka yang didisposisikan kepada Anda.")
                if own
                else self.tr("Tidak ada surat terbuka yang didisposisikan kepada %1.").replace(
                    "%1", self.model.assignee
                )
            )
        self.summary.setText(text)
        if total and not self.table.currentIndex().isValid():
            # current (Enter opens it) but not selected, so the most urgent row keeps its red
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.title_changed.emit(self.title())

    def _on_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Gagal memuat: %1").replace("%1", message))
        self.title_changed.emit(self.title())

    def current_item(self) -> WorkItem | None:
        index = self.table.currentIndex()
        value = index.data(ITEM_ROLE) if index.isValid() else None
        return value if isinstance(value, WorkItem) else None

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, WorkItem):
            self.open_requested.emit(item.letter.id, item.letter.agenda_no)
