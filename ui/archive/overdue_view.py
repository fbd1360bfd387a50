"""Overdue loans (peminjaman terlambat): every open loan past its due date as of a chosen day, longest
overdue first, with the working days (weekends, holidays and cuti bersama not counted) and calendar
days overdue, who has the file and how to reach them, and the highest reminder level already sent.

"Kirim pengingat…" records and prints the reminder letters now due
(:func:`sipdumas.services.archive.loan_papers.send_reminders`: the next level per loan, never twice); the
PDF is written where the archivist chose *before* anything is sent, and shown with the list of what
was sent. "Ekspor buku peminjaman…" writes the loan register as xlsx or PDF, optionally for loans made
between two dates. A double-click on a row opens that file's history.

The list is read when the view is shown and whenever the date changes; the desk marks it stale after
each loan or return (:meth:`OverdueView.mark_stale`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.output.files import write_atomically
from sipdumas.services.archive import loan_lists, loan_papers
from sipdumas.services.archive.loan_lists import OverdueLoan
from ui.archive.texts import level_label, local
from ui.common.formatting import count, short_date
from ui.common.widgets import DateEdit, ErrorLabel, OptionalDateEdit
from ui.login import error_text
from ui.tasks import TaskRunner

#: (key, header, starting width)
COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("OverdueModel", "Kode berkas"), 130),
    ("title", QT_TRANSLATE_NOOP("OverdueModel", "Judul"), 210),
    ("borrower", QT_TRANSLATE_NOOP("OverdueModel", "Peminjam"), 140),
    ("unit", QT_TRANSLATE_NOOP("OverdueModel", "Unit kerja"), 130),
    ("phone", QT_TRANSLATE_NOOP("OverdueModel", "Telepon"), 120),
    ("lent", QT_TRANSLATE_NOOP("OverdueModel", "Dipinjam"), 95),
    ("due", QT_TRANSLATE_NOOP("OverdueModel", "Jatuh tempo"), 95),
    ("days", QT_TRANSLATE_NOOP("OverdueModel", "Terlambat (hari kerja)"), 150),
    ("calendar", QT_TRANSLATE_NOOP("OverdueModel", "Hari kalender"), 100),
    ("level", QT_TRANSLATE_NOOP("OverdueModel", "Pengingat terkirim"), 135),
    ("location", QT_TRANSLATE_NOOP("OverdueModel", "Lokasi"), 200),
)
COLUMN = {key: i for i, (key, _h, _w) in enumerate(COLUMNS)}
SORT_ROLE = Qt.ItemDataRole.UserRole
#: Working days overdue from which a row is marked (the default third reminder threshold).
LONG_OVERDUE = 10


class OverdueModel(QAbstractTableModel):
    """The overdue loans of one day, as read (at most tens of thousands: plain list, no paging)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[OverdueLoan] = []

    def set_rows(self, rows: list[OverdueLoan]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt naming
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OverdueModel", COLUMNS[section][1])
        return None

    def row_at(self, row: int) -> OverdueLoan:
        return self.rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        v = r.loan
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "code": v.code,
                "title": v.title or "",
                "borrower": v.borrower,
                "unit": v.unit,
                "phone": v.phone or "",
                "lent": short_date(local(v.lent_at).date()),
                "due": short_date(v.due_on),
                "days": count(r.days_overdue),
                "calendar": count(r.calendar_days_overdue),
                "level": level_label(v.reminder_level),
                "location": v.location or "",
            }[key]
        if role == SORT_ROLE:
            return {
                "lent": local(v.lent_at).isoformat(),
                "due": v.due_on.isoformat(),
                "days": r.days_overdue,
                "calendar": r.calendar_days_overdue,
                "level": v.reminder_level,
            }.get(key, self.data(index).lower() if isinstance(self.data(index), str) else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("days", "calendar"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "days":
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and key == "days" and r.days_overdue >= LONG_OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{v.code} — {v.title or ''}", f"{v.borrower} ({v.unit}) {v.phone or ''}"]
            if v.purpose:
                lines.append(
                    QCoreApplication.translate("OverdueModel", "Keperluan: %1").replace("%1", v.purpose)
                )
            lines.append(
                QCoreApplication.translate("OverdueModel", "Dipinjamkan oleh %1").replace("%1", v.issued_by)
            )
            return "\n".join(lines)
        return None


class OverdueView(QWidget):
    """``loaded(n)`` after each read; ``history_requested(code)`` on a double-click;
    ``reminders_sent(batch, path)`` and ``exported(path)`` after those actions."""

    loaded = Signal(int)
    history_requested = Signal(str)
    reminders_sent = Signal(object, str)
    reminders_shown = Signal(object)  # the PdfDialog with the letters
    exported = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self._stale = True
        self._busy = False
        self.as_of = DateEdit(self)
        self.as_of.setToolTip(self.tr("Keterlambatan dihitung sampai tanggal ini"))
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.btn_reload = QPushButton(self.tr("&Muat ulang"), self)
        self.btn_reload.clicked.connect(self.reload)
        self.btn_remind = QPushButton(self.tr("&Kirim pengingat…"), self)
        self.btn_remind.setToolTip(
            self.tr(
                "Catat dan cetak surat pengingat yang jatuh tempo (pertama, kedua, ketiga; tiap tingkat sekali)"
            )
        )
        self.btn_remind.clicked.connect(lambda: self.send_reminders())
        self.btn_remind.setVisible(actor.can(Permission.LEND_FILES))
        self.lent_from = OptionalDateEdit(self)
        self.lent_to = OptionalDateEdit(self)
        self.lent_from.setToolTip(self.tr("Buku peminjaman: dipinjam sejak tanggal ini (kosong: sejak awal)"))
        self.lent_to.setToolTip(
            self.tr("Buku peminjaman: dipinjam sampai tanggal ini (kosong: sampai hari ini)")
        )
        self.btn_export = QPushButton(self.tr("&Ekspor buku peminjaman…"), self)
        self.btn_export.setToolTip(self.tr("Simpan buku peminjaman arsip sebagai Excel (xlsx) atau PDF"))
        self.btn_export.clicked.connect(lambda: self.export_register())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Per tanggal:"), self))
        bar.addWidget(self.as_of)
        bar.addWidget(self.btn_reload)
        bar.addWidget(self.btn_remind)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Buku peminjaman, dipinjam:"), self))
        bar.addWidget(self.lent_from)
        bar.addWidget(QLabel(self.tr("s.d."), self))
        bar.addWidget(self.lent_to)
        bar.addWidget(self.btn_export)

        self.summary = QLabel(self)
        summary_font = QFont(self.font())
        summary_font.setBold(True)
        self.summary.setFont(summary_font)
        self.model = OverdueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, (_key, _title, width) in enumerate(COLUMNS):
            header.resizeSection(i, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN["days"], Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_row)  # double-click or Enter (doubleClicked would be twice)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    # ------------------------------------------------------------ loading

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """Something changed loans: read again now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        as_of = self.as_of.value()
        db, actor = self.db, self.actor
        self.summary.setText(self.tr("Memuat…"))
        self.error.show_message(None)
        self.tasks.run(
            lambda: loan_lists.overdue_loans(db, actor, as_of=as_of),
            lambda rows: self._show(rows, as_of),
            self._failed,
            owner=self,
        )

    def _show(self, rows: list[OverdueLoan], as_of: date) -> None:
        self.model.set_rows(rows)
        if rows:
            self.summary.setText(
                self.tr("%1 peminjaman terlambat per %2")
                .replace("%1", count(len(rows)))
                .replace("%2", short_date(as_of))
            )
            self.summary.setStyleSheet("color: #b3261e;")
        else:
            self.summary.setText(
                self.tr("Tidak ada peminjaman terlambat per %1").replace("%1", short_date(as_of))
            )
            self.summary.setStyleSheet("color: #1b5e20;")
        self.loaded.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(error_text(exc))

    def rows(self) -> list[OverdueLoan]:
        """The rows in the order shown."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.history_requested.emit(self.model.row_at(self.proxy.mapToSource(index).row()).loan.code)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        for button in (self.btn_remind, self.btn_export, self.btn_reload):
            button.setEnabled(not busy)
        if message:
            self.status.setText(message)

    # ------------------------------------------------------------ reminders

    def send_reminders(self, path: str | Path | None = None) -> None:
        """Ask where the letters go, then record and write the reminders due as of the chosen day."""
        as_of = self.as_of.value()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan surat pengingat"), f"pengingat-{as_of.isoformat()}.pdf", "PDF (*.pdf)"
            )
            if not path:
                return
        target = Path(path)
        db, actor = self.db, self.actor

        def work():
            batch = loan_papers.send_reminders(db, actor, as_of=as_of)
            problem = None
            if batch.pdf:
                try:
                    write_atomically(target, batch.pdf)
                except OSError as exc:  # the reminders are recorded: the PDF must not be lost with it
                    problem = str(exc)
            return batch, problem

        self._set_busy(True, self.tr("Menyiapkan surat pengingat…"))
        self.tasks.run(
            work, lambda result: self._on_reminders(result, target, as_of), self._failed, owner=self
        )

    def _on_reminders(self, result, target: Path, as_of: date) -> None:
        batch, problem = result
        self._set_busy(False)
        if not batch.sent:
            self.status.setText(
                self.tr("Tidak ada surat pengingat yang jatuh tempo per %1; tidak ada yang dikirim.").replace(
                    "%1", short_date(as_of)
                )
            )
            self.reminders_sent.emit(batch, "")
            return
        if problem:
            note = self.tr(
                "%1 surat pengingat dicatat, tetapi PDF tidak dapat disimpan ke %2 (%3): simpan di tempat lain."
            )
            note = note.replace("%1", str(len(batch.sent))).replace("%2", str(target)).replace("%3", problem)
            self.error.show_message(note)
        else:
            note = (
                self.tr("%1 surat pengingat dicatat dan disimpan ke %2")
                .replace("%1", str(len(batch.sent)))
                .replace("%2", str(target))
            )
            self.status.setText(note)
        lines = [
            self.tr("%1 · %2 · pengingat %3 · %4 hari kerja terlambat")
            .replace("%1", s.code)
            .replace("%2", s.borrower)
            .replace("%3", level_label(s.level))
            .replace("%4", str(s.days_overdue))
            for s in batch.sent
        ]
        from ui.common.pdf_dialog import PdfDialog

        dialog = PdfDialog(
            self.tasks,
            batch.pdf,
            title=self.tr("Surat pengingat"),
            file_name=target.name,
            note=note,
            lines=lines,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.reminders_shown.emit(dialog)
        self.reminders_sent.emit(batch, "" if problem else str(target))
        self.changed.emit()
        self.reload()

    # ------------------------------------------------------------ the register

    def export_register(self, path: str | Path | None = None) -> None:
        """Write the loan register to ``path`` (or a chosen file): ``.pdf`` gives the printable register,
        anything else the spreadsheet."""
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Ekspor buku peminjaman"), "buku-peminjaman.xlsx", "Excel (*.xlsx);;PDF (*.pdf)"
            )
            if not path:
                return
            if not Path(path).suffix:
                path += ".pdf" if "pdf" in chosen.lower() else ".xlsx"
        target = Path(path)
        lent_from, lent_to = self.lent_from.value(), self.lent_to.value()
        db, actor = self.db, self.actor
        as_pdf = target.suffix.lower() == ".pdf"

        def work():
            if as_pdf:
                data = loan_papers.loan_register_pdf(db, actor, lent_from=lent_from, lent_to=lent_to).data
            else:
                data = loan_papers.loan_register_xlsx(db, actor, lent_from=lent_from, lent_to=lent_to)
            write_atomically(target, data)
            return target

        def done(_target) -> None:
            self._set_busy(False, self.tr("Buku peminjaman disimpan ke %1").replace("%1", str(target)))
            self.exported.emit(str(target))

        self._set_busy(True, self.tr("Mengekspor buku peminjaman…"))
        self.tasks.run(work, done, self._failed, owner=self)
