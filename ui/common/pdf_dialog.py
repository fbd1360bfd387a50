"""A PDF the archive desk produced (loan slip, file labels, reminder letters): its pages, printed through
the print dialog or saved.

The PDF comes from a service call made before the dialog opens (``pdf`` bytes); rendering and writing
run on the client's :class:`~ui.tasks.TaskRunner` with the helpers of :mod:`ui.workflow.forwarding_view`
(pypdfium2 pages as images, painted onto the QPrinter).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.output.files import write_atomically
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner
from ui.workflow.forwarding_view import PRINT_DPI, PagesView, print_images, render_pages


class PdfDialog(QDialog):
    """``shown(pages)`` once the preview is painted, ``printed()`` after printing, ``saved(path)``."""

    shown = Signal(int)
    printed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        note: str = "",
        lines: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tasks = tasks
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(title)
        fit_window(self, "pdf_preview", 760, 860)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        #: What the PDF holds, one line each (e.g. the reminders just sent), above the pages.
        self.lines = QListWidget(self)
        self.lines.addItems(lines or [])
        self.lines.setMaximumHeight(150)
        self.lines.setVisible(bool(lines))
        self.pages = PagesView(self)
        self.info = QLabel(self.tr("Menyiapkan pratinjau…"), self)
        self.error = ErrorLabel(self)
        self.btn_print = QPushButton(self.tr("&Cetak…"), self)
        self.btn_save = QPushButton(self.tr("&Simpan PDF…"), self)
        self.btn_close = QPushButton(self.tr("&Tutup"), self)
        self.btn_print.setDefault(True)
        self.btn_print.clicked.connect(lambda: self.print_pdf())
        self.btn_save.clicked.connect(lambda: self.save_pdf())
        self.btn_close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        for button in (self.btn_print, self.btn_save, self.btn_close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.lines)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.tasks.run(lambda: render_pages(pdf), self._show, self._failed, owner=self)

    def _show(self, images) -> None:
        self.pages.show_images(images)
        self.info.setText(self.tr("%1 halaman").replace("%1", str(len(images))))
        self.shown.emit(len(images))

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))

    def print_pdf(self, printer: QPrinter | None = None) -> None:
        """Print on ``printer``, or on the one chosen in the print dialog."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self.info.setText(self.tr("Mencetak…"))
        pdf = self.pdf

        def done(images) -> None:
            try:
                print_images(printer, images)
            except OSError as exc:
                self._failed(exc)
                return
            self.info.setText(self.tr("Dicetak."))
            self.printed.emit()

        self.tasks.run(lambda: render_pages(pdf, PRINT_DPI), done, self._failed, owner=self)

    def save_pdf(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.file_name, "PDF (*.pdf)")
            if not path:
                return
        target = Path(path)
        pdf = self.pdf

        def done(_result) -> None:
            self.info.setText(self.tr("Disimpan ke %1").replace("%1", str(target)))
            self.saved.emit(str(target))

        self.tasks.run(lambda: write_atomically(target, pdf), done, self._failed, owner=self)
