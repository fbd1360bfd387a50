"""What the office prints from the register: the buku agenda (xlsx, and a landscape PDF), the periodic
evaluation report (evaluasi berkala, xlsx with charts and a PDF), and the register of outgoing letters
and the dispatch book (agenda surat keluar, buku ekspedisi).

Both dialogs only collect choices and call the core in the background:
:func:`sipdumas.output.register.export_register` and :func:`sipdumas.output.reports.export_report`, the same
functions ``sipdumas export register`` and ``sipdumas report`` use (permission checks and the audit
record are theirs). The files are written beside their names and renamed when complete, so a file the
user sees is never half-written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.output.outgoing import export_outgoing
from sipdumas.output.register import export_register
from sipdumas.output.reports import Period, export_report
from sipdumas.output.reports.periodic import MONTHS
from sipdumas.services import routing
from sipdumas.services.letters import LetterQuery, categories
from ui.common.value_labels import statuses
from ui.common.widgets import DateEdit, ErrorLabel, OptionalDateEdit
from ui.login import error_text
from ui.tasks import TaskRunner


def month_start(today: date) -> date:
    return today.replace(day=1)


class _OutputDialog(QDialog):
    """A dialog that writes one file (and optionally its PDF) in the background, then says where."""

    written = Signal(object)  # the core's result (RegisterExport / ReportExport)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.result = None
        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("Pilih…"), self)
        self.browse.clicked.connect(self._choose_path)
        self.with_pdf = QCheckBox(self.tr("Cetak juga sebagai PDF (di samping berkas xlsx)"), self)
        self.with_pdf.setChecked(True)
        self.error = ErrorLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Buka &folder"), self)
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = self.buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.file_row = QWidget(self)
        self.file_row.setLayout(where)
        where.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_folder)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

    def add_file_rows(self) -> None:
        self.form.addRow(self.tr("Simpan ke:"), self.file_row)
        self.form.addRow("", self.with_pdf)

    def default_name(self) -> str:
        raise NotImplementedError

    def suggest_path(self) -> None:
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / self.default_name()))

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.path.text() or str(Path.home() / self.default_name()),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def out_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self.error.show_message(self.tr("Pilih berkas tujuan."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if not path.parent.is_dir():
            self.error.show_message(self.tr("Folder %1 tidak ada.").replace("%1", str(path.parent)))
            return None
        return path

    def work(self, out: Path, pdf: Path | None):
        """The core call, run on the worker thread (no widgets)."""
        raise NotImplementedError

    def describe(self, result) -> str:
        raise NotImplementedError

    def start(self) -> None:
        self.error.show_message(None)
        out = self.out_path()
        if out is None:
            return
        pdf = out.with_suffix(".pdf") if self.with_pdf.isChecked() else None
        job = self.work(out, pdf)
        if job is None:
            return
        self._busy(True)
        self.message.setText(self.tr("Menyimpan…"))
        self.tasks.run(job, self._done, self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.browse.setEnabled(not busy)

    def _done(self, result) -> None:
        self._busy(False)
        self.result = result
        self.message.setText(self.describe(result))
        self.open_folder.setVisible(True)
        self.written.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText("")
        self.error.show_message(error_text(exc))

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.file).parent)))


class RegisterExportDialog(_OutputDialog):
    """The buku agenda surat masuk for a period and filters, as xlsx (and PDF). Starts from the
    register's current filters; "Untuk instansi lain" leaves the complainants' identity out."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        query: LetterQuery | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ):
        super().__init__(db, actor, tasks, parent)
        self.setWindowTitle(self.tr("Ekspor buku agenda surat masuk"))
        today = today or date.today()
        query = query or LetterQuery()
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.date_from.set_value(query.received_from or month_start(today))
        self.date_to.set_value(query.received_to or today)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Semua status"), None)
        for value, label in statuses():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(query.status)))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Semua kategori"), None)
        self._wanted_category = query.category
        self.agency = QComboBox(self)
        self.agency.addItem(self.tr("Semua instansi"), None)
        self.analyst = QLineEdit(self)
        self.analyst.setPlaceholderText(self.tr("nama pengguna analis (kosong: semua)"))
        self.confidential = QCheckBox(self.tr("Untuk instansi lain: tanpa identitas pengadu"), self)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("s.d."), self))
        period.addWidget(self.date_to)
        self.form.addRow(self.tr("Diterima:"), period)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Kategori:"), self.category)
        self.form.addRow(self.tr("Instansi:"), self.agency)
        self.form.addRow(self.tr("Analis:"), self.analyst)
        self.form.addRow("", self.confidential)
        self.add_file_rows()
        for widget in (self.date_from, self.date_to):
            widget.changed.connect(self.suggest_path)
        self.confidential.toggled.connect(lambda _on: self.suggest_path())
        self.suggest_path()
        tasks.run(
            lambda: (categories(db, actor), routing.list_agencies(db, actor)),
            self._on_choices,
            self._failed,
            owner=self,
        )

    def _on_choices(self, choices) -> None:
        names, agencies = choices
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(self._wanted_category)))
        for agency in agencies:
            self.agency.addItem(agency.name, agency.id)

    def default_name(self) -> str:
        start, end = self.date_from.value(), self.date_to.value()
        span = (
            f"{start:%Y%m%d}-{end:%Y%m%d}"
            if start and end
            else (f"{start or end:%Y%m%d}" if start or end else "semua")
        )
        suffix = "-tanpa-identitas" if self.confidential.isChecked() else ""
        return f"buku-agenda-{span}{suffix}.xlsx"

    def work(self, out: Path, pdf: Path | None):
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            self.error.show_message(self.tr("Tanggal awal jatuh setelah tanggal akhir."))
            return None
        db, actor = self.db, self.actor
        choices = dict(
            received_from=start,
            received_to=end,
            status=self.status.currentData(),
            category=self.category.currentData(),
            agency_id=self.agency.currentData(),
            analyst=self.analyst.text().strip() or None,
            confidential=self.confidential.isChecked(),
        )
        return lambda: export_register(db, actor, out=out, pdf=pdf, **choices)

    def describe(self, result) -> str:
        text = (
            self.tr("%1 surat disimpan ke %2.")
            .replace("%1", f"{result.rows:,}".replace(",", "."))
            .replace("%2", result.file)
        )
        if result.pdf:
            text += " " + self.tr("Versi cetak: %1.").replace("%1", result.pdf)
        return text


