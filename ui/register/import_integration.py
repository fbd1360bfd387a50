"""Importing legacy registers in the main window, installed by one call: ``install_register_import(window)``.

It adds **Berkas → Impor register lama…** (Ctrl+Shift+I) for the roles that may import
(``Permission.IMPORT_REGISTER``; the others do not see it), and takes a single ``.xlsx``, ``.csv`` or
``.jsonl`` file dropped onto the window to the import dialog (other dropped files are left to scan
intake). When an import is done the register refreshes and the status bar says what was added.

The window is only used through its public surface (``db``, ``actor``, ``tasks``, ``refresh()``,
``file_menu``, the status bar), like ``ui/intake_integration.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from sipdumas.domain.permissions import Permission
from sipdumas.services.imports.legacy_register import ImportResult
from ui.common.formatting import count
from ui.register.import_dialog import REGISTER_SUFFIXES, RegisterImportDialog


def install_register_import(window: QMainWindow) -> RegisterImportIntegration:
    """Add the legacy-register import to ``window`` (a :class:`ui.main_window.MainWindow`) and return
    the installed object (kept alive as the window's child)."""
    return RegisterImportIntegration(window)


def register_file_of(mime) -> Path | None:
    """The one local register file among dropped data, or None (several files, or other kinds)."""
    if not mime.hasUrls():
        return None
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if len(paths) == 1 and paths[0].suffix.lower() in REGISTER_SUFFIXES and paths[0].is_file():
        return paths[0]
    return None


class RegisterImportIntegration(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: RegisterImportDialog | None = None
        allowed = window.actor.can(Permission.IMPORT_REGISTER)

        self.act_import = QAction(self.tr("Impor &register lama…"), window)
        self.act_import.setShortcut(QKeySequence("Ctrl+Shift+I"))
        tip = self.tr(
            "Impor buku agenda lama dari Excel, CSV atau JSONL: petakan kolom, periksa, lalu impor (Ctrl+Shift+I)"
        )
        self.act_import.setStatusTip(tip)
        self.act_import.setToolTip(tip)
        self.act_import.triggered.connect(lambda _c=False: self.open_import())
        self.act_import.setEnabled(allowed)
        self.act_import.setVisible(allowed)
        window.addAction(self.act_import)
        if allowed:
            window.setAcceptDrops(True)
            menu = window.file_menu
            separators = [a for a in menu.actions() if a.isSeparator()]
            # with the other ways letters come in, before the database and account entries
            menu.insertAction(separators[0] if separators else None, self.act_import)
        window.installEventFilter(self)

    def open_import(self, path: Path | None = None) -> RegisterImportDialog | None:
        """Show the import dialog (reading ``path`` at once when given); one at a time."""
        if not self.act_import.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            if path is not None:
                self.dialog.open_file(path)
            return self.dialog
        w = self.window
        dialog = RegisterImportDialog(w.db, w.actor, w.tasks, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        if path is not None:
            dialog.open_file(path)
        return dialog

    def _imported(self, result: ImportResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("Register lama %1: %2 surat diimpor, %3 ditolak, %4 sudah ada")
            .replace("%1", result.file)
            .replace("%2", count(result.imported))
            .replace("%3", count(result.rejected))
            .replace("%4", count(result.skipped)),
            15000,
        )
        self.window.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Installed after scan intake's filter, so it is asked first: a register file never goes to OCR.
        if watched is self.window and self.act_import.isEnabled():
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
                path = register_file_of(event.mimeData())
                if path is not None:
                    event.acceptProposedAction()
                    if kind == QEvent.Type.Drop:
                        self.open_import(path)
                    return True
            elif kind == QEvent.Type.Close and self.dialog is not None:
                self.dialog.stop_jobs()
        return super().eventFilter(watched, event)
