"""The "Impor register lama" dialog: a legacy register (a buku agenda kept as ``.xlsx``, ``.csv`` or
``.jsonl``) brought into the register in four steps.

1. **Berkas**: choose the file (or drop it on the dialog). Its headings and a sample value of each
   column are read on the client's :class:`~ui.tasks.TaskRunner`; a file that cannot be read (damaged,
   empty, not a register) is named with the reason and nothing goes further.
2. **Pemetaan kolom**: each heading gets a register field, or "(abaikan)". The mapping starts from the
   one remembered for this source (files with the same headings) or from the guess of the headings'
   usual names; a required field left unmapped, or a field given to two columns, is flagged and
   blocks the next step.
3. **Pratinjau**: the first rows as they will be stored (dates, E.164 phones, channel and status
   names), and a dry run over the whole file (:func:`~sipdumas.services.imports.mapping.validate`, a
   job on the :class:`~ui.tasks.TaskRunner`, with progress) counting the rows that would be imported,
   rejected and skipped as already imported, with the rejected rows' line and reason. The list can be saved as
   ``.xlsx`` or ``.csv``.
4. **Impor**: :func:`~sipdumas.services.imports.mapping.import_with_mapping` as a job with progress;
   **Batal** stops it and the whole file is rolled back. Afterwards a summary; ``imported`` carries the
   :class:`~sipdumas.services.imports.legacy_register.ImportResult` (the window refreshes the register), and the
   mapping is remembered for the next file of this source.

All rules (which fields exist and are required, what is rejected and why, idempotence) are the core's;
this dialog shows them. Text from the file is shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.filenames import shown_name
from sipdumas.domain.permissions import Actor
from sipdumas.services.imports import mapping as mapping_service
from sipdumas.services.imports.legacy_register import ImportCancelled, ImportProgress, ImportResult
from sipdumas.services.imports.mapping import (
    IGNORE,
    REQUIRED,
    TARGETS,
    MappingProposal,
    PreviewRow,
    ValidationReport,
)
from ui.common.formatting import count, short_date
from ui.common.value_labels import channel_label, status_label
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import Job, TaskRunner

REGISTER_SUFFIXES = (".xlsx", ".csv", ".jsonl")
STEP_FILE, STEP_MAPPING, STEP_PREVIEW, STEP_IMPORT = range(4)
#: Characters of a value shown in a cell's tooltip (a letter's full text can be pages long).
TOOLTIP_CHARS = 600

# The core's field names, marked for pyside6-lupdate (translated when shown, see field_label).
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportField", "Nomor agenda"),
    QT_TRANSLATE_NOOP("ImportField", "Tanggal diterima"),
    QT_TRANSLATE_NOOP("ImportField", "Saluran"),
    QT_TRANSLATE_NOOP("ImportField", "Nomor surat"),
    QT_TRANSLATE_NOOP("ImportField", "Tanggal surat"),
    QT_TRANSLATE_NOOP("ImportField", "Tempat surat"),
    QT_TRANSLATE_NOOP("ImportField", "Hal/perihal"),
    QT_TRANSLATE_NOOP("ImportField", "Ringkasan"),
    QT_TRANSLATE_NOOP("ImportField", "Kategori"),
    QT_TRANSLATE_NOOP("ImportField", "Kepada"),
    QT_TRANSLATE_NOOP("ImportField", "Tembusan"),
    QT_TRANSLATE_NOOP("ImportField", "Status"),
    QT_TRANSLATE_NOOP("ImportField", "Kode berkas"),
    QT_TRANSLATE_NOOP("ImportField", "Isi surat"),
    QT_TRANSLATE_NOOP("ImportField", "Pengirim (objek JSON)"),
    QT_TRANSLATE_NOOP("ImportField", "Nama pengirim"),
    QT_TRANSLATE_NOOP("ImportField", "NIK"),
    QT_TRANSLATE_NOOP("ImportField", "Telepon"),
    QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    QT_TRANSLATE_NOOP("ImportField", "Alamat"),
)
_SENDER_KEYS = ("sender.name", "sender.nik", "sender.phone", "sender.email", "sender.address")
#: The field names the core's rejection reasons start with ("nik: NIK harus 16 digit angka"), by field key.
_REASON_FIELDS = {
    "nik": "sender.nik",
    "phone": "sender.phone",
    "email": "sender.email",
    "name": "sender.name",
    "address": "sender.address",
}
#: Starting widths (pixels) of the preview's columns; other fields get 130.
_PREVIEW_WIDTHS = {
    "received_at": 110,
    "letter_date": 110,
    "sender.nik": 150,
    "sender.phone": 135,
    "subject": 220,
    "summary": 220,
    "text": 220,
    "sender.address": 190,
    "sender.name": 160,
    "cc": 180,
}
_GREY = QBrush(QColor("#757575"))
_RED = QBrush(QColor("#b3261e"))
_PROBLEM_BACKGROUND = QBrush(QColor("#fde7e9"))


def field_label(key: str) -> str:
    """The register field ``key`` (a key of :data:`TARGETS`) in the interface's language."""
    label = TARGETS.get(key)
    return QCoreApplication.translate("ImportField", label) if label else key


