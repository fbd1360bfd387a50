"""The watched scan folder in the client: the folder setting, and the background watcher that registers
what the scanner drops there and reports it on the UI thread."""

from __future__ import annotations

import threading

from letter_texts import compose

from sipdumas.services.letters import count_letters, get_letter
from ui.intake.integration import install_intake
from ui.intake.scan_watcher import ScanFolderDialog, ScanWatcher, save_scan_folder, scan_folder_of

SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}


def test_a_scan_dropped_in_the_folder_is_registered_and_reported(qtbot, tmp_path, db, admin, tasks):
    inbox = tmp_path / "pindaian"
    inbox.mkdir()
    watcher = ScanWatcher(db, admin, tasks, interval=0.1, settle_seconds=0.2)
    received_on = []
    watcher.registered.connect(lambda _r: received_on.append(threading.current_thread()))
    watcher.start(inbox)
    try:
        with qtbot.waitSignal(watcher.registered, timeout=20000) as signal:
            (inbox / "surat.txt").write_text(compose(**SITI, complaint="jalan"), encoding="utf-8")
        result = signal.args[0]
        assert received_on == [threading.main_thread()]  # polled on a worker, delivered on the UI thread
        assert get_letter(db, admin, letter_id=result.id).row.sender.name == "Siti Rahmawati"
        assert (inbox / "processed" / "surat.txt").exists() and not (inbox / "surat.txt").exists()
    finally:
        watcher.stop()
    assert not watcher.running


def test_a_bad_file_is_reported_as_failed_with_its_reason(qtbot, tmp_path, db, admin, tasks):
    inbox = tmp_path / "pindaian"
    inbox.mkdir()
    watcher = ScanWatcher(db, admin, tasks, interval=0.1, settle_seconds=0.2)
    watcher.start(inbox)
    try:
        with qtbot.waitSignal(watcher.failed, timeout=20000) as signal:
            (inbox / "catatan.docx").write_bytes(b"PK\x03\x04")
    finally:
        watcher.stop()
    assert "tidak dikenali" in signal.args[0].error
    assert (inbox / "failed" / "catatan.docx").exists()
    assert count_letters(db, admin) == 0


def test_the_folder_setting_is_remembered_and_validated(qtbot, tmp_path, settings):
    assert scan_folder_of(settings) is None
    dialog = ScanFolderDialog(settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "tidak-ada"))
    dialog.save()
    assert dialog.error.text().startswith("Folder tidak ditemukan") and scan_folder_of(settings) is None
    dialog.folder.setText(str(tmp_path))
    dialog.save()
    assert scan_folder_of(settings) == tmp_path
    save_scan_folder(settings, tmp_path, enabled=False)
    assert scan_folder_of(settings) is None


def test_the_main_window_watches_the_configured_folder(qtbot, tmp_path, db, admin, window_factory, settings):
    inbox = tmp_path / "pindaian"
    inbox.mkdir()
    save_scan_folder(settings, inbox)
    window = window_factory(db, admin)
    intake = install_intake(window, settings=settings)
    assert intake.watcher.running and intake.watcher.folder == inbox
    with qtbot.waitSignal(intake.watcher.registered, timeout=20000):
        (inbox / "surat.txt").write_text(compose(**SITI, complaint="bansos"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    assert "tercatat sebagai surat" in window.statusBar().currentMessage()
    window.close()
    assert not intake.watcher.running
