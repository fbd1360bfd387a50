"""Supervisors' consent to lend confidential files: the pending requests the desk sent
(:func:`sipdumas.services.archive.approvals.request_approval`), approved or refused with a note
(:func:`~sipdumas.services.archive.approvals.decide_approval`). An approval is for one borrower and is used up by
the loan it allows. Shown only to roles with ``APPROVE_CONFIDENTIAL_LOAN``; the service refuses others
anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.archive import approvals
from sipdumas.services.archive.approvals import ApprovalView
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner


class ApprovalsDialog(QDialog):
    """``loaded(n)`` after the list is read; ``decided(ApprovalView)`` after each decision."""

    loaded = Signal(int)
    decided = Signal(object)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self.approvals: list[ApprovalView] = []
        self.setWindowTitle(self.tr("Persetujuan peminjaman berkas rahasia"))
        fit_window(self, "approvals", 860, 420)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nomor"),
                self.tr("Kode berkas"),
                self.tr("Peminjam"),
                self.tr("Unit kerja"),
                self.tr("Keperluan"),
                self.tr("Diminta oleh"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("Tidak ada permohonan yang menunggu."), self)
        self.empty.hide()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            self.tr("Catatan keputusan (opsional), mis. hanya dibaca di ruang arsip")
        )
        self.error = ErrorLabel(self)
        self.info = QLabel(self)
        self.info.setStyleSheet("color: #1b5e20;")
        self.btn_approve = QPushButton(self.tr("&Setujui"), self)
        self.btn_reject = QPushButton(self.tr("T&olak"), self)
        self.btn_reload = QPushButton(self.tr("&Muat ulang"), self)
        self.btn_close = QPushButton(self.tr("&Tutup"), self)
        self.btn_approve.clicked.connect(lambda: self.decide(True))
        self.btn_reject.clicked.connect(lambda: self.decide(False))
        self.btn_reload.clicked.connect(self.reload)
        self.btn_close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.btn_approve, self.btn_reject, self.btn_reload):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self._update()
        self.reload()

    def reload(self) -> None:
        db, actor = self.db, self.actor
        self.tasks.run(lambda: approvals.pending_approvals(db, actor), self._show, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))
        self._update()

    def _show(self, approvals: list[ApprovalView]) -> None:
        self.approvals = approvals
        self.table.setRowCount(len(approvals))
        for r, a in enumerate(approvals):
            for c, value in enumerate(
                (str(a.id), a.code, a.borrower, a.unit, a.purpose or "", a.requested_by)
            ):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not approvals)
        if approvals:
            self.table.selectRow(0)
        self._update()
        self.loaded.emit(len(approvals))

    def current(self) -> ApprovalView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.approvals[rows[0].row()]

    def select(self, approval_id: int) -> None:
        for r, a in enumerate(self.approvals):
            if a.id == approval_id:
                self.table.selectRow(r)

    def _update(self) -> None:
        chosen = self.current() is not None
        self.btn_approve.setEnabled(chosen)
        self.btn_reject.setEnabled(chosen)

    def decide(self, approve: bool) -> None:
        chosen = self.current()
        if chosen is None:
            return
        db, actor, note = self.db, self.actor, self.note.text()
        self.error.show_message(None)

        def done(result: ApprovalView) -> None:
            text = (
                self.tr("Disetujui: %1 boleh meminjam berkas %2")
                if approve
                else self.tr("Ditolak: %1 tidak boleh meminjam berkas %2")
            )
            self.info.setText(text.replace("%1", result.borrower).replace("%2", result.code))
            self.note.clear()
            self.decided.emit(result)
            self.reload()

        self.tasks.run(
            lambda: approvals.decide_approval(db, actor, approval_id=chosen.id, approve=approve, note=note),
            done,
            self._failed,
            owner=self,
        )


def open_approvals(window, parent: QWidget | None = None) -> ApprovalsDialog:
    dialog = ApprovalsDialog(window.db, window.actor, window.tasks, parent or window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
