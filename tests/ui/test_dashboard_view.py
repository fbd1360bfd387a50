"""The dashboard view shows the service's counters and bars and turns clicks into register filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from sipdumas.services.dashboard import Bar, Counter, Dashboard
from sipdumas.services.letters import LetterQuery
from ui.dashboard_view import DashboardView
from ui.tasks import TaskRunner

TODAY = date(2026, 6, 15)
JUNE = LetterQuery(received_from=date(2026, 6, 1), received_to=TODAY)
BOARD = Dashboard(
    today=TODAY,
    counters=[Counter("new_today", "Surat masuk hari ini", 1234, LetterQuery(received_from=TODAY, received_to=TODAY)),
              Counter("overdue", "Lewat batas waktu", 5), Counter("files_on_loan", "Berkas dipinjam", None)],
    per_month=[Bar("Mei 2026", 10, LetterQuery(received_from=date(2026, 5, 1), received_to=date(2026, 5, 31))),
               Bar("Jun 2026", 4, JUNE)],
    by_category=[Bar("02 Pelayanan publik", 7, LetterQuery(category="02 Pelayanan publik"))],
    by_province=[Bar("Jawa Barat", 3)],
)


def test_counters_and_bars_emit_register_filters(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.refresh(TaskRunner(synchronous=True), lambda: BOARD)
    view.resize(700, 600)
    view.show()
    button = view.counter_buttons["new_today"]
    assert button.text().startswith("1.234") and button.isEnabled()
    assert view.counter_buttons["files_on_loan"].text().startswith("–")
    assert not view.counter_buttons["overdue"].isEnabled()
    with qtbot.waitSignal(view.filter_requested) as sig:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sig.args[0] == LetterQuery(received_from=TODAY, received_to=TODAY)
    chart = view.charts["per_month"]
    point = chart.bar_rect(1).center().toPoint()
    with qtbot.waitSignal(view.filter_requested) as sig:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert sig.args[0] == JUNE
    assert not view.grab().isNull()
