"""Starting the client: the first administrator, signing in, and ``gui --screenshot``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from laptop import LAPTOP
from PySide6.QtGui import QImage
from ui_samples import fill_register

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.admin.users import authenticate, create_first_admin, has_users
from ui.login import FirstAdminDialog, LoginDialog

ROOT = Path(__file__).resolve().parents[2]


def test_first_admin_dialog_creates_an_account_that_can_sign_in(qtbot, db, tasks):
    dialog = FirstAdminDialog(db, tasks)
    qtbot.addWidget(dialog)
    dialog.username.setText("rina.analis")
    dialog.full_name.setText("Rina Kartika")
    dialog.password.setText("rahasia-123")
    dialog.password2.setText("rahasia-123")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert dialog.actor.username == "rina.analis"
    assert dialog.actor.role == Role.ADMIN
    assert has_users(db)
    assert authenticate(db, username="rina.analis", password="rahasia-123").full_name == "Rina Kartika"


def test_first_admin_dialog_refuses_short_or_mismatched_passwords_before_asking_the_database(
    qtbot, db, tasks
):
    dialog = FirstAdminDialog(db, tasks)
    qtbot.addWidget(dialog)
    dialog.username.setText("rina")
    dialog.password.setText("pendek")
    dialog.password2.setText("pendek")
    dialog.submit()
    assert "paling sedikit 8 karakter" in dialog.error.text()
    dialog.password.setText("rahasia-123")
    dialog.password2.setText("rahasia-124")
    dialog.submit()
    assert dialog.error.text() == "Kedua kata sandi tidak sama"
    dialog.username.setText("rina kartika")
    dialog.submit()
    assert "spasi" in dialog.error.text()
    assert not has_users(db)


def test_login_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, db, tasks):
    create_first_admin(db, username="admin", full_name="Admin Kantor", password="benar-sekali")
    dialog = LoginDialog(db, tasks, username="admin")
    qtbot.addWidget(dialog)
    dialog.password.setText("salah-sekali")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah"
    assert dialog.actor is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.password.text() == ""  # typed again, not kept
    dialog.password.setText("benar-sekali")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert dialog.actor.username == "admin"


def _run_screenshot(url: str, out: Path, *options: str, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": LAPTOP, **env}
    return subprocess.run(
        [sys.executable, "-m", "sipdumas", "--db", url, "gui", "--screenshot", str(out), *options],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_screenshot_command_writes_the_register_as_png(tmp_path):
    path = tmp_path / "register.sqlite3"
    db = Database.open(Location(f"sqlite:///{path}", tmp_path))
    fill_register(db, Actor.local_admin(), 12)
    db.dispose()
    out = tmp_path / "shot.png"
    result = _run_screenshot(f"sqlite:///{path}", out)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    # the size the window opens with on a 1366 x 768 laptop: the whole screen (maximised), not more
    assert 1300 <= image.width() <= 1366 and 700 <= image.height() <= 768

    forced = tmp_path / "forced.png"
    result = _run_screenshot(f"sqlite:///{path}", forced, "--size", "1640x800")
    assert result.returncode == 0, result.stderr
    assert QImage(str(forced)).size().toTuple() == (1640, 800)
    result = _run_screenshot(f"sqlite:///{path}", forced, "--size", "breit")
    assert result.returncode == 2 and "LEBARxTINGGI" in result.stderr


def test_screenshot_on_a_new_database_needs_no_account(tmp_path):
    out = tmp_path / "empty.png"
    result = _run_screenshot(f"sqlite:///{tmp_path / 'new.sqlite3'}", out)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


@pytest.mark.parametrize("password, expected", [(None, 2), ("salah-sekali", 2), ("benar-sekali", 0)])
def test_screenshot_on_a_database_with_accounts_signs_in_like_the_cli(
    tmp_path, monkeypatch, password, expected
):
    path = tmp_path / "register.sqlite3"
    db = Database.open(Location(f"sqlite:///{path}", tmp_path))
    create_first_admin(db, username="admin", full_name="Admin", password="benar-sekali")
    db.dispose()
    env = {"SIPDUMAS_USER": "admin"}
    if password:
        env["SIPDUMAS_PASSWORD"] = password
    else:
        monkeypatch.delenv("SIPDUMAS_PASSWORD", raising=False)
    result = _run_screenshot(f"sqlite:///{path}", tmp_path / "x.png", **env)
    assert result.returncode == expected, result.stderr
    if expected:
        assert result.stderr.strip()


def test_english_interface_is_loaded_when_asked_for(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_translations

    monkeypatch.setenv("SIPDUMAS_LANG", "en")
    try:
        install_translations(qapp)
        assert QCoreApplication.translate("MainWindow", "Surat &baru…") == "&New letter…"
        assert QCoreApplication.translate("Status", "Diarsipkan") == "Filed"
    finally:
        monkeypatch.setenv("SIPDUMAS_LANG", "id")
        install_translations(qapp)
    assert QCoreApplication.translate("MainWindow", "Surat &baru…") == "Surat &baru…"


def test_client_signs_in_with_user_and_password_from_the_environment(qapp, qtbot, tmp_path, monkeypatch):
    from ui.app import Client

    location = Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path)
    db = Database.open(location)
    create_first_admin(db, username="admin", full_name="Admin Kantor", password="benar-sekali")
    db.dispose()
    monkeypatch.setenv("SIPDUMAS_PASSWORD", "benar-sekali")
    client = Client(qapp, location, user="admin")
    try:
        assert client.start()
        qtbot.addWidget(client.window)
        qtbot.waitUntil(lambda: client.window.count_label.text() == "0 surat", timeout=10000)
        assert client.window.actor.username == "admin"
        assert "Admin Kantor" in client.window.user_label.text()
    finally:
        if client.window is not None:
            client.window.close()
        client._shutdown()


def test_client_asks_again_when_the_environment_password_is_wrong(qapp, tmp_path, monkeypatch):
    from ui.app import Client

    location = Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path)
    db = Database.open(location)
    create_first_admin(db, username="admin", full_name="Admin", password="benar-sekali")
    db.dispose()
    monkeypatch.setenv("SIPDUMAS_PASSWORD", "salah-sekali")
    asked = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: asked.append(self.username.text()) or 0)
    client = Client(qapp, location, user="admin")
    try:
        assert client.start() is False  # the user closed the login dialog
        assert asked == ["admin"]
    finally:
        client._shutdown()
