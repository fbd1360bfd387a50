"""The watched scan folder in the client: where the scanner saves, and a watcher that registers each scan.

The folder is a per-user, per-workstation setting (``QSettings`` key :data:`SETTINGS_KEY`), chosen in
:class:`ScanFolderDialog`. :class:`ScanWatcher` calls :func:`sipdumas.services.scan_folder.poll` every
few seconds off the UI thread: a scan is taken once it has stopped
changing, registered, and moved to ``processed/`` or ``failed/`` (see the service). Each result comes back
on the UI thread through ``registered``/``failed``; a poll that fails as a whole (database unreachable)
is reported through ``problem`` and retried at the next interval.

The loop (:func:`watch_folder`) is a job on the client's :class:`~ui.tasks.TaskRunner` that runs until
stopped: every result is one of its progress values. One poll may OCR several pages (in Tesseract
processes) and cannot be interrupted before its first file is read; on stopping, the client waits a
moment (:data:`STOP_SECONDS`) and then lets the thread end with the process. A file registered but not
yet moved is recognised by its SHA-256 at the next start and not registered twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.registration import IngestResult
from sipdumas.services.scan_folder import ScanFolder, poll
from ui.common.form_dialog import FormDialog
from ui.login import error_text
from ui.tasks import Job, TaskRunner

log = logging.getLogger(__name__)

SETTINGS_KEY = "intake/scan_folder"
ENABLED_KEY = "intake/watch_enabled"
#: Seconds between two looks at the folder.
POLL_SECONDS = 3.0
#: A file must be unchanged this long before it is taken (the scanner may still be writing it).
SETTLE_SECONDS = 2.0
#: Seconds :meth:`ScanWatcher.stop` waits for a poll in progress.
STOP_SECONDS = 5.0


def scan_folder_of(settings: QSettings) -> Path | None:
    """The watched folder, or None when none is chosen or watching is switched off."""
    folder = settings.value(SETTINGS_KEY, "", str)
    enabled = settings.value(ENABLED_KEY, True, bool)
    return Path(folder) if folder and enabled else None


def save_scan_folder(settings: QSettings, folder: Path | None, *, enabled: bool = True) -> None:
    settings.setValue(SETTINGS_KEY, str(folder) if folder else "")
    settings.setValue(ENABLED_KEY, bool(enabled))
    settings.sync()


class ScanFolderDialog(FormDialog):
    """Choose the scanner's output folder and whether the client watches it."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Folder pindaian"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Pindaian yang disimpan pemindai di folder ini didaftarkan otomatis begitu berkasnya selesai "
                "ditulis, lalu dipindah ke subfolder processed/ (atau failed/ beserta alasannya). Berkas yang "
                "isinya sudah terdaftar tidak didaftarkan dua kali."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(settings.value(SETTINGS_KEY, "", str), self)
        self.folder.setPlaceholderText(self.tr("mis. D:\\Pindaian\\Masuk"))
        browse = QPushButton(self.tr("&Pilih…"), self)
        browse.clicked.connect(self.browse)
        self.enabled = QCheckBox(self.tr("&Pantau folder ini"), self)
        self.enabled.setChecked(settings.value(ENABLED_KEY, True, bool))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.enabled)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_up_form(save=self.save, first=self.folder)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder keluaran pemindai"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def chosen(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text) if text else None

    def save(self) -> None:
        folder = self.chosen()
        if folder is not None and not folder.is_dir():
            self.error.setText(self.tr("Folder tidak ditemukan: %1").replace("%1", str(folder)))
            self.error.show()
            return
        save_scan_folder(self._settings, folder, enabled=self.enabled.isChecked())
        self.accept()


class ScanWatcher(QObject):
    """Registers what the scanner drops in ``folder`` until :meth:`stop`.

    ``registered(IngestResult)`` per letter registered; ``skipped(IngestResult)`` per file already
    registered (moved to ``processed/`` with a note, not registered twice); ``failed(IngestResult)`` per
    file refused (moved to ``failed/``, or left for the next poll when the database was out of reach);
    ``problem(str)`` when a whole poll failed, or the folder cannot be watched at all.
    """

    registered = Signal(object)
    skipped = Signal(object)
    failed = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        *,
        interval: float = POLL_SECONDS,
        settle_seconds: float = SETTLE_SECONDS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._tasks = tasks
        self.interval = interval
        self.settle_seconds = settle_seconds
        self.folder: Path | None = None
        self._job: Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def start(self, folder: Path) -> None:
        """Watch ``folder`` (stopping the watch of another folder first)."""
        self.stop()
        self.folder = Path(folder)
        db, actor, folder = self._db, self._actor, self.folder
        interval, settle = self.interval, self.settle_seconds
        self._job = self._tasks.start(
            lambda progress, cancel: watch_folder(
                db, actor, folder, interval=interval, settle_seconds=settle, report=progress, stop=cancel
            ),
            None,
            partial(self._unusable, folder),
            on_progress=self._report,
            owner=self,
            name="scan-folder",
        )

    def stop(self, timeout: float = STOP_SECONDS) -> None:
        """Stop watching; wait up to ``timeout`` seconds for a poll in progress to end."""
        if self._job is not None:
            self._job.stop(timeout)
        self._job = None

    def _report(self, value: IngestResult | Exception) -> None:
        if isinstance(value, Exception):
            self.problem.emit(error_text(value))
        elif value.skipped:
            self.skipped.emit(value)
        elif value.error or value.id is None:
            self.failed.emit(value)
        else:
            self.registered.emit(value)

    def _unusable(self, folder: Path, exc: BaseException) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        self.problem.emit(f"Folder pindaian {folder} tidak dapat dipakai: {reason}")


def watch_folder(
    db: Database,
    actor: Actor,
    folder: Path,
    *,
    interval: float,
    settle_seconds: float,
    report: Callable[[IngestResult | Exception], None],
    stop: threading.Event,
) -> None:
    """The watcher's job, off the UI thread: poll ``folder`` every ``interval`` seconds until ``stop``,
    reporting each file's result, or the exception of a poll that failed as a whole (the database went
    away, the folder vanished: it is tried again at the next interval). Raises OSError when the folder
    cannot be watched at all."""
    scan = ScanFolder(folder, settle_seconds=settle_seconds)
    while not stop.is_set():
        try:
            results = poll(db, actor, scan)
            try:
                for result in results:
                    if stop.is_set():
                        break  # closing the generator cancels the rest of the batch's OCR
                    report(result)
            finally:
                results.close()
        except Exception as exc:
            log.warning("polling %s failed", folder, exc_info=True)
            if not stop.is_set():
                report(exc)
        stop.wait(interval)