def readable_reason(reason: str) -> str:
    """A rejection reason with the field keys it starts with shown as field names
    (``received_at: tanggal 'kemarin' …`` → ``Tanggal diterima: tanggal 'kemarin' …``)."""
    parts = []
    for part in reason.split("; "):
        key, sep, rest = part.partition(": ")
        key = _REASON_FIELDS.get(key, key)
        parts.append(f"{field_label(key)}: {rest}" if sep and key in TARGETS else part)
    return "; ".join(parts)


def _plain(label: QLabel) -> QLabel:
    """``label`` showing its text as written: file names, headings and reasons come from the file."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _cut(text: str, limit: int = TOOLTIP_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class FileInspection:
    """What step 1 read: the proposed mapping and a sample value per heading."""

    path: Path
    proposal: MappingProposal
    samples: dict[str, str]


def inspect_file(db: Database, actor: Actor, path: Path) -> FileInspection:
    """Step 1's work, run on the worker: the headings with their mapping, and their samples."""
    proposal = mapping_service.propose_mapping(db, actor, path=path)
    return FileInspection(path, proposal, mapping_service.column_samples(path))


class RegisterImportDialog(QDialog):
    """The four steps of importing a legacy register; ``imported(ImportResult)`` once an import was
    committed (also when it added nothing new)."""

    imported = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = tasks
        self.setWindowTitle(self.tr("Impor register lama"))
        self.setAcceptDrops(True)
        self.setMinimumSize(780, 520)
        fit_window(self, "register_import", 1000, 660)

        self.inspection: FileInspection | None = None
        self.report: ValidationReport | None = None
        self.result: ImportResult | None = None
        self.preview_rows: list[PreviewRow] = []
        self.validation_job: Job | None = None  # the dry run whose outcome is still awaited
        self.import_job: Job | None = None
        self._reading: Path | None = None  # the file whose headings are being read
        self._preview_for: dict[str, str] | None = None  # the mapping the shown preview was read with

        self.steps = [
            QLabel(text, self)
            for text in (
                self.tr("1  Berkas"),
                self.tr("2  Pemetaan kolom"),
                self.tr("3  Pratinjau"),
                self.tr("4  Impor"),
            )
        ]
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_import_page())

        self.back_button = QPushButton(self.tr("« &Kembali"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Lanjut »"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.forward)
        self.cancel_button = QPushButton(self.tr("&Batal"), self)
        self.cancel_button.clicked.connect(self.reject)

        step_bar = QHBoxLayout()
        for i, label in enumerate(self.steps):
            if i:
                step_bar.addWidget(QLabel("›", self))
            step_bar.addWidget(label)
        step_bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addLayout(step_bar)
        layout.addWidget(line)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_step(STEP_FILE)
        if path is not None:
            self.open_file(path)

    # ------------------------------------------------------------ building

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Pilih register lama (buku agenda) dari kantor atau unit: buku kerja Excel (.xlsx), CSV "
                "atau JSON Lines (.jsonl). Baris pertama berisi judul kolom. Tidak ada yang disimpan "
                "sebelum langkah terakhir; baris yang sudah pernah diimpor tidak diimpor lagi."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.drop_zone = QLabel(self.tr("Seret berkas register ke sini\n(.xlsx, .csv, .jsonl)"), page)
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setMinimumHeight(130)
        self.drop_zone.setStyleSheet(
            "QLabel { border: 2px dashed #9e9e9e; border-radius: 8px; color: #616161; font-size: 11pt; }"
        )
        self.choose_button = QPushButton(self.tr("&Pilih berkas…"), page)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_status = _plain(QLabel(self.tr("Belum ada berkas."), page))
        self.file_status.setWordWrap(True)
        self.file_error = _plain(ErrorLabel(page))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_status, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.drop_zone)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.mapping_info = _plain(QLabel(page))
        self.mapping_info.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom di berkas"), self.tr("Contoh isi"), self.tr("Kolom register")]
        )
        self._table_style(self.mapping_table)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.resizeSection(2, 250)
        self.required_label = _plain(QLabel(page))
        self.mapping_error = _plain(ErrorLabel(page))
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_info)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.required_label)
        layout.addWidget(self.mapping_error)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.check_summary = _plain(QLabel(page))
        self.check_summary.setWordWrap(True)
        font = self.check_summary.font()
        font.setBold(True)
        self.check_summary.setFont(font)
        self.check_progress = QProgressBar(page)
        self.check_progress.setTextVisible(False)
        self.check_progress.setMaximumHeight(8)
        self.check_error = _plain(ErrorLabel(page))
        self.preview_title = QLabel(page)
        self.preview_table = QTableWidget(0, 0, page)
        self._table_style(self.preview_table)
        self.rejected_title = QLabel(page)
        self.rejected_table = self._rejected_table(page)
        self.save_check_report = QPushButton(self.tr("&Simpan daftar ditolak…"), page)
        self.save_check_report.clicked.connect(lambda _c=False: self.save_report())
        self.report_status = _plain(QLabel(page))
        self.report_status.setStyleSheet("color: #616161;")

        top = QWidget(page)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.preview_title)
        top_layout.addWidget(self.preview_table)
        bottom = QWidget(page)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.rejected_title, 1)
        title_row.addWidget(self.report_status)
        title_row.addWidget(self.save_check_report)
        bottom_layout.addLayout(title_row)
        bottom_layout.addWidget(self.rejected_table)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.check_summary)
        layout.addWidget(self.check_progress)
        layout.addWidget(self.check_error)
        layout.addWidget(splitter, 1)
        return page

    def _build_import_page(self) -> QWidget:
        page = QWidget(self)
        self.import_status = _plain(QLabel(page))
        self.import_status.setWordWrap(True)
        font = self.import_status.font()
        font.setBold(True)
        self.import_status.setFont(font)
        self.import_progress = QProgressBar(page)
        self.import_progress.setFormat(self.tr("%v / %m baris"))
        self.import_error = _plain(ErrorLabel(page))
        #: The rejected rows of the import, shown once it is done.
        self.import_rejected_box = QWidget(page)
        box = self.import_rejected_box
        self.import_rejected_title = QLabel(box)
        self.import_rejected_table = self._rejected_table(box)
        self.save_import_report = QPushButton(self.tr("&Simpan daftar ditolak…"), box)
        self.save_import_report.clicked.connect(lambda _c=False: self.save_report())
        self.import_report_status = _plain(QLabel(box))
        self.import_report_status.setStyleSheet("color: #616161;")
        title_row = QHBoxLayout()
        title_row.addWidget(self.import_rejected_title, 1)
        title_row.addWidget(self.import_report_status)
        title_row.addWidget(self.save_import_report)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(title_row)
        box_layout.addWidget(self.import_rejected_table, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.import_status)
        layout.addWidget(self.import_progress)
        layout.addWidget(self.import_error)
        layout.addWidget(box, 1)
        layout.addStretch(0)
        return page

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def _rejected_table(self, parent: QWidget) -> QTableWidget:
        table = QTableWidget(0, 2, parent)
        table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Alasan")])
        self._table_style(table)
        table.horizontalHeader().resizeSection(0, 70)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # ------------------------------------------------------------ steps and buttons

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    @property
    def importing(self) -> bool:
        return self.import_job is not None

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        for i, label in enumerate(self.steps):
            font = label.font()
            font.setBold(i == step)
            label.setFont(font)
            label.setStyleSheet("" if i == step else "color: #9e9e9e;")
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step
        self.back_button.setVisible(step != STEP_FILE)
        self.back_button.setEnabled(
            step in (STEP_MAPPING, STEP_PREVIEW)
            or (step == STEP_IMPORT and not self.importing and not self.result)
        )
        self.next_button.setVisible(step != STEP_IMPORT)
        if step == STEP_PREVIEW:
            self.next_button.setText(self.tr("&Impor"))
            self.next_button.setEnabled(self.report is not None and self.validation_job is None)
        else:
            self.next_button.setText(self.tr("&Lanjut »"))
            if step == STEP_FILE:
                self.next_button.setEnabled(self.inspection is not None and self._reading is None)
            else:
                self.next_button.setEnabled(self.mapping_problems() == {})
        if step == STEP_IMPORT and not self.importing:
            self.cancel_button.setText(self.tr("&Tutup"))
        else:
            self.cancel_button.setText(self.tr("&Batal"))
        self.choose_button.setEnabled(not self.importing)

    def forward(self) -> None:
        """**Lanjut** / **Impor**: to the next step."""
        if not self.next_button.isEnabled():
            return
        if self.step == STEP_FILE:
            self._show_step(STEP_MAPPING)
        elif self.step == STEP_MAPPING:
            self._show_step(STEP_PREVIEW)
            self.check()
        elif self.step == STEP_PREVIEW:
            self.start_import()

    def back(self) -> None:
        if not self.back_button.isEnabled():
            return
        if self.step == STEP_PREVIEW:
            self._stop(self.validation_job)
            self._show_step(STEP_MAPPING)
        elif self.step == STEP_MAPPING:
            self._show_step(STEP_FILE)
        elif self.step == STEP_IMPORT:
            self._show_step(STEP_PREVIEW)
            self.check()

    # ------------------------------------------------------------ step 1: the file

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih register lama"),
            "",
            self.tr("Register lama (*.xlsx *.csv *.jsonl);;Semua berkas (*)"),
        )
        if name:
            self.open_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt naming
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not self.importing and len([u for u in urls if u.isLocalFile()]) == 1:
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt naming
        local = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if len(local) == 1 and not self.importing:
            event.acceptProposedAction()
            self.open_file(local[0])
        else:
            event.ignore()

    def open_file(self, path: Path) -> None:
        """Read ``path``'s headings in the background; step 2 follows when they are read."""
        if self.importing:
            return
        path = Path(path)
        self._stop(self.validation_job)
        self._show_step(STEP_FILE)
        self.inspection = None
        self.report = None
        self.result = None
        self._reading = path
        self.file_error.show_message(None)
        self.file_status.setText(self.tr("Membaca judul kolom %1…").replace("%1", shown_name(path.name)))
        self._update_buttons()
        db, actor = self.db, self.actor
        self.tasks.run(
            lambda: inspect_file(db, actor, path),
            self._on_inspected,
            lambda exc: self._on_file_failed(path, exc),
            owner=self,
        )

    def _on_inspected(self, inspection: FileInspection) -> None:
        if inspection.path != self._reading:
            return  # another file was chosen meanwhile
        self._reading = None
        self.inspection = inspection
        headers = inspection.proposal.headers
        self.file_status.setText(
            self.tr("%1: %2 kolom")
            .replace("%1", shown_name(inspection.path.name))
            .replace("%2", str(len(headers)))
        )
        self._fill_mapping(inspection)
        self._show_step(STEP_MAPPING)

    def _on_file_failed(self, path: Path, exc: BaseException) -> None:
        if path != self._reading:
            return
        self._reading = None
        self.file_status.setText(self.tr("Belum ada berkas."))
        self.file_error.show_message(
            self.tr("Berkas «%1» tidak dapat dibaca: %2")
            .replace("%1", path.name)
            .replace("%2", _reason(exc, path))
        )
        self._update_buttons()

    # ------------------------------------------------------------ step 2: the mapping

    def _fill_mapping(self, inspection: FileInspection) -> None:
        proposal = inspection.proposal
        headers = list(dict.fromkeys(proposal.headers))  # a heading written twice is one column to map
        table = self.mapping_table
        table.setRowCount(len(headers))
        for row, heading in enumerate(headers):
            item = QTableWidgetItem(heading)
            item.setToolTip(_cut(heading))
            table.setItem(row, 0, item)
            sample = inspection.samples.get(heading, "")
            sample_item = QTableWidgetItem(sample or self.tr("(kosong)"))
            sample_item.setForeground(_GREY)
            sample_item.setToolTip(sample)
            table.setItem(row, 1, sample_item)
            combo = QComboBox(table)
            combo.addItem(self.tr("(abaikan)"), IGNORE)
            for key in TARGETS:
                combo.addItem(field_label(key) + (" *" if key in REQUIRED else ""), key)
            combo.setMaxVisibleItems(len(TARGETS) + 1)
            key = proposal.mapping.get(heading, IGNORE)
            combo.setCurrentIndex(max(combo.findData(key if key in TARGETS else IGNORE), 0))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            table.setCellWidget(row, 2, combo)
        name = inspection.path.name
        if proposal.remembered:
            text = self.tr(
                "%1 · %2 kolom. Pemetaan yang tersimpan untuk sumber ini (judul kolom yang sama) dipakai; "
                "ubah bila perlu."
            )
        else:
            text = self.tr(
                "%1 · %2 kolom. Pemetaan ditebak dari judul kolom: periksa setiap kolom. Kolom yang "
                "diabaikan tidak diimpor."
            )
        self.mapping_info.setText(text.replace("%1", name).replace("%2", str(len(headers))))
        self._mapping_changed()

    def headings(self) -> list[str]:
        return [self.mapping_table.item(row, 0).text() for row in range(self.mapping_table.rowCount())]

    def combo(self, heading: str) -> QComboBox:
        """The field chooser of ``heading`` (for the tests and for keyboard users alike)."""
        return self.mapping_table.cellWidget(self.headings().index(heading), 2)

    def set_mapping(self, heading: str, key: str) -> None:
        """Map ``heading`` to ``key`` (``""``: ignore it), as choosing it in the table does."""
        combo = self.combo(heading)
        combo.setCurrentIndex(combo.findData(key))

    def mapping(self) -> dict[str, str]:
        """The heading -> field key choices (``""``: ignored) shown in the table."""
        return {
            self.mapping_table.item(row, 0).text(): self.mapping_table.cellWidget(row, 2).currentData()
            for row in range(self.mapping_table.rowCount())
        }

    def mapping_problems(self) -> dict[str, str]:
        """What the core says is wrong with the mapping (empty: it can be used)."""
        if self.inspection is None:
            return {"": ""}
        try:
            mapping_service.check_mapping(self.mapping())
        except ValidationFailed as exc:
            return exc.problems
        return {}

    def _mapping_changed(self) -> None:
        self.report = None
        problems = self.mapping_problems()
        mapped = set(self.mapping().values())
        marks = []
        for key in REQUIRED:
            if key in mapped:
                marks.append(self.tr("%1 ✓").replace("%1", field_label(key)))
            else:
                marks.append(self.tr("%1 ✗ belum dipetakan").replace("%1", field_label(key)))
        missing = any(key not in mapped for key in REQUIRED)
        self.required_label.setText(self.tr("Kolom wajib (*): %1").replace("%1", ", ".join(marks)))
        self.required_label.setStyleSheet(
            "color: #b3261e; font-weight: bold;" if missing else "color: #2e7d32;"
        )
        for row, heading in enumerate(self.headings()):
            item = self.mapping_table.item(row, 0)
            item.setBackground(_PROBLEM_BACKGROUND if heading in problems else QBrush())
            ignored = self.mapping_table.cellWidget(row, 2).currentData() == IGNORE
            item.setForeground(_GREY if ignored else QBrush())
        self.mapping_error.show_message(
            "\n".join(f"{h}: {msg}" for h, msg in problems.items() if h not in REQUIRED)
        )
        self._update_buttons()

    # ------------------------------------------------------------ step 3: preview and dry run

    def check(self) -> None:
        """Read the first rows with the mapping, and check the whole file without storing anything."""
        if self.inspection is None:
            return
        self._stop(self.validation_job)
        path, mapping = self.inspection.path, self.mapping()
        db, actor = self.db, self.actor
        self.report = None
        self.check_error.show_message(None)
        self.report_status.clear()
        self.check_summary.setText(
            self.tr("Memeriksa seluruh berkas %1…").replace("%1", shown_name(path.name))
        )
        self.check_progress.setRange(0, 0)
        self.check_progress.show()
        self._fill_rejected(self.rejected_table, [], 0)
        self.rejected_title.setText(self.tr("<b>Baris yang akan ditolak</b>"))
        self.save_check_report.setEnabled(False)
        if self._preview_for != mapping:
            self.preview_table.setRowCount(0)
            self.preview_title.setText(self.tr("Membaca baris pertama…"))
        self.tasks.run(
            lambda: mapping_service.preview(db, actor, path=path, mapping=mapping),
            lambda rows: self._on_preview(mapping, rows),
            lambda exc: self._on_preview_failed(mapping, exc),
            owner=self,
        )
        job = self.tasks.start(
            lambda progress, cancel: mapping_service.validate(
                db, actor, path=path, mapping=mapping, on_progress=progress, cancel=cancel
            ),
            lambda report: self._on_checked(job, report, None),
            lambda exc: self._on_checked(job, None, exc),
            on_progress=lambda progress: self._on_check_progress(job, progress),
            owner=self,
            name="register-check",
        )
        self.validation_job = job
        self._update_buttons()

    def _on_preview(self, mapping: dict[str, str], rows: list[PreviewRow]) -> None:
        if mapping != self.mapping():
            return
        self._preview_for = mapping
        self.preview_rows = rows
        keys = self._preview_keys(mapping)
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(keys) + 2)
        table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Hasil"), *[field_label(k) for k in keys]])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(str(row.line)))
            if row.problem:
                note = QTableWidgetItem(self.tr("✗ ditolak: %1").replace("%1", readable_reason(row.problem)))
                note.setForeground(_RED)
            elif row.already_imported:
                note = QTableWidgetItem(self.tr("↺ sudah ada, dilewati"))
                note.setForeground(_GREY)
            else:
                note = QTableWidgetItem(self.tr("✓ akan diimpor"))
            note.setToolTip(_cut(note.text()))
            table.setItem(r, 1, note)
            for c, key in enumerate(keys, start=2):
                if row.stored is not None:
                    item = self._stored_item(key, row.stored.get(key))
                else:  # shown as read, so the reason can be seen in it
                    item = QTableWidgetItem(_as_text(row.values.get(key)))
                    item.setForeground(_GREY)
                item.setToolTip(_cut(item.text()))
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.resizeSection(0, 50)
        header.resizeSection(1, 210)
        for c, key in enumerate(keys, start=2):
            header.resizeSection(c, _PREVIEW_WIDTHS.get(key, 130))
        header.setStretchLastSection(True)
        self.preview_title.setText(
            self.tr(
                "<b>%1 baris pertama sebagaimana akan disimpan</b> (baris yang ditolak: abu-abu, sebagaimana terbaca)"
            ).replace("%1", str(len(rows)))
        )

    def _on_preview_failed(self, mapping: dict[str, str], exc: BaseException) -> None:
        if mapping == self.mapping():
            self.preview_title.setText(self.tr("Pratinjau tidak dapat dibaca."))

    @staticmethod
    def _preview_keys(mapping: dict[str, str]) -> list[str]:
        mapped = set(mapping.values())
        if "sender" in mapped:
            mapped |= set(_SENDER_KEYS)
        keys = [k for k in TARGETS if k in mapped and k != "sender"]
        return keys if "agenda_no" in keys else ["agenda_no", *keys]

    def _stored_item(self, key: str, value: Any) -> QTableWidgetItem:
        if key == "agenda_no" and not value:
            item = QTableWidgetItem(self.tr("(nomor baru)"))
            item.setForeground(_GREY)
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            return item
        if key == "channel" and value:
            return QTableWidgetItem(channel_label(value))
        if key == "status" and value:
            return QTableWidgetItem(status_label(value))
        return QTableWidgetItem(_as_text(value))

    def _on_check_progress(self, job: Job, progress: ImportProgress) -> None:
        if job is not self.validation_job:
            return
        self.check_summary.setText(
            self.tr("Memeriksa seluruh berkas %1… %2 baris diperiksa")
            .replace("%1", progress.file)
            .replace("%2", count(progress.rows))
        )

    def _on_checked(self, job: Job, report: ValidationReport | None, error: BaseException | None) -> None:
        if job is not self.validation_job:
            return  # stopped: the mapping or the file changed, or the step was left
        self.validation_job = None
        self.check_progress.hide()
        if error is not None:
            self.check_summary.setText(self.tr("Berkas tidak dapat diimpor."))
            name = self.inspection.path.name if self.inspection else ""
            self.check_error.show_message(
                self.tr("Berkas «%1» tidak dapat dibaca: %2")
                .replace("%1", name)
                .replace("%2", _reason(error, Path(name)))
            )
            self._update_buttons()
            return
        assert report is not None
        self.report = report
        text = self.tr(
            "%1 baris diperiksa: %2 akan diimpor · %3 ditolak · %4 sudah pernah diimpor (dilewati)."
        )
        text = (
            text.replace("%1", count(report.rows))
            .replace("%2", count(report.valid))
            .replace("%3", count(report.rejected_total))
            .replace("%4", count(report.already_imported))
        )
        if report.valid == 0 and report.already_imported:
            text += " " + self.tr("Tidak ada baris baru: berkas ini sudah pernah diimpor.")
        elif report.rows == 0:
            text += " " + self.tr("Berkas tidak berisi baris data.")
        self.check_summary.setText(text)
        self._fill_rejected(self.rejected_table, report.rejected, report.rejected_total)
        self.rejected_title.setText(self._rejected_title(len(report.rejected), report.rejected_total))
        self.save_check_report.setEnabled(bool(report.rejected))
        self._update_buttons()

    def _rejected_title(self, listed: int, total: int) -> str:
        if not total:
            return self.tr("<b>Tidak ada baris yang ditolak.</b>")
        if listed < total:
            return (
                self.tr("<b>%1 baris ditolak</b> (%2 yang pertama dicantumkan)")
                .replace("%1", count(total))
                .replace("%2", count(listed))
            )
        return self.tr("<b>%1 baris ditolak</b>").replace("%1", count(total))

    @staticmethod
    def _fill_rejected(table: QTableWidget, rejected: Sequence[tuple[int, str]], _total: int) -> None:
        table.setRowCount(len(rejected))
        for r, (line, reason) in enumerate(rejected):
            line_item = QTableWidgetItem(str(line))
            line_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 0, line_item)
            item = QTableWidgetItem(readable_reason(reason))
            item.setToolTip(_cut(item.text()))
            table.setItem(r, 1, item)

    # ------------------------------------------------------------ saving the rejected rows

    def save_report(self, out: Path | None = None) -> None:
        """Save the rejected rows shown (the dry run's, or the import's once it ran) as .xlsx or .csv."""
        if self.inspection is None:
            return
        if self.step == STEP_IMPORT and self.result is not None:
            rejected, total = list(self.result.rejected_rows), self.result.rejected
            status = self.import_report_status
        elif self.report is not None:
            rejected, total = list(self.report.rejected), self.report.rejected_total
            status = self.report_status
        else:
            return
        source = self.inspection.path
        if out is None:
            name, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan daftar baris ditolak"),
                str(source.with_name(f"{source.stem}-ditolak.xlsx")),
                self.tr("Buku kerja Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not name:
                return
            out = Path(name)
            if out.suffix.lower() not in (".xlsx", ".csv"):
                out = out.with_name(out.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        target = Path(out)
        rejected = [(line, readable_reason(reason)) for line, reason in rejected]
        status.setText(self.tr("Menyimpan…"))
        self.tasks.run(
            lambda: mapping_service.write_rejections(
                target, source=source.name, rejected=rejected, total=total
            ),
            lambda saved: status.setText(self.tr("Disimpan ke %1").replace("%1", saved.name)),
            lambda exc: status.setText(self.tr("Tidak dapat disimpan: %1").replace("%1", error_text(exc))),
            owner=self,
        )

    # ------------------------------------------------------------ step 4: the import

    def start_import(self) -> None:
        if self.inspection is None or self.report is None or self.importing:
            return
        path, mapping = self.inspection.path, self.mapping()
        db, actor = self.db, self.actor
        total = self.report.rows
        self.result = None
        self.import_error.show_message(None)
        self.import_report_status.clear()
        self.import_status.setText(self.tr("Mengimpor %1…").replace("%1", shown_name(path.name)))
        self.import_progress.setRange(0, max(total, 1))
        self.import_progress.setValue(0)
        self.import_progress.show()
        self._fill_rejected(self.import_rejected_table, [], 0)
        self.import_rejected_box.hide()
        self.import_job = self.tasks.start(
            lambda progress, cancel: mapping_service.import_with_mapping(
                db, actor, path=path, mapping=mapping, on_progress=progress, cancel=cancel
            ),
            lambda result: self._on_import_ended(result, None),
            lambda exc: self._on_import_ended(None, exc),
            on_progress=self._on_import_progress,
            owner=self,
            name="register-import",
        )
        self._show_step(STEP_IMPORT)

    def cancel_import(self) -> None:
        """Stop the import: the part under way is rolled back (a file of up to
        :data:`~sipdumas.services.imports.legacy_register.COMMIT_ROWS` rows (``SQLITE_COMMIT_ROWS`` on
        SQLite) is one part: the register
        stays as it was); parts committed before stay, and the dialog says how many letters they hold."""
        if self.import_job is not None and not self.import_job.cancelled:
            self.import_job.cancel()
            self.import_status.setText(self.tr("Membatalkan…"))
            self.cancel_button.setEnabled(False)

    def _on_import_progress(self, progress: ImportProgress) -> None:
        if self.import_job is None:
            return
        self.import_progress.setMaximum(max(self.import_progress.maximum(), progress.rows))
        self.import_progress.setValue(progress.rows)
        if not self.import_job.cancelled:
            self.import_status.setText(
                self.tr("Mengimpor %1… %2 baris dibaca, %3 surat baru sejauh ini")
                .replace("%1", progress.file)
                .replace("%2", count(progress.rows))
                .replace("%3", count(progress.imported))
            )

    def _on_import_ended(self, result: ImportResult | None, error: BaseException | None) -> None:
        self.import_job = None
        self.cancel_button.setEnabled(True)
        self.import_progress.hide()
        stored = getattr(error, "stored", 0)
        resume = self.tr(
            "%1 surat dari bagian sebelumnya sudah tersimpan; impor berkas ini lagi untuk melanjutkan "
            "(yang sudah tersimpan dilewati)."
        ).replace("%1", count(stored))
        if isinstance(error, ImportCancelled) and not stored:
            self.import_status.setText(
                self.tr("Impor dibatalkan: tidak ada baris yang disimpan, register tetap seperti semula.")
            )
        elif isinstance(error, ImportCancelled):
            self.import_status.setText(self.tr("Impor dibatalkan.") + " " + resume)
        elif error is not None:
            if stored:
                self.import_status.setText(self.tr("Impor terhenti.") + " " + resume)
            else:
                self.import_status.setText(self.tr("Impor gagal: tidak ada baris yang disimpan."))
            self.import_error.show_message(error_text(error))
        else:
            assert result is not None
            self.result = result
            text = self.tr(
                "Impor selesai: %1 surat baru diimpor, %2 baris ditolak, %3 baris dilewati karena sudah "
                "pernah diimpor."
            )
            text = (
                text.replace("%1", count(result.imported))
                .replace("%2", count(result.rejected))
                .replace("%3", count(result.skipped))
            )
            if result.imported == 0 and result.skipped:
                text += " " + self.tr("Tidak ada yang baru: register tidak berubah.")
            self.import_status.setText(text)
            self._fill_rejected(self.import_rejected_table, result.rejected_rows, result.rejected)
            self.import_rejected_title.setText(
                self._rejected_title(len(result.rejected_rows), result.rejected)
            )
            self.save_import_report.setVisible(bool(result.rejected_rows))
            self.import_rejected_table.setVisible(bool(result.rejected_rows))
            self.import_rejected_box.show()
            self.imported.emit(result)
        self._update_buttons()

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """**Batal** / Esc: during an import it stops the import (the dialog stays to say so)."""
        if self.importing:
            self.cancel_import()
            return
        self.stop_jobs()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.importing:
            self.cancel_import()
            event.ignore()
            return
        self.stop_jobs()
        super().closeEvent(event)

    def stop_jobs(self) -> None:
        """Cancel whatever runs, also dry runs no longer wanted, and wait for it (the window calls this
        when it closes)."""
        self.tasks.stop_jobs(self)

    def _stop(self, job: Job | None) -> None:
        if job is not None:
            job.cancel()  # its outcome is dropped when it arrives
            if job is self.validation_job:
                self.validation_job = None
                self.check_progress.hide()


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return " ".join(str(value).split())


def _reason(exc: BaseException, path: Path) -> str:
    """The service's message without the file name it starts with (the dialog names the file itself)."""
    text = error_text(exc)
    for prefix in (f"{path}: ", f"{path.name}: "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text
