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


def test_register_alone_has_no_tab_bar_and_a_view_added_beside_it_gets_one(db, admin, window_factory, qtbot):
    window = window_factory(db, admin)
    assert window.views.currentWidget() is window.register_page
    assert not window.views.tabBar().isVisible()
    window.add_view(QLabel("loket"), "Meja pinjam", key="loans")
    assert window.views.tabBar().isVisible()
    assert [window.views.tabText(i) for i in range(window.views.count())] == ["&Register", "Meja pinjam"]
    assert window.show_view("loans") and window.views.currentWidget() is window.view("loans")


def test_a_view_shows_the_register_filtered_to_its_letters(db, admin, window_factory, qtbot):
    fill_register(db, admin, 8)
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    window.add_view(QLabel("dasbor"), "Dasbor", first=True, key="dashboard")
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


def test_the_dashboard_when_installed_is_the_first_screen(db, admin, qtbot, tasks, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setattr(
        MainWindow,
        "_install_views",
        lambda self: self.add_view(QLabel("dasbor"), "Dasbor", first=True, key="dashboard"),
    )
    window = MainWindow(db, admin, tasks=tasks)
    qtbot.addWidget(window)
    assert window.views.currentWidget() is window.view("dashboard")
    screenshot = MainWindow(db, admin, tasks=tasks, start_view="register")
    qtbot.addWidget(screenshot)
    assert screenshot.views.currentWidget() is screenshot.register_page
    with qtbot.waitSignal(screenshot.ready, timeout=10000):
        screenshot.show()


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
