"""The dashboard: counters and three QtCharts bar charts from :func:`sipdumas.services.dashboard.dashboard`.

Standalone widget for the main window to install. It never talks SQL: :meth:`DashboardView.refresh` runs
the one service call on the :class:`~ui.tasks.TaskRunner` and shows the result on the UI thread. Every
counter and bar that stands for a set of letters is clickable and emits :attr:`filter_requested` with the
``LetterQuery`` that lists them (the main window opens the filtered register); the loan counters emit
:attr:`view_requested` with the view that lists them (the loan desk, the overdue loans). What has
neither (letters of an unknown province) shows its number only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.common.formatting import count

BAR = QColor("#3d6a9e")
#: From this width (pixels) the counters stand in one row and the lower charts side by side.
WIDE = 1000
COUNTERS_PER_ROW = 6
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def axis_end(top: int) -> tuple[int, int]:
    """The value axis' end and step for a longest bar of ``top``: whole steps of 1, 2 or 5 × 10ⁿ, at most
    eight of them, with room past the longest bar for its number."""
    want = max(top * 1.15, 1)
    step = next(k * 10**e for e in range(12) for k in (1, 2, 5) if want / (k * 10**e) <= 8)
    return step * math.ceil(want / step), step


class BarChart(QGroupBox):
    """One titled bar chart: months stand upright, categories and provinces lie with the first on top.

    ``clicked(index)`` gives the index into the bars last shown, whatever order they are drawn in. With
    nothing to count the chart gives way to a line saying so.
    """

    clicked = Signal(int)

    def __init__(self, *, horizontal: bool, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list = []
        self.horizontal = horizontal
        self.bar_set = QBarSet("")
        self.bar_set.setColor(BAR)
        self.bar_set.setBorderColor(BAR)
        self.bar_set.setLabelColor(QColor("#212121"))  # the default is white, invisible beside the bar
        self.bar_set.clicked.connect(lambda i: self.clicked.emit(self._bar_index(i)))
        self.bar_set.hovered.connect(self._hovered)
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.append(self.bar_set)
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%.0f")  # "%d" gives no labels at all once numbers are localized
        self.values.setGridLineColor(QColor("#e0e0e0"))
        self.chart = QChart()
        self.chart.setLocale(INDONESIAN)  # 1.234 on bars and axes, as everywhere in the client
        self.chart.setLocalizeNumbers(True)
        self.chart.addSeries(self.series)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        self.chart.addAxis(self.categories, left if horizontal else bottom)
        self.chart.addAxis(self.values, bottom if horizontal else left)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #757575;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

    def show_bars(self, bars: list) -> None:
        self.bars = list(bars)
        shown = self._in_drawing_order(self.bars)
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(b.value) for b in shown])
        if self.horizontal:
            # QtCharts shows a category label as "..." once its row is lower than about 1.6 lines of text
            row = QFontMetrics(self.categories.labelsFont()).height() * 1.8
            self.view.setMinimumHeight(max(200, int(row * len(shown)) + 60))
        self.categories.clear()
        self.categories.append([b.label for b in shown])
        self._fit_labels()
        top = max((b.value for b in self.bars), default=0)
        end, step = axis_end(top)
        self.values.setRange(0, end)
        self.values.setTickCount(end // step + 1)
        self.stack.setCurrentWidget(self.view if top else self.empty)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_labels()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Upright bars (months) are labelled by the month alone when "Jan 2026" is wider than a bar
        (half a laptop screen): QtCharts would cut the label to "…" instead. Twelve months in a row have
        twelve different names; the tooltips keep the year."""
        if self.horizontal or not self.bars:
            return
        metrics = QFontMetrics(self.categories.labelsFont())
        full = [b.label for b in self._in_drawing_order(self.bars)]
        room = (self.view.width() - 70) / len(full)
        labels = full
        if self.view.isVisible() and max(metrics.horizontalAdvance(label) for label in full) + 8 > room:
            short = [label.split(" ")[0] for label in full]
            labels = short if len(set(short)) == len(short) else full
        if labels != self.categories.categories():
            self.categories.clear()
            self.categories.append(labels)

    def categories_shown(self) -> list[str]:
        """The category axis from top to bottom (horizontal) or left to right (upright)."""
        return self._in_drawing_order(self.categories.categories())

    def values_shown(self) -> list[int]:
        """The bars' values, in the order of :meth:`categories_shown`."""
        return self._in_drawing_order([int(self.bar_set.at(i)) for i in range(self.bar_set.count())])

    def _in_drawing_order(self, items: list) -> list:
        # a horizontal series draws its first category at the bottom: reversed, the largest is on top
        return list(reversed(items)) if self.horizontal else list(items)

    def _bar_index(self, drawn: int) -> int:
        return len(self.bars) - 1 - drawn if self.horizontal else drawn

    def _hovered(self, inside: bool, drawn: int) -> None:
        if not inside:
            self.view.viewport().unsetCursor()
            QToolTip.hideText()
            return
        bar = self.bars[self._bar_index(drawn)]
        text = self.tr("%1: %2 surat").replace("%1", bar.label).replace("%2", count(bar.value))
        if bar.query is not None:
            self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            text += "\n" + self.tr("Klik untuk membuka suratnya di register")
        QToolTip.showText(QCursor.pos(), text, self.view)


