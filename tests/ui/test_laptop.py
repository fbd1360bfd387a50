"""The client on the common office laptop, 1366 x 768 (the tests' screen, see ``laptop.py``): every window
fits the screen and opens again at the size it was given, the main window snaps to half the screen,
the register's default columns fit with the flags as icons and the rest behind the header's menu, and
the dashboard's labels stay whole."""

from __future__ import annotations

from datetime import date

from laptop import HEIGHT, WIDTH
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from ui_samples import RESENDERS, fill_register, fill_year, register_flagged, register_scanned

from sipdumas.services.dashboard import dashboard
from sipdumas.services.letters import get_letter
from ui.intake.view import BatchItem, IntakeView
from ui.register.letter_form import LetterForm
from ui.register.model import COLUMN_INDEX, COLUMNS

HALF = WIDTH // 2  # 683: a window snapped to half the screen


def available() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def on_screen(window: QWidget) -> bool:
    return available().contains(window.frameGeometry())


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def buttons_inside(window: QWidget) -> list[str]:
    """The visible buttons of ``window`` that lie (partly) outside it: none, when everything fits."""
    outside = []
    for button in window.findChildren(QAbstractButton):
        if _scrolled(button, window):
            continue  # inside a scrolling area: reached by scrolling
        if button.isVisibleTo(window) and button.window() is window:
            rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            if not window.rect().contains(rect):
                outside.append(button.text() or button.toolTip())
    return outside


def test_the_screen_of_the_tests_is_the_laptops(qapp):
    assert QApplication.primaryScreen().geometry().size() == QSize(WIDTH, HEIGHT)


def test_the_main_window_fills_the_laptop_and_snaps_to_half_of_it(db, admin, window_factory, qtbot):
    fill_register(db, admin, 12)
    window = window_factory(db, admin)
    assert window.isMaximized() and on_screen(window)
    assert window.minimumSizeHint().width() <= HALF

    window.showNormal()
    window.resize(HALF, HEIGHT - 40)
    qtbot.waitUntil(lambda: window.width() == HALF, timeout=5000)
    assert window.filters.narrow  # the filter bar in four rows instead of two
    page = window.register_page
    assert page.width() <= window.width()
    for widget in (window.filters.search, window.filters.reset, *window.filters.flags.values(), window.table):
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert widget.isVisible() and right <= window.width(), widget
    # each view scrolls within the window rather than holding it wide
    for key in ("dashboard", "loan_desk", "overdue", "my_work"):
        if window.show_view(key):
            qtbot.wait(10)
            assert window.width() == HALF

    window.show_register()  # the filter bar is laid out again once its page is on screen
    window.resize(WIDTH - 16, HEIGHT - 40)
    qtbot.waitUntil(lambda: not window.filters.narrow, timeout=5000)


def test_the_registers_columns_fit_with_flags_as_icons_and_the_rest_in_a_menu(
    db, admin, window_factory, qtbot, settings
):
    register_flagged(db, admin)
    window = window_factory(db, admin, settings=settings)
    header = window.table.horizontalHeader()
    shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
    assert [COLUMNS[i].key for i in shown] == [c.key for c in COLUMNS if c.shown]
    assert "archive_code" in {COLUMNS[i].key for i in shown} and "duplicate" in {
        COLUMNS[i].key for i in shown
    }
    assert sum(header.sectionSize(i) for i in shown) <= window.table.viewport().width()
    for key in ("carbon_copy", "identity_complete", "duplicate"):
        section = COLUMN_INDEX[key]
        assert header.sectionSize(section) <= 34
        assert isinstance(
            window.model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole), QIcon
        )
        name = window.model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        assert name in ("Tembusan", "Identitas", "Duplikat")

    # the header's menu: every column by name, ticked when shown
    window._column_menu(QPoint(10, 5))
    menu = window.column_menu
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Kode berkas", "Nomor surat", "Tgl surat", "Saluran", "Duplikat"} <= set(actions)
    assert actions["Kode berkas"].isChecked() and not actions["Nomor surat"].isChecked()
    actions["Kode berkas"].trigger()
    actions["Nomor surat"].trigger()
    menu.close()
    assert header.isSectionHidden(COLUMN_INDEX["archive_code"])
    assert (
        not header.isSectionHidden(COLUMN_INDEX["letter_no"])
        and header.sectionSize(COLUMN_INDEX["letter_no"]) > 50
    )
    window.close()  # remembered on this workstation
    again = window_factory(db, admin, settings=settings)
    again_header = again.table.horizontalHeader()
    assert again_header.isSectionHidden(COLUMN_INDEX["archive_code"])
    assert not again_header.isSectionHidden(COLUMN_INDEX["letter_no"])
    again._column_menu(QPoint(10, 5))
    restore = next(a for a in again.column_menu.actions() if a.text() == "Kembalikan kolom bawaan")
    restore.trigger()
    again.column_menu.close()
    assert [i for i in range(len(COLUMNS)) if not again_header.isSectionHidden(i)] == shown


