"""The Pengaturan (settings) menu of the main window: what an office sets up before it forwards letters.

The UI owner calls, once the window is built (``MainWindow._install_views``)::

    from ui.settings.integration import install_settings
    self.integrations["settings"] = install_settings(self)

Entries, each shown only to roles whose permission the service behind it asks for (the services refuse
the others anyway), and the menu itself only when one of them is shown:

- **Instansi dan aturan penerusan…** (``manage_agencies``: supervisors, administrators) —
  :class:`ui.settings.agencies_dialog.AgenciesDialog`;
- **Pengaturan surat penerusan…** (``manage_settings``: administrators) —
  :class:`ui.settings.letter_settings_dialog.LetterSettingsDialog`;
- **Tenggat dan hari kerja…** (``manage_settings``) — :class:`ui.settings.calendar_dialog.CalendarDialog`;
- **Peminjaman arsip…** (``manage_settings``) — :class:`ui.settings.loan_settings_dialog.LoanSettingsDialog`;
- **Cadangan dan jejak audit…** (``manage_backups``: administrators) —
  :class:`ui.settings.backup_dialog.BackupDialog`. For them the status bar also shows the last backup's
  outcome, and :class:`ui.settings.backup_dialog.BackupScheduler` runs the daily backup when it is due.
- **Penyiapan awal…** (``manage_settings`` and ``manage_agencies``: administrators) —
  :class:`ui.settings.setup_wizard.SetupWizard`, which also opens by itself once the register's first
  screen is shown while a fresh installation still lacks a signer or an agency (in the client, which
  asks for it with ``MainWindow(guide_setup=True)``; not for ``--screenshot`` or a test's window).

After the deadlines or the calendar changed, the register (and the dashboard when shown) is refreshed,
since overdue counts follow them at once. After the loan-period rules changed, the loan desk (when
installed) offers the categories they name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from sipdumas.domain.permissions import Permission


class SettingsIntegration(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        actor = window.actor
        self.act_agencies = QAction(self.tr("&Instansi dan aturan penerusan…"), window)
        self.act_agencies.setStatusTip(
            self.tr("Kelola instansi tujuan penerusan dan aturan yang menyarankan instansi untuk tiap surat")
        )
        self.act_letter = QAction(self.tr("Pengaturan &surat penerusan…"), window)
        self.act_letter.setStatusTip(
            self.tr(
                "Kop surat, pola nomor, penandatangan, tembusan dan isi surat penerusan, dengan pratinjau"
            )
        )
        self.act_calendar = QAction(self.tr("&Tenggat dan hari kerja…"), window)
        self.act_calendar.setStatusTip(
            self.tr("Tenggat penelaahan, penerusan dan penyelesaian; hari libur kantor")
        )
        self.act_loans = QAction(self.tr("&Peminjaman arsip…"), window)
        self.act_loans.setStatusTip(
            self.tr("Masa pinjam, batas perpanjangan, aturan per golongan dan jenis berkas, surat pengingat")
        )
        self.act_backup = QAction(self.tr("&Cadangan dan jejak audit…"), window)
        self.act_backup.setStatusTip(
            self.tr("Cadangan harian basis data dan berkas, cadangan sekarang, dan sidik jejak audit")
        )
        self.act_backup.triggered.connect(lambda _c=False: self.open_backup())
        self.act_setup = QAction(self.tr("Penyiapan a&wal…"), window)
        self.act_setup.setStatusTip(
            self.tr("Panduan penyiapan: kop surat, penandatangan dan instansi tujuan, langkah demi langkah")
        )
        self.act_setup.triggered.connect(lambda _c=False: self.open_setup())
        self.act_agencies.triggered.connect(lambda _c=False: self.open_agencies())
        self.act_letter.triggered.connect(lambda _c=False: self.open_letter_settings())
        self.act_calendar.triggered.connect(lambda _c=False: self.open_calendar())
        self.act_loans.triggered.connect(lambda _c=False: self.open_loan_settings())
        self._allowed = {
            self.act_agencies: actor.can(Permission.MANAGE_AGENCIES),
            self.act_letter: actor.can(Permission.MANAGE_SETTINGS),
            self.act_calendar: actor.can(Permission.MANAGE_SETTINGS),
            self.act_loans: actor.can(Permission.MANAGE_SETTINGS),
            self.act_backup: actor.can(Permission.MANAGE_BACKUPS),
            self.act_setup: actor.can(Permission.MANAGE_SETTINGS) and actor.can(Permission.MANAGE_AGENCIES),
        }
        self.actions = list(self._allowed)
        self.menu = QMenu(self.tr("Pe&ngaturan"), window)
        for action in self.actions:
            if action is self.act_setup:
                self.menu.addSeparator()
            self.menu.addAction(action)
            action.setVisible(self._allowed[action])
            action.setEnabled(self._allowed[action])
        window.add_menu(self.menu)  # installed after the other features: Pengaturan comes after their menus
        self.menu.menuAction().setVisible(any(self._allowed.values()))
        self.scheduler = None
        if actor.can(Permission.MANAGE_BACKUPS) and hasattr(window, "statusBar"):
            from ui.settings.backup_dialog import BackupScheduler

            self.backup_label = QLabel(window)
            self.backup_label.setContentsMargins(8, 0, 8, 0)
            window.statusBar().addPermanentWidget(self.backup_label)
            self.scheduler = BackupScheduler(window, self.backup_label)
        self.setup_wizard = None
        if self._allowed[self.act_setup] and getattr(window, "guides_setup", False):
            window.ready.connect(self.offer_setup)

    def _open(self, action: QAction, make) -> QDialog | None:
        if not self._allowed[action]:
            return None
        w = self.window
        dialog = make(w.db, w.actor, w.tasks, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def open_agencies(self):
        from ui.settings.agencies_dialog import AgenciesDialog

        return self._open(self.act_agencies, AgenciesDialog)

    def open_letter_settings(self):
        from ui.settings.letter_settings_dialog import LetterSettingsDialog

        return self._open(self.act_letter, LetterSettingsDialog)

    def open_calendar(self):
        from ui.settings.calendar_dialog import CalendarDialog

        dialog = self._open(self.act_calendar, CalendarDialog)
        if dialog is not None:
            dialog.changed.connect(lambda: self.window.refresh())
        return dialog

    def open_loan_settings(self):
        from ui.settings.loan_settings_dialog import LoanSettingsDialog

        dialog = self._open(self.act_loans, LoanSettingsDialog)
        if dialog is not None:
            dialog.rules_changed.connect(self._refresh_desk_categories)
        return dialog

    def open_backup(self):
        from ui.settings.backup_dialog import BackupDialog

        dialog = self._open(self.act_backup, BackupDialog)
        if dialog is not None and self.scheduler is not None:
            dialog.saved.connect(lambda status: self.scheduler.show(status.last))
            dialog.backed_up.connect(lambda _result: self.scheduler.check())
        return dialog

    def open_setup(self):
        """The first-time set-up guide (letterhead, signer, agencies)."""
        if not self._allowed[self.act_setup]:
            return None
        from ui.settings.setup_wizard import SetupWizard

        w = self.window
        wizard = SetupWizard(w.db, w.actor, w.tasks, w)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.open()
        self.setup_wizard = wizard
        return wizard

    def offer_setup(self) -> None:
        """Once, after the first screen: open the guide when the installation still lacks something."""
        self.window.ready.disconnect(self.offer_setup)
        from sipdumas.services.admin.setup import setup_status

        db, actor = self.window.db, self.window.actor
        self.window.tasks.run(
            lambda: setup_status(db, actor),
            lambda status: None if status.complete else self.open_setup(),
            lambda _exc: None,  # the guide is a help, not a condition of working
            owner=self,
        )

    def _refresh_desk_categories(self) -> None:
        archive = getattr(self.window, "integrations", {}).get("archive")
        desk = getattr(archive, "desk", None)
        if desk is not None:
            desk.load_recent_borrowers()


def install_settings(main_window) -> SettingsIntegration:
    """Add the Pengaturan menu to ``main_window`` (a :class:`ui.main_window.MainWindow`); returns the
    object holding its actions (``act_agencies``, ``act_letter``, ``act_calendar``, ``act_loans``,
    ``act_backup``) and
    ``menu``."""
    return SettingsIntegration(main_window)
