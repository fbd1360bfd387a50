"""The register (buku agenda surat masuk) as a Qt table model that pages.

Like Anki's browser model, it never loads the whole register: the first page is fetched and shown
first, ``count_letters`` then gives the row count (a query matching fewer letters than a page is not
counted at all), and rows are fetched in pages of :data:`PAGE_SIZE` with ``list_letters`` only when the view asks for a
row it has not seen, through the :class:`~ui.tasks.TaskRunner` (the paging itself is
:class:`~ui.common.paged_model.PagedTableModel`'s). A register of a million letters therefore opens as fast as
an empty one. Until its page arrives a row shows a placeholder.

The Tenggat column shows the due date of the step each letter waits on (see
:mod:`sipdumas.services.deadlines`): a page's deadlines come with the page, from one
``letter_deadlines`` call for its 200 letters, never a query per row.

Every query change bumps a generation number; answers for an older generation are dropped, so a slow
search that finishes late never overwrites the newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.admin import workflow_settings
from sipdumas.services.admin.workflow_settings import WorkflowSettings
from sipdumas.services.deadlines import LetterDeadlines, letter_deadlines
from sipdumas.services.letters import LetterQuery, LetterRow, count_letters, list_letters
from ui.common import deadline_text
from ui.common.flag_icons import flag_icon
from ui.common.formatting import short_date
from ui.common.paged_model import PagedTableModel
from ui.common.value_labels import channel_label, status_label
from ui.tasks import TaskRunner

PAGE_SIZE = 200
#: Pages kept in memory; older ones are dropped and fetched again if the user scrolls back.
MAX_CACHED_PAGES = 100
#: Page requests waiting for the worker; when the user flings the scrollbar, older wishes are dropped.
MAX_WANTED_PAGES = 6

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's :class:`LetterDeadlines` (None while not fetched).
DEADLINES_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_COLORS = {
    "received": "#e3f2fd",
    "under_review": "#fff8e1",
    "forwarded": "#e8f5e9",
    "clarification": "#fce4ec",
    "monitoring": "#ede7f6",
    "filed": "#eeeeee",
    "answered": "#e0f2f1",
    "closed": "#f5f5f5",
}
_QUIET = QColor("#757575")
#: The icon a flag column's heading shows.
_HEADER_ICONS = {
    "carbon_copy": "carbon_copy",
    "identity_complete": "identity_missing",
    "duplicate": "duplicate",
}


@dataclass(frozen=True, slots=True)
class Column:
    """A register column. ``icon``: a flag shown as a small icon in a narrow column, its words in the
    tooltip and the accessible text; ``shown``: on screen until the user hides it with the header's
    column menu (the others are offered there)."""

    key: str
    sort_key: str | None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    icon: bool = False
    shown: bool = True


CENTER = Qt.AlignmentFlag.AlignCenter
COLUMNS: tuple[Column, ...] = (
    Column("agenda_no", "agenda_no"),
    Column("received_at", "received_at"),
    Column("sender", "sender"),
    Column("subject", "subject"),
    Column("category", "category"),
    Column("status", "status"),
    Column("deadline", "deadline"),
    Column("carbon_copy", "carbon_copy", CENTER, icon=True),
    Column("identity_complete", "identity_complete", CENTER, icon=True),
    Column("duplicate", "duplicate", CENTER, icon=True),
    Column("archive_code", "archive_code"),
    Column("letter_no", "letter_no", shown=False),
    Column("letter_date", "letter_date", shown=False),
    Column("channel", "channel", shown=False),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}


class RegisterModel(PagedTableModel[LetterRow]):
    """Rows of the register for one :class:`LetterQuery`.

    ``loaded(count)`` is emitted when the count and the first page of a query have arrived, i.e. when
    the first screen of rows can be shown. ``page_loaded(page)`` after each page.
    """

    page_loaded = Signal(int)

    page_size = PAGE_SIZE
    max_cached_pages = MAX_CACHED_PAGES
    max_wanted_pages = MAX_WANTED_PAGES
    column_keys = tuple(c.key for c in COLUMNS)

    def __init__(
        self, db: Database, actor: Actor, tasks: TaskRunner, *, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent=parent)
        self._db = db
        self._actor = actor
        self._query = LetterQuery()
        #: Deadlines of the letters in memory, by letter id (kept and dropped with their pages).
        self._deadlines: dict[int, LetterDeadlines] = {}
        #: The deadline lengths (for the tooltips), fetched with each first page.
        self._settings: WorkflowSettings | None = None

    # ------------------------------------------------------------ queries

    @property
    def query(self) -> LetterQuery:
        return self._query

    def set_query(self, query: LetterQuery) -> None:
        """Show the letters ``query`` selects: counts them and fetches the first page."""
        self._query = query
        self.refresh()

    def _first_page_task(self) -> Callable[[], _FirstPage]:
        db, actor, query = self._db, self._actor, self._query

        def fetch() -> _FirstPage:
            rows = list_letters(db, actor, query=query, offset=0, limit=PAGE_SIZE)
            total = len(rows) if len(rows) < PAGE_SIZE else None  # a full page: counted once shown
            return _FirstPage(total, rows, _deadlines_of(db, actor, rows), workflow_settings.get(db))

        return fetch

    def _count_task(self) -> Callable[[], int]:
        db, actor, query = self._db, self._actor, self._query
        return lambda: count_letters(db, actor, query=query)

    def _take_first_page(self, result: _FirstPage) -> tuple[int | None, list[LetterRow]]:
        self._settings = result.settings
        self._deadlines.update(result.deadlines)
        return result.total, result.rows

    def _page_task(self, page: int) -> Callable[[], tuple[list[LetterRow], dict[int, LetterDeadlines]]]:
        db, actor, query = self._db, self._actor, self._query

        def fetch() -> tuple[list[LetterRow], dict[int, LetterDeadlines]]:
            rows = list_letters(db, actor, query=query, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
            return rows, _deadlines_of(db, actor, rows)

        return fetch

    def _take_page(
        self, page: int, result: tuple[list[LetterRow], dict[int, LetterDeadlines]]
    ) -> list[LetterRow]:
        rows, deadlines = result
        self._deadlines.update(deadlines)
        return rows

    def _id_of(self, row: LetterRow) -> int:
        return row.id

    def _clear(self) -> None:
        self._deadlines.clear()

    def _page_dropped(self, rows: list[LetterRow]) -> None:
        for letter in rows:
            self._deadlines.pop(letter.id, None)

    def _page_shown(self, page: int) -> None:
        self.page_loaded.emit(page)

    # ------------------------------------------------------------ paging

    def row_at(self, row: int) -> LetterRow | None:
        """The letter on ``row`` if its page is in memory; otherwise asks for the page and returns None."""
        return self._row(row)

    def update_row(self, letter: LetterRow) -> None:
        """Show a letter's new values (after an edit or a status change) without refetching the page;
        its deadlines, which follow the status, are fetched again in the background."""
        changed = False
        for rows in self._pages.values():
            for offset, old in enumerate(rows):
                if old.id == letter.id:
                    changed = changed or old.status != letter.status or old.received_at != letter.received_at
                    rows[offset] = letter
        row = self.row_of(letter.id)
        if row is None:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if changed:
            generation, db, actor = self._generation, self._db, self._actor
            self._tasks.run(
                lambda: letter_deadlines(db, actor, letter_ids=[letter.id]),
                lambda deadlines: self._on_row_deadlines(generation, deadlines),
                lambda exc: self._on_error(generation, exc),
                owner=self,
            )

    def _on_row_deadlines(self, generation: int, deadlines: dict[int, LetterDeadlines]) -> None:
        if generation != self._generation:
            return
        for letter_id, value in deadlines.items():
            row = self.row_of(letter_id)
            if row is not None:
                self._deadlines[letter_id] = value
                cell = self.index(row, COLUMN_INDEX["deadline"])
                self.dataChanged.emit(cell, cell)

    def deadlines_of(self, letter_id: int) -> LetterDeadlines | None:
        """The deadlines of a letter in memory (None when its page is not)."""
        return self._deadlines.get(letter_id)

    # ------------------------------------------------------------ Qt model

    def headers(self) -> list[str]:
        """The columns' names (the header shows an icon instead for the flags, see :meth:`headerData`)."""
        return [
            self.tr("No. agenda"),
            self.tr("Tgl diterima"),
            self.tr("Pengirim"),
            self.tr("Perihal"),
            self.tr("Kategori"),
            self.tr("Status"),
            self.tr("Tenggat"),
            self.tr("Tembusan"),
            self.tr("Identitas"),
            self.tr("Duplikat"),
            self.tr("Kode berkas"),
            self.tr("Nomor surat"),
            self.tr("Tgl surat"),
            self.tr("Saluran"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """A flag column's heading is its icon; its name is the tooltip and the accessible text."""
        flag = (
            orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS) and COLUMNS[section].icon
        )
        if flag:
            key = COLUMNS[section].key
            if role == Qt.ItemDataRole.DisplayRole:
                return ""
            if role == Qt.ItemDataRole.DecorationRole:
                return flag_icon(_HEADER_ICONS[key])
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.headers()[section]}: {self.header_tips()[key]}"
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.headers()[section] if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def header_tips(self) -> dict[str, str]:
        return {
            "carbon_copy": self.tr("Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat"),
            "identity_complete": self.tr(
                "Tanda silang merah: identitas kurang, tanpa nama pengirim atau tanpa cara menghubunginya "
                "(telepon, e-mail, alamat); kosong: identitas lengkap"
            ),
            "duplicate": self.tr(
                "jingga: kemungkinan pengiriman ulang surat lain; merah tua: dikonfirmasi analis; abu-abu "
                "dicoret: ditolak analis; biru: surat terkait (hal yang sama dari pengirim lain). Arahkan "
                "penunjuk ke tanda untuk nomor agenda suratnya; Ctrl+D membandingkan."
            ),
            "archive_code": self.tr("Kode pada label berkas fisik (barcode)"),
            "deadline": self.tr(
                "Tenggat tahap yang sedang ditunggu surat (telaah, penerusan, penyelesaian), dalam hari kerja; "
                "merah: lewat tenggat, dengan jumlah hari kerja keterlambatannya"
            ),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        letter = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if letter is None:
            return self._placeholder(index, role)
        if role == ROW_ROLE:
            return letter
        if role == DEADLINES_ROLE:
            return self._deadlines.get(letter.id)
        if column.key == "deadline":
            return self._deadline_data(letter, role)
        if column.icon:
            return self._flag_data(letter, column.key, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(letter, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(letter, column.key)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "sender" and not letter.sender.name:
            return QBrush(_QUIET)
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return QBrush(QColor(STATUS_COLORS.get(letter.status, "#ffffff")))
        if role == Qt.ItemDataRole.FontRole and column.key == "sender" and not letter.sender.name:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _flag_data(self, letter: LetterRow, key: str, role: int):
        """A flag cell: an icon (nothing when the flag is not raised), its words as tooltip and
        accessible text, which :meth:`flag_text` also gives."""
        match role:
            case Qt.ItemDataRole.DecorationRole:
                kind = self._flag_kind(letter, key)
                return flag_icon(kind) if kind else None
            case Qt.ItemDataRole.ToolTipRole:
                return (
                    self.duplicate_tip(letter) if key == "duplicate" else self.flag_text(letter, key) or None
                )
            case Qt.ItemDataRole.AccessibleTextRole:
                return self.flag_text(letter, key)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(CENTER)
        return None

    @staticmethod
    def _flag_kind(letter: LetterRow, key: str) -> str | None:
        if key == "carbon_copy":
            return "carbon_copy" if letter.carbon_copy else None
        if key == "identity_complete":  # only the exception is drawn: a column of ticks hides it
            return None if letter.identity_complete else "identity_missing"
        if letter.duplicate_of is None:
            return "related" if letter.related_ids else None
        return {"confirmed": "duplicate_confirmed", "rejected": "duplicate_rejected"}.get(
            letter.duplicate_review or "", "duplicate"
        )

    def flag_text(self, letter: LetterRow, key: str) -> str:
        """What a flag cell says in words ("" when the flag is not raised)."""
        if key == "carbon_copy":
            return self.tr("Hanya tembusan") if letter.carbon_copy else ""
        if key == "identity_complete":
            return self.tr("Identitas lengkap") if letter.identity_complete else self.tr("Identitas kurang")
        return self.duplicate_text(letter)

    def _deadline_data(self, letter: LetterRow, role: int):
        d = self._deadlines.get(letter.id)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return deadline_text.due_text(d)
            case Qt.ItemDataRole.ToolTipRole:
                return deadline_text.tooltip(d, self._settings)
            case Qt.ItemDataRole.ForegroundRole:
                return deadline_text.foreground(d)
            case Qt.ItemDataRole.BackgroundRole:
                return deadline_text.background(d)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[COLUMN_INDEX["deadline"]].align)
        return None

    def _display(self, letter: LetterRow, key: str) -> str:
        match key:
            case "agenda_no":
                return letter.agenda_no
            case "received_at":
                return short_date(letter.received_at)
            case "sender":
                return letter.sender.name or self.tr("(tanpa nama)")
            case "subject":
                return letter.subject or ""
            case "category":
                return letter.category or ""
            case "status":
                return status_label(letter.status)
            case "archive_code":
                return letter.archive_code or ""
            case "letter_no":
                return letter.letter_no or ""
            case "letter_date":
                return short_date(letter.letter_date) if letter.letter_date else ""
            case "channel":
                return channel_label(letter.channel)
        return ""

    def duplicate_text(self, letter: LetterRow) -> str:
        """The duplicate flag in words, naming the other letters by agenda number: ``Kemungkinan
        pengiriman ulang D-2026-00012 (94%)``, ``Dikonfirmasi: pengiriman ulang …`` once the analyst
        confirmed it, ``Ditolak: …`` once rejected, ``Terkait: D-2026-00003, …`` for a letter that only
        has related letters; "" for none."""
        if letter.duplicate_of is None:
            if letter.related_ids:
                names = ", ".join(letter.related_agenda_nos) or str(len(letter.related_ids))
                return self.tr("Terkait: %1").replace("%1", names)
            return ""
        original = letter.duplicate_of_agenda_no or f"id {letter.duplicate_of}"
        text = {
            "confirmed": self.tr("Dikonfirmasi: pengiriman ulang %1"),
            "rejected": self.tr("Ditolak: bukan pengiriman ulang %1"),
        }.get(letter.duplicate_review or "", self.tr("Kemungkinan pengiriman ulang %1")).replace(
            "%1", original
        )
        if letter.duplicate_score is not None:
            text += f" ({round(letter.duplicate_score * 100)}%)"
        return text

    def _tooltip(self, letter: LetterRow, key: str) -> str | None:
        if key == "subject":
            return letter.subject
        if key == "sender":
            s = letter.sender
            return "\n".join(filter(None, [s.name, s.nik, s.phone, s.email, s.address])) or None
        if key == "identity_complete" and not letter.identity_complete:
            return self.tr("Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada")
        if key == "duplicate":
            return self.duplicate_tip(letter)
        return None

    def duplicate_tip(self, letter: LetterRow) -> str | None:
        """The reasons of a flag, one per line, under what the analyst decided."""
        if letter.duplicate_of is None:
            if letter.related_ids:
                names = ", ".join(letter.related_agenda_nos) or str(len(letter.related_ids))
                return self.tr(
                    "Terkait dengan surat %1: hal yang sama dari pengirim lain (bukan duplikat)"
                ).replace("%1", names)
            return None
        original = letter.duplicate_of_agenda_no or f"id {letter.duplicate_of}"
        heading = {
            "confirmed": self.tr("Dikonfirmasi analis: pengiriman ulang surat %1"),
            "rejected": self.tr("Ditolak analis: bukan pengiriman ulang surat %1"),
        }.get(
            letter.duplicate_review or "", self.tr("Kemungkinan pengiriman ulang surat %1 (belum ditelaah)")
        )
        lines = [heading.replace("%1", original)]
        lines += [f"• {reason}" for reason in letter.duplicate_reasons]
        lines.append(self.tr("Ctrl+D: bandingkan kedua surat"))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Clicking a header re-queries in that order; columns without a database order are ignored."""
        key = COLUMNS[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order matching the current query (for the header's indicator)."""
        for i, column in enumerate(COLUMNS):
            if column.sort_key == self._query.sort:
                order = (
                    Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
                )
                return i, order
        return COLUMN_INDEX["received_at"], Qt.SortOrder.DescendingOrder


@dataclass(frozen=True, slots=True)
class _FirstPage:
    total: int | None  # None: a full page, counted after it is shown
    rows: list[LetterRow]
    deadlines: dict[int, LetterDeadlines]
    settings: WorkflowSettings


def _deadlines_of(db: Database, actor: Actor, rows: list[LetterRow]) -> dict[int, LetterDeadlines]:
    """The deadlines of a page's letters, in one call (runs in the worker with the page)."""
    return letter_deadlines(db, actor, letter_ids=[r.id for r in rows]) if rows else {}


def letter_at(index: QModelIndex, getter: Callable[[int, int], object] | None = None) -> LetterRow | None:
    """The :class:`LetterRow` behind a view index, or None while its page is loading."""
    if not index.isValid():
        return None
    value = index.data(ROW_ROLE)
    return value if isinstance(value, LetterRow) else None