def test_every_window_fits_the_laptop_screen_and_opens_again_at_its_size(
    db, admin, window_factory, qtbot, settings, tmp_path
):
    scanned, extraction = register_scanned(db, admin, tmp_path / "L1.png", RESENDERS[0], "bansos")
    window = window_factory(db, admin, settings=settings)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(scanned.id), 0))
    integrations = window.integrations
    openers = {
        "letter form (new)": lambda: window.new_letter(),
        "letter form (scan)": lambda: window.edit_current(),
        "users": lambda: window.open_users_dialog(),
        "connection": lambda: window.open_connection_dialog(),
        "scan import": lambda: integrations["intake"].open_import(),
        "register import": lambda: integrations["register_import"].open_import(),
        "register export": lambda: integrations["exports"].export_register(),
        "periodic report": lambda: integrations["exports"].periodic_report(),
        "forwarding": lambda: integrations["forwarding"].forward_current(),
        "disposisi": lambda: integrations["forwarding"].dispose_current(),
        "telaah": lambda: integrations["forwarding"].review_current(),
        "status": lambda: window.change_status_current(),
        "agencies": lambda: integrations["settings"].open_agencies(),
        "letter settings": lambda: integrations["settings"].open_letter_settings(),
        "workflow settings": lambda: integrations["settings"].open_calendar(),
        "loan settings": lambda: integrations["settings"].open_loan_settings(),
        "file history": lambda: integrations["archive"].open_history(
            get_letter(db, admin, letter_id=scanned.id).row.archive_code
        ),
        "approvals": lambda: integrations["archive"].open_approvals(),
    }
    for name, open_it in openers.items():
        before = set(QApplication.topLevelWidgets())
        open_it()
        qtbot.waitUntil(
            lambda before=before: any(w.isVisible() for w in set(QApplication.topLevelWidgets()) - before),
            timeout=10000,
        )
        qtbot.wait(50)  # the dialog's first paint: loaded data may grow it
        for dialog in [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()]:
            assert on_screen(dialog), (name, dialog.frameGeometry())
            assert buttons_inside(dialog) == [], name
            dialog.close()

    # a size the user gave is the size the next time, still within the screen
    window.edit_current()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    (form,) = [f for f in window.findChildren(LetterForm) if f.isVisible()]
    form.resize(1100, 640)
    form.reject()
    window.edit_current()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    (form,) = [f for f in window.findChildren(LetterForm) if f.isVisible()]
    assert form.size() == QSize(1100, 640)
    form.reject()
    settings.setValue("windows/letter_form_scan", QSize(3000, 2000))  # remembered on a big monitor
    window.edit_current()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    (form,) = [f for f in window.findChildren(LetterForm) if f.isVisible()]
    qtbot.waitUntil(lambda: on_screen(form), timeout=5000)
    form.reject()


def test_the_intake_view_fits_with_its_register_button_in_reach(db, admin, tasks, qtbot, tmp_path):
    from letter_texts import compose
    from scan_samples import scanned_letter

    path, extraction = scanned_letter(tmp_path / "L1.png", compose(**RESENDERS[0], complaint="jalan"))
    view = IntakeView(db, admin, tasks, [BatchItem(path, extraction)], check_duplicates=False)
    view._confirm_close = lambda pending: True  # closing at teardown asks nobody
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.size() != QSize(1400, 860) and on_screen(view)
    assert buttons_inside(view) == []
    assert view.register_button.isVisible() and view.status.mapTo(view, QPoint(0, 0)).y() < view.height()


def _labels_whole(chart) -> bool:
    """No axis label of ``chart`` is cut: upright bars are wider than their labels, and the space left
    of lying bars is as wide as their widest label."""
    metrics = QFontMetrics(chart.categories.labelsFont())
    labels = chart.categories.categories()
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    area = chart.chart.plotArea()
    if chart.horizontal:
        return area.left() >= widest
    return area.width() / len(labels) >= widest + 4


def test_the_dashboards_labels_stay_whole_on_the_laptop_and_on_half_of_it(db, admin, window_factory, qtbot):
    fill_year(db, admin, 120, today=date.today())
    window = window_factory(db, admin, start_view="dashboard")
    board = window.dashboard
    qtbot.waitUntil(lambda: board.board is not None, timeout=30000)
    qtbot.wait(50)
    assert window.height() < 1000
    assert all(_labels_whole(chart) for chart in board.charts.values())
    assert board.columns == (6, True)
    months = [b.label for b in dashboard(db, admin).per_month]
    assert board.charts["per_month"].categories_shown() == months  # "Jan 2026", whole

    window.showNormal()
    window.resize(HALF, HEIGHT - 40)
    qtbot.waitUntil(lambda: board.columns == (3, False), timeout=5000)
    qtbot.wait(50)
    assert all(_labels_whole(chart) for chart in board.charts.values())
    # months by name alone, each once; the tooltips keep the year
    shown = board.charts["per_month"].categories_shown()
    assert shown == [m.split(" ")[0] for m in months] and len(set(shown)) == len(shown)
    for tile in board.counter_buttons.values():
        assert tile.caption.width() >= QFontMetrics(tile.caption.font()).horizontalAdvance(
            tile.caption.text()
        )
