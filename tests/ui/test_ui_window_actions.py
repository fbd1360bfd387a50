"""Actions from the main window: register, edit, change status, connection settings."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import QMessageBox
from ui_samples import fill_register

from sipdumas.db.location import config_file
from sipdumas.services.letters import count_letters, get_letter
from ui.register.letter_form import LetterForm
from ui.register.model import COLUMN_INDEX
from ui.settings.connection_dialog import ConnectionDialog
from ui.workflow.status_dialog import StatusDialog


def _dialog(window, kind):
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_ctrl_n_registers_a_letter_that_then_appears_selected_in_the_register(
    db, admin, window_factory, qtbot
):
    fill_register(db, admin, 5)
    window = window_factory(db, admin)
    window.act_new.trigger()
    form = _dialog(window, LetterForm)
    form.subject.setText("Jembatan desa ambruk belum diperbaiki")
    form.sender_name.setText("Teguh Wibowo")
    form.phone.setText("0813 2222 3333")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        form.save()
    assert count_letters(db, admin) == 6
    assert window.model.rowCount() == 6
    current = window.current_letter()
    assert current is not None and current.subject == "Jembatan desa ambruk belum diperbaiki"
    assert current.sender.phone == "+6281322223333"
    assert "tercatat" in window.statusBar().currentMessage()


def test_editing_from_the_register_updates_the_row_in_place(db, admin, window_factory, qtbot):
    fill_register(db, admin, 5)
    window = window_factory(db, admin)
    window.table.selectRow(2)
    letter = window.current_letter()
    window.act_edit.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(LetterForm)), timeout=10000)
    form = _dialog(window, LetterForm)
    assert form.subject.text() == (letter.subject or "")
    form.subject.setText("Perihal yang diperbaiki")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    assert window.model.index(2, COLUMN_INDEX["subject"]).data() == "Perihal yang diperbaiki"
    assert get_letter(db, admin, letter_id=letter.id).data.subject == "Perihal yang diperbaiki"


def test_status_change_from_the_register(db, admin, window_factory, qtbot):
    fill_register(db, admin, 3)
    window = window_factory(db, admin)
    row = next(r for r in range(3) if window.model.row_at(r).status == "received")
    window.table.selectRow(row)
    window.act_status.trigger()
    dialog = _dialog(window, StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("filed"))
    dialog.note.setPlainText("hanya tembusan")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert window.model.index(row, COLUMN_INDEX["status"]).data() == "Diarsipkan"


def test_connection_dialog_tests_and_saves_a_database(qtbot, tmp_path, tasks, monkeypatch, db):
    dialog = ConnectionDialog(db.location, tasks)
    qtbot.addWidget(dialog)
    target = tmp_path / "lain.sqlite3"
    dialog.use_sqlite.setChecked(True)
    dialog.sqlite_path.setText(str(target))
    dialog.data_dir.setText(str(tmp_path / "data"))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✓"), timeout=10000)
    assert "akan disiapkan" in dialog.result.text()

    dialog.use_pg.setChecked(True)
    dialog.pg_url.setText("mysql://server/db")
    dialog.test_connection()
    assert "tidak didukung" in dialog.error.text()

    dialog.use_sqlite.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    switched = []
    dialog.switch_requested.connect(switched.append)
    dialog.save()
    saved = json.loads(config_file().read_text(encoding="utf-8"))
    assert saved["database_url"] == f"sqlite:///{target}"
    assert saved["data_dir"] == str(tmp_path / "data")
    assert switched and switched[0].database_url == f"sqlite:///{target}"
    config_file().unlink()


def test_today_is_the_default_date_received(qtbot):
    # The form opens on today's date: most letters are registered the day they arrive.
    from ui.common.widgets import DateEdit

    assert DateEdit().value() == date.today()
