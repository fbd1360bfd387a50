"""Pengaturan → Cadangan dan jejak audit… (administrators): the daily backup (folder, how many to keep),
a backup now, the outcome of the last one, and the audit trail's head hash with a check of the chain.

Everything runs through :class:`~ui.tasks.TaskRunner`: the backup as a job with progress, the rest on
the database lane. The services (:mod:`sipdumas.services.admin.backup`,
:mod:`sipdumas.services.admin.audit_trail`) check the permission and write the audit trail.
:class:`BackupScheduler` runs the daily backup from an administrator's client when it is due.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.admin import audit_trail, backup
from ui.login import error_text
from ui.tasks import TaskRunner

#: How often an administrator's client looks whether the daily backup is due (milliseconds).
CHECK_EVERY_MS = 30 * 60 * 1000
#: The first look, a little after the client opened, so start-up is not slowed.
FIRST_CHECK_MS = 60 * 1000


def last_backup_text(last: backup.LastBackup | None) -> str:
    """When the last backup ran and how it ended, for the dialog and an administrator's status bar."""
    if last is None:
        return QCoreApplication.translate("BackupDialog", "Belum pernah ada cadangan")
    when = last.at.astimezone().strftime("%d-%m-%Y %H:%M")
    if last.ok:
        return QCoreApplication.translate("BackupDialog", "Cadangan terakhir %1: berhasil").replace(
            "%1", when
        )
    text = QCoreApplication.translate("BackupDialog", "Cadangan terakhir %1: GAGAL (%2)")
    return text.replace("%1", when).replace("%2", last.message)