class PeriodicReportDialog(_OutputDialog):
    """The evaluasi berkala of a month, quarter (triwulan) or year."""

    KINDS = ("month", "quarter", "year")

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ):
        super().__init__(db, actor, tasks, parent)
        self.setWindowTitle(self.tr("Laporan evaluasi berkala"))
        today = today or date.today()
        self.kind = QComboBox(self)
        for key, label in zip(
            self.KINDS, (self.tr("Bulanan"), self.tr("Triwulanan"), self.tr("Tahunan")), strict=True
        ):
            self.kind.addItem(label, key)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.as_of = DateEdit(self)
        self.as_of.set_value(today)
        self.as_of.setToolTip(self.tr("Hari yang dipakai untuk menilai ketepatan waktu"))
        self.form.addRow(self.tr("Jenis:"), self.kind)
        self.form.addRow(self.tr("Tahun:"), self.year)
        self.form.addRow(self.tr("Periode:"), self.part)
        self.form.addRow(self.tr("Dinilai per:"), self.as_of)
        self.add_file_rows()
        self._month = today.month
        self.kind.currentIndexChanged.connect(self._fill_parts)
        self.kind.currentIndexChanged.connect(lambda _i: self.suggest_path())
        self.year.valueChanged.connect(lambda _v: self.suggest_path())
        self.part.currentIndexChanged.connect(lambda _i: self.suggest_path())
        self._fill_parts()
        self.suggest_path()

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "month":
            for number, name in enumerate(MONTHS, start=1):
                self.part.addItem(name, number)
            self.part.setCurrentIndex(self._month - 1)
        elif kind == "quarter":
            for number, name in enumerate(("I", "II", "III", "IV"), start=1):
                self.part.addItem(self.tr("Triwulan %1").replace("%1", name), number)
            self.part.setCurrentIndex((self._month - 1) // 3)
        self.part.setEnabled(kind != "year")
        self.part.blockSignals(False)

    def period(self) -> Period:
        kind = self.kind.currentData()
        return Period(kind, self.year.value(), 0 if kind == "year" else int(self.part.currentData()))

    def default_name(self) -> str:
        return f"evaluasi-berkala-{self.period().code}.xlsx"

    def work(self, out: Path, pdf: Path | None):
        db, actor, period, as_of = self.db, self.actor, self.period(), self.as_of.value()
        return lambda: export_report(db, actor, period=period, out=out, pdf=pdf, as_of=as_of)

    def describe(self, result) -> str:
        text = (
            self.tr("Laporan %1 (%2 surat) disimpan ke %3.")
            .replace("%1", self.period().label)
            .replace("%2", f"{result.total:,}".replace(",", "."))
            .replace("%3", result.file)
        )
        if result.pdf:
            text += " " + self.tr("Versi cetak: %1.").replace("%1", result.pdf)
        return text


class OutgoingExportDialog(_OutputDialog):
    """The register of outgoing letters (agenda surat keluar) or, with ``dispatch_book``, the dispatch
    book (buku ekspedisi) with columns for the receivers' signatures, for a period, as xlsx (and PDF)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        dispatch_book: bool = False,
        today: date | None = None,
    ):
        super().__init__(db, actor, tasks, parent)
        self.dispatch_book = dispatch_book
        self.setWindowTitle(
            self.tr("Buku ekspedisi surat keluar") if dispatch_book else self.tr("Agenda surat keluar")
        )
        today = today or date.today()
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.date_from.set_value(month_start(today))
        self.date_to.set_value(today)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("s.d."), self))
        period.addWidget(self.date_to)
        self.form.addRow(self.tr("Tanggal surat:"), period)
        self.add_file_rows()
        for widget in (self.date_from, self.date_to):
            widget.changed.connect(self.suggest_path)
        self.suggest_path()

    def default_name(self) -> str:
        start, end = self.date_from.value(), self.date_to.value()
        span = (
            f"{start:%Y%m%d}-{end:%Y%m%d}"
            if start and end
            else (f"{start or end:%Y%m%d}" if start or end else "semua")
        )
        return f"{'buku-ekspedisi' if self.dispatch_book else 'agenda-surat-keluar'}-{span}.xlsx"

    def work(self, out: Path, pdf: Path | None):
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            self.error.show_message(self.tr("Tanggal awal jatuh setelah tanggal akhir."))
            return None
        db, actor, book = self.db, self.actor, self.dispatch_book
        return lambda: export_outgoing(
            db, actor, out=out, pdf=pdf, dated_from=start, dated_to=end, dispatch_book=book
        )

    def describe(self, result) -> str:
        text = (
            self.tr("%1 surat keluar disimpan ke %2.")
            .replace("%1", f"{result.rows:,}".replace(",", "."))
            .replace("%2", result.file)
        )
        if result.pdf:
            text += " " + self.tr("Versi cetak: %1.").replace("%1", result.pdf)
        return text
