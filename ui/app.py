"""Starting the desktop client: open the database, sign in, show the register.

``sipdumas gui`` (the CLI) and ``sipdumas-gui`` (this module's :func:`main`) both end in :func:`run_gui`.

Start-up order: the database is opened (and upgraded to the newest schema) off the UI thread; a database
without accounts asks for the first administrator, otherwise the login dialog asks who is working; then
the main window shows the register. ``--screenshot FILE.png`` needs no dialogs on a database without
accounts (it acts as the built-in local administrator, CONTRACT.md); on one with accounts it signs in
with ``--user`` and ``SIPDUMAS_PASSWORD`` like the CLI.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from sipdumas.db.engine import Database, DatabaseError
from sipdumas.db.location import Location, resolve_location
from sipdumas.domain.errors import ServiceError
from sipdumas.domain.permissions import Actor
from sipdumas.resources import RESOURCES
from sipdumas.services.admin.users import authenticate, has_users
from ui.command import window_size
from ui.common.client_settings import client_settings
from ui.common.database_status import DatabaseStatus
from ui.login import FirstAdminDialog, LoginDialog, error_text
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
#: How long ``--screenshot`` waits for the first screen of rows before giving up.
SCREENSHOT_TIMEOUT_MS = 120_000

T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    """The ``sipdumas-gui`` command: the same location and user options as ``sipdumas``."""
    parser = argparse.ArgumentParser(prog="sipdumas-gui", description="SIPDUMAS: register surat pengaduan")
    parser.add_argument(
        "--db", help="SQLAlchemy URL (default: SIPDUMAS_DATABASE_URL or the saved connection)"
    )
    parser.add_argument("--data-dir", help="folder for scans and generated files")
    parser.add_argument(
        "--user", default=os.environ.get("SIPDUMAS_USER"), help="who signs in (SIPDUMAS_USER)"
    )
    parser.add_argument("--screenshot", type=Path, help="save the main window as PNG once shown, then exit")
    parser.add_argument(
        "--size",
        type=window_size,
        help="with --screenshot: render the window at WIDTHxHEIGHT instead of the size it opens with",
    )
    parser.add_argument(
        "--view",
        default=os.environ.get("SIPDUMAS_VIEW"),
        help="the tab shown first: register, dashboard, … (SIPDUMAS_VIEW; default: the dashboard when "
        "installed, but the register for --screenshot)",
    )
    args = parser.parse_args(argv)
    return run_gui(
        resolve_location(args.db, args.data_dir),
        user=args.user,
        screenshot=args.screenshot,
        view=args.view,
        size=args.size,
    )


def run_gui(
    location: Location,
    *,
    user: str | None = None,
    screenshot: Path | str | None = None,
    view: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Run the client until its window closes; returns the process exit status. ``view``: the tab shown
    first (``SIPDUMAS_VIEW`` when not given); ``--screenshot`` shows the register unless told otherwise,
    since it renders once the register's first page of rows is on screen (and, when a view is named,
    once the work the views started after it is done). The screenshot shows the window at the size it
    opens with on this screen, or at ``size`` (width, height) when given."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    view = view or os.environ.get("SIPDUMAS_VIEW") or None
    app = _application()
    if screenshot is not None:
        return _screenshot(
            app, location, user, Path(screenshot), view=view or "register", settle=view is not None, size=size
        )
    client = Client(app, location, user=user, view=view)
    if not client.start():
        return 0
    return app.exec()


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("SIPDUMAS")
    app.setOrganizationName("sipdumas")
    app.setApplicationDisplayName("SIPDUMAS")
    install_translations(app)
    return app  # type: ignore[return-value]


def interface_language() -> str:
    """``id`` (the language the interface is written in) or ``en``: ``SIPDUMAS_LANG`` first, then the
    system locale."""
    wanted = os.environ.get("SIPDUMAS_LANG") or QLocale.system().name()
    return "en" if wanted.lower().startswith("en") else "id"


def install_translations(app: QApplication) -> list[QTranslator]:
    """Load the English translation when the interface should be English (the Indonesian text is the
    source, so Indonesian needs no file of its own), plus Qt's own strings for the standard buttons,
    context menus and file and print dialogs: Qt's ``qtbase_en`` for English, and for Indonesian, which
    Qt does not ship, ``qtbase_id`` from ``resources/translations`` (``qt_indonesian.py``)."""
    installed: list[QTranslator] = getattr(app, "_sipdumas_translators", [])
    for translator in installed:
        app.removeTranslator(translator)
    installed = []
    language = interface_language()
    if language == "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [("qtbase_en", qt_dir), ("sipdumas_en", str(TRANSLATIONS))]
    else:
        candidates = [("qtbase_id", str(TRANSLATIONS))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._sipdumas_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Indonesian))
    return installed


def wait_for(app: QApplication, tasks: TaskRunner, fn: Callable[[], T], *, message: str | None = None) -> T:
    """Run ``fn`` on the worker while the UI stays alive (a progress note appears if it takes long).

    Only for start-up, before the main window exists; the window itself never waits like this.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    progress = None
    if message:
        progress = QProgressDialog(message, "", 0, 0)
        progress.setCancelButton(None)
        progress.setMinimumDuration(500)
        progress.setWindowTitle("SIPDUMAS")
    if not tasks.run(fn, done, failed):
        raise RuntimeError("the client is closing")
    if not outcome:
        loop.exec()
    if progress is not None:
        progress.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class Client:
    """One session of the client: a database, a signed-in user, a main window. Switching databases
    (from the connection dialog) starts over with the new location."""

    def __init__(
        self, app: QApplication, location: Location, *, user: str | None = None, view: str | None = None
    ):
        self.app = app
        self.location = location
        self.user = user
        self.view = view
        self.tasks = TaskRunner()
        self.db: Database | None = None
        self.window: MainWindow | None = None
        app.aboutToQuit.connect(self._shutdown)

    def start(self) -> bool:
        """Open, sign in and show the window; False when the user gave up (closed a dialog)."""
        db = self._open()
        if db is None:
            return False
        actor = self._sign_in(db)
        if actor is None:
            db.dispose()
            return False
        self.db = db
        self._show_window(db, actor)
        return True

    def _show_window(self, db: Database, actor: Actor) -> None:
        self.window = MainWindow(
            db, actor, tasks=self.tasks, settings=client_settings(), start_view=self.view, guide_setup=True
        )
        self.window.reconnect_requested.connect(self.switch)
        self.window.sign_out_requested.connect(self.sign_out)
        install_database_status(self.window, db, self.tasks)
        self.window.show()

    def _open(self) -> Database | None:
        while True:
            location = self.location
            try:
                return wait_for(
                    self.app,
                    self.tasks,
                    partial(Database.open, location, migrate=True),
                    message=QApplication.translate("Client", "Membuka basis data…"),
                )
            except Exception as exc:  # a server down, a locked file, a bad URL
                log.warning("cannot open %s: %s", location.database_url, exc)
                if not self._ask_other_database(exc):
                    return None

    def _ask_other_database(self, exc: BaseException) -> bool:
        from ui.settings.connection_dialog import ConnectionDialog

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "SIPDUMAS",
            QApplication.translate("Client", "Basis data tidak dapat dibuka."),
        )
        box.setInformativeText(str(exc) if isinstance(exc, DatabaseError) else error_text(exc))
        choose = box.addButton(
            QApplication.translate("Client", "Pilih basis data lain…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QApplication.translate("Client", "Keluar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not choose:
            return False
        dialog = ConnectionDialog(self.location, self.tasks)
        chosen: list[Location] = []
        dialog.switch_requested.connect(chosen.append)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if chosen:
            self.location = chosen[0]
        else:
            self.location = dialog.location()
        return True

    def _sign_in(self, db: Database) -> Actor | None:
        try:
            accounts = wait_for(self.app, self.tasks, lambda: has_users(db))
        except Exception as exc:
            QMessageBox.critical(None, "SIPDUMAS", error_text(exc))
            return None
        if not accounts:
            dialog = FirstAdminDialog(db, self.tasks)
        else:
            password = os.environ.get("SIPDUMAS_PASSWORD")
            if self.user and password:
                try:
                    user = self.user
                    return wait_for(
                        self.app, self.tasks, lambda: authenticate(db, username=user, password=password)
                    )
                except ServiceError:
                    pass  # fall back to asking
            dialog = LoginDialog(db, self.tasks, username=self.user or "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    def switch(self, location: Location) -> None:
        """Close this session's window and start again on ``location`` (asks to sign in again)."""
        self.app.setQuitOnLastWindowClosed(False)
        try:
            old_window, old_db = self.window, self.db
            if old_window is not None:
                old_window.close()
                old_window.deleteLater()
            self.window = None
            self.location = location
            if not self.start():
                QTimer.singleShot(0, self.app.quit)
            if old_db is not None:
                old_db.dispose()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def sign_out(self) -> None:
        """Close the window and ask who works next, on the same database (Berkas → Ganti pengguna…),
        without quitting; nobody signing in quits. Nothing happens when the window refuses to close
        (a batch still being checked)."""
        if self.db is None:
            return
        self.app.setQuitOnLastWindowClosed(False)
        try:
            old_window = self.window
            if old_window is not None:
                old_window.close()
                if old_window.isVisible():
                    return
                old_window.deleteLater()
            self.window = None
            self.user = None  # ask; the environment's password was for the one who started the client
            actor = self._sign_in(self.db)
            if actor is None:
                QTimer.singleShot(0, self.app.quit)
                return
            self._show_window(self.db, actor)
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def _shutdown(self) -> None:
        self.tasks.shutdown()
        if self.db is not None:
            self.db.dispose()


def install_database_status(window: MainWindow, db: Database, tasks: TaskRunner) -> DatabaseStatus:
    """Say in ``window``'s status bar when the database is busy or out of reach, and when it is back
    (then the window's data is loaded again). Kept alive as the window's child."""
    status = DatabaseStatus(db, tasks, parent=window)
    bar = window.statusBar()
    status.busy.connect(lambda text: bar.showMessage(text, 10000))
    status.lost.connect(
        lambda text: bar.showMessage(
            QApplication.translate(
                "Client",
                "Koneksi ke basis data terputus; mencoba menyambung lagi… Isian yang sedang diketik tetap "
                "ada: simpan lagi setelah tersambung.",
            )
            + f" ({text})"
        )
    )

    def restored() -> None:
        bar.showMessage(QApplication.translate("Client", "Koneksi ke basis data pulih."), 10000)
        window.refresh()

    status.restored.connect(restored)
    window.destroyed.connect(lambda *_: status.detach())
    return status


def _screenshot(
    app: QApplication,
    location: Location,
    user: str | None,
    path: Path,
    *,
    view: str = "register",
    settle: bool = False,
    size: tuple[int, int] | None = None,
) -> int:
    """Render the main window (showing ``view``) once the register's first screen of rows has arrived,
    save it as PNG, exit. ``settle`` (a view was asked for by name): once the background work started
    after the first screen is done too (Tugas saya, the dashboard, the overdue count); without it the
    picture is the register's first screen, which the benchmarks time. The window has the size it
    opens with on the current screen (maximised on a laptop's), unless ``size`` forces another."""
    tasks = TaskRunner()
    try:
        db = wait_for(app, tasks, lambda: Database.open(location, migrate=True))
    except Exception as exc:
        print(f"sipdumas gui: {error_text(exc)}", file=sys.stderr)
        tasks.shutdown()
        return 2
    try:
        actor = _screenshot_actor(app, tasks, db, user)
        if actor is None:
            return 2
        window = MainWindow(db, actor, tasks=tasks, settings=None, start_view=view)
        if size is not None:
            window.stays_on_screen = False
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(*size)
        loop = QEventLoop()
        ready: list[bool] = []
        window.ready.connect(lambda: (ready.append(True), loop.quit()))
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(SCREENSHOT_TIMEOUT_MS)
        window.show()
        if not ready:
            loop.exec()
        if not ready:
            print("sipdumas gui: register tidak termuat dalam batas waktu", file=sys.stderr)
            return 1
        if settle:
            while tasks.busy and timer.isActive():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        # Let the view lay out and paint the rows that just arrived before grabbing it.
        for _ in range(3):
            app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path), "PNG"):
            print(f"sipdumas gui: tidak dapat menyimpan {path}", file=sys.stderr)
            return 2
        window.close()
        return 0
    finally:
        tasks.shutdown()
        db.dispose()


def _screenshot_actor(app: QApplication, tasks: TaskRunner, db: Database, user: str | None) -> Actor | None:
    if not wait_for(app, tasks, lambda: has_users(db)):
        return Actor.local_admin()
    password = os.environ.get("SIPDUMAS_PASSWORD")
    if not user or password is None:
        print(
            "sipdumas gui: basis data ini memakai akun pengguna: sebutkan --user NAMA dan isi SIPDUMAS_PASSWORD",
            file=sys.stderr,
        )
        return None
    try:
        return wait_for(app, tasks, lambda: authenticate(db, username=user, password=password))
    except ServiceError as exc:
        print(f"sipdumas gui: {exc}", file=sys.stderr)
        return None
