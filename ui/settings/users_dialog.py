"""Accounts, for administrators (Berkas → Pengguna…): list them, add one, deactivate or reactivate one,
reset a forgotten password.

Everything goes through :mod:`sipdumas.services.admin.users` on the :class:`~ui.tasks.TaskRunner` (Argon2
hashing is slow on purpose); the services check the role again and refuse to lock the office out (one's
own account, the last active administrator). The form checks what it can before asking: user name
without spaces, the password long enough and typed the same twice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.admin.users import (
    MIN_PASSWORD,
    UserInfo,
    create_user,
    list_users,
    reset_password,
    set_active,
    set_profile,
)
from ui.common.form_dialog import FormDialog
from ui.common.value_labels import role_label
from ui.common.widgets import DoneLabel, ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

_QUIET = QColor("#757575")


def password_problem(tr, password: str, again: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return tr("Kata sandi paling sedikit %1 karakter").replace("%1", str(MIN_PASSWORD))
    if password != again:
        return tr("Kedua kata sandi tidak sama")
    return None


class UsersDialog(FormDialog):
    """The accounts of this database. ``changed`` after each successful change."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.accounts: list[UserInfo] = []
        self._busy = False
        self.setWindowTitle(self.tr("Pengguna"))
        self.setSizeGripEnabled(True)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"), self)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Atur &ulang kata sandi…"), self)
        self.reset_button.clicked.connect(self.reset_selected_password)
        self.profile_button = QPushButton(self.tr("&Jabatan dan NIP…"), self)
        self.profile_button.setToolTip(
            self.tr(
                "Jabatan dan NIP yang dicetak pada tanda terima dan lembar disposisi yang ditandatangani akun ini"
            )
        )
        self.profile_button.clicked.connect(self.edit_selected_profile)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.toggle_button)
        row_buttons.addWidget(self.reset_button)
        row_buttons.addWidget(self.profile_button)
        row_buttons.addStretch(1)

        box = QGroupBox(self.tr("Tambah akun"), self)
        self.username = QLineEdit(box)
        self.username.setPlaceholderText(self.tr("tanpa spasi, mis. budi.santoso"))
        self.full_name = QLineEdit(box)
        self.role = QComboBox(box)
        for role in (Role.ANALYST, Role.ARCHIVIST, Role.STAFF, Role.SUPERVISOR, Role.ADMIN):
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("paling sedikit %1 karakter").replace("%1", str(MIN_PASSWORD))
        )
        self.password2 = QLineEdit(box)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Tambah akun"), box)
        self.add_button.clicked.connect(self.add_account)
        form = QFormLayout(box)
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("Pe&ran:"), self.role)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.password2)
        form.addRow("", self.add_button)

        self.hint = QLabel(
            self.tr(
                "Basis data ini belum memiliki akun; Anda bekerja sebagai administrator lokal. Setelah akun "
                "pertama dibuat, setiap orang harus masuk dengan akunnya dan administrator lokal tidak berlaku "
                "lagi: buatlah akun Administrator lebih dulu."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b26a00;")
        self.hint.hide()
        self.message = DoneLabel(self)
        self.error = ErrorLabel(self)
        close = QPushButton(self.tr("Tutup"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(row_buttons)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        fit_window(self, "users", 720, 560)
        self._update_buttons()
        self.set_up_form(save=self.add_account, first=self.username)
        self.load()

    # ------------------------------------------------------------ list

    def load(self) -> None:
        db, actor = self._db, self._actor
        self._tasks.run(lambda: list_users(db, actor), self._show, self._failed, owner=self)

    def _show(self, accounts: list[UserInfo]) -> None:
        selected = self.selected()
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            cells = [
                account.username,
                account.full_name,
                role_label(account.role),
                self.tr("aktif") if account.active else self.tr("nonaktif"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not account.active:
                    item.setForeground(QBrush(_QUIET))
                self.table.setItem(row, column, item)
            if selected is not None and account.username == selected.username:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        # The first account ends the built-in local administrator: make sure it can manage the others.
        self.hint.setVisible(not accounts)
        if not accounts:
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def _update_buttons(self) -> None:
        account = self.selected()
        self.toggle_button.setEnabled(account is not None and not self._busy)
        self.reset_button.setEnabled(account is not None and not self._busy)
        self.profile_button.setEnabled(account is not None and not self._busy)
        self.add_button.setEnabled(not self._busy)
        if account is not None:
            self.toggle_button.setText(self.tr("&Nonaktifkan") if account.active else self.tr("&Aktifkan"))

    # ------------------------------------------------------------ changes

    def add_account(self) -> None:
        username = self.username.text().strip()
        full_name = " ".join(self.full_name.text().split())
        password, again = self.password.text(), self.password2.text()
        problem = None
        if not username:
            problem = self.tr("Nama pengguna wajib diisi")
        elif any(c.isspace() for c in username):
            problem = self.tr("Nama pengguna tidak boleh memuat spasi")
        else:
            problem = password_problem(self.tr, password, again)
        if problem:
            self.error.show_message(problem)
            return
        role = Role(self.role.currentData())
        db, actor = self._db, self._actor
        self._run(
            lambda: create_user(
                db, actor, username=username, full_name=full_name, password=password, role=role
            ),
            lambda info: self._done(self.tr("Akun %1 dibuat").replace("%1", info.username), clear_form=True),
        )

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        db, actor, active = self._db, self._actor, not account.active
        message = self.tr("Akun %1 diaktifkan") if active else self.tr("Akun %1 dinonaktifkan")
        self._run(
            lambda: set_active(db, actor, username=account.username, active=active),
            lambda info: self._done(message.replace("%1", info.username)),
        )

    def reset_selected_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Atur ulang kata sandi"),
            self.tr("Kata sandi baru untuk %1 (paling sedikit %2 karakter):")
            .replace("%1", account.username)
            .replace("%2", str(MIN_PASSWORD)),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.set_password(account.username, password)

    def edit_selected_profile(self) -> None:
        account = self.selected()
        if account is None:
            return
        position, ok = QInputDialog.getText(
            self,
            self.tr("Jabatan dan NIP"),
            self.tr("Jabatan %1:").replace("%1", account.username),
            QLineEdit.EchoMode.Normal,
            account.position or "",
        )
        if not ok:
            return
        nip, ok = QInputDialog.getText(
            self,
            self.tr("Jabatan dan NIP"),
            self.tr("NIP %1 (18 digit; kosongkan bila tidak ber-NIP):").replace("%1", account.username),
            QLineEdit.EchoMode.Normal,
            account.nip or "",
        )
        if ok:
            self.set_profile(account.username, position=position, nip=nip)

    def set_profile(self, username: str, *, position: str, nip: str) -> None:
        db, actor = self._db, self._actor
        self._run(
            lambda: set_profile(db, actor, username=username, position=position, nip=nip),
            lambda info: self._done(self.tr("Jabatan dan NIP %1 disimpan").replace("%1", info.username)),
        )

    def set_password(self, username: str, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            self.error.show_message(
                self.tr("Kata sandi paling sedikit %1 karakter").replace("%1", str(MIN_PASSWORD))
            )
            return
        db, actor = self._db, self._actor
        self._run(
            lambda: reset_password(db, actor, username=username, password=password),
            lambda info: self._done(self.tr("Kata sandi %1 diganti").replace("%1", info.username)),
        )

    def _run(self, work, on_done) -> None:
        self._busy = True
        self.error.show_message(None)
        self.message.clear()
        self._update_buttons()
        self._tasks.run(work, on_done, self._failed, owner=self)

    def _done(self, message: str, *, clear_form: bool = False) -> None:
        self._busy = False
        self.message.show_done(message)
        if clear_form:
            for edit in (self.username, self.full_name, self.password, self.password2):
                edit.clear()
            self.mark_clean()
        self.changed.emit()
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.error.show_message(error_text(exc))
        self._update_buttons()
