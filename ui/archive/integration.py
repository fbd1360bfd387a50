"""The physical archive in the main window: the loan desk and the overdue loans as tabs, a
file's history, supervisors' approvals, reminders and the loan register, under an "Arsip" menu.

The UI owner calls, once the window is built (``MainWindow._install_views``)::

    from ui.archive.integration import install_archive
    self.integrations["archive"] = install_archive(self, settings=self._integration_settings())

What each role gets (the services check again):

- ``LEND_FILES`` (archivists, supervisors, administrators): the **Meja Pinjam** tab
  (:class:`~ui.archive.loan_desk_view.LoanDeskView`, Ctrl+Shift+P) and the **Terlambat** tab
  (:class:`~ui.archive.overdue_view.OverdueView`, Ctrl+Shift+T), Arsip → Kirim pengingat… and Ekspor buku
  peminjaman….
- ``APPROVE_CONFIDENTIAL_LOAN`` (supervisors, administrators): Arsip → Persetujuan berkas rahasia…
  (Ctrl+Shift+A), also a button on the desk.
- everyone: Arsip → Riwayat berkas… (Ctrl+Shift+H), read-only unless the role may manage the archive
  (move, describe, merge, split, labels).

The desk's changes mark the overdue list stale; a change made in a history dialog reloads the file on
the desk. After each dialog the focus goes back to the desk's code field, where the scanner types.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sipdumas.domain.permissions import Permission
from ui.archive.approvals_dialog import ApprovalsDialog, open_approvals
from ui.archive.file_history_view import FileHistoryDialog, open_file_history
from ui.archive.loan_desk_view import LoanDeskView
from ui.archive.overdue_view import OverdueView


class ArchiveIntegration(QObject):
    def __init__(self, window, *, settings: QSettings | None = None):
        super().__init__(window)
        self.window = window
        actor = window.actor
        self.desk: LoanDeskView | None = None
        self.overdue: OverdueView | None = None
        if actor.can(Permission.LEND_FILES):
            self.desk = LoanDeskView(window.db, actor, window.tasks, settings=settings, parent=window)
            window.add_view(self.desk, self.tr("&Meja Pinjam"), key="loan_desk")
            self.overdue = OverdueView(window.db, actor, window.tasks, parent=window)
            window.add_view(self.overdue, self.tr("&Terlambat"), key="overdue")
            self.desk.history_requested.connect(self.open_history)
            self.desk.approvals_requested.connect(self.open_approvals)
            self.desk.changed.connect(self.overdue.mark_stale)
            self.overdue.history_requested.connect(self.open_history)

        self.act_desk = self._action(
            self.tr("&Meja pinjam"),
            "Ctrl+Shift+P",
            lambda: window.show_view("loan_desk"),
            self.tr("Pinjamkan dan terima kembali berkas dengan pemindai kode (Ctrl+Shift+P)"),
        )
        self.act_overdue = self._action(
            self.tr("Peminjaman &terlambat"),
            "Ctrl+Shift+T",
            lambda: window.show_view("overdue"),
            self.tr("Berkas yang belum kembali setelah jatuh tempo (Ctrl+Shift+T)"),
        )
        self.act_history = self._action(
            self.tr("&Riwayat berkas…"),
            "Ctrl+Shift+H",
            lambda: self.open_history(),
            self.tr("Tempat, klasifikasi, isi dan riwayat sebuah berkas (Ctrl+Shift+H)"),
        )
        self.act_approvals = self._action(
            self.tr("&Persetujuan berkas rahasia…"),
            "Ctrl+Shift+A",
            self.open_approvals,
            self.tr("Setujui atau tolak peminjaman berkas rahasia (Ctrl+Shift+A)"),
        )
        self.act_reminders = self._action(
            self.tr("Kirim &pengingat…"),
            None,
            self.send_reminders,
            self.tr("Catat dan cetak surat pengingat peminjaman yang terlambat"),
        )
        self.act_export = self._action(
            self.tr("&Ekspor buku peminjaman…"),
            None,
            self.export_register,
            self.tr("Simpan buku peminjaman arsip sebagai Excel atau PDF"),
        )
        self._allowed = {
            self.act_desk: self.desk is not None,
            self.act_overdue: self.overdue is not None,
            self.act_history: actor.can(Permission.VIEW_REGISTER),
            self.act_approvals: actor.can(Permission.APPROVE_CONFIDENTIAL_LOAN),
            self.act_reminders: self.overdue is not None,
            self.act_export: self.overdue is not None,
        }
        self.menu = QMenu(self.tr("&Arsip"), window)
        for group in (
            (self.act_desk, self.act_overdue),
            (self.act_history, self.act_approvals),
            (self.act_reminders, self.act_export),
        ):
            self.menu.addSeparator()
            for action in group:
                action.setVisible(self._allowed[action])
                action.setEnabled(self._allowed[action])
                self.menu.addAction(action)
        window.add_menu(self.menu)
        self.actions = list(self._allowed)

    def _action(self, text: str, shortcut: str | None, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _back_to_desk(self) -> None:
        if self.desk is not None and self.desk.isVisible():
            self.desk.focus_code(activate=True)

    # ------------------------------------------------------------ dialogs

    def open_history(self, code: str | None = None) -> FileHistoryDialog:
        """The history of ``code``; without one, of the file on the desk (or an empty one to scan into)."""
        if code is None and self.desk is not None and self.desk.isVisible() and self.desk.card is not None:
            code = self.desk.card.code
        dialog = open_file_history(self.window, code)
        dialog.changed.connect(self._file_changed)
        dialog.finished.connect(lambda _r: self._back_to_desk())
        return dialog

    def _file_changed(self, _code: str) -> None:
        if self.desk is not None:
            self.desk.refresh()
        if self.overdue is not None:
            self.overdue.mark_stale()

    def open_approvals(self) -> ApprovalsDialog | None:
        if not self._allowed[self.act_approvals]:
            return None
        dialog = open_approvals(self.window)
        dialog.finished.connect(lambda _r: self._back_to_desk())
        return dialog

    def send_reminders(self) -> None:
        if self.overdue is not None:
            self.window.show_view("overdue")
            self.overdue.send_reminders()

    def export_register(self) -> None:
        if self.overdue is not None:
            self.window.show_view("overdue")
            self.overdue.export_register()


def install_archive(main_window, *, settings: QSettings | None = None) -> ArchiveIntegration:
    """Add the archive views and the Arsip menu to ``main_window`` (a :class:`ui.main_window.MainWindow`);
    returns the object holding them (``desk``, ``overdue``, ``menu`` and the ``act_*`` actions)."""
    return ArchiveIntegration(main_window, settings=settings)
