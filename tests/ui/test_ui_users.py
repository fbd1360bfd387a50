"""Account management for administrators: Berkas → Pengguna…"""

from __future__ import annotations

import pytest

from sipdumas.domain.errors import AuthenticationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.admin.users import authenticate, create_first_admin, list_users
from ui.settings.users_dialog import UsersDialog


@pytest.fixture
def signed_in_admin(db):
    return create_first_admin(db, username="sri", full_name="Sri Wahyuni", password="rahasia-123")


def users_dialog(qtbot, db, actor, tasks) -> UsersDialog:
    dialog = UsersDialog(db, actor, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    return dialog


def test_admin_adds_an_account_that_can_sign_in(qtbot, db, tasks, signed_in_admin):
    dialog = users_dialog(qtbot, db, signed_in_admin, tasks)
    assert dialog.table.item(0, 0).text() == "sri"
    assert dialog.table.item(0, 2).text() == "Administrator"
    dialog.username.setText("andi.analis")
    dialog.full_name.setText("Andi Pratama")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ARCHIVIST.value))
    dialog.password.setText("arsip-12345")
    dialog.password2.setText("arsip-12345")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert "Akun andi.analis dibuat" in dialog.message.text()
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["andi.analis", "sri"]
    assert dialog.table.item(0, 2).text() == "Arsiparis"
    assert dialog.username.text() == "" and dialog.password.text() == ""
    actor = authenticate(db, username="andi.analis", password="arsip-12345")
    assert actor.role is Role.ARCHIVIST and actor.full_name == "Andi Pratama"


def test_the_form_refuses_before_asking_and_shows_the_services_refusal(qtbot, db, tasks, signed_in_admin):
    dialog = users_dialog(qtbot, db, signed_in_admin, tasks)
    dialog.username.setText("andi analis")
    dialog.password.setText("arsip-12345")
    dialog.password2.setText("arsip-12345")
    dialog.add_button.click()
    assert "spasi" in dialog.error.text()
    dialog.username.setText("andi")
    dialog.password2.setText("arsip-99999")
    dialog.add_button.click()
    assert dialog.error.text() == "Kedua kata sandi tidak sama"
    dialog.username.setText("sri")  # taken
    dialog.password2.setText("arsip-12345")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "sudah dipakai" in dialog.error.text(), timeout=10000)
    assert len(list_users(db, signed_in_admin)) == 1


def test_deactivate_and_reset_password(qtbot, db, tasks, signed_in_admin):
    from sipdumas.services.admin.users import create_user

    create_user(
        db, signed_in_admin, username="andi", full_name="Andi", password="analis-123", role=Role.ANALYST
    )
    dialog = users_dialog(qtbot, db, signed_in_admin, tasks)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)
    assert dialog.toggle_button.text() == "&Nonaktifkan"
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.toggle_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "nonaktif", timeout=10000)
    with pytest.raises(AuthenticationFailed):
        authenticate(db, username="andi", password="analis-123")
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.toggle_button.click()
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.set_password("andi", "sandi-baru-1")
    assert authenticate(db, username="andi", password="sandi-baru-1").username == "andi"
    # one's own account cannot be switched off (the service says why)
    dialog.table.selectRow(1)
    dialog.toggle_button.click()
    qtbot.waitUntil(lambda: "sedang dipakai" in dialog.error.text(), timeout=10000)


def test_users_menu_only_for_administrators(db, window_factory, signed_in_admin):
    window = window_factory(db, signed_in_admin)
    assert window.act_users.isVisible() and window.act_users in window.file_menu.actions()
    analyst = Actor(username="andi", role=Role.ANALYST)
    other = window_factory(db, analyst)
    assert not other.act_users.isEnabled()
    assert other.act_users not in other.file_menu.actions()
