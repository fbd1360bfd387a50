"""The "Impor pindaian" dialog: choose or drop letter files, read them, hand the batch to the intake view.

Reading is a job on the client's :class:`~ui.tasks.TaskRunner` (:func:`read_batch`): its thread drives
:func:`sipdumas.intake.extract_files`, whose Tesseract processes do the OCR, and reports each page (a
:class:`~sipdumas.intake.model.Progress`) and each file read (a :class:`BatchItem`) as progress, delivered
on the UI thread. **Batal** cancels the job, i.e. sets the ``threading.Event`` the pipeline watches:
running Tesseract processes are killed at once and unfinished files come back "dibatalkan"; the files
already read can still be checked. Files that could not be read are listed with the reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.filenames import shown_name
from sipdumas.intake import Limits, extract_files
from sipdumas.intake.model import Progress
from sipdumas.services.registration import intake_limits
from sipdumas.services.scan_folder import SCAN_SUFFIXES
from ui.intake.view import BatchItem
from ui.tasks import Job, TaskRunner

FILE_FILTER = "Pindaian surat (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.txt *.eml);;Semua berkas (*)"


def dropped_paths(urls) -> list[Path]:
    """The local files among dropped URLs; a dropped folder gives its letter files in name order.

    Only a real folder is opened (a link to a folder is not followed). A link, a pipe or a device is
    kept, so that reading refuses it with the reason instead of it vanishing from the batch unseen."""
    paths: list[Path] = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() and not path.is_symlink():
            paths.extend(
                p
                for p in sorted(path.iterdir())
                if p.suffix.lower() in SCAN_SUFFIXES and (p.is_symlink() or not p.is_dir())
            )
        elif path.exists() or path.is_symlink():
            paths.append(path)
    return paths


def read_batch(
    paths: Sequence[Path],
    progress: Callable[[object], None],
    cancel: threading.Event,
    *,
    db: Database | None = None,
) -> None:
    """The job's work, off the UI thread: read ``paths`` in order, reporting every
    :class:`~sipdumas.intake.model.Progress` and then every file's :class:`BatchItem` through
    ``progress``. ``db``: whose intake limits apply (pages and OCR seconds per file; default the
    built-in ones). The pipeline never raises for a bad file; an exception is a bug or no Tesseract."""
    paths = [Path(p) for p in paths]
    limits = intake_limits(db) if db is not None else Limits()
    for path, extraction in zip(
        paths, extract_files(paths, on_progress=progress, cancel=cancel, limits=limits), strict=True
    ):
        progress(BatchItem(path, extraction))


class ScanImportDialog(QDialog):
    """Choose files (or drop them here), watch them being read, then review them.

    ``batch_ready(list[BatchItem])`` hands over the files read successfully: at once when every file was
    read, or when the user presses **Periksa** after seeing the errors (or after cancelling).
    """

    batch_ready = Signal(list)

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        paths: Sequence[Path] | None = None,
        db: Database | None = None,
    ):
        super().__init__(parent)
        self.tasks = tasks
        self.db = db
        self.setWindowTitle(self.tr("Impor pindaian"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(560)
        self.job: Job | None = None  # until its outcome has arrived
        self.items: list[BatchItem] = []
        self.cancelled = False
        self.paths: list[Path] = []

        self.drop_zone = QLabel(
            self.tr("Seret berkas pindaian ke sini\n(PNG, JPEG, TIFF, PDF, TXT, EML; boleh satu folder)"),
            self,
        )
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setMinimumHeight(110)
        self.drop_zone.setStyleSheet(
            "QLabel { border: 2px dashed #9e9e9e; border-radius: 8px; color: #616161; font-size: 11pt; }"
        )
        self.choose_button = QPushButton(self.tr("&Pilih berkas…"), self)
        self.choose_button.clicked.connect(self.choose_files)
        self.status = QLabel(self.tr("Belum ada berkas."), self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v / %m halaman"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.errors_title = QLabel(self.tr("<b>Tidak terbaca:</b>"), self)
        self.errors = QListWidget(self)
        self.errors.setMaximumHeight(140)
        self.errors_title.hide()
        self.errors.hide()
        self.cancel_button = QPushButton(self.tr("&Batal"), self)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.review_button = QPushButton(self.tr("P&eriksa"), self)
        self.review_button.setDefault(True)
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self.review)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        if paths:
            self.start(paths)

    # -------------------------------------------------------- choosing

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas pindaian"), "", self.tr(FILE_FILTER)
        )
        if names:
            self.start([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not self.running and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        paths = dropped_paths(event.mimeData().urls())
        if paths and not self.running:
            event.acceptProposedAction()
            self.start(paths)
        else:
            event.ignore()

    # -------------------------------------------------------- reading

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, paths: Sequence[Path]) -> None:
        """Read ``paths`` in the background (ignored while a batch is being read)."""
        if self.running or not paths:
            return
        self.paths = [Path(p) for p in paths]
        self.items = []
        self.cancelled = False
        self.errors.clear()
        self.errors.hide()
        self.errors_title.hide()
        self.review_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setText(self.tr("&Batal"))
        self.progress.setRange(0, len(self.paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v / %m halaman"))
        self.progress.show()
        self.status.setText(self.tr("Membaca %1 berkas…").replace("%1", str(len(self.paths))))
        paths, db = list(self.paths), self.db
        self.job = self.tasks.start(
            lambda progress, cancel: read_batch(paths, progress, cancel, db=db),
            lambda _none: self._done(),
            self._crashed,
            on_progress=self._progressed,
            owner=self,
            name="scan-import",
        )

    def _progressed(self, value: Progress | BatchItem) -> None:
        if isinstance(value, BatchItem):
            self._extracted(value)
            return
        p = value
        if self.cancelled:
            # the pipeline counts the pages it drops as done; the bar stays at what was really read
            return
        self.progress.setRange(0, max(p.pages_total, 1))
        self.progress.setValue(p.pages_done)
        current = p.current_file or ""
        self.status.setText(
            self.tr("Berkas %1 dari %2 selesai · sedang membaca %3")
            .replace("%1", str(p.files_done))
            .replace("%2", str(p.files_total))
            .replace("%3", current)
        )

    def _extracted(self, item: BatchItem) -> None:
        self.items.append(item)
        error = item.extraction.error
        if error and not (self.cancelled and error == "dibatalkan"):
            self.errors.addItem(f"{shown_name(item.path.name)}: {shown_name(str(error))}")
            self.errors.show()
            self.errors_title.show()

    def _crashed(self, exc: BaseException) -> None:
        message = f"{type(exc).__name__}: {exc}"
        self.errors.addItem(self.tr("Pembacaan berhenti: %1").replace("%1", message))
        self.errors.show()
        self.errors_title.show()
        self._done()

    def readable(self) -> list[BatchItem]:
        return [item for item in self.items if not item.extraction.error]

    def _done(self) -> None:
        self.job = None
        self.choose_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Tutup"))
        good = self.readable()
        unread = len(self.paths) - len(good)
        if self.cancelled:
            text = self.tr("Dibatalkan: %1 dari %2 berkas sudah terbaca.")
            read = sum(max(item.extraction.pages or 0, 1) for item in good)
            self.progress.setValue(min(read, self.progress.maximum()))
            self.progress.setFormat(self.tr("%v / %m halaman terbaca (dibatalkan)"))
        elif unread:
            text = self.tr("Selesai: %1 dari %2 berkas terbaca; yang tidak terbaca tercantum di bawah.")
        else:
            text = self.tr("Selesai: %1 dari %2 berkas terbaca.")
        self.status.setText(text.replace("%1", str(len(good))).replace("%2", str(len(self.paths))))
        self.review_button.setText(self.tr("P&eriksa %1 surat").replace("%1", str(len(good))))
        self.review_button.setEnabled(bool(good))
        if good and not unread and not self.cancelled:
            self.review()  # nothing to read on this dialog any more: straight to checking

    def cancel(self) -> None:
        """Stop reading now: Tesseract processes are killed; files already read are kept."""
        if self.job is not None:
            self.cancelled = True
            self.job.cancel()
            self.status.setText(self.tr("Membatalkan…"))
            self.cancel_button.setEnabled(False)

    def cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
            self.cancel_button.setEnabled(True)
        else:
            self.reject()

    def review(self) -> None:
        good = self.readable()
        if good:
            self.batch_ready.emit(good)
            self.accept()

    def reject(self) -> None:
        self._stop_worker()
        super().reject()

    def done(self, result: int) -> None:
        self._stop_worker()
        super().done(result)

    def _stop_worker(self) -> None:
        if self.job is not None:
            self.cancelled = True
            self.job.stop()
