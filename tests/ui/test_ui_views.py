"""The views other modules provide, integrated in the main window (tabs, menus), and the way a view
(e.g. a dashboard counter) shows the register filtered to the letters behind it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from ui_samples import fill_register, register_flagged

from sipdumas.services.letters import LetterQuery


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_scan_intake_is_installed_in_the_window(db, admin, window_factory):
    window = window_factory(db, admin)
    intake = window.integrations["intake"]
    assert "&Impor pindaian…" in menu_texts(window.file_menu)
    assert "&Folder pindaian…" in menu_texts(window.file_menu)
    assert "Ctrl+I" in intake.act_import.shortcut().toString()
    assert window.acceptDrops()


def test_forwarding_and_workflow_actions_are_in_the_letter_menu_and_context_menu(db, admin, window_factory):
    window = window_factory(db, admin)
    forwarding = window.integrations["forwarding"]
    texts = menu_texts(window.letter_menu)
    for text in ("&Teruskan…", "&Cetak surat terpilih…", "&Disposisi…", "T&elaah…"):
        assert text in texts
    assert forwarding.act_forward in window.table.actions()
    assert forwarding.act_forward.shortcut().toString() == "Ctrl+Shift+F"
    # the duplicate comparison is still there beside them
    assert "Bandingkan &duplikat…" in texts


def test_the_client_opens_on_the_dashboard_whose_counters_open_the_filtered_register(
    db, admin, window_factory, qtbot
):
    from ui.dashboard.view import DashboardView

    fill_register(db, admin, 8)
    window = window_factory(db, admin, start_view=None)
    dashboard = window.view("dashboard")
    assert isinstance(dashboard, DashboardView)
    assert window.views.currentWidget() is dashboard
    assert window.views.tabBar().isVisible()
    assert [window.views.tabText(i) for i in range(window.views.count())][:2] == ["&Dasbor", "&Register"]
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10000)
    received = next(b for b in dashboard.counter_buttons.values() if b.isEnabled())
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        received.click()
    assert window.views.currentWidget() is window.register_page
    assert window.filters.active()


def test_a_view_added_beside_the_register_gets_a_tab(db, admin, window_factory):
    window = window_factory(db, admin)
    assert window.views.currentWidget() is window.register_page
    window.add_view(QLabel("loket"), "Meja pinjam", key="loans")
    assert window.views.tabText(window.views.count() - 1) == "Meja pinjam"
    assert window.show_view("loans") and window.views.currentWidget() is window.view("loans")


def test_a_view_shows_the_register_filtered_to_its_letters(db, admin, window_factory, qtbot):
    fill_register(db, admin, 8)
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    window.show_view("dashboard")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.show_register(LetterQuery(duplicate=True))
    assert window.views.currentWidget() is window.register_page
    assert window.filters.flags["duplicate"].isChecked()
    assert {window.model.row_at(r).id for r in range(window.model.rowCount())} == {
        flagged["resent"].id,
        flagged["confirmed"].id,
    }
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.show_register(LetterQuery(status="filed", category="10 Umum"))
    assert not window.filters.flags["duplicate"].isChecked()
    assert window.filters.status.currentData() == "filed"
    assert window.model.query.category == "10 Umum"


def test_screenshot_window_shows_the_register_in_front(db, admin, qtbot, tasks):
    from ui.main_window import MainWindow

    window = MainWindow(db, admin, tasks=tasks, start_view="register")
    qtbot.addWidget(window)
    assert window.views.currentWidget() is window.register_page
    with qtbot.waitSignal(window.ready, timeout=10000):
        window.show()


def test_flag_comparison_and_user_strings_are_translated_to_english(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_translations

    monkeypatch.setenv("SIPDUMAS_LANG", "en")
    try:
        install_translations(qapp)
        assert QCoreApplication.translate("RegisterModel", "Duplikat") == "Duplicate"
        assert QCoreApplication.translate("FilterBar", "Identitas kurang") == "Identity missing"
        assert QCoreApplication.translate("DuplicateCompareDialog", "&Benar duplikat") == "&Is a duplicate"
        assert QCoreApplication.translate("UsersDialog", "&Tambah akun") == "&Add account"
        assert QCoreApplication.translate("Role", "Arsiparis") == "Archivist"
    finally:
        monkeypatch.setenv("SIPDUMAS_LANG", "id")
        install_translations(qapp)