class BackupDialog(QDialog):
    """The backup schedule, a backup now, and the audit trail's head."""

    saved = Signal(object)  # BackupStatus
    backed_up = Signal(object)  # BackupResult
    verified = Signal(object)  # ChainReport

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.job = None
        self.setWindowTitle(self.tr("Cadangan dan jejak audit"))
        self.setMinimumWidth(620)

        box = QGroupBox(self.tr("Cadangan harian"), self)
        self.enabled = QCheckBox(self.tr("Cadangkan &setiap hari"), box)
        self.folder = QLineEdit(box)
        self.folder.setPlaceholderText(self.tr("folder tujuan, sebaiknya di komputer atau diska lain"))
        browse = QPushButton(self.tr("&Pilih…"), box)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox(box)
        self.keep.setRange(1, 365)
        self.keep.setValue(backup.DEFAULT_KEEP)
        self.keep.setSuffix(self.tr(" cadangan terakhir"))
        form = QFormLayout(box)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Si&mpan:"), self.keep)
        self.last = QLabel(self.tr("Memuat…"), box)
        self.last.setWordWrap(True)
        form.addRow(self.tr("Terakhir:"), self.last)
        self.progress = QProgressBar(box)
        self.progress.setVisible(False)
        form.addRow("", self.progress)
        buttons_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan &jadwal"), box)
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(self.tr("Cadangkan &sekarang"), box)
        self.now_button.clicked.connect(self.back_up_now)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.save_button)
        buttons_row.addWidget(self.now_button)
        form.addRow(buttons_row)

        trail = QGroupBox(self.tr("Jejak audit"), self)
        self.head = QLabel(self.tr("Memuat…"), trail)
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head.setToolTip(
            self.tr(
                "Catat atau cetak sidik ini; bila kelak 'sipdumas audit verify --expect SIDIK' gagal, "
                "jejak audit telah diubah sejak sidik ini dicatat"
            )
        )
        self.verify_result = QLabel("", trail)
        self.verify_result.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Periksa keutuhan"), trail)
        self.verify_button.clicked.connect(self.verify)
        trail_layout = QVBoxLayout(trail)
        trail_layout.addWidget(self.head)
        trail_layout.addWidget(self.verify_result)
        trail_layout.addWidget(self.verify_button)

        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(trail)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.load()

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        db, actor = self.db, self.actor
        self.tasks.run(
            lambda: (backup.backup_status(db, actor), audit_trail.audit_head(db, actor)),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, result) -> None:
        status, head = result
        self.enabled.setChecked(status.schedule.enabled)
        self.folder.setText(status.schedule.folder)
        self.keep.setValue(status.schedule.keep)
        self._show_last(status.last)
        self.head.setText(
            self.tr("%1 entri; sidik terakhir (SHA-256):\n%2")
            .replace("%1", str(head.seq))
            .replace("%2", head.hash)
        )

    def _show_last(self, last) -> None:
        self.last.setText(last_backup_text(last))
        failed = last is not None and not last.ok
        self.last.setStyleSheet("color: #b71c1c;" if failed else "")

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.progress.setVisible(False)
        self.now_button.setEnabled(True)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan"), self.folder.text())
        if path:
            self.folder.setText(path)

    # ------------------------------------------------------------ actions

    def save(self) -> None:
        db, actor = self.db, self.actor
        enabled, folder, keep = self.enabled.isChecked(), self.folder.text().strip(), self.keep.value()
        self.error.clear()
        self.tasks.run(
            lambda: backup.save_backup_schedule(db, actor, enabled=enabled, folder=folder, keep=keep),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, status) -> None:
        self._show_last(status.last)
        self.saved.emit(status)

    def back_up_now(self) -> None:
        """Save the schedule's folder first (a backup now goes where the daily ones go), then back up."""
        db, actor = self.db, self.actor
        enabled, folder, keep = self.enabled.isChecked(), self.folder.text().strip(), self.keep.value()
        self.error.clear()
        self.now_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def work(progress, cancel):
            backup.save_backup_schedule(db, actor, enabled=enabled, folder=folder, keep=keep)
            return backup.run_scheduled_backup(
                db, actor, on_progress=lambda done, total: progress((done, total))
            )

        self.job = self.tasks.start(
            work, self._backed_up, self._failed, on_progress=self._progress, owner=self
        )

    def _progress(self, value) -> None:
        done, total = value
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _backed_up(self, result) -> None:
        self.progress.setVisible(False)
        self.now_button.setEnabled(True)
        self.load()
        self.backed_up.emit(result)

    def verify(self) -> None:
        db, actor = self.db, self.actor
        self.verify_result.setText(self.tr("Memeriksa…"))
        self.tasks.run(lambda: audit_trail.verify_audit(db, actor), self._verified, self._failed, owner=self)

    def _verified(self, report) -> None:
        if report.ok:
            self.verify_result.setText(
                self.tr("Utuh: %1 entri, semua mata rantai cocok").replace("%1", str(report.entries))
            )
            self.verify_result.setStyleSheet("color: #1b5e20;")
        else:
            first = report.problems[0]["message"] if report.problems else ""
            self.verify_result.setText(
                self.tr("TIDAK UTUH: %1 masalah. %2")
                .replace("%1", str(report.problem_count))
                .replace("%2", first)
            )
            self.verify_result.setStyleSheet("color: #b71c1c;")
        self.verified.emit(report)


class BackupScheduler(QObject):
    """Runs the daily backup from an administrator's client when it is due (scheduled, and no attempt
    yet today on any workstation), and shows the outcome of the last backup in the status bar."""

    ran = Signal(object)  # BackupResult or the error

    def __init__(self, window, label: QLabel):
        super().__init__(window)
        self.window, self.label = window, label
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> None:
        w = self.window
        if self.running:
            return
        w.tasks.run(
            lambda: backup.backup_status(w.db, w.actor), self._status, lambda _exc: None, owner=self.label
        )

    def _status(self, status) -> None:
        self.show(status.last)
        if status.due() and not self.running:
            w = self.window
            self.running = True
            w.tasks.start(
                lambda progress, cancel: backup.run_scheduled_backup(w.db, w.actor),
                self._done,
                self._done,
                owner=self.label,
            )

    def _done(self, outcome) -> None:
        self.running = False
        self.ran.emit(outcome)
        self.check()

    def show(self, last) -> None:
        self.label.setText(last_backup_text(last))
        failed = last is not None and not last.ok
        self.label.setStyleSheet("color: #b71c1c;" if failed else "color: #616161;")
