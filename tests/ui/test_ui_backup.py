"""Pengaturan → Cadangan dan jejak audit…: the daily backup's folder and rotation, a backup now with its
outcome shown, the audit trail's head and its check; the status bar of an administrator shows the last
backup, and the scheduler backs up when the daily backup is due."""

from __future__ import annotations

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.admin import backup
from ui.settings.backup_dialog import BackupDialog


def test_backup_now_from_the_dialog_and_the_audit_head(qtbot, db, admin, tasks, tmp_path):
    dialog = BackupDialog(db, admin, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "entri" in dialog.head.text(), timeout=10000)
    assert dialog.last.text() == "Belum pernah ada cadangan"
    folder = tmp_path / "cadangan"
    dialog.enabled.setChecked(True)
    dialog.folder.setText(str(folder))
    dialog.keep.setValue(2)
    with qtbot.waitSignal(dialog.backed_up, timeout=60000) as done:
        dialog.now_button.click()
    assert done.args[0].ok and done.args[0].path.parent == folder
    qtbot.waitUntil(lambda: "berhasil" in dialog.last.text(), timeout=10000)
    status = backup.backup_status(db, admin)
    assert status.schedule.enabled and status.schedule.keep == 2
    with qtbot.waitSignal(dialog.verified, timeout=10000) as checked:
        dialog.verify_button.click()
    assert checked.args[0].ok and "Utuh" in dialog.verify_result.text()
    qtbot.waitUntil(lambda: len(dialog.head.text().split()[-1]) == 64, timeout=10000)


def test_the_status_bar_shows_the_last_backup_and_the_scheduler_runs_it_when_due(
    qtbot, db, admin, window_factory, tmp_path
):
    backup.save_backup_schedule(db, admin, enabled=True, folder=str(tmp_path / "harian"), keep=3)
    window = window_factory(db, admin)
    settings = window.integrations["settings"]
    assert settings.act_backup.isVisible()
    with qtbot.waitSignal(settings.scheduler.ran, timeout=60000) as ran:
        settings.scheduler.check()  # the timer's first look, without waiting a minute
    assert ran.args[0].ok
    qtbot.waitUntil(lambda: "berhasil" in settings.backup_label.text(), timeout=10000)
    assert len(list((tmp_path / "harian").iterdir())) == 1
    analyst = window_factory(db, Actor("andi", Role.ANALYST))
    assert not analyst.integrations["settings"].act_backup.isVisible()
    assert analyst.integrations["settings"].scheduler is None
