"""The main window at 1366x768 the way an analyst works it: headers that order the rows (Pengirim and
Tenggat too), phone numbers found however they are typed, Esc emptying the search box, switching user
without quitting, and Bantuan. On SQLite and PostgreSQL, through the real services."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Role
from sipdumas.services import workflow as W
from sipdumas.services.admin.users import create_first_admin, create_user
from sipdumas.services.deadlines import letter_deadlines
from sipdumas.services.letters import LetterInput, SenderData, register_letter
from ui.login import LoginDialog
from ui.register.model import COLUMN_INDEX, letter_at

SIZE = (1366, 768)


def add(db, admin, subject, *, name=None, phone=None, received=None):
    sender = SenderData(name=name, phone=phone, address="Jl. Melati 3" if name else None)
    received = received or date.today() - timedelta(days=3)
    data = LetterInput(received_at=received, subject=subject, sender=sender)
    return register_letter(db, admin, data=data)


def open_window(window_factory, db, actor):
    window = window_factory(db, actor)
    window.resize(*SIZE)
    return window


def shown_ids(window) -> list[int]:
    return [letter_at(window.model.index(r, 0)).id for r in range(window.model.rowCount())]


def click_header(qtbot, window, key: str) -> None:
    header = window.table.horizontalHeader()
    section = COLUMN_INDEX[key]
    window.table.scrollTo(window.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(window.model.loaded, timeout=15000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_pengirim_orders_the_rows_by_the_senders_name(qtbot, db, admin, window_factory):
    dewi = add(db, admin, "a", name="Dewi Lubis", phone="0811111111")
    anon = add(db, admin, "b")
    budi = add(db, admin, "c", name="Budi Santoso", phone="0812222222")
    window = open_window(window_factory, db, admin)
    click_header(qtbot, window, "sender")
    orders = [shown_ids(window)]
    click_header(qtbot, window, "sender")
    orders.append(shown_ids(window))
    assert window.model.query.sort == "sender"
    assert sorted(orders) == sorted([[budi.id, dewi.id, anon.id], [dewi.id, budi.id, anon.id]])
    assert window.table.horizontalHeader().sortIndicatorSection() == COLUMN_INDEX["sender"]


def test_clicking_tenggat_orders_the_rows_by_the_due_date_they_wait_on(qtbot, db, admin, window_factory):
    today = date.today()
    made = [
        add(db, admin, f"surat {i}", received=today - timedelta(days=d)) for i, d in enumerate((2, 9, 5, 1))
    ]
    W.change_status(db, admin, letter_id=made[1].id, expected_version=made[1].version, status="under_review")
    W.change_status(db, admin, letter_id=made[3].id, expected_version=made[3].version, status="filed")
    due = {i: d.due for i, d in letter_deadlines(db, admin, letter_ids=[r.id for r in made]).items()}
    waiting = sorted((i for i in due if due[i] is not None), key=lambda i: (due[i], i))
    window = open_window(window_factory, db, admin)
    click_header(qtbot, window, "deadline")
    if window.model.query.descending:
        click_header(qtbot, window, "deadline")
    assert window.model.query.sort == "deadline" and not window.model.query.descending
    assert shown_ids(window) == [*waiting, made[3].id]  # the filed letter waits on nothing: last


def test_a_phone_typed_in_groups_finds_the_letter(qtbot, db, admin, window_factory):
    found = add(db, admin, "Bantuan sosial", name="Lestari", phone="0852-8190-937")
    add(db, admin, "Jalan rusak", name="Budi", phone="0813-2233-4455")
    window = open_window(window_factory, db, admin)
    for typed in ("0852 8190 937", "0852-8190-937", "+62 852 8190 937"):
        with qtbot.waitSignal(window.model.loaded, timeout=10000):
            window.filters.search.setText(typed)
            qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
        assert shown_ids(window) == [found.id], typed


def test_esc_empties_the_search_box_and_shows_the_register_again(qtbot, db, admin, window_factory):
    add(db, admin, "Pungutan liar")
    add(db, admin, "Jalan rusak")
    window = open_window(window_factory, db, admin)
    window.activateWindow()
    window.focus_search()
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.keyClicks(window.filters.search, "pungutan")
        qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)
    assert window.filters.search.text() == "" and window.model.rowCount() == 2


def test_bantuan_has_a_manual_and_the_shortcuts_of_the_menus(qtbot, db, admin, window_factory):
    window = open_window(window_factory, db, admin)
    window.activateWindow()
    window.act_manual.trigger()
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    text = dialog.manual.toPlainText()
    assert "Panduan singkat SIPDUMAS" in text and "0852-8190-937" in text
    assert dialog.width() <= SIZE[0] and dialog.height() <= SIZE[1]
    rows = {
        (dialog.keys.item(r, 1).text(), dialog.keys.item(r, 2).text()) for r in range(dialog.keys.rowCount())
    }
    assert ("Surat baru", "Ctrl+N") in rows
    assert ("Panduan singkat", "F1") in rows
    assert ("Simpan isian", "Ctrl+Enter") in rows
    assert ("Kosongkan kotak pencarian", "Esc (di kotak pencarian)") in rows
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == [
        "&Panduan singkat",
        "Pintasan &keyboard",
        "&Tentang SIPDUMAS",
    ]
    dialog.close()
    window.act_shortcuts.trigger()
    assert window.help_dialog.tabs.currentIndex() == 1
    qtbot.addWidget(window.help_dialog)


def test_switching_user_keeps_the_client_running(qapp, qtbot, tmp_path, monkeypatch):
    from ui.app import Client

    location = Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path)
    db = Database.open(location)
    boss = create_first_admin(db, username="admin", full_name="Admin Kantor", password="benar-sekali")
    create_user(db, boss, username="rina", full_name="Rina Analis", password="rahasia-123", role=Role.ANALYST)
    db.dispose()
    monkeypatch.setenv("SIPDUMAS_PASSWORD", "benar-sekali")
    asked: list[str] = []

    def sign_in_as_rina(dialog: LoginDialog) -> int:
        asked.append(dialog.username.text())
        dialog.username.setText("rina")
        dialog.password.setText("rahasia-123")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=20000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", sign_in_as_rina)
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    client = Client(qapp, location, user="admin")
    try:
        assert client.start()
        first = client.window
        qtbot.waitUntil(lambda: first.count_label.text() == "0 surat", timeout=10000)
        assert first.act_sign_out.isVisible() and first.act_sign_out in first.file_menu.actions()
        first.act_sign_out.trigger()
        assert asked == [""], "the login dialog asks who, not the one who started the client"
        assert client.window is not first and (not isValid(first) or not first.isVisible())
        qtbot.waitUntil(lambda: client.window.count_label.text() == "0 surat", timeout=10000)
        assert client.window.actor.username == "rina" and client.window.isVisible()
        assert quits == []
    finally:
        if client.window is not None:
            client.window.close()
        client._shutdown()


def test_the_local_administrator_has_no_account_to_leave(db, admin, window_factory):
    window = open_window(window_factory, db, admin)
    assert not window.act_sign_out.isVisible()
