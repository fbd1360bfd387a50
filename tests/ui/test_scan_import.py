"""The "Impor pindaian" dialog and the main window's intake entry points: files chosen or dropped are
read in the background with progress, unreadable ones listed, cancel stops at once."""

from __future__ import annotations

import shutil

import pytest
from letter_texts import compose
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from sipdumas.services.letters import count_letters
from ui.intake.integration import install_intake
from ui.intake.scan_import_dialog import ScanImportDialog
from ui.intake.view import IntakeView

SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}


@pytest.fixture(autouse=True)
def _no_close_question(monkeypatch):
    monkeypatch.setattr(IntakeView, "_confirm_close", lambda self, pending: True)


def letter(tmp_path, file_name, complaint="jalan"):
    path = tmp_path / file_name
    path.write_text(compose(**SITI, complaint=complaint), encoding="utf-8")
    return path


def drop(widget, paths):
    """Drag ``paths`` from a file manager and drop them on ``widget``, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drop target refused the files"
    dropped = QDropEvent(
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, dropped)
    return dropped


def test_files_are_read_with_progress_and_unreadable_ones_listed(qtbot, tmp_path, tasks):
    good = letter(tmp_path, "a.txt")
    bad = tmp_path / "rusak.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    dialog = ScanImportDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start([good, bad])
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.errors.isVisible() and dialog.errors.count() == 1
    assert dialog.errors.item(0).text().startswith("rusak.png: ")
    assert "1 dari 2 berkas terbaca" in dialog.status.text()
    assert dialog.review_button.isEnabled() and dialog.review_button.text() == "P&eriksa 1 surat"
    with qtbot.waitSignal(dialog.batch_ready) as ready:
        dialog.review_button.click()
    assert [item.path.name for item in ready.args[0]] == ["a.txt"]


def test_cancel_stops_the_reading_at_once(qtbot, tmp_path, corpus, tasks):
    scans = []
    for name in ("L0001.png", "L0002.png", "L0004.png", "L0005.png", "L0006.png", "L0007.png"):
        scans.append(tmp_path / name)
        shutil.copy(corpus / name, scans[-1])
    dialog = ScanImportDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(scans)
    assert dialog.running and dialog.progress.maximum() == len(scans)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    cancelled = [item for item in dialog.items if item.extraction.error == "dibatalkan"]
    assert cancelled, "every file was read anyway"
    assert dialog.status.text().startswith("Dibatalkan:")
    assert dialog.errors.count() == 0  # a cancelled file is not an unreadable one
    assert dialog.cancel_button.text() == "&Tutup"
    # the bar shows the pages really read, not a full bar for a batch that was stopped
    read = sum(item.extraction.pages for item in dialog.items if not item.extraction.error)
    assert dialog.progress.value() == read < dialog.progress.maximum()
    assert dialog.progress.text().endswith("halaman terbaca (dibatalkan)")


def test_files_dropped_on_the_dialog_are_imported(qtbot, tmp_path, tasks):
    dialog = ScanImportDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.batch_ready, timeout=20000) as ready:
        event = drop(dialog, [letter(tmp_path, "a.txt"), letter(tmp_path, "b.txt", "tanah")])
        assert event.isAccepted()
    assert [item.path.name for item in ready.args[0]] == ["a.txt", "b.txt"]


def test_main_window_offers_import_and_a_file_dropped_on_it_opens_the_intake_view(
    qtbot, tmp_path, db, admin, window_factory, settings
):
    window = window_factory(db, admin)
    intake = install_intake(window, settings=settings)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu())
    assert intake.act_import in file_menu.actions()
    assert intake.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.acceptDrops()

    drop(window, [letter(tmp_path, "a.txt")])
    qtbot.waitUntil(lambda: len(intake.views) == 1, timeout=20000)
    view = intake.views[0]
    assert view.isVisible() and view.sender_name.text() == "Siti Rahmawati"
    with qtbot.waitSignal(window.model.loaded, timeout=20000):
        view.register_current()
    assert count_letters(db, admin) == 1
    assert window.model.rowCount() == 1
    view.close()
