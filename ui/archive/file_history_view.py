"""A physical file's card and history (riwayat berkas): where it belongs, its archive classification and
JRA retention, the letters inside, every event (moves, merges, splits, loans, returns with condition,
reminders) and every loan; and, for archivists, the actions on the file itself: move it to another
place, describe it (classification, retention, confidential), merge other files into it, split letters
off into a new file, print its label.

Opened from the loan desk, the overdue list or by code (Arsip → Riwayat berkas…). Everything it shows
comes from :mod:`sipdumas.services.archive.files` and :mod:`sipdumas.services.archive.loan_lists` through the client's
:class:`~ui.tasks.TaskRunner`; the actions call ``move_file``, ``describe_file``, ``merge_files``,
``split_file``, ``add_location`` and ``labels.file_labels_pdf``, which check the role again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.archive import files as archive
from sipdumas.services.archive import labels, loan_lists
from sipdumas.services.archive.files import FINAL_DISPOSITIONS, FileEvent, FileLetter, FileView, LocationView
from sipdumas.services.archive.loan_lists import LoanView
from ui.archive.texts import (
    action_label,
    condition_label,
    date_time,
    disposition_label,
    event_local,
    event_text,
    local,
    years,
)
from ui.common.form_dialog import FormDialog
from ui.common.formatting import short_date
from ui.common.widgets import ErrorLabel, details_form
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class FileHistory:
    """Everything the dialog shows about one file, read in one background task."""

    file: FileView
    events: list[FileEvent]
    loans: list[LoanView]
    letters: list[FileLetter]

    @property
    def current_loan(self) -> LoanView | None:
        return next((v for v in self.loans if v.returned_at is None), None)


def load_history(db: Database, actor: Actor, code: str) -> FileHistory:
    f = archive.get_file(db, actor, code=code)
    return FileHistory(
        file=f,
        events=archive.file_history(db, actor, code=f.code),
        loans=loan_lists.loans_of_file(db, actor, code=f.code),
        letters=archive.file_letters(db, actor, code=f.code),
    )


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(table.columnCount() - 1):
        header.resizeSection(c, min(header.sectionSize(c) + 12, 260))


class FileHistoryDialog(QDialog):
    """``loaded(FileHistory)`` each time the file is (re)read; ``changed(code)`` after an action of
    this dialog changed the file (the desk and the overdue list reload then)."""

    loaded = Signal(object)
    changed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        code: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.history: FileHistory | None = None
        self.setWindowTitle(self.tr("Riwayat berkas"))
        fit_window(self, "file_history", 980, 720)

        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Pindai atau ketik kode berkas"))
        self.code.returnPressed.connect(lambda: self.show_code(self.code.text()))
        self.btn_show = QPushButton(self.tr("&Tampilkan"), self)
        self.btn_show.setAutoDefault(False)
        self.btn_show.clicked.connect(lambda: self.show_code(self.code.text()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kode berkas:"), self))
        top.addWidget(self.code, 1)
        top.addWidget(self.btn_show)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        details, self.fields = details_form(
            (
                ("location", self.tr("Lokasi:")),
                ("classification", self.tr("Kode klasifikasi:")),
                ("retention", self.tr("Retensi (JRA):")),
                ("disposition", self.tr("Keterangan akhir:")),
                ("confidential", self.tr("Sifat:")),
                ("letters", self.tr("Surat di dalamnya:")),
            ),
            self,
        )

        self.tabs = QTabWidget(self)
        self.events = _table(
            self, [self.tr("Waktu"), self.tr("Petugas"), self.tr("Kejadian"), self.tr("Keterangan")]
        )
        self.loans = _table(
            self,
            [
                self.tr("No. bon"),
                self.tr("Peminjam"),
                self.tr("Unit kerja"),
                self.tr("Dipinjam"),
                self.tr("Jatuh tempo"),
                self.tr("Dikembalikan"),
                self.tr("Kondisi"),
                self.tr("Petugas"),
                self.tr("Keperluan"),
            ],
        )
        self.letters = _table(self, [self.tr("Nomor agenda"), self.tr("Diterima"), self.tr("Perihal")])
        self.tabs.addTab(self.events, self.tr("Riwayat"))
        self.tabs.addTab(self.loans, self.tr("Peminjaman"))
        self.tabs.addTab(self.letters, self.tr("Surat"))

        self.error = ErrorLabel(self)
        self.info = QLabel(self)
        self.info.setStyleSheet("color: #1b5e20;")
        self.btn_move = QPushButton(self.tr("&Pindahkan…"), self)
        self.btn_describe = QPushButton(self.tr("&Ubah keterangan…"), self)
        self.btn_merge = QPushButton(self.tr("&Gabungkan…"), self)
        self.btn_split = QPushButton(self.tr("Pi&sahkan…"), self)
        self.btn_label = QPushButton(self.tr("Cetak &label…"), self)
        self.btn_close = QPushButton(self.tr("&Tutup"), self)
        self.btn_move.clicked.connect(lambda: self.open_move())
        self.btn_describe.clicked.connect(lambda: self.open_describe())
        self.btn_merge.clicked.connect(lambda: self.open_merge())
        self.btn_split.clicked.connect(lambda: self.open_split())
        self.btn_label.clicked.connect(lambda: self.print_label())
        self.btn_close.clicked.connect(self.accept)
        #: The buttons that change the file: shown only to those who may manage the archive.
        self.archive_buttons = [
            self.btn_move,
            self.btn_describe,
            self.btn_merge,
            self.btn_split,
            self.btn_label,
        ]
        manage = actor.can(Permission.MANAGE_ARCHIVE)
        buttons = QHBoxLayout()
        for button in self.archive_buttons:
            button.setAutoDefault(False)
            button.setVisible(manage)
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        if code:
            self.show_code(code)

    # ------------------------------------------------------------ loading

    def show_code(self, code: str) -> None:
        code = (code or "").strip()
        if not code:
            return
        self.code.setText(code)
        self.error.show_message(None)
        db, actor = self.db, self.actor
        self.tasks.run(lambda: load_history(db, actor, code), self._show, self._load_failed, owner=self)

    def reload(self) -> None:
        if self.history is not None:
            self.show_code(self.history.file.code)

    def _load_failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))
        self.failed.emit(error_text(exc))

    def _show(self, h: FileHistory) -> None:
        self.history = h
        f = h.file
        self.code.setText(f.code)
        self.setWindowTitle(self.tr("Riwayat berkas %1").replace("%1", f.code))
        self.title.setText(f"{f.code} — {f.title or self.tr('(tanpa judul)')}")
        loan = h.current_loan
        if f.merged_into:
            self.state.setText(self.tr("Digabung ke berkas %1").replace("%1", f.merged_into))
            self.state.setStyleSheet("color: #7a4f01; font-weight: 600;")
        elif loan is not None:
            self.state.setText(
                self.tr("DIPINJAM oleh %1 (%2) sejak %3, jatuh tempo %4")
                .replace("%1", loan.borrower)
                .replace("%2", loan.unit)
                .replace("%3", short_date(local(loan.lent_at).date()))
                .replace("%4", short_date(loan.due_on))
            )
            self.state.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            self.state.setText(self.tr("DI TEMPAT"))
            self.state.setStyleSheet("color: #1b5e20; font-weight: 600;")
        place = f.location or self.tr("(belum ditempatkan)")
        if f.location_code:
            place = f"{place}  [{f.location_code}]"
        self.fields["location"].setText(place)
        self.fields["classification"].setText(f.classification_code or "—")
        self.fields["retention"].setText(
            self.tr("aktif %1, inaktif %2")
            .replace("%1", years(f.retention_active_years))
            .replace("%2", years(f.retention_inactive_years))
        )
        self.fields["disposition"].setText(disposition_label(f.final_disposition) or "—")
        self.fields["confidential"].setText(self.tr("Rahasia") if f.confidential else self.tr("Biasa"))
        self.fields["letters"].setText(", ".join(f.letters) or self.tr("(kosong)"))
        _fill(
            self.events,
            [
                (date_time(event_local(e.at)), e.username, action_label(e.action), event_text(e))
                for e in reversed(h.events)  # newest first: what happened last is what one looks for
            ],
        )
        _fill(
            self.loans,
            [
                (
                    f"PJ-{v.lent_at.year}-{v.loan_id:06d}",
                    v.borrower,
                    v.unit,
                    date_time(local(v.lent_at)),
                    short_date(v.due_on),
                    date_time(local(v.returned_at)) if v.returned_at else self.tr("belum"),
                    condition_label(v.condition),
                    v.issued_by,
                    v.purpose or "",
                )
                for v in reversed(h.loans)
            ],
        )
        _fill(self.letters, [(x.agenda_no, short_date(x.received_at), x.subject or "") for x in h.letters])
        self.tabs.setTabText(0, self.tr("Riwayat (%1)").replace("%1", str(len(h.events))))
        self.tabs.setTabText(1, self.tr("Peminjaman (%1)").replace("%1", str(len(h.loans))))
        self.tabs.setTabText(2, self.tr("Surat (%1)").replace("%1", str(len(h.letters))))
        usable = f.merged_into is None
        in_place = usable and loan is None
        self.btn_move.setEnabled(usable)
        self.btn_describe.setEnabled(usable)
        self.btn_merge.setEnabled(in_place)
        self.btn_split.setEnabled(in_place and len(h.letters) > 1)
        self.btn_label.setEnabled(True)
        self.loaded.emit(h)

    # ------------------------------------------------------------ actions

    def _done(self, message: str) -> None:
        self.info.setText(message)
        self.reload()
        if self.history is not None:
            self.changed.emit(self.history.file.code)

    def _child(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def open_move(self) -> MoveDialog | None:
        if self.history is None:
            return None
        dialog = MoveDialog(self.db, self.actor, self.tasks, self.history.file, self)
        dialog.moved.connect(
            lambda f: self._done(
                self.tr("Berkas %1 dipindahkan ke %2").replace("%1", f.code).replace("%2", f.location or "")
            )
        )
        return self._child(dialog)

    def open_describe(self) -> DescribeDialog | None:
        if self.history is None:
            return None
        dialog = DescribeDialog(self.db, self.actor, self.tasks, self.history.file, self)
        dialog.saved.connect(
            lambda f: self._done(self.tr("Keterangan berkas %1 disimpan").replace("%1", f.code))
        )
        return self._child(dialog)

    def open_merge(self) -> MergeDialog | None:
        if self.history is None:
            return None
        dialog = MergeDialog(self.db, self.actor, self.tasks, self.history.file, self)
        dialog.merged.connect(
            lambda f: self._done(
                self.tr("Berkas %1 kini berisi %2 surat")
                .replace("%1", f.code)
                .replace("%2", str(len(f.letters)))
            )
        )
        return self._child(dialog)

    def open_split(self) -> SplitDialog | None:
        if self.history is None:
            return None
        dialog = SplitDialog(self.db, self.actor, self.tasks, self.history.file, self.history.letters, self)
        dialog.split.connect(
            lambda f: self._done(
                self.tr("Berkas baru %1 dibuat dengan %2 surat; cetak labelnya")
                .replace("%1", f.code)
                .replace("%2", str(len(f.letters)))
            )
        )
        return self._child(dialog)

    def print_label(self, skip: int | None = None):
        """The file's label as a PDF (a sheet of 3 x 8; ``skip`` labels already used), shown in a
        :class:`~ui.common.pdf_dialog.PdfDialog` to print or save. Returns nothing; the dialog opens when the
        label is ready."""
        if self.history is None:
            return
        if skip is None:
            dialog = LabelSkipDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            skip = dialog.skip.value()
        db, actor, code = self.db, self.actor, self.history.file.code

        def show(pdf: bytes) -> None:
            from ui.common.pdf_dialog import PdfDialog

            self.label_dialog = PdfDialog(
                self.tasks,
                pdf,
                title=self.tr("Label berkas %1").replace("%1", code),
                file_name=f"label-{code}.pdf",
                parent=self,
            )
            self._child(self.label_dialog)

        self.tasks.run(
            lambda: labels.file_labels_pdf(db, actor, codes=[code], skip=skip),
            show,
            lambda exc: self.error.show_message(error_text(exc)),
            owner=self,
        )


class LabelSkipDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak label"))
        self.skip = QSpinBox(self)
        self.skip.setRange(0, 23)
        self.skip.setToolTip(self.tr("Lembar label 3 x 8 yang sebagian sudah terpakai: lewati sebanyak ini"))
        form = QFormLayout(self)
        form.addRow(self.tr("Lewati label terpakai:"), self.skip)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class _ActionDialog(FormDialog):
    """A small form whose OK runs one service call in the background; errors stay on the form."""

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter is OK (not while a submit runs); the subclass's fields count from the first show
        self.set_up_form(save=lambda: self.buttons.isEnabled() and self.submit())

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _run(self, work, done) -> None:
        self.buttons.setEnabled(False)
        self.error.show_message(None)

        def ok(result) -> None:
            self.buttons.setEnabled(True)
            done(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.show_message(error_text(exc))

        self.tasks.run(work, ok, failed, owner=self)


class MoveDialog(_ActionDialog):
    """Choose the file's new place from the archive's locations, or describe a new one."""

    moved = Signal(object)  # FileView
    locations_loaded = Signal()

    def __init__(self, db, actor, tasks, file: FileView, parent=None):
        super().__init__(db, actor, tasks, parent)
        self.file = file
        self.setWindowTitle(self.tr("Pindahkan berkas %1").replace("%1", file.code))
        self.current = QLabel(file.location or self.tr("(belum ditempatkan)"), self)
        self.location = QComboBox(self)
        self.location.setMinimumContentsLength(40)
        self.new_box = QGroupBox(self.tr("Lokasi baru"), self)
        self.new_box.setCheckable(True)
        self.new_box.setChecked(False)
        self.new_fields: dict[str, QLineEdit] = {}
        new_form = QFormLayout(self.new_box)
        for key, label in (
            ("code", self.tr("Kode lokasi (label boks):")),
            ("building", self.tr("Gedung:")),
            ("room", self.tr("Ruang:")),
            ("shelf", self.tr("Rak:")),
            ("box", self.tr("Boks:")),
            ("folder", self.tr("Map:")),
        ):
            edit = QLineEdit(self.new_box)
            new_form.addRow(label, edit)
            self.new_fields[key] = edit
        self.new_box.toggled.connect(lambda on: self.location.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Sekarang:"), self.current)
        form.addRow(self.tr("Pindahkan ke:"), self.location)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.tasks.run(
            lambda: archive.list_locations(db, actor), self._on_locations, self._on_error, owner=self
        )

    def _on_error(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))

    def _on_locations(self, places: list[LocationView]) -> None:
        self.location.clear()
        for place in places:
            self.location.addItem(f"{place.code} — {place.description}", place.code)
        if self.file.location_code:
            self.location.setCurrentIndex(max(self.location.findData(self.file.location_code), 0))
        if not places:
            self.new_box.setChecked(True)
        self.mark_clean(self.location)
        self.locations_loaded.emit()

    def choose(self, location_code: str) -> None:
        self.new_box.setChecked(False)
        self.location.setCurrentIndex(self.location.findData(location_code))

    def submit(self) -> None:
        db, actor, code = self.db, self.actor, self.file.code
        if self.new_box.isChecked():
            values = {k: (e.text().strip() or None) for k, e in self.new_fields.items()}
            new_code = values.pop("code") or ""

            def work():
                place = archive.add_location(db, actor, code=new_code, **values)
                return archive.move_file(db, actor, code=code, location_code=place.code)

        else:
            target = self.location.currentData()
            if not target:
                self.error.show_message(self.tr("Pilih lokasi tujuan"))
                return

            def work():
                return archive.move_file(db, actor, code=code, location_code=target)

        self._run(work, self.moved.emit)


class DescribeDialog(_ActionDialog):
    """The file's archive classification code, JRA retention and confidentiality."""

    saved = Signal(object)

    def __init__(self, db, actor, tasks, file: FileView, parent=None):
        super().__init__(db, actor, tasks, parent)
        self.file = file
        self.setWindowTitle(self.tr("Keterangan berkas %1").replace("%1", file.code))
        self.title = QLineEdit(file.title or "", self)
        self.classification = QLineEdit(file.classification_code or "", self)
        self.classification.setPlaceholderText(self.tr("mis. PM.01.02"))
        self.active = QSpinBox(self)
        self.inactive = QSpinBox(self)
        for spin, value in (
            (self.active, file.retention_active_years),
            (self.inactive, file.retention_inactive_years),
        ):
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" tahun"))
            spin.setValue(value or 0)
        self.disposition = QComboBox(self)
        self.disposition.addItem("—", None)
        for value in FINAL_DISPOSITIONS:
            self.disposition.addItem(disposition_label(value), value)
        self.disposition.setCurrentIndex(max(self.disposition.findData(file.final_disposition), 0))
        self.confidential = QCheckBox(self.tr("Rahasia (peminjaman perlu persetujuan atasan)"), self)
        self.confidential.setChecked(file.confidential)
        form = QFormLayout(self)
        form.addRow(self.tr("Judul:"), self.title)
        form.addRow(self.tr("Kode klasifikasi:"), self.classification)
        form.addRow(self.tr("Retensi aktif:"), self.active)
        form.addRow(self.tr("Retensi inaktif:"), self.inactive)
        form.addRow(self.tr("Keterangan akhir:"), self.disposition)
        form.addRow("", self.confidential)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def submit(self) -> None:
        db, actor, code = self.db, self.actor, self.file.code
        values = dict(
            title=self.title.text().strip() or None,
            classification_code=self.classification.text().strip() or None,
            retention_active_years=self.active.value(),
            retention_inactive_years=self.inactive.value(),
            final_disposition=self.disposition.currentData(),
            confidential=self.confidential.isChecked(),
        )
        self._run(lambda: archive.describe_file(db, actor, code=code, **values), self.saved.emit)


