"""Pengaturan → Tenggat dan hari kerja…: the deadlines in working days and the office calendar they are
counted on, for administrators.

Above, the three deadlines (review and forwarding from the date received, settlement by the agency from
the forwarding) with the due dates a letter received today would get, worked out by the core as the
numbers are changed (:func:`sipdumas.services.admin.calendar.due_dates`). Below, the calendar of one year:
the public holidays (from the ``holidays`` package; shown, not editable), the office's days off (cuti
bersama, closures) with their names and the exceptional working days, and how many working days the year
has. Dates are added and removed through :mod:`sipdumas.services.admin.calendar`, the deadlines saved through
:func:`sipdumas.services.admin.workflow_settings.update`; both check the role, audit the change, and their
refusals are shown beside the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.admin import calendar as cal
from sipdumas.services.admin import workflow_settings as ws
from ui.common.form_dialog import FormDialog, not_saved
from ui.common.widgets import DateEdit, DoneLabel, ErrorLabel, buddy_label, list_table, show_problems_beside
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

_KIND_COLOURS = {
    cal.PUBLIC_HOLIDAY: QColor("#b3261e"),
    cal.DAY_OFF: QColor("#b26a00"),
    cal.WORKDAY: QColor("#2e7d32"),
}
_QUIET = QColor("#616161")


def _day(value: date) -> str:
    """``Selasa, 1 Desember 2026``"""
    return f"{cal.WEEKDAYS[value.weekday()]}, {long_date(value)}"


class CalendarDialog(FormDialog):
    """``loaded`` when the deadlines and the year's calendar are on screen, ``year_loaded`` after each
    year shown; ``changed`` after the service accepted a change."""

    loaded = Signal()
    year_loaded = Signal()
    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self._can_edit = actor.can(Permission.MANAGE_SETTINGS)
        self._busy = False
        self.days: list[cal.CalendarDay] = []
        self.stored: ws.WorkflowSettings | None = None
        self.setWindowTitle(self.tr("Tenggat dan hari kerja"))
        self.setSizeGripEnabled(True)
        self.kind_labels = {
            cal.PUBLIC_HOLIDAY: self.tr("Libur nasional"),
            cal.DAY_OFF: self.tr("Libur kantor"),
            cal.WORKDAY: self.tr("Hari kerja khusus"),
        }

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_deadlines())
        layout.addWidget(self._build_calendar(year or date.today().year), 1)
        self.message = DoneLabel(self)
        self.error = ErrorLabel(self)
        close = QPushButton(self.tr("Tutup"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        fit_window(self, "workflow_settings", 900, 720)
        if not self._can_edit:
            self.error.show_message(
                self.tr("Hanya administrator yang dapat mengubah tenggat dan kalender kerja.")
            )
        self._update_buttons()
        not_saved(self.year)  # which year is shown, not a setting
        self.set_up_form(save=self.save_deadlines, first=self.review_days)
        tasks.run(lambda: ws.get(db), self._on_settings, self._failed, owner=self)
        self.load_year()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # A pending delayed refresh must not ask the database for a dialog nobody sees any more.
        self._example_timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------ building

    def _build_deadlines(self) -> QWidget:
        box = QGroupBox(self.tr("Tenggat (hari kerja)"), self)
        self.review_days = self._spin(box)
        self.forward_days = self._spin(box)
        self.settle_days = self._spin(box)
        self.deadline_errors = {
            key: ErrorLabel(box) for key in ("review_days", "forward_days", "settle_days")
        }
        self.save_deadlines_button = QPushButton(self.tr("&Simpan tenggat"), box)
        self.save_deadlines_button.clicked.connect(self.save_deadlines)
        self.example = QLabel(box)
        self.example.setWordWrap(True)
        self.example.setStyleSheet("color: #555;")
        form = QFormLayout()
        for key, spin, label, after in (
            (
                "review_days",
                self.review_days,
                self.tr("&Penelaahan:"),
                self.tr("hari kerja sejak surat diterima"),
            ),
            (
                "forward_days",
                self.forward_days,
                self.tr("Pene&rusan:"),
                self.tr("hari kerja sejak surat diterima"),
            ),
            (
                "settle_days",
                self.settle_days,
                self.tr("Penyelesaian &oleh instansi:"),
                self.tr("hari kerja sejak surat diteruskan"),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(after, box))
            row.addStretch(1)
            form.addRow(buddy_label(label, spin, box), row)
            form.addRow("", self.deadline_errors[key])
        self._example_timer = QTimer(self)
        self._example_timer.setSingleShot(True)
        self._example_timer.setInterval(250)
        self._example_timer.timeout.connect(self.update_example)
        for spin in (self.review_days, self.forward_days, self.settle_days):
            spin.valueChanged.connect(lambda _v: self._example_timer.start())
        row = QHBoxLayout()
        row.addWidget(self.example, 1)
        row.addWidget(self.save_deadlines_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(row)
        return box

    def _spin(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, 365)
        spin.setFixedWidth(80)
        return spin

    def _build_calendar(self, year: int) -> QWidget:
        box = QGroupBox(self.tr("Kalender kerja kantor"), self)
        self.prev_year = QToolButton(box)
        self.prev_year.setText("◀")
        self.prev_year.setToolTip(self.tr("Tahun sebelumnya"))
        self.year = QSpinBox(box)
        self.year.setRange(cal.FIRST_YEAR, cal.LAST_YEAR)
        self.year.setValue(year)
        self.year.setKeyboardTracking(False)
        self.next_year = QToolButton(box)
        self.next_year.setText("▶")
        self.next_year.setToolTip(self.tr("Tahun berikutnya"))
        self.prev_year.clicked.connect(lambda: self.year.setValue(self.year.value() - 1))
        self.next_year.clicked.connect(lambda: self.year.setValue(self.year.value() + 1))
        self.year.valueChanged.connect(lambda _v: self.load_year())
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Tahun:"), box))
        head.addWidget(self.prev_year)
        head.addWidget(self.year)
        head.addWidget(self.next_year)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)

        self.table = list_table(
            box, [self.tr("Tanggal"), self.tr("Hari"), self.tr("Keterangan"), self.tr("Jenis")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.day = DateEdit(box)
        self.day_name = QLineEdit(box)
        self.day_name.setPlaceholderText(self.tr("mis. Cuti bersama Idul Fitri"))
        self.day_error = ErrorLabel(box)
        self.add_day_off_button = QPushButton(self.tr("Tambah hari &libur kantor"), box)
        self.add_day_off_button.clicked.connect(self.add_day_off)
        self.day_name.returnPressed.connect(self.add_day_off)
        self.add_workday_button = QPushButton(self.tr("Tambah hari &kerja khusus"), box)
        self.add_workday_button.setToolTip(
            self.tr("Tanggal yang biasanya libur (Sabtu, Minggu, libur nasional) tetapi kantor bekerja")
        )
        self.add_workday_button.clicked.connect(self.add_workday)
        self.remove_button = QPushButton(self.tr("&Hapus tanggal terpilih"), box)
        self.remove_button.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.day_name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_day_off_button)
        buttons.addWidget(self.add_workday_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        note = QLabel(
            self.tr(
                "Libur nasional berasal dari daftar resmi dan tidak dapat dihapus; cuti bersama dan penutupan "
                "kantor dicatat sebagai libur kantor."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Tanggal:"), self.day, box), add_row)
        form.addRow("", self.day_error)
        layout = QVBoxLayout(box)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    # ------------------------------------------------------------ deadlines

    def _on_settings(self, settings: ws.WorkflowSettings) -> None:
        self.stored = settings
        for spin, value in (
            (self.review_days, settings.review_days),
            (self.forward_days, settings.forward_days),
            (self.settle_days, settings.settle_days),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_buttons()
        self.update_example()
        self.mark_clean(self.review_days, self.forward_days, self.settle_days)
        self.loaded.emit()

    def deadlines(self) -> dict[str, int]:
        return {
            "review_days": self.review_days.value(),
            "forward_days": self.forward_days.value(),
            "settle_days": self.settle_days.value(),
        }

    def update_example(self) -> None:
        db, actor, days, today = self._db, self._actor, self.deadlines(), date.today()

        def show(due: cal.DueDates) -> None:
            self.example.setText(
                self.tr(
                    "Surat yang diterima hari ini (%1): telaah paling lambat %2, diteruskan paling lambat %3; "
                    "bila diteruskan hari ini, instansi menyelesaikan paling lambat %4."
                )
                .replace("%1", _day(due.received))
                .replace("%2", _day(due.review))
                .replace("%3", _day(due.forward))
                .replace("%4", _day(due.settle))
            )

        self._tasks.run(
            lambda: cal.due_dates(db, actor, received=today, **days),
            show,
            lambda exc: self.example.setText(error_text(exc)),
            owner=self,
        )

    def save_deadlines(self) -> None:
        db, actor, days = self._db, self._actor, self.deadlines()

        def done(settings: ws.WorkflowSettings) -> None:
            self._on_settings(settings)
            self._done(self.tr("Tenggat disimpan"))

        self._run(lambda: ws.update(db, actor, changes=days), done)

    # ------------------------------------------------------------ calendar

    def load_year(self) -> None:
        db, actor, year = self._db, self._actor, self.year.value()

        def show(result: cal.CalendarYear) -> None:
            if result.year == self.year.value():  # not a year the user has already paged past
                self._show_year(result)

        self._tasks.run(lambda: cal.calendar_year(db, actor, year=year), show, self._failed, owner=self)

    def _show_year(self, result: cal.CalendarYear) -> None:
        selected = self.selected()
        self.days = result.days
        self.table.setRowCount(len(result.days))
        for row, day in enumerate(result.days):
            cells = [long_date(day.day), day.weekday, day.name, self.kind_labels[day.kind]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setForeground(QBrush(_KIND_COLOURS[day.kind]))
                elif not day.editable:
                    item.setForeground(QBrush(_QUIET))
                self.table.setItem(row, column, item)
            if selected is not None and (day.day, day.kind) == (selected.day, selected.kind):
                self.table.selectRow(row)
        counts = {kind: sum(d.kind == kind for d in result.days) for kind in self.kind_labels}
        self.summary.setText(
            self.tr("%1 libur nasional · %2 libur kantor · %3 hari kerja khusus · <b>%4 hari kerja</b>")
            .replace("%1", str(counts[cal.PUBLIC_HOLIDAY]))
            .replace("%2", str(counts[cal.DAY_OFF]))
            .replace("%3", str(counts[cal.WORKDAY]))
            .replace("%4", str(result.working_days))
        )
        self._update_buttons()
        self.year_loaded.emit()

    def selected(self) -> cal.CalendarDay | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.days):
            return None
        return self.days[rows[0].row()]

    def add_day_off(self) -> None:
        db, actor, day, name = self._db, self._actor, self.day.value(), self.day_name.text()
        self._run(lambda: cal.add_day_off(db, actor, day=day, name=name), self._calendar_changed)

    def add_workday(self) -> None:
        db, actor, day = self._db, self._actor, self.day.value()
        self._run(lambda: cal.add_workday(db, actor, day=day), self._calendar_changed)

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None or not entry.editable:
            return
        db, actor = self._db, self._actor
        remove = cal.remove_day_off if entry.kind == cal.DAY_OFF else cal.remove_workday
        self._run(lambda: remove(db, actor, day=entry.day), lambda e: self._calendar_changed(e, removed=True))

    def _calendar_changed(self, entry: cal.CalendarDay, *, removed: bool = False) -> None:
        what = self.tr("%1 dihapus dari kalender") if removed else self.tr("%1 dicatat")
        self._done(what.replace("%1", f"{long_date(entry.day)} ({entry.name})"))
        if not removed:
            self.day_name.clear()
            self.mark_clean(self.day, self.day_name)
        if entry.day.year != self.year.value():
            self.year.setValue(entry.day.year)  # loads that year
        else:
            self.load_year()
        self.update_example()

    # ------------------------------------------------------------ common

    def _update_buttons(self) -> None:
        idle = self._can_edit and not self._busy
        entry = self.selected()
        self.save_deadlines_button.setEnabled(idle and self.stored is not None)
        self.add_day_off_button.setEnabled(idle)
        self.add_workday_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and entry is not None and entry.editable)
        for widget in (self.review_days, self.forward_days, self.settle_days, self.day, self.day_name):
            widget.setEnabled(self._can_edit)

    def _run(self, work, on_done) -> None:
        self._busy = True
        self.message.clear()
        self.error.show_message(None)
        self.day_error.show_message(None)
        for label in self.deadline_errors.values():
            label.show_message(None)
        self._update_buttons()
        self._tasks.run(work, on_done, self._failed, owner=self)

    def _done(self, message: str) -> None:
        self._busy = False
        self.message.show_done(message)
        self._update_buttons()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ValidationFailed) and set(exc.problems) <= {"date", "name"}:
            # the date and its name share the one line under the date field
            self.day_error.show_message("\n".join(exc.problems.values()))
        elif not show_problems_beside(exc, self.deadline_errors):
            self.error.show_message(error_text(exc))
        self._update_buttons()
