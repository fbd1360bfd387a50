"""The dashboard view shows the service's counters and QtCharts bars, loads them in the background and
turns clicks into register filters that the main window opens."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from sipdumas.services import forwarding, routing
from sipdumas.services.archive import loans
from sipdumas.services.dashboard import Bar, Counter, Dashboard, dashboard
from sipdumas.services.letters import LetterInput, LetterQuery, SenderData, register_letter
from ui.dashboard.view import DashboardView, axis_end
from ui.tasks import TaskRunner

TODAY = date(2026, 6, 15)
JUNE = LetterQuery(received_from=date(2026, 6, 1), received_to=TODAY)
BOARD = Dashboard(
    today=TODAY,
    counters=[
        Counter(
            "new_today", "Surat masuk hari ini", 1234, LetterQuery(received_from=TODAY, received_to=TODAY)
        ),
        Counter("overdue", "Lewat batas waktu", 5),
        Counter("files_on_loan", "Berkas dipinjam", None, view="loan_desk"),
        Counter("overdue_loans", "Peminjaman terlambat", 2, view="overdue"),
    ],
    per_month=[
        Bar("Mei 2026", 10, LetterQuery(received_from=date(2026, 5, 1), received_to=date(2026, 5, 31))),
        Bar("Jun 2026", 4, JUNE),
    ],
    by_category=[
        Bar("02 Pelayanan publik", 7, LetterQuery(category="02 Pelayanan publik")),
        Bar("03 Korupsi/pungli", 2, LetterQuery(category="03 Korupsi/pungli")),
    ],
    by_province=[Bar("Jawa Barat", 3)],
)
SITI = SenderData(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455")  # Jawa Barat


def register(db, admin, received: date, category="02 Pelayanan publik", sender=SITI, today=TODAY):
    return register_letter(
        db,
        admin,
        today=today,
        data=LetterInput(received_at=received, subject="Pengaduan", category=category, sender=sender),
    )


def bar_point(chart, index: int) -> QPoint:
    """Where bar ``index`` (of the bars shown, in the service's order) is on the chart's viewport."""
    drawn = chart._bar_index(index)  # the same mapping both ways
    value = chart.bar_set.at(drawn) / 2
    at = QPointF(value, drawn) if chart.horizontal else QPointF(drawn, value)
    return chart.view.mapFromScene(chart.chart.mapToPosition(at, chart.series))


def click_bar(qtbot, chart, index: int) -> None:
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(chart, index))


def shown_view(qtbot, board=BOARD) -> DashboardView:
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.refresh(TaskRunner(synchronous=True), lambda: board)
    qtbot.waitExposed(view)
    return view


def test_counters_and_bars_emit_register_filters(qtbot):
    view = shown_view(qtbot)
    tile = view.counter_buttons["new_today"]
    assert (tile.value.text(), tile.caption.text()) == ("1.234", "Surat masuk hari ini") and tile.isEnabled()
    assert view.counter_buttons["files_on_loan"].value.text() == "–"
    assert not view.counter_buttons["overdue"].isEnabled()  # this board gave it no filter
    assert not view.counter_buttons["files_on_loan"].isEnabled()  # no number, nothing to open
    with qtbot.waitSignal(view.view_requested) as sig:
        qtbot.mouseClick(view.counter_buttons["overdue_loans"], Qt.MouseButton.LeftButton)
    assert sig.args == ["overdue"]
    with qtbot.waitSignal(view.filter_requested) as sig:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert sig.args[0] == LetterQuery(received_from=TODAY, received_to=TODAY)
    months = view.charts["per_month"]
    for dy in (1, 0):  # the first move only enters the view; the next one hovers the bar
        qtbot.mouseMove(months.view.viewport(), bar_point(months, 1) + QPoint(0, dy))
    qtbot.waitUntil(lambda: QToolTip.text() == "Jun 2026: 4 surat\nKlik untuk membuka suratnya di register")
    assert months.view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    with qtbot.waitSignal(view.filter_requested) as sig:
        click_bar(qtbot, months, 1)
    assert sig.args[0] == JUNE
    with qtbot.waitSignal(view.filter_requested) as sig:
        click_bar(qtbot, view.charts["by_category"], 1)
    assert sig.args[0] == LetterQuery(category="03 Korupsi/pungli")
    provinces = view.charts["by_province"]
    with qtbot.assertNotEmitted(view.filter_requested), qtbot.waitSignal(provinces.clicked) as sig:
        click_bar(qtbot, provinces, 0)  # hit, but provinces have no register filter
    assert sig.args == [0]
    assert not view.grab().isNull()


def test_categories_lie_largest_on_top_and_axes_count_in_whole_steps(qtbot):
    view = shown_view(qtbot)
    chart = view.charts["by_category"]
    assert chart.categories_shown() == ["02 Pelayanan publik", "03 Korupsi/pungli"]
    assert chart.categories.categories() == ["03 Korupsi/pungli", "02 Pelayanan publik"]  # drawn bottom-up
    assert chart.values_shown() == [7, 2]
    assert (chart.values.min(), chart.values.max()) == (0, 10) and chart.values.tickCount() == 6
    assert axis_end(0) == (1, 1) and axis_end(48) == (60, 10) and axis_end(1234) == (1600, 200)


def test_an_empty_register_shows_a_line_instead_of_empty_charts(qtbot):
    empty = Dashboard(
        today=TODAY,
        counters=[Counter("new_today", "Surat masuk hari ini", 0, JUNE)],
        per_month=[Bar("Mei 2026", 0), Bar("Jun 2026", 0)],
    )
    view = shown_view(qtbot, empty)
    assert view.counter_buttons["new_today"].value.text() == "0"
    for chart in view.charts.values():
        assert chart.stack.currentWidget() is chart.empty and chart.empty.isVisible()
    assert view.charts["per_month"].empty.text() == "Belum ada surat dalam 12 bulan terakhir."
    view.show_dashboard(BOARD)
    assert view.charts["per_month"].stack.currentWidget() is view.charts["per_month"].view


def test_the_charts_show_the_letters_registered(db, admin, qtbot, tasks):
    old = register(db, admin, date(2026, 5, 4))  # review and forwarding overdue by 15 June
    register(db, admin, TODAY)
    register(db, admin, TODAY, category="03 Korupsi/pungli", sender=SenderData(name="Anon"))
    register(db, admin, date(2025, 7, 1))  # in the 12 months, not in this year's series
    fwd = register(db, admin, date(2026, 6, 10))
    kota = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    forwarding.forward_letter(db, admin, letter_id=fwd.id, agency_id=kota.id, today=date(2026, 6, 11))
    loans.lend_file(
        db,
        admin,
        code=old.archive_code,
        borrower=loans.Borrower(name="Budi", unit="Arsip"),
        now=datetime(2026, 5, 1, 9),
    )
    view = DashboardView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh(tasks, lambda: dashboard(db, admin, today=TODAY))
    shown = {key: tile.value.text() for key, tile in view.counter_buttons.items()}
    assert shown == {
        "new_today": "2",
        "awaiting_review": "4",
        "overdue": "2",
        "forwarded_this_month": "1",
        "files_on_loan": "1",
        "overdue_loans": "1",
    }
    months = view.charts["per_month"]
    assert months.categories_shown() == [
        "Jul 2025",
        "Agu 2025",
        "Sep 2025",
        "Okt 2025",
        "Nov 2025",
        "Des 2025",
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Apr 2026",
        "Mei 2026",
        "Jun 2026",
    ]
    assert months.values_shown() == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3]
    categories, provinces = view.charts["by_category"], view.charts["by_province"]
    assert list(zip(categories.categories_shown(), categories.values_shown(), strict=True)) == [
        ("02 Pelayanan publik", 3),
        ("03 Korupsi/pungli", 1),
    ]
    assert list(zip(provinces.categories_shown(), provinces.values_shown(), strict=True)) == [
        ("Jawa Barat", 3),
        ("Tidak diketahui", 1),
    ]
    assert categories.title() == "Menurut kategori, tahun 2026"


def test_loading_runs_in_the_background_and_the_window_stays_responsive(qtbot, tasks):
    view = DashboardView()
    qtbot.addWidget(view)
    release, threads = threading.Event(), []

    def slow_load():
        threads.append(threading.current_thread())
        release.wait(10)
        return BOARD

    view.refresh(tasks, slow_load)  # returns at once
    assert view.status.text() == "Memuat…" and view.board is None
    qtbot.wait(50)  # the event loop runs while the service call is still busy
    assert tasks.busy and view.board is None
    with qtbot.waitSignal(view.loaded, timeout=10000):
        release.set()
    assert threads[0] is not threading.main_thread()
    assert view.board is BOARD and view.status.text() == ""
    view.refresh(tasks, lambda: 1 / 0)
    qtbot.waitUntil(lambda: view.status.text().startswith("Gagal memuat:"), timeout=10000)
    assert view.counter_buttons["new_today"].value.text() == "1.234"  # what was shown stays


def test_a_bar_or_counter_opens_the_register_with_its_letters(db, admin, window_factory, qtbot):
    today = date.today()
    letters = [
        (today, "02 Pelayanan publik"),
        (today, "03 Korupsi/pungli"),
        (today - timedelta(days=3), "02 Pelayanan publik"),
        (today - timedelta(days=35), "10 Umum"),
        (today - timedelta(days=70), "02 Pelayanan publik"),
    ]
    for received, category in letters:
        register(db, admin, received, category, today=today)
    window = window_factory(db, admin, start_view="dashboard")
    view = window.view("dashboard")
    qtbot.waitUntil(lambda: view.board is not None, timeout=10000)

    this_month = sum((d.year, d.month) == (today.year, today.month) for d, _ in letters)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        click_bar(qtbot, view.charts["per_month"], 11)
    assert window.views.currentWidget() is window.register_page
    assert window.model.rowCount() == this_month and window.filters.active()

    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.show_view("dashboard")  # counted again when shown
    public = [b.label for b in view.board.by_category].index("02 Pelayanan publik")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        click_bar(qtbot, view.charts["by_category"], public)
    assert window.model.query.category == "02 Pelayanan publik"
    assert window.model.rowCount() == sum(
        d.year == today.year and c == "02 Pelayanan publik" for d, c in letters
    )

    window.show_view("dashboard")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.mouseClick(view.counter_buttons["new_today"], Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == sum(d == today for d, _ in letters) == 2

    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.show_view("dashboard")
    assert [b.label for b in view.board.by_province] == ["Jawa Barat"]
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        click_bar(qtbot, view.charts["by_province"], 0)
    assert window.model.query.province == "Jawa Barat" and window.filters.extra_chip.isVisible()
    assert "Jawa Barat" in window.filters.extra_chip.text()
    assert window.model.rowCount() == sum(d.year == today.year for d, _ in letters)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.mouseClick(window.filters.extra_chip, Qt.MouseButton.LeftButton)  # the chip drops the filter
    assert window.model.query.province is None and not window.filters.extra_chip.isVisible()

    window.show_view("dashboard")
    qtbot.mouseClick(view.counter_buttons["files_on_loan"], Qt.MouseButton.LeftButton)
    assert window.views.currentWidget() is window.view("loan_desk")
