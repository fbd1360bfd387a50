"""Signing in: the first administrator account of a new installation, then the login dialog.

Both dialogs call :mod:`sipdumas.services.admin.users` through the :class:`~ui.tasks.TaskRunner`, because
Argon2 hashing is deliberately slow and a PostgreSQL server may be far away: the dialog stays responsive
and shows "Memeriksa…" meanwhile. The signed-in :class:`~sipdumas.domain.permissions.Actor` is left in
``dialog.actor`` when the dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database, DatabaseError
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor
from sipdumas.services.admin.users import MIN_PASSWORD, authenticate, create_first_admin
from ui.common.widgets import ErrorLabel
from ui.tasks import TaskRunner


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: services already speak Indonesian; anything else is
    unexpected and shown with its type so a support person can recognise it."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(exc.problems.values())
    if isinstance(exc, (ServiceError, DatabaseError)):
        return str(exc)
    return f"Terjadi kesalahan tak terduga ({type(exc).__name__}): {exc}"


class _SignInDialog(QDialog):
    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self.actor: Actor | None = None
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self._where = QLabel(self.tr("Basis data: %1").replace("%1", db.safe_url), self)
        self._where.setStyleSheet("color: #616161;")
        self._where.setWordWrap(True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _busy(self, busy: bool, ok_text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy)
        ok.setText(self.tr("Memeriksa…") if busy else ok_text)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class FirstAdminDialog(_SignInDialog):
    """Shown once, on a database without accounts: creates the first administrator."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(db, tasks, parent)
        self.setWindowTitle(self.tr("SIPDUMAS — akun administrator pertama"))
        intro = QLabel(
            self.tr(
                "Basis data ini belum memiliki akun pengguna. Buat akun administrator pertama; "
                "akun lain (analis, arsiparis, staf) dapat dibuat oleh administrator kemudian."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("tanpa spasi, mis. budi.santoso"))
        self.full_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("paling sedikit %1 karakter").replace("%1", str(MIN_PASSWORD))
        )
        self.password2 = QLineEdit(self)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.password2)
        self._ok_text = self.tr("Buat akun")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self._where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def problem(self) -> str | None:
        """What is wrong with the filled-in fields, checked before asking the database."""
        username = self.username.text().strip()
        if not username:
            return self.tr("Nama pengguna wajib diisi")
        if any(c.isspace() for c in username):
            return self.tr("Nama pengguna tidak boleh memuat spasi")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("Kata sandi paling sedikit %1 karakter").replace("%1", str(MIN_PASSWORD))
        if self.password.text() != self.password2.text():
            return self.tr("Kedua kata sandi tidak sama")
        return None

    def submit(self) -> None:
        problem = self.problem()
        self.error.show_message(problem)
        if problem:
            return
        self._busy(True, self._ok_text)
        db = self._db
        username, full_name = self.username.text().strip(), self.full_name.text().strip()
        password = self.password.text()
        self._tasks.run(
            lambda: create_first_admin(db, username=username, full_name=full_name, password=password),
            self._created,
            self._refused,
            owner=self,
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False, self._ok_text)
        self.error.show_message(error_text(exc))


class LoginDialog(_SignInDialog):
    """Username and password, checked by :func:`sipdumas.services.admin.users.authenticate`."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None, *, username: str = ""):
        super().__init__(db, tasks, parent)
        self.setWindowTitle(self.tr("SIPDUMAS — masuk"))
        self.username = QLineEdit(username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        self._ok_text = self.tr("Masuk")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self._where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.show_message(self.tr("Isi nama pengguna dan kata sandi"))
            return
        self.error.show_message(None)
        self._busy(True, self._ok_text)
        db = self._db
        self._tasks.run(
            lambda: authenticate(db, username=username, password=password),
            self._signed_in,
            self._refused,
            owner=self,
        )

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False, self._ok_text)
        self.error.show_message(error_text(exc))
        self.password.clear()
        self.password.setFocus()
