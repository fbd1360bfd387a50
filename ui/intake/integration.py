"""Scan intake in the main window, installed by one call: ``install_intake(window)``.

It adds **Berkas → Impor pindaian…** (Ctrl+I, also on the toolbar) and **Berkas → Folder pindaian…**,
lets files be dropped onto the window (they are imported as a batch), and starts the watched-folder
watcher when a folder is configured. Everything registered, from the intake view or the watcher,
refreshes the register and is announced in the status bar.

The window is only used through its public surface (``db``, ``actor``, ``tasks``, ``refresh()``, menus,
status bar), so this module can live beside ``ui/main_window.py`` without changing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from sipdumas.domain.permissions import Permission
from sipdumas.services.registration import IngestResult
from ui.intake.scan_import_dialog import ScanImportDialog, dropped_paths
from ui.intake.scan_watcher import ScanFolderDialog, ScanWatcher, scan_folder_of
from ui.intake.view import BatchItem, IntakeView


def install_intake(window: QMainWindow, *, settings: QSettings | None = None) -> IntakeIntegration:
    """Add scan intake to ``window`` (a :class:`ui.main_window.MainWindow`) and return the installed
    object (kept alive as the window's child). ``settings``: where the watched folder is remembered
    (default: the client's settings file)."""
    if settings is None:
        from ui.common.client_settings import client_settings

        settings = client_settings()
    return IntakeIntegration(window, settings)


class IntakeIntegration(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialog: ScanImportDialog | None = None
        self.views: list[IntakeView] = []
        can_register = window.actor.can(Permission.REGISTER_LETTER)

        self.act_import = QAction(self.tr("&Impor pindaian…"), window)
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        tip = self.tr(
            "Baca pindaian surat (atau seret berkasnya ke jendela ini), periksa, lalu daftarkan (Ctrl+I)"
        )
        self.act_import.setStatusTip(tip)
        self.act_import.setToolTip(tip)
        self.act_import.triggered.connect(lambda _c=False: self.open_import())
        self.act_import.setEnabled(can_register)
        window.addAction(self.act_import)
        self.act_folder = QAction(self.tr("&Folder pindaian…"), window)
        self.act_folder.setStatusTip(
            self.tr("Pilih folder keluaran pemindai yang dipantau dan didaftarkan otomatis")
        )
        self.act_folder.triggered.connect(lambda _c=False: self.configure_folder())
        self.act_folder.setEnabled(can_register)
        self._add_to_menus()

        window.setAcceptDrops(can_register)
        window.installEventFilter(self)

        self.watcher = ScanWatcher(window.db, window.actor, window.tasks, parent=self)
        self.watcher.registered.connect(self._watched_registered)
        self.watcher.skipped.connect(self._watched_skipped)
        self.watcher.failed.connect(self._watched_failed)
        self.watcher.problem.connect(
            lambda text: self._say(self.tr("Folder pindaian: %1").replace("%1", text))
        )
        self.restart_watcher()

    def _add_to_menus(self) -> None:
        bar = self.window.menuBar()
        menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
        file_menu = menus[0] if menus else bar.addMenu(self.tr("&Berkas"))
        actions = file_menu.actions()
        anchor = actions[1] if len(actions) > 1 else None  # just after "Surat baru…"
        file_menu.insertAction(anchor, self.act_import)
        file_menu.insertAction(anchor, self.act_folder)
        toolbar = self.window.findChild(QToolBar, "actions")
        if toolbar is not None:
            tools = toolbar.actions()
            toolbar.insertAction(tools[1] if len(tools) > 1 else None, self.act_import)

    # -------------------------------------------------------- importing and checking

    def open_import(self, paths: list[Path] | None = None) -> ScanImportDialog | None:
        """Show the import dialog (reading ``paths`` at once when given)."""
        if not self.act_import.isEnabled():
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            if paths:
                self.dialog.start(paths)
            return self.dialog
        dialog = ScanImportDialog(self.window.tasks, self.window, db=self.window.db)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.batch_ready.connect(self.open_review)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()
        if paths:
            dialog.start(paths)
        return dialog

    def open_review(self, items: list[BatchItem]) -> IntakeView:
        """Open the intake view (its own window) on a batch that has been read."""
        w = self.window
        view = IntakeView(w.db, w.actor, w.tasks, items, parent=w)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.registered.connect(self._reviewed_registered)
        view.destroyed.connect(lambda *_: self.views.remove(view) if view in self.views else None)
        self.views.append(view)
        view.show()
        return view

    def _reviewed_registered(self, result: IngestResult) -> None:
        self._say(
            self.tr("Surat %1 tercatat dari %2")
            .replace("%1", result.agenda_no or "")
            .replace("%2", result.file)
        )
        self.window.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.window:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                mime = event.mimeData()
                if (
                    self.act_import.isEnabled()
                    and mime.hasUrls()
                    and any(u.isLocalFile() for u in mime.urls())
                ):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop:
                paths = dropped_paths(event.mimeData().urls())
                if paths and self.act_import.isEnabled():
                    event.acceptProposedAction()
                    self.open_import(paths)
                    return True
            elif kind == QEvent.Type.Close:
                self.shutdown()
        return super().eventFilter(watched, event)

    # -------------------------------------------------------- watched folder

    def configure_folder(self) -> None:
        dialog = ScanFolderDialog(self.settings, self.window)
        if dialog.exec() == ScanFolderDialog.DialogCode.Accepted:
            self.restart_watcher()

    def restart_watcher(self) -> None:
        """Watch the configured folder (or stop, when none is set or the user may not register)."""
        folder = scan_folder_of(self.settings)
        if folder is None or not self.act_import.isEnabled():
            self.watcher.stop()
            return
        self.watcher.start(folder)
        self._say(self.tr("Memantau folder pindaian %1").replace("%1", str(folder)))

    def _watched_registered(self, result: IngestResult) -> None:
        self._say(
            self.tr("Folder pindaian: %1 tercatat sebagai surat %2")
            .replace("%1", result.file)
            .replace("%2", result.agenda_no or "")
        )
        self.window.refresh()

    def _watched_skipped(self, result: IngestResult) -> None:
        self._say(
            self.tr("Folder pindaian: %1 sudah terdaftar sebagai surat %2; tidak didaftarkan lagi")
            .replace("%1", result.file)
            .replace("%2", result.agenda_no or "")
        )

    def _watched_failed(self, result: IngestResult) -> None:
        self._say(
            self.tr("Folder pindaian: %1 tidak didaftarkan: %2")
            .replace("%1", result.file)
            .replace("%2", result.error or "")
        )

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def shutdown(self) -> None:
        """Stop the watcher and a batch being read (called when the window closes)."""
        self.watcher.stop()
        if self.dialog is not None:
            self.window.tasks.stop_jobs(self.dialog)
