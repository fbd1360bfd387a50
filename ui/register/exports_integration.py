"""Printing the registers from the main window, installed by ``install_exports(window)``.

Adds **Berkas → Ekspor buku agenda…** (Ctrl+Shift+E), which starts from the register's current filters,
**Berkas → Laporan berkala…** (Ctrl+Shift+L), **Berkas → Agenda surat keluar…** and **Berkas → Buku
ekspedisi…**. The dialogs are in :mod:`ui.register.exports_dialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from sipdumas.domain.permissions import Permission
from sipdumas.services.letters import LetterQuery
from ui.register.exports_dialog import OutgoingExportDialog, PeriodicReportDialog, RegisterExportDialog


class ExportsIntegration(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        allowed = window.actor.can(Permission.VIEW_REGISTER)
        self.act_register = QAction(self.tr("Ekspor &buku agenda…"), window)
        self.act_register.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_register.setStatusTip(
            self.tr("Simpan buku agenda surat masuk (xlsx dan PDF) sesuai filter register (Ctrl+Shift+E)")
        )
        self.act_report = QAction(self.tr("&Laporan berkala…"), window)
        self.act_report.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_report.setStatusTip(
            self.tr("Laporan evaluasi berkala bulanan, triwulanan atau tahunan (xlsx dengan grafik dan PDF)")
        )
        self.act_outgoing = QAction(self.tr("A&genda surat keluar…"), window)
        self.act_outgoing.setStatusTip(
            self.tr("Daftar surat keluar (surat penerusan dan surat pengingat) sebagai xlsx dan PDF")
        )
        self.act_dispatch = QAction(self.tr("Buku &ekspedisi…"), window)
        self.act_dispatch.setStatusTip(
            self.tr("Buku ekspedisi surat keluar dengan kolom tanda tangan penerima (xlsx dan PDF)")
        )
        self.act_register.triggered.connect(lambda _c=False: self.export_register())
        self.act_report.triggered.connect(lambda _c=False: self.periodic_report())
        self.act_outgoing.triggered.connect(lambda _c=False: self.outgoing_register())
        self.act_dispatch.triggered.connect(lambda _c=False: self.dispatch_book())
        file_menu = window.file_menu
        before = window.act_connection
        for action in (self.act_register, self.act_report, self.act_outgoing, self.act_dispatch):
            action.setVisible(allowed)
            window.addAction(action)
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def export_register(self) -> RegisterExportDialog:
        w = self.window
        query = w.filters.apply_to(LetterQuery())
        return self._open(RegisterExportDialog(w.db, w.actor, w.tasks, query, w))

    def periodic_report(self) -> PeriodicReportDialog:
        w = self.window
        return self._open(PeriodicReportDialog(w.db, w.actor, w.tasks, w))

    def outgoing_register(self) -> OutgoingExportDialog:
        w = self.window
        return self._open(OutgoingExportDialog(w.db, w.actor, w.tasks, w))

    def dispatch_book(self) -> OutgoingExportDialog:
        w = self.window
        return self._open(OutgoingExportDialog(w.db, w.actor, w.tasks, w, dispatch_book=True))


def install_exports(window) -> ExportsIntegration:
    """Add the register export and periodic report to ``window`` (a :class:`ui.main_window.MainWindow`)."""
    return ExportsIntegration(window)
