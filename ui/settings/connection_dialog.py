"""The "Basis data…" dialog: which database this workstation uses.

Either the embedded SQLite file (one workstation) or a PostgreSQL server that several workstations
share. "Uji koneksi" connects once through :func:`~sipdumas.db.connection.probe_connection` (off the
UI thread: a server that does not answer must not freeze the window); "Simpan" writes the choice with
:func:`~sipdumas.db.location.save_connection`, where the CLI finds it too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from sipdumas.db.connection import probe_connection, url_problem
from sipdumas.db.location import DB_FILE_NAME, Location, default_data_dir, save_connection
from ui.common.form_dialog import FormDialog
from ui.common.widgets import ErrorLabel
from ui.login import error_text
from ui.tasks import TaskRunner

PG_EXAMPLE = "postgresql+psycopg://pengguna:sandi@server/sipdumas"


class ConnectionDialog(FormDialog):
    """``switch_requested(Location)`` when the user saved a connection and wants to use it now."""

    switch_requested = Signal(object)

    def __init__(self, current: Location, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._current = current
        self.setWindowTitle(self.tr("Basis data"))

        self.use_sqlite = QRadioButton(self.tr("Berkas SQLite di komputer ini (satu komputer)"), self)
        self.use_pg = QRadioButton(self.tr("Server PostgreSQL (dipakai bersama beberapa komputer)"), self)
        group = QButtonGroup(self)
        group.addButton(self.use_sqlite)
        group.addButton(self.use_pg)
        self.sqlite_path = QLineEdit(self)
        browse_db = QPushButton(self.tr("Pilih…"), self)
        browse_db.clicked.connect(self._browse_sqlite)
        self.pg_url = QLineEdit(self)
        self.pg_url.setPlaceholderText(PG_EXAMPLE)
        self.data_dir = QLineEdit(str(current.data_dir), self)
        browse_dir = QPushButton(self.tr("Pilih…"), self)
        browse_dir.clicked.connect(self._browse_dir)

        url = make_url(current.database_url)
        if url.get_backend_name() == "sqlite":
            self.use_sqlite.setChecked(True)
            self.sqlite_path.setText(url.database or "")
        else:
            self.use_pg.setChecked(True)
            self.pg_url.setText(url.render_as_string(hide_password=False))
            self.sqlite_path.setText(str(default_data_dir() / DB_FILE_NAME))

        sqlite_row = QHBoxLayout()
        sqlite_row.addWidget(self.sqlite_path, 1)
        sqlite_row.addWidget(browse_db)
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.data_dir, 1)
        dir_row.addWidget(browse_dir)
        form = QFormLayout()
        form.addRow(self.use_sqlite)
        form.addRow(self.tr("Berkas:"), sqlite_row)
        form.addRow(self.use_pg)
        form.addRow(self.tr("Alamat:"), self.pg_url)
        hint = QLabel(self.tr("Contoh: %1").replace("%1", PG_EXAMPLE), self)
        hint.setStyleSheet("color: #616161;")
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Folder data (pindaian, berkas keluaran):"), dir_row)

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.test_button = QPushButton(self.tr("&Uji koneksi"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if os.environ.get("SIPDUMAS_DATABASE_URL"):
            override = QLabel(
                self.tr(
                    "Catatan: variabel lingkungan SIPDUMAS_DATABASE_URL sedang diisi dan mengalahkan "
                    "pilihan yang disimpan di sini."
                ),
                self,
            )
            override.setWordWrap(True)
            override.setStyleSheet("color: #b26a00;")
            layout.addWidget(override)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

        for widget in (self.use_sqlite, self.use_pg):
            widget.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.set_up_form(save=self.save)

    def _update_enabled(self) -> None:
        self.sqlite_path.setEnabled(self.use_sqlite.isChecked())
        self.pg_url.setEnabled(self.use_pg.isChecked())

    def _browse_sqlite(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Berkas basis data SQLite"),
            self.sqlite_path.text(),
            self.tr("Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)

    def _browse_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder data"), self.data_dir.text())
        if path:
            self.data_dir.setText(path)

    def location(self) -> Location:
        """The connection as filled in; raises ``ValueError`` with a message for the user."""
        if self.use_sqlite.isChecked():
            path = self.sqlite_path.text().strip()
            if not path:
                raise ValueError(self.tr("Pilih berkas basis data SQLite"))
            url = f"sqlite:///{Path(path).expanduser()}"
        else:
            url = self.pg_url.text().strip()
            if not url:
                raise ValueError(self.tr("Isi alamat server PostgreSQL, mis. %1").replace("%1", PG_EXAMPLE))
            problem = url_problem(url)
            if problem:
                raise ValueError(problem)
        folder = self.data_dir.text().strip()
        data_dir = Path(folder).expanduser() if folder else default_data_dir()
        return Location(database_url=url, data_dir=data_dir)

    def test_connection(self) -> None:
        self.result.clear()
        try:
            location = self.location()
        except ValueError as exc:
            self.error.show_message(str(exc))
            return
        self.error.show_message(None)
        self.result.setStyleSheet("color: #616161;")
        self.result.setText(self.tr("Menghubungi basis data…"))
        self.test_button.setEnabled(False)
        self._tasks.run(lambda: probe_connection(location), self._tested, self._test_failed, owner=self)

    def _tested(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #2e7d32;")
        self.result.setText("✓ " + message)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.clear()
        self.error.show_message(error_text(exc))

    def save(self) -> None:
        try:
            location = self.location()
        except ValueError as exc:
            self.error.show_message(str(exc))
            return
        save_connection(database_url=location.database_url, data_dir=location.data_dir)
        self.accept()
        if location == self._current:
            return
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Basis data disimpan"),
            self.tr(
                "Sambungan disimpan dan dipakai setiap kali SIPDUMAS dibuka. Pindah ke basis data ini "
                "sekarang? Anda akan diminta masuk lagi."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.switch_requested.emit(location)
