"""The Kotak keluar tab: what waits to be sent to other systems, what was sent, what failed and why.

"Kirim sekarang" sends what is due as a background job (``tasks.start``: cancellable, the register
stays usable); "Coba lagi" and "Batalkan" act on the selected message. The list is the outbox's own
(:func:`sipdumas.services.outbox.list_outbox`, waiting first), refreshed after every action.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.outbox import (
    OutboxItem,
    SendResult,
    cancel_message,
    list_outbox,
    outbox_counts,
    retry_message,
    send_outbox,
)
from ui.common.widgets import ErrorLabel
from ui.exchange.texts import kind_label, outbox_status_label
from ui.tasks import Job, TaskRunner

_COLOURS = {"pending": "#8d6e00", "sent": "#2e7d32", "failed": "#b3261e", "cancelled": "#616161"}


class OutboxView(QWidget):
    """``letter_requested(id, agenda_no)``: open the letter a message is about."""

    letter_requested = Signal(int, str)

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.items: list[OutboxItem] = []
        self.job: Job | None = None
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Semua"), None)
        for status in ("pending", "failed", "sent", "cancelled"):
            self.filter.addItem(outbox_status_label(status), status)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Surat"),
                self.tr("Tujuan"),
                self.tr("Jenis"),
                self.tr("Status"),
                self.tr("Percobaan"),
                self.tr("Berikutnya"),
                self.tr("Keterangan"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self._open_letter)
        self.send_button = QPushButton(self.tr("&Kirim sekarang"), self)
        self.send_button.setToolTip(self.tr("Kirim semua pesan yang sudah waktunya"))
        self.retry_button = QPushButton(self.tr("Coba &lagi"), self)
        self.retry_button.setToolTip(
            self.tr("Kirim ulang pesan terpilih sekarang, percobaan dihitung dari awal")
        )
        self.cancel_button = QPushButton(self.tr("&Batalkan"), self)
        self.cancel_button.setToolTip(self.tr("Jangan kirim pesan terpilih"))
        self.refresh_button = QPushButton(self.tr("&Muat ulang"), self)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.error = ErrorLabel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tampilkan:"), self))
        top.addWidget(self.filter)
        top.addWidget(self.counts, 1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        db, actor, status = self._db, self._actor, self.filter.currentData()
        self._tasks.run(
            lambda: (list_outbox(db, actor, status=status), outbox_counts(db, actor)),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, loaded: tuple[list[OutboxItem], dict[str, int]]) -> None:
        items, counts = loaded
        self.items = items
        self.counts.setText(
            self.tr("%1 menunggu · %2 gagal · %3 terkirim")
            .replace("%1", str(counts["pending"]))
            .replace("%2", str(counts["failed"]))
            .replace("%3", str(counts["sent"]))
        )
        self.table.clear()
        for m in items:
            if m.status == "sent":
                note = (m.response or {}).get("tracking_id") or ""
                note = self.tr("Nomor pelacakan %1").replace("%1", note) if note else ""
            else:
                note = m.last_error or ""
            nxt = _local(m.next_attempt_at).strftime("%d-%m-%Y %H:%M") if m.next_attempt_at else ""
            item = QTreeWidgetItem(
                [
                    str(m.id),
                    m.agenda_no or "",
                    "SP4N-LAPOR!" if m.target == "lapor" else m.target,
                    kind_label(m.kind),
                    outbox_status_label(m.status),
                    str(m.attempts),
                    nxt,
                    note,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            item.setForeground(4, _brush(_COLOURS.get(m.status, "#000000")))
            item.setToolTip(7, note)
            self.table.addTopLevelItem(item)
        for column in range(7):
            self.table.resizeColumnToContents(column)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))

    def selected(self) -> OutboxItem | None:
        item = self.table.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.items if m.id == wanted), None)

    def _update_buttons(self) -> None:
        m = self.selected()
        may = self._actor.can(Permission.REGISTER_LETTER)
        self.retry_button.setEnabled(may and m is not None and m.status in ("failed", "pending"))
        self.cancel_button.setEnabled(may and m is not None and m.status in ("failed", "pending"))
        self.send_button.setEnabled(may and (self.job is None or not self.job.running))

    def _open_letter(self, item: QTreeWidgetItem) -> None:
        m = self.selected()
        if m is not None and m.letter_id is not None:
            self.letter_requested.emit(m.letter_id, m.agenda_no or "")

    # ------------------------------------------------------------ actions

    def send_now(self) -> None:
        db, actor = self._db, self._actor
        self.error.show_message(None)
        self.message.setText(self.tr("Mengirim…"))

        def work(progress, cancel):
            return send_outbox(db, actor, cancel=cancel, on_progress=progress)

        self.job = self._tasks.start(
            work,
            self._sent,
            self._send_failed,
            on_progress=lambda _item: None,
            owner=self,
            name="outbox",
        )
        self._update_buttons()

    def _sent(self, result: SendResult) -> None:
        self.message.setText(
            self.tr("Terkirim %1, dicoba lagi nanti %2, gagal %3")
            .replace("%1", str(result.sent))
            .replace("%2", str(result.retrying))
            .replace("%3", str(result.failed))
        )
        self.job = None
        self.refresh()

    def _send_failed(self, exc: BaseException) -> None:
        self.job = None
        self.message.setText("")
        self.error.show_message(str(exc))
        self.refresh()

    def retry_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        db, actor, message_id = self._db, self._actor, m.id
        self._tasks.run(
            lambda: retry_message(db, actor, message_id=message_id), self._acted, self._failed, owner=self
        )

    def cancel_selected(self, note: str | None = None) -> None:
        m = self.selected()
        if m is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(
                self, self.tr("Batalkan pesan"), self.tr("Alasan (boleh kosong):")
            )
            if not ok:
                return
        db, actor, message_id = self._db, self._actor, m.id
        self._tasks.run(
            lambda: cancel_message(db, actor, message_id=message_id, note=note),
            self._acted,
            self._failed,
            owner=self,
        )

    def _acted(self, item: OutboxItem) -> None:
        self.error.show_message(None)
        self.message.setText(
            self.tr("Pesan %1: %2")
            .replace("%1", str(item.id))
            .replace("%2", outbox_status_label(item.status))
        )
        self.refresh()


def _brush(colour: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))


def _local(value: datetime) -> datetime:
    """In this workstation's time zone (SQLite hands back UTC without a zone)."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
