"""The dashboard: counters and three bar charts from :func:`sipdumas.services.dashboard.dashboard`.

Standalone widget for the main window to install. It never talks SQL: :meth:`DashboardView.refresh` runs
the one service call on the :class:`~ui.tasks.TaskRunner` and shows the result on the UI thread. Every
counter and bar that stands for a set of letters is clickable and emits :attr:`filter_requested` with the
``LetterQuery`` that lists them (the main window opens the filtered register). Bars are drawn with
QPainter: QtCharts is not part of PySide6-Essentials.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

BAR = QColor("#3d6a9e")


class BarChart(QWidget):
    """Horizontal bars with their labels and values; a click on a bar emits ``clicked(index)``."""

    clicked = Signal(int)
    ROW = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(max(1, len(self.bars)) * self.ROW + 8)
        self.update()

    def bar_rect(self, index: int) -> QRectF:
        label_w = min(220.0, self.width() * 0.4)
        top = max((b.value for b in self.bars), default=1) or 1
        span = max(self.width() - label_w - 60, 10)
        return QRectF(label_w + 6, 4 + index * self.ROW + 3, span * self.bars[index].value / top, self.ROW - 6)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = min(220.0, self.width() * 0.4)
        for i, bar in enumerate(self.bars):
            rect = self.bar_rect(i)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, rect.top() - 3, label_w, self.ROW), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, bar.label)
            p.fillRect(rect, BAR)
            p.drawText(QRectF(rect.right() + 4, rect.top() - 3, 60, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                       f"{bar.value:,}".replace(",", "."))
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        index = int((event.position().y() - 4) // self.ROW)
        if 0 <= index < len(self.bars):
            self.clicked.emit(index)


class DashboardView(QWidget):
    """Counters on top, then letters per month, by category and by province."""

    filter_requested = Signal(object)  # a LetterQuery

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.board = None
        layout = QVBoxLayout(self)
        self.counter_grid = QGridLayout()
        layout.addLayout(self.counter_grid)
        self.counter_buttons: dict[str, QPushButton] = {}
        self.charts: dict[str, BarChart] = {}
        for key, title in (("per_month", "Surat masuk per bulan"), ("by_category", "Menurut kategori (tahun ini)"),
                           ("by_province", "Menurut provinsi (tahun ini)")):
            box = QGroupBox(title)
            chart = BarChart(box)
            chart.clicked.connect(lambda i, k=key: self._bar_clicked(k, i))
            QVBoxLayout(box).addWidget(chart)
            layout.addWidget(box)
            self.charts[key] = chart
        self.status = QLabel("")
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self, tasks, load: Callable[[], object]) -> None:
        """Run ``load`` (the dashboard service call) in the background and show what it returns."""
        self.status.setText("Memuat…")
        tasks.run(load, self.show_dashboard, lambda exc: self.status.setText(f"Gagal memuat: {exc}"), owner=self)

    def show_dashboard(self, board) -> None:
        self.board = board
        self.status.setText("")
        for i, counter in enumerate(board.counters):
            button = self.counter_buttons.get(counter.key)
            if button is None:
                button = QPushButton(self)
                button.setMinimumHeight(56)
                button.clicked.connect(lambda _=False, k=counter.key: self._counter_clicked(k))
                self.counter_grid.addWidget(button, i // 3, i % 3)
                self.counter_buttons[counter.key] = button
            value = "–" if counter.value is None else f"{counter.value:,}".replace(",", ".")
            button.setText(f"{value}\n{counter.label}")
            button.setEnabled(counter.query is not None)
        for key, chart in self.charts.items():
            chart.set_bars(getattr(board, key))

    def _counter_clicked(self, key: str) -> None:
        counter = self.board.counter(key)
        if counter.query is not None:
            self.filter_requested.emit(counter.query)

    def _bar_clicked(self, key: str, index: int) -> None:
        bar = getattr(self.board, key)[index]
        if bar.query is not None:
            self.filter_requested.emit(bar.query)
