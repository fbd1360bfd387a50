"""A Qt table model that holds pages of rows and fetches, off the UI thread, only the pages the view asks
for: the register (:mod:`ui.register.model`) and Tugas saya (:mod:`ui.workflow.my_work_view`) are both one.

How it pages, for every subclass:

* :meth:`PagedTableModel.refresh` empties the model and runs one task that fetches the first page and,
  when the page itself cannot tell how many rows there are, the rows are shown and counted by a second
  task (counting a broad search's matches among a million letters takes up to a second or two, the
  page tens of milliseconds); ``loaded(total)`` follows once the count is in.
* A row whose page is not in memory shows a placeholder; asking for it (:meth:`_row`) wishes for its
  page. Pages are fetched one at a time, the newest wish first, because the rows on screen now matter,
  not those flung past; at most :attr:`max_wanted_pages` wishes wait.
* At most :attr:`max_cached_pages` pages stay in memory; the one least recently read is dropped first
  and fetched again if the user scrolls back.
* Every refresh bumps a generation number; answers for an older generation are dropped, so a slow
  query that finishes late never overwrites the newer one.

A subclass says what a page is: :meth:`_first_page_task` and :meth:`_page_task` return the functions
the worker runs (they capture the query as it is when asked, and must never touch a widget);
:meth:`_take_first_page` and :meth:`_take_page` unpack their results on the UI thread, keeping whatever
comes with the rows (deadlines, settings, counts); :meth:`_id_of` names the letter a row shows.
:attr:`column_keys`, :meth:`headers` and :meth:`header_tips` describe the columns; ``data`` is the
subclass's own, and shows :meth:`_placeholder` for a row that is not in memory.
:func:`set_up_paged_view` shapes a table view over one so that it never asks for rows it does not show.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.tasks import TaskRunner

Row = TypeVar("Row")

_QUIET = QColor("#757575")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows fetched in pages through a :class:`~ui.tasks.TaskRunner`.

    ``loaded(total)`` when the count and the first page have arrived; ``counting(shown)`` when the first
    page is on screen and its count is still being worked out (``loaded`` follows); ``failed(message)``
    when a fetch of the current generation failed (the message is :meth:`_error_text` of the exception).
    """

    loaded = Signal(int)
    counting = Signal(int)
    failed = Signal(str)

    page_size = 100
    max_cached_pages = 20
    max_wanted_pages = 1
    # one key a column, in column order (the keys of header_tips)
    column_keys: tuple[str, ...] = ()

    def __init__(self, tasks: TaskRunner, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._count = 0
        self._loading = False
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: int | None = None

    # ------------------------------------------------------------ what a subclass provides

    def _first_page_task(self) -> Callable[[], Any]:
        """The worker's function that counts the rows and fetches the first page."""
        raise NotImplementedError

    def _take_first_page(self, result: Any) -> tuple[int | None, list[Row]]:
        """The row count and the first page's rows in ``result``; keeps what else it carries. A count
        of None: not known yet, :meth:`_count_task` counts them once the rows are shown."""
        raise NotImplementedError

    def _count_task(self) -> Callable[[], int]:
        """The worker's function that counts the rows, after a first page that did not tell."""
        raise NotImplementedError

    def _page_task(self, page: int) -> Callable[[], Any]:
        """The worker's function that fetches page ``page`` (offset ``page * page_size``)."""
        raise NotImplementedError

    def _take_page(self, page: int, result: Any) -> list[Row]:
        """The rows in a page's ``result``; keeps what else it carries. The result is the rows by default."""
        return result

    def _id_of(self, row: Row) -> int:
        """The id of the letter ``row`` shows (for :meth:`row_of`)."""
        raise NotImplementedError

    def _clear(self) -> None:
        """Forget what the subclass keeps beside the pages (on every refresh, inside the model reset)."""

    def _page_dropped(self, rows: list[Row]) -> None:
        """Forget what the subclass keeps for ``rows``, whose page left the cache."""

    def _page_shown(self, page: int) -> None:
        """A page other than the first has arrived and its rows were repainted."""

    def _error_text(self, exc: BaseException) -> str:
        return str(exc)

    def headers(self) -> list[str]:
        """The column titles, in column order."""
        raise NotImplementedError

    def header_tips(self) -> dict[str, str]:
        """Tooltips of the column titles that need one, by column key."""
        return {}

    # ------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def total(self) -> int:
        return self._count

    def cached_pages(self) -> list[int]:
        """Page numbers in memory, lowest first (tests and the status bar use it)."""
        return sorted(self._pages)

    def refresh(self) -> None:
        """Count the rows and fetch the first page again (after a change elsewhere, or F5)."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        self._loading = True
        self._clear()
        self.endResetModel()
        self._tasks.run(
            self._first_page_task(),
            lambda result: self._on_first_page(generation, result),
            lambda exc: self._on_error(generation, exc),
            owner=self,
        )

    def _on_first_page(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        total, rows = self._take_first_page(result)
        shown = len(rows) if total is None else total
        if shown:
            self.beginInsertRows(QModelIndex(), 0, shown - 1)
            self._count = shown
            self._store_page(0, rows)
            self.endInsertRows()
        if total is None:  # the rows are on screen; how many there are follows
            self.counting.emit(shown)
            self._tasks.run(
                self._count_task(),
                lambda counted: self._on_count(generation, counted),
                lambda exc: self._on_error(generation, exc),
                owner=self,
            )
            return
        self._loading = False
        self.loaded.emit(total)

    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:  # letters went away between the page and the count
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.loaded.emit(total)
        self._fetch_next()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._in_flight = None
        self.failed.emit(self._error_text(exc))

    # ------------------------------------------------------------ paging

    def _row(self, row: int) -> Row | None:
        """The value on ``row`` if its page is in memory; otherwise wishes for the page and returns None."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, letter_id: int) -> int | None:
        """The row showing ``letter_id``, if it is in a page in memory."""
        for page, rows in self._pages.items():
            for offset, value in enumerate(rows):
                if self._id_of(value) == letter_id:
                    return page * self.page_size + offset
        return None

    def _want(self, page: int) -> None:
        if page == self._in_flight:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > self.max_wanted_pages:
            self._wanted.popitem(last=False)
        self._fetch_next()

    def _fetch_next(self) -> None:
        if self._in_flight is not None or self._loading or not self._wanted:
            return
        page, _ = self._wanted.popitem(last=True)
        if page in self._pages:
            self._fetch_next()
            return
        self._in_flight = page
        generation = self._generation
        self._tasks.run(
            self._page_task(page),
            lambda result: self._on_page(generation, page, result),
            lambda exc: self._on_error(generation, exc),
            owner=self,
        )

    def _store_page(self, page: int, rows: list[Row]) -> None:
        self._pages[page] = rows
        while len(self._pages) > self.max_cached_pages:
            _old, dropped = self._pages.popitem(last=False)
            self._page_dropped(dropped)

    def _on_page(self, generation: int, page: int, result: Any) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self._store_page(page, self._take_page(page, result))
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self._page_shown(page)
        self._fetch_next()

    # ------------------------------------------------------------ Qt model

    def _placeholder(self, index: QModelIndex | QPersistentModelIndex, role: int):
        """What a row whose page has not arrived shows: "Memuat…" in its first cell, in grey."""
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self.tr("Memuat…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_QUIET)
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(self.column_keys[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def set_up_paged_view(view: QTableView, model: PagedTableModel) -> None:
    """Show ``model`` in ``view`` as the register shows its letters: whole rows picked one at a time,
    nothing edited in place, one line a row with long text elided, headings left-aligned.

    Row heights are fixed: a view that sized rows to their contents would measure every row, i.e. ask
    for every page of a million-letter register.
    """
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