class MergeDialog(_ActionDialog):
    """Other files whose letters join this one (e.g. a re-sent letter joins the original's file); their
    codes are scanned or typed one per line."""

    merged = Signal(object)

    def __init__(self, db, actor, tasks, file: FileView, parent=None):
        super().__init__(db, actor, tasks, parent)
        self.file = file
        self.setWindowTitle(self.tr("Gabungkan ke berkas %1").replace("%1", file.code))
        fit_window(self, "merge_files", 520, 340)
        intro = QLabel(
            self.tr(
                "Surat dari berkas berikut dipindahkan ke berkas %1. Berkas yang dikosongkan tetap ada dan "
                "labelnya menunjuk ke berkas ini."
            ).replace("%1", file.code),
            self,
        )
        intro.setWordWrap(True)
        self.codes = QPlainTextEdit(self)
        self.codes.setPlaceholderText(self.tr("satu kode berkas per baris (pindai labelnya)"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.codes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        codes = [c.strip() for c in self.codes.toPlainText().replace(",", "\n").splitlines() if c.strip()]
        if not codes:
            self.error.show_message(self.tr("Tulis atau pindai kode berkas yang digabungkan"))
            return
        db, actor, into = self.db, self.actor, self.file.code
        self._run(lambda: archive.merge_files(db, actor, into=into, codes=codes), self.merged.emit)


class SplitDialog(_ActionDialog):
    """Tick the letters that leave this file for a new one in the same place."""

    split = Signal(object)

    def __init__(self, db, actor, tasks, file: FileView, letters: list[FileLetter], parent=None):
        super().__init__(db, actor, tasks, parent)
        self.file = file
        self.setWindowTitle(self.tr("Pisahkan surat dari berkas %1").replace("%1", file.code))
        fit_window(self, "split_file", 620, 420)  # whole subjects, not their first words
        self.letters = QListWidget(self)
        for letter in letters:
            item = QListWidgetItem(f"{letter.agenda_no} — {letter.subject or ''}", self.letters)
            item.setData(Qt.ItemDataRole.UserRole, letter.agenda_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(file.title or "")
        form = QFormLayout()
        form.addRow(self.tr("Judul berkas baru:"), self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Surat yang dipindahkan ke berkas baru:"), self))
        layout.addWidget(self.letters)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self, agenda_numbers: list[str]) -> None:
        for i in range(self.letters.count()):
            item = self.letters.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in agenda_numbers
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def submit(self) -> None:
        chosen = [
            self.letters.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.letters.count())
            if self.letters.item(i).checkState() == Qt.CheckState.Checked
        ]
        db, actor, code, title = self.db, self.actor, self.file.code, self.title.text().strip() or None
        self._run(
            lambda: archive.split_file(db, actor, code=code, agenda_numbers=chosen, title=title),
            self.split.emit,
        )


def open_file_history(window, code: str | None = None, parent: QWidget | None = None) -> FileHistoryDialog:
    """Open the history of file ``code`` (or an empty one to scan a code into) for ``window``'s user."""
    dialog = FileHistoryDialog(window.db, window.actor, window.tasks, code, parent or window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    if not code:
        dialog.code.setFocus()
    return dialog
