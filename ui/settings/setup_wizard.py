"""Penyiapan awal: the first-time set-up an administrator is guided through on a fresh installation.

A fresh installation would print its first numbered forwarding letters with the shipped letterhead,
signed «Nama Pejabat Penandatangan», and could forward to nobody. The wizard asks, one page each, for
the office's letterhead (name lines, address, contact, place), the signer (position, name, NIP) and at
least one agency to forward to. Agencies are stored as they are added
(:func:`sipdumas.services.routing.save_agency`); the letterhead and the signer when **Selesai** is
pressed (:func:`sipdumas.services.admin.workflow_settings.update`, one change in the audit trail), and a
value the service refuses is shown on its page. Everything stays changeable in the Pengaturan menu.

The window opens it after the register's first screen when :func:`~sipdumas.services.admin.setup
.setup_status` says something is missing and the user may change the settings
(:mod:`ui.settings.integration`); **Pengaturan → Penyiapan awal…** opens it any time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services import routing
from sipdumas.services.admin import workflow_settings as ws
from sipdumas.services.admin.setup import SetupStatus, setup_status
from ui.common.widgets import ErrorLabel
from ui.login import error_text
from ui.tasks import TaskRunner

OFFICE, SIGNER, AGENCIES = 1, 2, 3
#: The settings each page sets (to show the service's refusal on the right page).
PAGE_KEYS = {
    OFFICE: ("office_lines", "office_address", "office_contact", "place"),
    SIGNER: ("signer_position", "signer_name", "signer_nip"),
}


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class _SignerPage(QWizardPage):
    """Complete once a real name is typed (not empty, not the placeholder)."""

    def __init__(self, wizard: SetupWizard):
        super().__init__(wizard)
        self._wizard = wizard

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        name = " ".join(self._wizard.signer_name.text().split())
        return bool(name) and name != ws.PLACEHOLDER_SIGNER


class _AgenciesPage(QWizardPage):
    """Complete once at least one active agency exists."""

    def __init__(self, wizard: SetupWizard):
        super().__init__(wizard)
        self._wizard = wizard

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self._wizard.agency_list.count() > 0 and not self._wizard.busy


class SetupWizard(QWizard):
    """``loaded`` once the stored settings and agencies are on screen; ``agencies_loaded`` after each
    reload of the agency list; ``completed(WorkflowSettings)`` when Selesai stored the settings."""

    loaded = Signal()
    agencies_loaded = Signal()
    completed = Signal(object)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.busy = False
        self.stored: ws.WorkflowSettings | None = None
        self.setWindowTitle(self.tr("Penyiapan awal SIPDUMAS"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.addPage(self._build_intro())
        self.setPage(OFFICE, self._build_office())
        self.setPage(SIGNER, self._build_signer())
        self.setPage(AGENCIES, self._build_agencies())
        self.resize(720, 560)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        tasks.run(
            lambda: (ws.get(db), setup_status(db, actor), routing.list_agencies(db, actor)),
            self._on_loaded,
            self._failed,
            owner=self,
        )

    # ------------------------------------------------------------ pages

    def _build_intro(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Selamat datang di SIPDUMAS"))
        page.setSubTitle(self.tr("Sebelum surat penerusan pertama dicetak, lengkapi tiga hal berikut."))
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _note(
                self.tr(
                    "1. Kop surat: nama kantor, alamat dan kontak yang dicetak di atas setiap surat.\n"
                    "2. Penandatangan: jabatan, nama dan NIP pejabat yang menandatangani surat penerusan.\n"
                    "3. Instansi tujuan: paling sedikit satu instansi yang menerima surat penerusan.\n\n"
                    "Semua dapat diubah kemudian di menu Pengaturan."
                ),
                page,
            )
        )
        layout.addWidget(self.intro)
        layout.addStretch(1)
        return page

    def _build_office(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Kop surat"))
        page.setSubTitle(self.tr("Nama kantor persis seperti dicetak pada kop surat, satu baris per baris."))
        self.office_lines = QPlainTextEdit(page)
        self.office_lines.setTabChangesFocus(True)
        self.office_lines.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.office_address = QLineEdit(page)
        self.office_contact = QLineEdit(page)
        self.place = QLineEdit(page)
        self.place.setPlaceholderText(self.tr("kota yang ditulis sebelum tanggal, mis. Jakarta"))
        self.office_errors = {key: ErrorLabel(page) for key in PAGE_KEYS[OFFICE]}
        form = QFormLayout(page)
        for key, text, widget in (
            ("office_lines", self.tr("&Nama kantor:"), self.office_lines),
            ("office_address", self.tr("&Alamat:"), self.office_address),
            ("office_contact", self.tr("&Kontak:"), self.office_contact),
            ("place", self.tr("&Tempat surat:"), self.place),
        ):
            form.addRow(text, widget)
            form.addRow("", self.office_errors[key])
        return page

    def _build_signer(self) -> QWizardPage:
        page = _SignerPage(self)
        page.setTitle(self.tr("Penandatangan surat penerusan"))
        page.setSubTitle(self.tr("Pejabat yang menandatangani surat penerusan atas nama kantor."))
        self.signer_position = QLineEdit(page)
        self.signer_name = QLineEdit(page)
        self.signer_name.setPlaceholderText(self.tr("nama lengkap dengan gelar"))
        self.signer_nip = QLineEdit(page)
        self.signer_nip.setPlaceholderText(self.tr("18 digit; kosongkan bila tidak ada"))
        self.signer_errors = {key: ErrorLabel(page) for key in PAGE_KEYS[SIGNER]}
        form = QFormLayout(page)
        for key, text, widget in (
            ("signer_position", self.tr("&Jabatan:"), self.signer_position),
            ("signer_name", self.tr("&Nama:"), self.signer_name),
            ("signer_nip", self.tr("N&IP:"), self.signer_nip),
        ):
            form.addRow(text, widget)
            form.addRow("", self.signer_errors[key])
        self.signer_name.textChanged.connect(lambda _t: page.completeChanged.emit())
        return page

    def _build_agencies(self) -> QWizardPage:
        page = _AgenciesPage(self)
        page.setTitle(self.tr("Instansi tujuan penerusan"))
        page.setSubTitle(
            self.tr(
                "Tambahkan paling sedikit satu instansi; aturannya diatur kemudian di Pengaturan → Instansi "
                "dan aturan penerusan."
            )
        )
        self.agency_list = QListWidget(page)
        self.agency_name = QLineEdit(page)
        self.agency_name.setPlaceholderText(self.tr("mis. Pemerintah Kota Medan"))
        self.agency_position = QLineEdit(page)
        self.agency_position.setPlaceholderText(self.tr("baris «Yth.», mis. Wali Kota Medan"))
        self.agency_address = QLineEdit(page)
        self.add_agency_button = QPushButton(self.tr("&Tambah instansi"), page)
        self.add_agency_button.clicked.connect(self.add_agency)
        self.agency_name.returnPressed.connect(self.add_agency)
        self.agency_error = ErrorLabel(page)
        form = QFormLayout()
        form.addRow(self.tr("Na&ma instansi:"), self.agency_name)
        form.addRow(self.tr("&Yth.:"), self.agency_position)
        form.addRow(self.tr("A&lamat:"), self.agency_address)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_agency_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Instansi yang sudah ada:"), page))
        layout.addWidget(self.agency_list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.agency_error)
        self.finish_error = ErrorLabel(page)
        layout.addWidget(self.finish_error)
        return page

    # ------------------------------------------------------------ loading

    def _on_loaded(self, loaded) -> None:
        settings, status, agencies = loaded
        self.stored = settings
        self.office_lines.setPlainText("\n".join(settings.office_lines))
        self.office_address.setText(settings.office_address)
        self.office_contact.setText(settings.office_contact)
        self.place.setText(settings.place)
        self.signer_position.setText(settings.signer_position)
        self.signer_name.setText("" if settings.signer_unset else settings.signer_name)
        self.signer_nip.setText(settings.signer_nip)
        self._show_agencies(agencies)
        self.intro.setText(self._missing_text(status))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.loaded.emit()

    def _missing_text(self, status: SetupStatus) -> str:
        if status.complete:
            return self.tr("Penyiapan sudah lengkap; Anda dapat memeriksa dan mengubahnya di sini.")
        missing = []
        if status.signer_unset:
            missing.append(self.tr("nama penandatangan masih «%1»").replace("%1", ws.PLACEHOLDER_SIGNER))
        if not status.agencies:
            missing.append(self.tr("belum ada instansi tujuan"))
        return self.tr("Belum lengkap: %1.").replace("%1", "; ".join(missing))

    def _show_agencies(self, agencies: list[routing.AgencyInfo]) -> None:
        self.agency_list.clear()
        for agency in agencies:
            self.agency_list.addItem(agency.name)
        self.page(AGENCIES).completeChanged.emit()
        self.agencies_loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.finish_error.show_message(error_text(exc))
        self.page(AGENCIES).completeChanged.emit()

    # ------------------------------------------------------------ agencies

    def add_agency(self) -> None:
        if self.busy:
            return
        name = self.agency_name.text().strip()
        if not name:
            self.agency_error.show_message(self.tr("Nama instansi wajib diisi"))
            return
        db, actor = self._db, self._actor
        position, address = self.agency_position.text(), self.agency_address.text()
        self.busy = True
        self.agency_error.show_message(None)
        self.add_agency_button.setEnabled(False)

        def added(_info) -> None:
            for edit in (self.agency_name, self.agency_position, self.agency_address):
                edit.clear()
            self._tasks.run(
                lambda: routing.list_agencies(db, actor), self._agencies_again, self._failed, owner=self
            )

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.add_agency_button.setEnabled(True)
            self.agency_error.show_message(error_text(exc))
            self.page(AGENCIES).completeChanged.emit()

        self._tasks.run(
            lambda: routing.save_agency(db, actor, name=name, addressee_position=position, address=address),
            added,
            failed,
            owner=self,
        )

    def _agencies_again(self, agencies) -> None:
        self.busy = False
        self.add_agency_button.setEnabled(True)
        self._show_agencies(agencies)
        self.agency_name.setFocus()

    # ------------------------------------------------------------ finishing

    def changes(self) -> dict[str, object]:
        """The letterhead and signer as typed, as :func:`ws.update` takes them."""
        lines = tuple(line.strip() for line in self.office_lines.toPlainText().splitlines() if line.strip())
        return {
            "office_lines": lines,
            "office_address": self.office_address.text().strip(),
            "office_contact": self.office_contact.text().strip(),
            "place": self.place.text().strip(),
            "signer_position": " ".join(self.signer_position.text().split()),
            "signer_name": " ".join(self.signer_name.text().split()),
            "signer_nip": self.signer_nip.text().strip(),
        }

    def accept(self) -> None:  # noqa: D102 - stores the settings first, closes when the service took them
        if self.busy or self.stored is None:
            return
        db, actor, changes = self._db, self._actor, self.changes()
        self.busy = True
        self.finish_error.show_message(None)
        for label in (*self.office_errors.values(), *self.signer_errors.values()):
            label.show_message(None)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._tasks.run(
            lambda: ws.update(db, actor, changes=changes), self._stored, self._not_stored, owner=self
        )

    def _stored(self, settings: ws.WorkflowSettings) -> None:
        self.busy = False
        self.completed.emit(settings)
        super().accept()

    def _not_stored(self, exc: BaseException) -> None:
        self.busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        problems = getattr(exc, "problems", None) or {}
        shown = False
        for page_id, labels in ((OFFICE, self.office_errors), (SIGNER, self.signer_errors)):
            here = {k: v for k, v in problems.items() if k in labels}
            for key, message in here.items():
                labels[key].show_message(message)
            if here and not shown:
                shown = True
                while self.currentId() != page_id and self.currentId() > page_id:
                    self.back()
        if not shown:
            self.finish_error.show_message(error_text(exc))
