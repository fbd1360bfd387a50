"""The client when the database is in trouble: the analyst's typing stays, the window says what happened,
and once the database answers again the same form saves.

PostgreSQL: the server is lost for the saving session (a trigger terminates the backend that inserts the
letter, as an administrator's shutdown would); the status bar says the connection is lost, the probe finds
the server back, the window says so. SQLite: another program holds the write lock; the form says the
database is busy.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from sqlalchemy import make_url
from test_database_trouble import server_cut

from sipdumas.services.letters import count_letters
from ui.app import install_database_status
from ui.register.letter_form import LetterForm


@contextmanager
def trouble(db):
    if db.is_sqlite:
        other = sqlite3.connect(make_url(db.url).database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        waits = db.lock_attempt_seconds, db.lock_wait_seconds
        db.lock_attempt_seconds = db.lock_wait_seconds = 0.3
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
            db.lock_attempt_seconds, db.lock_wait_seconds = waits
    else:
        with server_cut(db, after=-1):
            yield


def test_a_failed_save_keeps_the_typing_and_saves_once_the_database_is_back(
    qtbot, db, admin, tasks, window_factory
):
    window = window_factory(db, admin)
    status = install_database_status(window, db, tasks)
    form = LetterForm(db, admin, tasks, parent=window)
    qtbot.addWidget(form)
    form.show()
    form.subject.setText("Bantuan sosial tidak sampai ke warga")
    form.sender_name.setText("Siti Rahayu")
    form.addressee.setText("Presiden Republik Indonesia")

    with trouble(db):
        form.save()
        qtbot.waitUntil(lambda: bool(form.form_error.text()), timeout=30000)
        message = form.form_error.text()
        if db.is_sqlite:
            assert message.startswith("basis data sedang dipakai program lain")
        else:
            assert message.startswith("koneksi ke basis data terputus")
            qtbot.waitUntil(lambda: status.down, timeout=10000)
            assert window.statusBar().currentMessage().startswith("Koneksi ke basis data terputus")
    assert form.isVisible() and form.subject.text() == "Bantuan sosial tidak sampai ke warga"
    assert form.sender_name.text() == "Siti Rahayu" and count_letters(db, admin) == 0

    if not db.is_sqlite:
        with qtbot.waitSignal(status.restored, timeout=30000):
            status.probe()
        assert window.statusBar().currentMessage() == "Koneksi ke basis data pulih."
    with qtbot.waitSignal(form.saved, timeout=30000):
        form.save()
    assert count_letters(db, admin) == 1
