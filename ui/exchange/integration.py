"""The one door in the main window: channels, LAPOR! and the outbox.

The UI owner calls, once the window is built and after the settings menu (``MainWindow._install_views``)::

    from ui.exchange.integration import install_exchange
    self.integrations["exchange"] = install_exchange(self, settings=self._integration_settings())

What it adds (the services check the roles again):

- the **Kotak keluar** tab (:class:`~ui.exchange.outbox_view.OutboxView`), refreshed whenever it is shown;
- Berkas → **Impor e-mail atau chat WhatsApp…** (``.eml`` files and exported chats, registered as a
  background job);
- Pengaturan → **Saluran dan pertukaran…** (:class:`~ui.exchange.channels_dialog.ChannelsDialog`,
  administrators);
- the office's mailbox polled in the background (``tasks.start``: every ``poll_minutes`` while the
  window is open) when the mailbox is enabled, its password kept on this workstation and the user may
  register letters; each message registered refreshes the register. ``settings`` (the window's
  QSettings) can turn it off for this workstation with ``exchange/poll_mail=false``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from sipdumas.domain.permissions import Permission
from sipdumas.services.mail import import_email_files, mail_settings, run_mail_schedule
from sipdumas.services.received import ReceivedResult
from sipdumas.services.whatsapp import import_whatsapp_chats
from ui.exchange.outbox_view import OutboxView
from ui.tasks import Job


class ExchangeIntegration(QObject):
    def __init__(self, window, *, settings: QSettings | None = None):
        super().__init__(window)
        self.window = window
        self._settings = settings
        actor = window.actor
        self.mail_job: Job | None = None
        self.import_job: Job | None = None
        self.outbox = OutboxView(window.db, actor, window.tasks, parent=window)
        window.add_view(self.outbox, self.tr("Kotak &keluar"), key="outbox")
        self.outbox.letter_requested.connect(window.open_letter)
        window.views.currentChanged.connect(lambda _i: self._refresh_if_shown())

        self.act_import = QAction(self.tr("Impor &e-mail atau chat WhatsApp…"), window)
        self.act_import.setStatusTip(
            self.tr("Catat berkas .eml dan ekspor chat WhatsApp (.txt) sebagai surat masuk")
        )
        self.act_import.triggered.connect(lambda _c=False: self.choose_imports())
        self.act_import.setVisible(actor.can(Permission.REGISTER_LETTER))
        file_menu = getattr(window, "file_menu", None)
        if file_menu is not None:
            actions = file_menu.actions()
            file_menu.insertAction(actions[1] if len(actions) > 1 else None, self.act_import)

        self.act_channels = QAction(self.tr("&Saluran dan pertukaran…"), window)
        self.act_channels.setStatusTip(
            self.tr("Kotak surat e-mail, SP4N-LAPOR!, kotak keluar dan kode unit, dengan uji koneksi")
        )
        self.act_channels.triggered.connect(lambda _c=False: self.open_channels())
        allowed = actor.can(Permission.MANAGE_SETTINGS)
        settings_menu = getattr(getattr(window, "integrations", {}).get("settings"), "menu", None)
        if settings_menu is not None and allowed:
            settings_menu.addSeparator()
            settings_menu.addAction(self.act_channels)
            settings_menu.menuAction().setVisible(True)
        self.act_channels.setEnabled(allowed)

        if actor.can(Permission.REGISTER_LETTER) and self._may_poll():
            db = window.db
            window.tasks.run(
                lambda: mail_settings(db, actor), self._maybe_start_mail, lambda _e: None, owner=self
            )

    # ------------------------------------------------------------ outbox

    def _refresh_if_shown(self) -> None:
        if self.window.views.currentWidget() is self.outbox:
            self.outbox.refresh()

    # ------------------------------------------------------------ settings

    def open_channels(self):
        from ui.exchange.channels_dialog import ChannelsDialog

        w = self.window
        dialog = ChannelsDialog(w.db, w.actor, w.tasks, w)
        dialog.saved.connect(self.restart_mail)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ imports

    def choose_imports(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Impor e-mail atau chat WhatsApp"),
            "",
            self.tr("E-mail dan chat (*.eml *.txt);;Semua berkas (*)"),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> Job:
        """Register ``.eml`` files and WhatsApp exports (``.txt``) as a background job."""
        w = self.window
        db, actor = w.db, w.actor
        emails = [p for p in paths if p.suffix.lower() == ".eml"]
        chats = [p for p in paths if p.suffix.lower() != ".eml"]

        def work(progress, cancel):
            results = []
            for result in import_email_files(db, actor, paths=emails):
                results.append(result)
                progress(result)
            for result in import_whatsapp_chats(db, actor, paths=chats):
                results.append(result)
                progress(result)
            return results

        self.import_job = w.tasks.start(
            work,
            self._imported,
            self._import_failed,
            on_progress=self._received,
            owner=self,
            name="import-messages",
        )
        return self.import_job

    def _imported(self, results: list[ReceivedResult]) -> None:
        done = sum(1 for r in results if r.id and not r.skipped)
        skipped = sum(1 for r in results if r.skipped)
        failed = [r for r in results if r.error]
        message = (
            self.tr("%1 pesan dicatat, %2 sudah ada sebelumnya, %3 gagal")
            .replace("%1", str(done))
            .replace("%2", str(skipped))
            .replace("%3", str(len(failed)))
        )
        if failed:
            message += ": " + "; ".join(f"{r.source}: {r.error}" for r in failed[:3])
        self.window.statusBar().showMessage(message, 15000)
        self.window.refresh()

    def _import_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(str(exc), 15000)

    # ------------------------------------------------------------ the mailbox schedule

    def _may_poll(self) -> bool:
        if self._settings is None:
            return True
        value = self._settings.value("exchange/poll_mail", True)
        return str(value).lower() not in ("false", "0", "no")

    def _maybe_start_mail(self, view) -> None:
        if (
            view.settings.enabled
            and view.password_saved
            and (self.mail_job is None or not self.mail_job.running)
        ):
            self.start_mail()

    def start_mail(self) -> Job:
        w = self.window
        db, actor = w.db, w.actor
        self.mail_job = w.tasks.start(
            lambda progress, cancel: run_mail_schedule(db, actor, cancel=cancel, on_progress=progress),
            None,
            lambda _e: None,
            on_progress=self._received,
            owner=self,
            name="mailbox",
        )
        return self.mail_job

    def restart_mail(self) -> None:
        if self.mail_job is not None:
            self.mail_job.cancel()
            self.mail_job = None
        w = self.window
        if w.actor.can(Permission.REGISTER_LETTER) and self._may_poll():
            db, actor = w.db, w.actor
            w.tasks.run(lambda: mail_settings(db, actor), self._maybe_start_mail, lambda _e: None, owner=self)

    def _received(self, value) -> None:
        if isinstance(value, ReceivedResult):
            if value.id and not value.skipped:
                self.window.statusBar().showMessage(
                    self.tr("Pesan %1 dicatat sebagai %2")
                    .replace("%1", value.source)
                    .replace("%2", value.agenda_no or ""),
                    10000,
                )
                self.window.refresh()
        elif isinstance(value, Exception):
            self.window.statusBar().showMessage(self.tr("Kotak surat: %1").replace("%1", str(value)), 15000)


def install_exchange(main_window, *, settings: QSettings | None = None) -> ExchangeIntegration:
    """Add the Kotak keluar tab, the import action, the channels' settings and the mailbox schedule to
    ``main_window``; returns the object holding them (``outbox``, ``act_import``, ``act_channels``,
    ``mail_job``)."""
    return ExchangeIntegration(main_window, settings=settings)