class CounterTile(QPushButton):
    """A counter: its number large with the label below. Enabled (clickable) only when it has a
    register filter; a disabled tile keeps its normal colours, since its number is as true."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = QLabel()
        self.caption = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        palette = self.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(
                QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role)
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        for label in (self.value, self.caption):
            label.setPalette(palette)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(QFontMetrics(font).height() + self.fontMetrics().height() + 20)

    def show_counter(self, counter) -> None:
        value = "–" if counter.value is None else count(counter.value)
        self.value.setText(value)
        self.caption.setText(counter.label)
        self.setAccessibleName(f"{value} {counter.label}")
        clickable = counter.value is not None and (counter.query is not None or counter.view is not None)
        self.setEnabled(clickable)
        if counter.value is None:
            self.setToolTip(self.tr("Tidak tersedia di basis data ini"))
        elif counter.query is not None:
            self.setToolTip(self.tr("Klik untuk membuka suratnya di register"))
        elif counter.view is not None:
            self.setToolTip(self.tr("Klik untuk membuka daftarnya"))
        else:
            self.setToolTip("")
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)


class DashboardView(QWidget):
    """Counters on top; letters per month below them; by category and by province side by side."""

    filter_requested = Signal(object)  # a LetterQuery
    view_requested = Signal(str)  # the key of a window view (MainWindow.show_view)
    loaded = Signal()  # new numbers are on screen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.board = None
        # Scrolls rather than squeezing the charts on a small screen (1366 × 768 is common in offices).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        self.counter_grid = QGridLayout()
        layout.addLayout(self.counter_grid)
        self.counter_buttons: dict[str, CounterTile] = {}
        self.charts = {
            "per_month": BarChart(
                horizontal=False, empty_text=self.tr("Belum ada surat dalam 12 bulan terakhir.")
            ),
            "by_category": BarChart(horizontal=True, empty_text=self.tr("Belum ada surat tahun ini.")),
            "by_province": BarChart(horizontal=True, empty_text=self.tr("Belum ada surat tahun ini.")),
        }
        for key, chart in self.charts.items():
            chart.clicked.connect(lambda i, k=key: self._bar_clicked(k, i))
        self._set_titles(None)
        layout.addWidget(self.charts["per_month"], 4)
        self.chart_grid = QGridLayout()
        layout.addLayout(self.chart_grid, 5)
        self.status = QLabel("")
        layout.addWidget(self.status)
        #: Counters per row and whether the two lower charts are side by side, for the width on hand.
        self.columns: tuple[int, bool] | None = None
        self._arrange(COUNTERS_PER_ROW, True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        width = event.size().width()
        per_row = COUNTERS_PER_ROW if width >= WIDE else 3 if width >= 480 else 2
        self._arrange(per_row, width >= WIDE)

    def _arrange(self, per_row: int, side_by_side: bool) -> None:
        """Six counters in a row and the category and province charts side by side on a wide screen;
        on a narrow one (half a laptop screen) counters in rows of three and the charts one above the
        other, so that no caption or label is cut to "…"."""
        if self.columns == (per_row, side_by_side):
            return
        self.columns = (per_row, side_by_side)
        for i, tile in enumerate(self.counter_buttons.values()):
            self.counter_grid.addWidget(tile, i // per_row, i % per_row)
        for column in range(COUNTERS_PER_ROW):
            self.counter_grid.setColumnStretch(column, 1 if column < per_row else 0)
        self.chart_grid.addWidget(self.charts["by_category"], 0, 0)
        self.chart_grid.addWidget(self.charts["by_province"], *((0, 1) if side_by_side else (1, 0)))
        self.chart_grid.setColumnStretch(0, 1)  # halves: a wide category chart would squeeze the provinces
        self.chart_grid.setColumnStretch(1, 1 if side_by_side else 0)

    def _set_titles(self, year: int | None) -> None:
        this_year = self.tr("tahun %1").replace("%1", str(year)) if year else self.tr("tahun ini")
        self.charts["per_month"].setTitle(self.tr("Surat masuk per bulan, 12 bulan terakhir"))
        self.charts["by_category"].setTitle(self.tr("Menurut kategori, %1").replace("%1", this_year))
        self.charts["by_province"].setTitle(self.tr("Menurut provinsi pengadu, %1").replace("%1", this_year))

    def refresh(self, tasks, load: Callable[[], object]) -> None:
        """Run ``load`` (the dashboard service call) in the background and show what it returns; the
        numbers already shown stay until then."""
        self.status.setText(self.tr("Memuat…"))
        tasks.run(load, self.show_dashboard, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Gagal memuat: %1").replace("%1", str(exc)))

    def show_dashboard(self, board) -> None:
        self.board = board
        self.status.setText("")
        for i, counter in enumerate(board.counters):
            tile = self.counter_buttons.get(counter.key)
            if tile is None:
                tile = CounterTile()
                tile.clicked.connect(lambda _=False, k=counter.key: self._counter_clicked(k))
                per_row = self.columns[0] if self.columns else COUNTERS_PER_ROW
                self.counter_grid.addWidget(tile, i // per_row, i % per_row)
                self.counter_buttons[counter.key] = tile
            tile.show_counter(counter)
        self._set_titles(board.today.year)
        for key, chart in self.charts.items():
            chart.show_bars(getattr(board, key))
        self.loaded.emit()

    def _counter_clicked(self, key: str) -> None:
        counter = self.board.counter(key)
        if counter.query is not None:
            self.filter_requested.emit(counter.query)
        elif counter.view is not None:
            self.view_requested.emit(counter.view)

    def _bar_clicked(self, key: str, index: int) -> None:
        bar = getattr(self.board, key)[index]
        if bar.query is not None:
            self.filter_requested.emit(bar.query)
