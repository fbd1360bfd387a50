"""The main window: the register of incoming letters (buku agenda surat masuk) with its filters.

The table is a :class:`~ui.register.model.RegisterModel`, which fetches pages of rows through the
window's :class:`~ui.tasks.TaskRunner`; every other database call (categories, a letter's details) goes
through the same runner, so the window never waits on the database.

``ready`` is emitted once the first screen of rows (and the category list of the filter bar) is shown:
``sipdumas gui --screenshot`` and the tests wait for it instead of sleeping.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.letters import (
    STANDARD_CATEGORIES,
    LetterQuery,
    LetterRow,
    category_choices,
)
from ui.common.formatting import count, short_date
from ui.common.paged_model import set_up_paged_view
from ui.common.value_labels import role_label, statuses
from ui.common.widgets import EmptyNote, OptionalDateEdit
from ui.common.window_fit import keep_on_screen, room_for
from ui.login import error_text
from ui.register.document_pane import DocumentPane, LetterView, load_letter_view
from ui.register.model import COLUMN_INDEX, COLUMNS, RegisterModel, letter_at
from ui.tasks import TaskRunner

#: Milliseconds the search box waits after the last key before it asks the database.
SEARCH_DELAY_MS = 300

#: Starting widths (pixels) of the columns, until the user drags them (then they are remembered). The
#: subject takes what the others leave of the screen (at least its width here); the flags are icons.
DEFAULT_WIDTHS = {
    "agenda_no": 112,
    "received_at": 94,
    "sender": 160,
    "subject": 260,
    "category": 170,
    "status": 94,
    "deadline": 192,
    "carbon_copy": 30,
    "identity_complete": 30,
    "duplicate": 30,
    "archive_code": 122,
    "letter_no": 140,
    "letter_date": 94,
    "channel": 110,
}
#: The window's size on a screen with room for it; on a smaller one it opens maximised.
WINDOW_SIZE = (1360, 820)

SETTINGS_GROUP = "main_window"


def _column_keys() -> str:
    return ",".join(column.key for column in COLUMNS)


#: LetterQuery fields the filter bar keeps without a widget (see FilterBar.extra).
EXTRA_FILTERS = ("province", "forwarded_from", "forwarded_to", "complainant")


def _group(parent: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` side by side in a widget of their own, moved as one when the filter bar rearranges."""
    group = QWidget(parent)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    if len(widgets) == 2:  # a label and its field: the field takes the group's spare width
        layout.setStretch(1, 1)
    return group


