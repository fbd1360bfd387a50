"""The watched scan folder in the client: where the scanner saves, and a watcher that registers each scan.

The folder is a per-user, per-workstation setting (``QSettings`` key :data:`SETTINGS_KEY`), chosen in
:class:`ScanFolderDialog`. :class:`ScanWatcher` calls :func:`sipdumas.services.scan_folder.poll` every
few seconds on a thread of its own, never on the UI thread: a scan is taken once it has stopped
changing, registered, and moved to ``processed/`` or ``failed/`` (see the service). Each result comes back
on the UI thread through ``registered``/``failed``; a poll that fails as a whole (database unreachable)
is reported through ``problem`` and retried at the next interval.

Why a plain daemon thread and not a ``QThread``: one poll may OCR several pages and cannot be
interrupted half-way; on quitting, the client waits a moment and then lets the thread die with the
process. A file registered but not yet moved is recognised by its SHA-256 at the next start and not
registered twice.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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
from ui.login import error_text

log = logging.getLogger(__name__)

SETTINGS_KEY = "intake/scan_folder"
ENABLED_KEY = "intake/watch_enabled"
#: Seconds between two looks at the folder.
POLL_SECONDS = 3.0
#: A file must be unchanged this long before it is taken (the scanner may still be writing it).
SETTLE_SECONDS = 2.0


def scan_folder_of(settings: QSettings) -> Path | None:
    """The watched folder, or None when none is chosen or watching is switched off."""
    folder = settings.value(SETTINGS_KEY, "", str)
    enabled = settings.value(ENABLED_KEY, True, bool)
    return Path(folder) if folder and enabled else None


def save_scan_folder(settings: QSettings, folder: Path | None, *, enabled: bool = True) -> None:
    settings.setValue(SETTINGS_KEY, str(folder) if folder else "")
    settings.setValue(ENABLED_KEY, bool(enabled))
    settings.sync()


class ScanFolderDialog(QDialog):
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

    ``registered(IngestResult)`` per letter registered; ``failed(IngestResult)`` per file refused (moved
    to ``failed/``, or already registered); ``problem(str)`` when a whole poll failed.
    """

    registered = Signal(object)
    failed = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        interval: float = POLL_SECONDS,
        settle_seconds: float = SETTLE_SECONDS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.interval = interval
        self.settle_seconds = settle_seconds
        self.folder: Path | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, folder: Path) -> None:
        """Watch ``folder`` (stopping the watch of another folder first)."""
        self.stop()
        self.folder = Path(folder)
        self._stop = threading.Event()
        stop = self._stop
        self._thread = threading.Thread(
            target=self._run, args=(self.folder, stop), name="sipdumas-scan-folder", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the thread to stop and wait up to ``timeout`` seconds for a poll in progress."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def _run(self, folder: Path, stop: threading.Event) -> None:
        """The worker thread: never touches a widget; results go out through queued signals."""
        try:
            scan = ScanFolder(folder, settle_seconds=self.settle_seconds)
        except OSError as exc:
            self.problem.emit(f"Folder pindaian {folder} tidak dapat dipakai: {exc.strerror or exc}")
            return
        while not stop.is_set():
            try:
                results = poll(self._db, self._actor, scan)
                try:
                    for result in results:
                        if stop.is_set():
                            break  # closing the generator cancels the rest of the batch's OCR
                        self._report(result)
                finally:
                    results.close()
            except Exception as exc:  # the database went away, the folder vanished…: try again later
                log.warning("polling %s failed", folder, exc_info=True)
                if not stop.is_set():
                    self.problem.emit(error_text(exc))
            stop.wait(self.interval)

    def _report(self, result: IngestResult) -> None:
        if result.error or result.id is None:
            self.failed.emit(result)
        else:
            self.registered.emit(result)
