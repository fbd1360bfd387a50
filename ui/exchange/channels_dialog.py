"""Pengaturan → Saluran dan pertukaran…: the mailbox, the LAPOR! endpoint, the outbox and this unit.

Each tab has its own **Uji koneksi** (the mailbox and LAPOR! are tried with what is on screen, before
it is saved). Passwords and tokens typed here go to the system keyring through the services, never to
the database; an empty field keeps the one already kept. On a machine without a keyring the dialog says
so and the services refuse to keep the secret (:mod:`sipdumas.connectors.secrets`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdumas.connectors.lapor import LaporSettings
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services import exchange, lapor, mail, outbox
from ui.common.widgets import ErrorLabel, SaveCloseRow
from ui.tasks import TaskRunner


class ChannelsDialog(QDialog):
    """``saved``: the settings were stored (the mailbox schedule may start or stop)."""

    saved = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.setWindowTitle(self.tr("Saluran dan pertukaran"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._mail_tab(), self.tr("E-mail (IMAP)"))
        self.tabs.addTab(self._lapor_tab(), self.tr("SP4N-LAPOR!"))
        self.tabs.addTab(self._outbox_tab(), self.tr("Kotak keluar"))
        self.tabs.addTab(self._unit_tab(), self.tr("Unit"))
        self.secret_warning = QLabel(self)
        self.secret_warning.setWordWrap(True)
        self.secret_warning.setStyleSheet("color: #8d6e00;")
        self.secret_warning.hide()
        self.error = ErrorLabel(self)
        self.foot = SaveCloseRow(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.secret_warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.foot)
        self.resize(640, 520)
        self.load()

    # ------------------------------------------------------------ tabs

    def _mail_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.mail_enabled = QCheckBox(self.tr("Periksa kotak surat ini secara berkala"), page)
        self.mail_host = QLineEdit(page)
        self.mail_host.setPlaceholderText("mail.instansi.go.id")
        self.mail_port = QSpinBox(page)
        self.mail_port.setRange(1, 65535)
        self.mail_port.setValue(993)
        self.mail_security = QComboBox(page)
        self.mail_security.addItem(self.tr("SSL/TLS (port 993)"), "ssl")
        self.mail_security.addItem(self.tr("STARTTLS (port 143)"), "starttls")
        self.mail_security.addItem(self.tr("Tanpa enkripsi (hanya server lokal)"), "none")
        self.mail_folder = QLineEdit("INBOX", page)
        self.mail_user = QLineEdit(page)
        self.mail_password = QLineEdit(page)
        self.mail_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_minutes = QSpinBox(page)
        self.mail_minutes.setRange(mail.MIN_POLL_MINUTES, 1440)
        self.mail_minutes.setSuffix(self.tr(" menit"))
        self.mail_test = QPushButton(self.tr("&Uji koneksi"), page)
        self.mail_test.clicked.connect(self.test_mail)
        self.mail_result = QLabel(page)
        self.mail_result.setWordWrap(True)
        self.mail_result.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.mail_enabled)
        form.addRow(self.tr("Server:"), self.mail_host)
        form.addRow(self.tr("Port:"), self.mail_port)
        form.addRow(self.tr("Pengamanan:"), self.mail_security)
        form.addRow(self.tr("Folder:"), self.mail_folder)
        form.addRow(self.tr("Nama pengguna:"), self.mail_user)
        form.addRow(self.tr("Kata sandi:"), self.mail_password)
        form.addRow(self.tr("Periksa setiap:"), self.mail_minutes)
        form.addRow(_row(self.mail_test, self.mail_result))
        return page

    def _lapor_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.lapor_enabled = QCheckBox(self.tr("Kirim dan ambil laporan LAPOR!"), page)
        self.lapor_url = QLineEdit(page)
        self.lapor_url.setPlaceholderText("https://…/api")
        self.lapor_office = QLineEdit(page)
        self.lapor_token = QLineEdit(page)
        self.lapor_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.lapor_timeout = QDoubleSpinBox(page)
        self.lapor_timeout.setRange(1, 300)
        self.lapor_timeout.setSuffix(self.tr(" detik"))
        self.lapor_test = QPushButton(self.tr("U&ji koneksi"), page)
        self.lapor_test.clicked.connect(self.test_lapor)
        self.lapor_result = QLabel(page)
        self.lapor_result.setWordWrap(True)
        self.lapor_result.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(
            self.tr(
                "Pemetaan kolom dan status diatur dengan `sipdumas lapor settings --mapping FILE.json` "
                "(lihat docs/exchange.md)."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #616161;")
        form.addRow(self.lapor_enabled)
        form.addRow(self.tr("Alamat API:"), self.lapor_url)
        form.addRow(self.tr("Kode instansi:"), self.lapor_office)
        form.addRow(self.tr("Token akses:"), self.lapor_token)
        form.addRow(self.tr("Batas waktu:"), self.lapor_timeout)
        form.addRow(_row(self.lapor_test, self.lapor_result))
        form.addRow(note)
        return page

    def _outbox_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.max_attempts = QSpinBox(page)
        self.max_attempts.setRange(1, 100)
        self.retry_base = QDoubleSpinBox(page)
        self.retry_base.setRange(1, 3600)
        self.retry_base.setSuffix(self.tr(" detik"))
        self.retry_max = QDoubleSpinBox(page)
        self.retry_max.setRange(1, 86400)
        self.retry_max.setSuffix(self.tr(" detik"))
        form.addRow(self.tr("Percobaan paling banyak:"), self.max_attempts)
        form.addRow(self.tr("Jeda pertama:"), self.retry_base)
        form.addRow(self.tr("Jeda paling lama:"), self.retry_max)
        return page

    def _unit_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.unit_code = QLineEdit(page)
        self.unit_name = QLineEdit(page)
        form.addRow(self.tr("Kode unit:"), self.unit_code)
        form.addRow(self.tr("Nama unit:"), self.unit_name)
        return page

    # ------------------------------------------------------------ loading and saving

    def load(self) -> None:
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: (
                mail.mail_settings(db, actor),
                lapor.lapor_settings(db, actor),
                outbox.outbox_settings(db, actor),
                exchange.unit_settings(db, actor),
            ),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, loaded) -> None:
        mailbox, endpoint, box, unit = loaded
        self._mail_view, self._lapor_view, self._outbox_settings = mailbox, endpoint, box
        m = mailbox.settings
        self.mail_enabled.setChecked(m.enabled)
        self.mail_host.setText(m.host)
        self.mail_port.setValue(m.port)
        self.mail_security.setCurrentIndex(max(0, self.mail_security.findData(m.security)))
        self.mail_folder.setText(m.folder)
        self.mail_user.setText(m.username)
        self.mail_minutes.setValue(m.poll_minutes)
        kept = self.tr("(tersimpan di keyring; kosongkan untuk tetap memakainya)")
        self.mail_password.setPlaceholderText(kept if mailbox.password_saved else "")
        s = endpoint.settings
        self.lapor_enabled.setChecked(s.enabled)
        self.lapor_url.setText(s.base_url)
        self.lapor_office.setText(s.office_id)
        self.lapor_timeout.setValue(s.timeout)
        self.lapor_token.setPlaceholderText(kept if endpoint.token_saved else "")
        self.max_attempts.setValue(box.max_attempts)
        self.retry_base.setValue(box.retry_base_seconds)
        self.retry_max.setValue(box.retry_max_seconds)
        self.unit_code.setText(unit.code)
        self.unit_name.setText(unit.name)
        problem = mailbox.secret_problem
        self.secret_warning.setText(problem or "")
        self.secret_warning.setVisible(bool(problem))

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))

    def mail_from_form(self) -> mail.MailSettings:
        return mail.MailSettings(
            host=self.mail_host.text().strip(),
            port=self.mail_port.value(),
            security=self.mail_security.currentData(),
            folder=self.mail_folder.text().strip() or "INBOX",
            username=self.mail_user.text().strip(),
            poll_minutes=self.mail_minutes.value(),
            enabled=self.mail_enabled.isChecked(),
        )

    def lapor_from_form(self) -> LaporSettings:
        current = getattr(self, "_lapor_view", None)
        base = current.settings if current is not None else LaporSettings()
        return dataclasses.replace(
            base,
            base_url=self.lapor_url.text().strip(),
            office_id=self.lapor_office.text().strip(),
            timeout=self.lapor_timeout.value(),
            enabled=self.lapor_enabled.isChecked(),
        )

    def save(self) -> None:
        db, actor = self._db, self._actor
        m, lp = self.mail_from_form(), self.lapor_from_form()
        password = self.mail_password.text() or None
        token = self.lapor_token.text() or None
        box = outbox.OutboxSettings(
            **{
                **dataclasses.asdict(getattr(self, "_outbox_settings", outbox.OutboxSettings())),
                "max_attempts": self.max_attempts.value(),
                "retry_base_seconds": self.retry_base.value(),
                "retry_max_seconds": self.retry_max.value(),
            }
        )
        unit = exchange.UnitSettings(code=self.unit_code.text().strip(), name=self.unit_name.text().strip())
        self.error.show_message(None)

        def work():
            mail.save_mail_settings(db, actor, settings=m, password=password)
            lapor.save_lapor_settings(db, actor, settings=lp, token=token)
            outbox.save_outbox_settings(db, actor, settings=box)
            exchange.save_unit_settings(db, actor, settings=unit)

        self._tasks.run(work, self._saved, self._failed, owner=self)

    def _saved(self, _result) -> None:
        self.mail_password.clear()
        self.lapor_token.clear()
        self.foot.message.show_done(self.tr("Pengaturan saluran disimpan"))
        self.saved.emit()
        self.load()

    # ------------------------------------------------------------ Uji koneksi

    def test_mail(self) -> None:
        db, actor = self._db, self._actor
        settings, password = self.mail_from_form(), self.mail_password.text() or None
        self.mail_result.setStyleSheet("")
        self.mail_result.setText(self.tr("Menghubungi server…"))

        def done(answer) -> None:
            self.mail_result.setStyleSheet("color: #2e7d32;")
            self.mail_result.setText(
                self.tr("✓ Tersambung: %1 pesan di folder %2")
                .replace("%1", str(answer["messages"]))
                .replace("%2", settings.folder)
            )

        self._tasks.run(
            lambda: mail.check_mail_connection(db, actor, settings=settings, password=password),
            done,
            lambda exc: self._test_failed(self.mail_result, exc),
            owner=self,
            lane="connection-test",
        )

    def test_lapor(self) -> None:
        db, actor = self._db, self._actor
        settings, token = self.lapor_from_form(), self.lapor_token.text() or None
        self.lapor_result.setStyleSheet("")
        self.lapor_result.setText(self.tr("Menghubungi LAPOR!…"))

        def done(_answer) -> None:
            self.lapor_result.setStyleSheet("color: #2e7d32;")
            self.lapor_result.setText(self.tr("✓ LAPOR! menjawab"))

        self._tasks.run(
            lambda: lapor.check_lapor_connection(db, actor, settings=settings, token=token),
            done,
            lambda exc: self._test_failed(self.lapor_result, exc),
            owner=self,
            lane="connection-test",
        )

    def _test_failed(self, label: QLabel, exc: BaseException) -> None:
        label.setStyleSheet("color: #b3261e;")
        label.setText("✗ " + str(exc))


def _row(button: QPushButton, result: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(result, 1)
    return row