class FilterBar(QWidget):
    """Search box, status, category and date range; ``changed`` fires when the filters differ.

    The search box is debounced: typing fires ``changed`` only after :data:`SEARCH_DELAY_MS` of quiet.
    """

    changed = Signal()
    #: The "Pengadu…" button was clicked: the window offers the complainants to choose from.
    complainant_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # narrow enough that the flag toggles still fit an office laptop's screen; it grows with the window
        self.search.setMinimumWidth(280)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Semua status"), None)
        for value, label in statuses():
            self.status.addItem(label, value)
        self.category = QComboBox(self)
        self.category.setMinimumContentsLength(18)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_categories(list(STANDARD_CATEGORIES))
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.date_from.setToolTip(self.tr("Tanggal diterima, paling awal"))
        self.date_to.setToolTip(self.tr("Tanggal diterima, paling akhir"))
        self.reset = QPushButton(self.tr("Hapus filter"), self)
        self.reset.setToolTip(self.tr("Tampilkan seluruh register"))
        #: Toggles that narrow the register to letters carrying a flag, by LetterQuery field.
        self.flags: dict[str, QToolButton] = {}
        for key, text, tip in (
            (
                "duplicate",
                self.tr("Duplikat"),
                self.tr("Hanya surat yang ditandai pengiriman ulang (tanda tidak ditolak)"),
            ),
            (
                "carbon_copy",
                self.tr("Tembusan"),
                self.tr("Hanya surat yang ditujukan ke kantor ini sebagai tembusan"),
            ),
            (
                "identity_incomplete",
                self.tr("Identitas kurang"),
                self.tr("Hanya surat tanpa nama atau tanpa cara menghubungi pengirim"),
            ),
            (
                "related",
                self.tr("Terkait"),
                self.tr("Hanya surat yang memiliki surat terkait dari pengirim lain"),
            ),
            (
                "overdue",
                self.tr("Terlambat"),
                self.tr("Hanya surat yang lewat tenggat telaah, penerusan atau penyelesaian hari ini"),
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.toggled.connect(lambda _on: self.changed.emit())
            self.flags[key] = button
        #: Filters without a widget of their own (a dashboard bar's province, the forwarding period of
        #: "Diteruskan bulan ini"), shown as one removable chip while they hold.
        self.extra: dict[str, object] = {}
        self.extra_chip = QToolButton(self)
        self.extra_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.extra_chip.setStyleSheet(
            "QToolButton { background: #e3f2fd; border: 1px solid #90caf9; padding: 2px 6px; }"
        )
        self.extra_chip.setToolTip(self.tr("Klik untuk melepas filter ini"))
        self.extra_chip.setVisible(False)
        self.extra_chip.clicked.connect(self._drop_extra)
        self.complainant = QToolButton(self)
        self.complainant.setText(self.tr("Pengadu…"))
        self.complainant.setToolTip(self.tr("Hanya surat dari satu pengadu (cari nama, NIK atau telepon)"))
        self.complainant.clicked.connect(self.complainant_requested)
        self._complainant_label = ""

        # Groups of widgets that stay together, in two rows on a laptop's full screen and in four once
        # the window is narrower (half a 1,366-pixel screen is 683 pixels): see _arrange.
        self._groups = {
            "search": _group(self, self.search),
            "status": _group(self, QLabel(self.tr("Status:"), self), self.status),
            "category": _group(self, QLabel(self.tr("Kategori:"), self), self.category),
            "dates": _group(
                self,
                QLabel(self.tr("Diterima:"), self),
                self.date_from,
                QLabel(self.tr("s.d."), self),
                self.date_to,
            ),
            "flags": _group(self, QLabel(self.tr("Tanda:"), self), *self.flags.values()),
            "complainant": _group(self, self.complainant),
            "extra": _group(self, self.extra_chip),
            "reset": _group(self, self.reset),
        }
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(6, 4, 6, 4)
        self._rows.setSpacing(4)
        self.narrow: bool | None = None
        self._arrange(narrow=False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear_search)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.changed.connect(self.changed)
        self.date_to.changed.connect(self.changed)
        self.reset.clicked.connect(self.clear)

    #: The rows of the filter bar, wide and narrow: group names, with their stretch factors.
    _WIDE = (
        (("search", 3), ("status", 0), ("category", 1), ("dates", 0)),
        (("flags", 0), ("complainant", 0), ("extra", 0), (None, 1), ("reset", 0)),
    )
    _NARROW = (
        (("search", 1), ("reset", 0)),
        (("status", 0), ("category", 1)),
        (("dates", 0), ("extra", 0), (None, 1)),
        (("flags", 0), ("complainant", 0), (None, 1)),
    )

    def _row_width(self, row) -> int:
        spacing = 6
        widths = [self._groups[name].minimumSizeHint().width() for name, _ in row if name]
        return sum(widths) + spacing * max(0, len(widths) - 1) + 12

    def _needed(self, rows) -> int:
        return max(self._row_width(row) for row in rows)

    def _arrange(self, *, narrow: bool) -> None:
        """Lay the groups out in the wide or the narrow rows (nothing happens when they already are)."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        while self._rows.count():
            row = self._rows.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
            if row is not None:
                row.deleteLater()
        for spec in self._NARROW if narrow else self._WIDE:
            row = QHBoxLayout()
            row.setSpacing(6)
            for name, stretch in spec:
                if name is None:
                    row.addStretch(stretch)
                else:
                    row.addWidget(self._groups[name], stretch)
            self._rows.addLayout(row)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """As narrow as the narrow rows allow, whichever rows are shown: the bar rearranges itself
        before it gets narrower than its wide rows (see :meth:`resizeEvent`)."""
        hint = super().minimumSizeHint()
        return QSize(self._needed(self._NARROW), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._arrange(narrow=event.size().width() < self._needed(self._WIDE))

    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def clear_search(self) -> None:
        """Esc in the search box: empty it and show the register without the search at once."""
        if self.search.text():
            self.search.clear()
            self._search_now()

    def set_categories(self, names: list[str]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Semua kategori"), None)
        for name in names:
            self.category.addItem(name, name)
        index = self.category.findData(current) if current else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def apply_to(self, query: LetterQuery) -> LetterQuery:
        """``query`` (keeping its order) with this bar's filters."""
        return dataclasses.replace(
            query,
            text=self.search.text().strip(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            received_from=self.date_from.value(),
            received_to=self.date_to.value(),
            **{key: button.isChecked() for key, button in self.flags.items()},
            **{key: self.extra.get(key) for key in EXTRA_FILTERS},
        )

    def active(self) -> bool:
        return self.apply_to(LetterQuery()) != LetterQuery()

    def show_query(self, query: LetterQuery) -> None:
        """Set the widgets to ``query``'s filters (e.g. a dashboard counter showing the letters behind
        it) and emit ``changed`` once."""

        def change() -> None:
            self.search.setText(query.text)
            self.status.setCurrentIndex(max(self.status.findData(query.status), 0))
            if query.category and self.category.findData(query.category) < 0:
                self.category.addItem(query.category, query.category)
            self.category.setCurrentIndex(max(self.category.findData(query.category), 0))
            self.date_from.set_value(query.received_from)
            self.date_to.set_value(query.received_to)
            for key, button in self.flags.items():
                button.setChecked(bool(getattr(query, key)))
            self._show_extra({key: getattr(query, key) for key in EXTRA_FILTERS if getattr(query, key)})

        widgets = [
            self.search,
            self.status,
            self.category,
            self.date_from,
            self.date_to,
            *self.flags.values(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self._timer.stop()
        try:
            change()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.show_query(LetterQuery())

    def set_complainant(self, complainant_id: int, label: str) -> None:
        """Narrow the register to one complainant's letters (shown as the removable chip)."""
        self._complainant_label = label
        self._show_extra({**self.extra, "complainant": complainant_id})
        self.changed.emit()

    def _show_extra(self, extra: dict[str, object]) -> None:
        self.extra = extra
        parts = []
        if extra.get("province"):
            parts.append(self.tr("Provinsi: %1").replace("%1", str(extra["province"])))
        if extra.get("forwarded_from") or extra.get("forwarded_to"):
            span = " – ".join(
                short_date(extra.get(k)) for k in ("forwarded_from", "forwarded_to") if extra.get(k)
            )
            parts.append(self.tr("Diteruskan: %1").replace("%1", span))
        if extra.get("complainant"):
            label = self._complainant_label or self.tr("terpilih")
            parts.append(self.tr("Pengadu: %1").replace("%1", label))
        self.extra_chip.setText("  ".join(parts) + "  ✕")
        self.extra_chip.setVisible(bool(parts))

    def _drop_extra(self) -> None:
        self._show_extra({})
        self.changed.emit()


class ViewTabs(QTabWidget):
    """The window's views, one tab each. A view sits in a scroll area of its own, so one that needs more
    width than the window has (the loan desk's two columns on half a laptop screen) scrolls instead of
    keeping the whole window from getting narrower. The methods that take or give a tab's page deal in
    the views themselves, never in their scroll areas."""

    def _wrapped(self, view: QWidget) -> QWidget:
        if isinstance(view, QScrollArea):
            return view
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(view)
        area.setProperty("wraps_view", True)
        return area

    @staticmethod
    def _view(page: QWidget | None) -> QWidget | None:
        if isinstance(page, QScrollArea) and page.property("wraps_view"):
            return page.widget()
        return page

    def addTab(self, view: QWidget, title: str) -> int:  # noqa: N802 - Qt naming
        return super().addTab(self._wrapped(view), title)

    def insertTab(self, index: int, view: QWidget, title: str) -> int:  # noqa: N802 - Qt naming
        return super().insertTab(index, self._wrapped(view), title)

    def widget(self, index: int) -> QWidget | None:
        return self._view(super().widget(index))

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt naming
        return self._view(super().currentWidget())

    def indexOf(self, view: QWidget) -> int:  # noqa: N802 - Qt naming
        for i in range(self.count()):
            if self.widget(i) is view or super().widget(i) is view:
                return i
        return -1

    def setCurrentWidget(self, view: QWidget) -> None:  # noqa: N802 - Qt naming
        index = self.indexOf(view)
        if index >= 0:
            self.setCurrentIndex(index)


class MainWindow(QMainWindow):
    """The register, its filters and the actions on a letter."""

    ready = Signal()
    #: Letters changed through this window (saved, moved, registered) or F5: views that show letters
    #: (e.g. Tugas saya) fetch theirs again.
    letters_changed = Signal()
    #: The user saved another database in the connection dialog and wants to switch to it now.
    reconnect_requested = Signal(object)
    #: Berkas → Ganti pengguna…: close this window and let someone else sign in, without quitting.
    sign_out_requested = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        tasks: TaskRunner | None = None,
        settings: QSettings | None = None,
        start_view: str | None = None,
        guide_setup: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = tasks or TaskRunner(parent=self)
        self._settings = settings
        #: What other modules installed into this window (scan intake, …), by name.
        self.integrations: dict[str, object] = {}
        #: Whether the window guides a fresh installation's set-up (the client asks for it; a window
        #: that only renders itself, ``--screenshot``, or a test's window does not).
        self.guides_setup = guide_setup
        self._ready_sent = False
        self._categories_loaded = False
        self._select_after_load: int | None = None
        self._pane_sizes_unset = True
        self._placed = False
        #: Kept within the screen once shown; ``gui --screenshot --size`` renders a larger window.
        self.stays_on_screen = True
        self.setWindowTitle(self.tr("SIPDUMAS — Register Surat Masuk"))

        self.model = RegisterModel(db, actor, self.tasks, parent=self)
        self.filters = FilterBar(self)
        self.filters.complainant_requested.connect(self.pick_complainant)
        self.complainant_picker = None  # the open "Pengadu…" picker, if any
        self.table = QTableView(self)
        self._build_table()
        self._build_actions()
        self._build_status_bar()

        #: The selected letter's scan, text and fields beside the register (Tampilan → Panel dokumen).
        self.document_pane = DocumentPane(db, actor, self.tasks, self)
        self.document_pane.open_requested.connect(self.open_letter)
        self.register_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.register_split.setChildrenCollapsible(False)
        self.register_split.addWidget(self.table)
        self.register_split.addWidget(self.document_pane)
        self.register_split.setStretchFactor(0, 3)
        self.register_split.setStretchFactor(1, 2)
        self.document_pane.hide()

        self.register_page = QWidget(self)
        layout = QVBoxLayout(self.register_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.register_split, 1)
        #: The views of the client, one tab each; the register is always there (see :meth:`add_view`).
        self.views = ViewTabs(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.register_page, self.tr("&Register"))
        self.views.tabBar().hide()  # shown once a second view is added
        self.setCentralWidget(self.views)
        self._size_for_screen()

        self.model.loaded.connect(self._on_loaded)
        self.model.counting.connect(self._on_counting)
        self.model.failed.connect(self._on_model_failed)
        self.model.modelReset.connect(self._on_loading)
        self.tasks.failed.connect(self._on_task_failed)
        self.filters.changed.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())

        self._restore_settings()
        self._install_views()
        self.show_view(start_view or self.default_view())
        self._start()

    # ------------------------------------------------------------ building

    @property
    def window_settings(self) -> QSettings | None:
        """Where this window and its dialogs remember their sizes (None: nothing is remembered)."""
        return self._settings

    def _size_for_screen(self) -> None:
        """The size the window first opens with: maximised on a screen smaller than it likes (a
        1,366 × 768 laptop), else :data:`WINDOW_SIZE` centred; a remembered geometry replaces this in
        :meth:`_restore_settings`."""
        room = room_for(self)
        wanted = QSize(*WINDOW_SIZE)
        self.resize(wanted.boundedTo(room))
        if room.width() < wanted.width() or room.height() < wanted.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _build_table(self) -> None:
        t = self.table
        set_up_paged_view(t, self.model)
        t.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        self._default_columns()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        t.activated.connect(self._on_activated)
        self.empty_label = EmptyNote(t)
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _default_columns(self, width: int | None = None) -> None:
        """The register's columns as they first are: every column but those offered only by the column
        menu, in model order, the subject taking what the others leave of ``width`` (the table's; by
        default the width of the screen's available area), so the register fits a 1,366-pixel screen."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(i), i)
            header.setSectionHidden(i, not column.shown)
            header.resizeSection(i, DEFAULT_WIDTHS[column.key])
        if width is None:
            width = room_for(self).width()
        scrollbar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        others = sum(DEFAULT_WIDTHS[c.key] for c in COLUMNS if c.shown and c.key != "subject")
        header.resizeSection(
            COLUMN_INDEX["subject"], max(DEFAULT_WIDTHS["subject"], width - scrollbar - others)
        )

    def _column_menu(self, pos) -> None:
        """The header's menu: every column with a tick when shown (the last one cannot go), and the
        default columns back."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        names, tips = self.model.headers(), self.model.header_tips()
        shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
        for i in sorted(range(len(COLUMNS)), key=header.visualIndex):
            action = menu.addAction(names[i])
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(shown != [i])
            action.setToolTip(tips.get(COLUMNS[i].key, ""))
            action.toggled.connect(lambda on, section=i: self.show_column(section, on))
        menu.addSeparator()
        menu.addAction(self.tr("Kembalikan kolom bawaan"), lambda: self._default_columns(self.table.width()))
        self.column_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def show_column(self, section: int, shown: bool = True) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(section, not shown)
        if shown and header.sectionSize(section) < 20:
            header.resizeSection(section, DEFAULT_WIDTHS[COLUMNS[section].key])

    def _show_empty_hint(self, total: int) -> None:
        if total:
            self.empty_label.hide()
            return
        if self.filters.active():
            text = self.tr(
                "Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register."
            )
        else:
            text = self.tr("Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.")
        self.empty_label.show_text(text)

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("Surat &baru…"),
            self.new_letter,
            QKeySequence("Ctrl+N"),
            self.tr("Catat surat masuk baru (Ctrl+N)"),
        )
        self.act_edit = self._action(
            self.tr("&Ubah surat…"),
            self.edit_current,
            QKeySequence("Ctrl+E"),
            self.tr("Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)"),
        )
        self.act_status = self._action(
            self.tr("Ubah &status…"),
            self.change_status_current,
            QKeySequence("Ctrl+T"),
            self.tr("Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)"),
        )
        self.act_compare = self._action(
            self.tr("Bandingkan &duplikat…"),
            self.compare_current,
            QKeySequence("Ctrl+D"),
            self.tr("Bandingkan surat terpilih dengan surat asal yang diulangnya, lalu putuskan (Ctrl+D)"),
        )
        self.act_users = self._action(
            self.tr("&Pengguna…"),
            self.open_users_dialog,
            None,
            self.tr("Kelola akun pengguna: tambah, nonaktifkan, atur ulang kata sandi"),
        )
        self.act_refresh = self._action(
            self.tr("&Muat ulang"),
            self.refresh,
            QKeySequence(QKeySequence.StandardKey.Refresh),
            self.tr("Ambil ulang register dari basis data (F5)"),
        )
        self.act_refresh.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.act_document_pane = self._action(
            self.tr("Panel &dokumen"),
            lambda: self.show_document_pane(self.act_document_pane.isChecked()),
            QKeySequence("Ctrl+Shift+D"),
            self.tr(
                "Tampilkan pindaian, teks OCR dan isian surat terpilih di samping register (Ctrl+Shift+D)"
            ),
        )
        self.act_document_pane.setCheckable(True)
        self.act_search = self._action(self.tr("&Cari"), self.focus_search, QKeySequence("Ctrl+F"))
        self.act_clear_filters = self._action(self.tr("&Hapus filter"), self.filters.clear)
        self.act_connection = self._action(
            self.tr("&Basis data…"),
            self.open_connection_dialog,
            None,
            self.tr("Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini"),
        )
        self.act_sign_out = self._action(
            self.tr("&Ganti pengguna…"),
            self.sign_out_requested.emit,
            QKeySequence("Ctrl+Shift+Q"),
            self.tr("Keluar dari akun ini dan masuk sebagai pengguna lain tanpa menutup SIPDUMAS"),
        )
        self.act_sign_out.setVisible(self.actor.user_id is not None)  # the local administrator has no account
        self.act_quit = self._action(self.tr("&Keluar"), self.close, QKeySequence("Ctrl+Q"))
        self.act_about = self._action(self.tr("&Tentang SIPDUMAS"), self.about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Berkas"))
        file_menu.addAction(self.act_new)
        file_menu.addSeparator()
        file_menu.addAction(self.act_connection)
        if self.actor.can(Permission.MANAGE_USERS):
            file_menu.addAction(self.act_users)
        file_menu.addSeparator()
        file_menu.addAction(self.act_sign_out)
        file_menu.addAction(self.act_quit)
        self.file_menu = file_menu
        letter_menu = menu.addMenu(self.tr("&Surat"))
        letter_menu.addAction(self.act_edit)
        letter_menu.addAction(self.act_status)
        letter_menu.addAction(self.act_compare)
        self.letter_menu = letter_menu
        view_menu = menu.addMenu(self.tr("&Tampilan"))
        self.view_menu = view_menu
        view_menu.addAction(self.act_search)
        view_menu.addAction(self.act_clear_filters)
        view_menu.addAction(self.act_refresh)
        view_menu.addSeparator()
        view_menu.addAction(self.act_document_pane)
        help_menu = menu.addMenu(self.tr("Ba&ntuan"))
        self.help_menu = help_menu
        from ui.help import install_help

        install_help(self)
        help_menu.addAction(self.act_about)

        toolbar = QToolBar(self.tr("Tindakan"), self)
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.act_new,
            self.act_edit,
            self.act_status,
            self.act_refresh,
            self.act_document_pane,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_connection)
        self.addToolBar(toolbar)

        self.table.addAction(self.act_edit)
        self.table.addAction(self.act_status)
        self.table.addAction(self.act_compare)

        self.act_new.setEnabled(self.actor.can(Permission.REGISTER_LETTER))
        self.act_users.setEnabled(self.actor.can(Permission.MANAGE_USERS))
        self.act_users.setVisible(self.actor.can(Permission.MANAGE_USERS))
        self._update_actions()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel(self)
        self.user_label = QLabel(
            self.tr("%1 (%2)")
            .replace("%1", self.actor.full_name or self.actor.username)
            .replace("%2", role_label(self.actor.role)),
            self,
        )
        self.user_label.setToolTip(self.tr("Pengguna yang masuk; setiap perubahan dicatat atas nama ini"))
        self.db_label = QLabel(self._db_name(), self)
        self.db_label.setToolTip(self.db.safe_url)
        self.db_label.setStyleSheet("color: #616161;")
        for label in (self.count_label, self.user_label, self.db_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _db_name(self) -> str:
        if self.db.is_sqlite:
            return self.tr("SQLite lokal")
        return self.tr("PostgreSQL %1").replace("%1", self.db.engine.url.host or "")

    # ------------------------------------------------------------ settings

    def _store(self) -> QSettings | None:
        return self._settings

    def _restore_settings(self) -> None:
        header = self.table.horizontalHeader()
        settings = self._store()
        restored = False
        if settings is not None:
            settings.beginGroup(SETTINGS_GROUP)
            geometry = settings.value("geometry")
            state = settings.value("state")
            columns = settings.value("columns")
            split = settings.value("document_split")
            pane = settings.value("document_pane")
            settings.endGroup()
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
            if isinstance(state, QByteArray):
                self.restoreState(state)
            if isinstance(split, QByteArray):
                self._pane_sizes_unset = not self.register_split.restoreState(split)
            if str(pane).lower() == "true":
                self.show_document_pane(True)
            # A layout saved before the register gained or lost a column would misplace every column.
            if (
                isinstance(columns, QByteArray)
                and settings.value(f"{SETTINGS_GROUP}/column_keys") == _column_keys()
            ):
                restored = header.restoreState(columns)
        section = header.sortIndicatorSection()
        if not restored or not (0 <= section < len(COLUMNS)) or COLUMNS[section].sort_key is None:
            section, order = self.model.sort_column()
            header.setSortIndicator(section, order)

    def save_settings(self) -> None:
        settings = self._store()
        if settings is None:
            return
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("columns", self.table.horizontalHeader().saveState())
        settings.setValue("column_keys", _column_keys())
        settings.setValue("document_pane", self.act_document_pane.isChecked())
        settings.setValue("document_split", self.register_split.saveState())
        settings.endGroup()
        settings.sync()

    def _start(self) -> None:
        header = self.table.horizontalHeader()
        # Turning sorting on makes the view sort by the header's indicator (restored above): that
        # becomes the first query, so the register is fetched once, in the remembered order.
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        key = COLUMNS[section].sort_key or "received_at"
        self.model.set_query(
            dataclasses.replace(self.model.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )
        self.table.setSortingEnabled(True)
        self.load_categories()

    # ------------------------------------------------------------ loading

    def apply_filters(self) -> None:
        query = self.filters.apply_to(self.model.query)
        if query != self.model.query:
            self.model.set_query(query)

    def refresh(self) -> None:
        self.model.refresh()
        self.load_categories()
        self._refresh_dashboard_if_shown()
        self.letters_changed.emit()

    def load_categories(self) -> None:
        db, actor = self.db, self.actor
        self.tasks.run(
            lambda: category_choices(db, actor), self._on_categories, self._on_categories_failed, owner=self
        )

    def _on_categories(self, names: list[str]) -> None:
        self.filters.set_categories(names)
        self._categories_loaded = True
        self._maybe_ready()

    def _on_categories_failed(self, exc: BaseException) -> None:
        self._categories_loaded = True
        self.statusBar().showMessage(error_text(exc), 10000)
        self._maybe_ready()

    def _on_loading(self) -> None:
        if self.model.loading:
            self.count_label.setText(self.tr("Memuat…"))

    def _on_counting(self, shown: int) -> None:
        """The first page is on screen, its count follows (a broad search in a large register)."""
        if self.filters.active():
            text = self.tr("Sedikitnya %1 surat cocok dengan filter; menghitung…")
        else:
            text = self.tr("Sedikitnya %1 surat; menghitung…")
        self.count_label.setText(text.replace("%1", count(shown)))

    def _on_loaded(self, total: int) -> None:
        if total == 0 and self.filters.active():
            text = self.tr("Tidak ada surat yang cocok dengan filter")
        elif self.filters.active():
            text = self.tr("%1 surat cocok dengan filter").replace("%1", count(total))
        else:
            text = self.tr("%1 surat").replace("%1", count(total))
        self.count_label.setText(text)
        self._show_empty_hint(total)
        if self._select_after_load is not None:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        elif total and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_actions()
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._ready_sent or self.model.loading or not self._categories_loaded:
            return
        self._ready_sent = True
        self.ready.emit()

    def _on_model_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Gagal memuat"))
        self._ready_sent = True  # a screenshot of the error is better than waiting forever
        self.ready.emit()
        QMessageBox.warning(self, self.tr("Register tidak dapat dimuat"), message)

    def _on_task_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Terjadi kesalahan"), error_text(exc))

    # ------------------------------------------------------------ actions

    def current_letter(self) -> LetterRow | None:
        return letter_at(self.table.currentIndex())

    def _on_current_changed(self) -> None:
        self._update_actions()
        if self.document_pane.isVisible():
            letter = self.current_letter()
            self.document_pane.show_letter(letter.id if letter else None)

    def show_document_pane(self, shown: bool = True) -> None:
        """Show (or hide) the document pane beside the register, on the selected letter."""
        self.act_document_pane.setChecked(shown)
        if shown == self.document_pane.isVisible():
            return
        self.document_pane.setVisible(shown)
        if shown:
            if self.register_split.sizes()[1] == 0 or self._pane_sizes_unset:
                total = sum(self.register_split.sizes())
                self.register_split.setSizes([total * 11 // 20, total * 9 // 20])
                self._pane_sizes_unset = False
            letter = self.current_letter()
            self.document_pane.show_letter(letter.id if letter else None)

    def _update_actions(self) -> None:
        has_letter = self.current_letter() is not None
        self.act_edit.setEnabled(has_letter)
        self.act_status.setEnabled(has_letter and self.actor.can(Permission.REVIEW_LETTER))
        letter = self.current_letter()
        self.act_compare.setEnabled(letter is not None and letter.duplicate_of is not None)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _on_activated(self, index: QModelIndex) -> None:
        if letter_at(index) is not None:
            self.edit_current()

    def new_letter(self) -> None:
        from ui.register.letter_form import LetterForm

        form = LetterForm(self.db, self.actor, self.tasks, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._on_registered)
        form.open()

    def _on_registered(self, row: LetterRow) -> None:
        self.statusBar().showMessage(self.tr("Surat %1 tercatat").replace("%1", row.agenda_no), 8000)
        self._select_after_load = row.id
        self.refresh()

    def edit_current(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        self.open_letter(letter.id, letter.agenda_no)

    def open_letter(self, letter_id: int, agenda_no: str = "") -> None:
        """Open a letter in the letter form (to read or edit it, beside its scan), from the register,
        another view or a letter linked to the one on screen."""
        db, actor = self.db, self.actor
        self.statusBar().showMessage(
            self.tr("Membuka surat %1…").replace("%1", agenda_no) if agenda_no else self.tr("Membuka surat…")
        )
        self.tasks.run(
            lambda: load_letter_view(db, actor, letter_id),
            self._open_form,
            self._on_open_failed,
            owner=self,
        )

    def _open_form(self, view: LetterView) -> None:
        from ui.register.letter_form import LetterForm

        self.statusBar().clearMessage()
        self.model.update_row(view.detail.row)
        form = LetterForm(
            self.db, self.actor, self.tasks, detail=view.detail, scan=view.scan, links=view.links, parent=self
        )
        form.saved.connect(self._on_edited)
        form.reloaded.connect(self.model.update_row)
        form.show_complainant.connect(self.filter_by_complainant)
        form.open_requested.connect(self.open_letter)
        form.complainants_changed.connect(self.model.refresh)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    def _on_open_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Surat tidak dapat dibuka"), error_text(exc))

    def _on_edited(self, row: LetterRow) -> None:
        self.model.update_row(row)
        self.letters_changed.emit()
        self.statusBar().showMessage(
            self.tr("Perubahan surat %1 disimpan").replace("%1", row.agenda_no), 8000
        )

    def change_status_current(self) -> None:
        from ui.workflow.status_dialog import StatusDialog

        letter = self.current_letter()
        if letter is None:
            return
        dialog = StatusDialog(self.db, self.actor, self.tasks, letter, parent=self)
        dialog.saved.connect(self._on_status_changed)
        dialog.reloaded.connect(self.model.update_row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_status_changed(self, row: LetterRow) -> None:
        from ui.common.value_labels import status_label

        self.model.update_row(row)
        self._update_actions()
        self.letters_changed.emit()
        self.statusBar().showMessage(
            self.tr("Status surat %1: %2")
            .replace("%1", row.agenda_no)
            .replace("%2", status_label(row.status)),
            8000,
        )

    def compare_current(self) -> None:
        """Open the side-by-side comparison of the selected letter and its suspected original."""
        letter = self.current_letter()
        if letter is None or letter.duplicate_of is None:
            return
        self.open_comparison(letter.id)

    def open_comparison(self, letter_id: int, parent: QWidget | None = None):
        from ui.register.duplicate_compare import DuplicateCompareDialog

        dialog = DuplicateCompareDialog(self.db, self.actor, self.tasks, letter_id, parent=parent or self)
        dialog.saved.connect(self._on_flag_reviewed)
        dialog.reloaded.connect(self.model.update_row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_flag_reviewed(self, row: LetterRow) -> None:
        from ui.common.value_labels import status_label

        self.model.update_row(row)
        self._update_actions()
        self.letters_changed.emit()
        decision = {
            "confirmed": self.tr("dikonfirmasi duplikat"),
            "rejected": self.tr("bukan duplikat"),
        }.get(row.duplicate_review or "", "")
        self.statusBar().showMessage(
            self.tr("Surat %1: %2 (%3)")
            .replace("%1", row.agenda_no)
            .replace("%2", decision)
            .replace("%3", status_label(row.status)),
            8000,
        )

    def open_users_dialog(self) -> None:
        if not self.actor.can(Permission.MANAGE_USERS):
            return
        from ui.settings.users_dialog import UsersDialog

        dialog = UsersDialog(self.db, self.actor, self.tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ views

    def _install_views(self) -> None:
        """Views and features built as modules of their own, each given this window's public surface.

        Scan intake (``ui/intake_integration.py``): Berkas → Impor pindaian… (Ctrl+I), drag-and-drop
        of scans onto the window and the watched scan folder. Forwarding and the workflow
        (``ui/forwarding_integration.py``): Surat → Teruskan… (Ctrl+Shift+F), Cetak surat terpilih…,
        Disposisi…, Telaah…, also in the register's context menu; the register allows selecting several
        letters for batch printing. Legacy registers (``ui/register_import_integration.py``): Berkas →
        Impor register lama… (Ctrl+Shift+I), also a register file dropped onto the window. Registers
        (``ui/exports_integration.py``): Berkas → Ekspor buku agenda… (Ctrl+Shift+E) and Laporan
        berkala… (Ctrl+Shift+L). The physical archive (``ui/archive_integration.py``): the Meja
        Pinjam and Terlambat tabs for those who lend files, and the Arsip menu (Riwayat berkas…,
        Persetujuan berkas rahasia…, Kirim pengingat…, Ekspor buku peminjaman…). Settings
        (``ui/settings_integration.py``): the Pengaturan menu (agencies and routing rules,
        forwarding-letter settings, deadlines and working days), shown to the roles that may use its
        entries. Deadlines (``ui/deadlines_integration.py``): the Tugas saya tab
        of the letters disposed to the user (``ui/my_work_view.py``) and the overdue count in the
        status bar. The one door (``ui/exchange/integration.py``): the Kotak keluar tab, Berkas →
        Impor e-mail atau chat WhatsApp…, Pengaturan → Saluran dan pertukaran… and the mailbox polled
        in the background.
        """
        from ui.archive.integration import install_archive
        from ui.dashboard.view import DashboardView
        from ui.exchange.integration import install_exchange
        from ui.intake.integration import install_intake
        from ui.register.exports_integration import install_exports
        from ui.register.import_integration import install_register_import
        from ui.settings.integration import install_settings
        from ui.workflow.deadlines_integration import install_deadlines
        from ui.workflow.forwarding_integration import install_forwarding

        self.integrations["intake"] = install_intake(self, settings=self._integration_settings())
        self.integrations["register_import"] = install_register_import(self)  # after intake: sees drops first
        self.integrations["forwarding"] = install_forwarding(self)
        self.integrations["exports"] = install_exports(self)
        self.integrations["archive"] = install_archive(self, settings=self._integration_settings())
        self.integrations["settings"] = install_settings(self)
        self.integrations["deadlines"] = install_deadlines(self)
        self.integrations["exchange"] = install_exchange(self, settings=self._integration_settings())
        self.dashboard = DashboardView(self)
        self.dashboard.filter_requested.connect(self.show_register)
        self.dashboard.view_requested.connect(self.show_view)
        self.add_view(self.dashboard, self.tr("&Dasbor"), first=True, key="dashboard")
        # Counted only when looked at: the register's first page must not wait behind the dashboard.
        self.views.currentChanged.connect(lambda _i: self._refresh_dashboard_if_shown())

    def _integration_settings(self) -> QSettings:
        """Where installed features remember their choices: the window's settings, or (``--screenshot``,
        tests) a scratch file, so a watched folder configured on this workstation is never started by a
        window that only renders itself."""
        if self._settings is not None:
            return self._settings
        scratch = Path(tempfile.gettempdir()) / f"sipdumas-window-{os.getpid()}.ini"
        return QSettings(str(scratch), QSettings.Format.IniFormat)

    def _refresh_dashboard_if_shown(self) -> None:
        dashboard = self.view("dashboard")
        if dashboard is None or self.views.currentWidget() is not dashboard:
            return
        from sipdumas.services.dashboard import dashboard as load_dashboard

        db, actor = self.db, self.actor
        dashboard.refresh(self.tasks, lambda: load_dashboard(db, actor))

    def default_view(self) -> str:
        """The first screen: the dashboard when it is installed, else the register."""
        return "dashboard" if self.view("dashboard") is not None else "register"

    def add_view(self, widget: QWidget, title: str, *, first: bool = False, key: str | None = None) -> int:
        """Add a view (dashboard, loan desk, …) as a tab beside the register; ``first`` puts it before
        the register. The tab bar appears once there is more than the register. Returns the tab index."""
        index = self.views.insertTab(0, widget, title) if first else self.views.addTab(widget, title)
        if key:
            widget.setProperty("view_key", key)
        self.views.tabBar().setVisible(self.views.count() > 1)
        return index

    def add_menu(self, menu: QMenu) -> None:
        """Add a feature's menu (Arsip, Pengaturan, …) to the menu bar just before Bantuan, which stays
        last as in every desktop application; features installed later come after earlier ones."""
        bar = self.menuBar()
        existing = bar.actions()
        if existing:
            bar.insertMenu(existing[-1], menu)
        else:
            bar.addMenu(menu)

    def view(self, key: str) -> QWidget | None:
        """The view added with ``key`` (``"register"`` for the register itself), if any."""
        if key == "register":
            return self.register_page
        for i in range(self.views.count()):
            widget = self.views.widget(i)
            if widget.property("view_key") == key:
                return widget
        return None

    def show_view(self, key: str) -> bool:
        widget = self.view(key)
        if widget is None:
            return False
        self.views.setCurrentWidget(widget)
        return True

    def pick_complainant(self) -> None:
        """Choose a complainant to narrow the register to (the filter bar's "Pengadu…")."""
        from ui.register.complainants import ComplainantPicker, complainant_label

        picker = ComplainantPicker(self.db, self.actor, self.tasks, parent=self)
        picker.chosen.connect(lambda info: self.filter_by_complainant(info.id, complainant_label(info)))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        self.complainant_picker = picker

    def filter_by_complainant(self, complainant_id: int, label: str) -> None:
        """Show the register narrowed to one complainant's letters."""
        self.views.setCurrentWidget(self.register_page)
        self.filters.set_complainant(complainant_id, label)

    def show_register(self, query: LetterQuery | None = None) -> None:
        """Bring the register to the front, filtered to ``query`` when given (the dashboard's counters
        and charts call this with the letters behind them)."""
        self.views.setCurrentWidget(self.register_page)
        if query is not None:
            self.filters.show_query(query)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_connection_dialog(self) -> None:
        from ui.settings.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.db.location, self.tasks, parent=self)
        dialog.switch_requested.connect(self._switch_database)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _switch_database(self, location: Location) -> None:
        self.reconnect_requested.emit(location)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang SIPDUMAS"),
            self.tr(
                "<b>SIPDUMAS</b> — Sistem Informasi Pengaduan Masyarakat<br>"
                "Register surat pengaduan masyarakat: pencatatan, penelaahan, penerusan dan arsip.<br><br>"
                "Basis data: %1"
            ).replace("%1", self.db.safe_url),
        )

    # ------------------------------------------------------------ closing

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._placed and self.stays_on_screen:
            # a size remembered on a larger monitor must not hang off a laptop's screen
            self._placed = True
            QTimer.singleShot(0, self, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self.save_settings()
        super().closeEvent(event)
