"""The letter form's "Pertukaran" box: the letter's LAPOR! tracking ID, its numbers in other units,
the history of its exchange and what about it still waits in the outbox; "Kirim ke LAPOR!" from there."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.lapor import LetterExchange, letter_exchange, transmit_letters
from ui.common.widgets import ErrorLabel
from ui.exchange.texts import outbox_status_label, system_label
from ui.tasks import TaskRunner


class LetterExchangeBox(QGroupBox):
    """``changed``: a message for this letter was put in the outbox."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Pertukaran (LAPOR! dan unit lain)"), parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self._letter_id: int | None = None
        self.exchange: LetterExchange | None = None
        self.tracking = QLabel(self)
        self.tracking.setTextFormat(Qt.TextFormat.PlainText)
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tracking.setWordWrap(True)
        self.events = QTreeWidget(self)
        self.events.setRootIsDecorated(False)
        self.events.setAlternatingRowColors(True)
        self.events.setHeaderLabels([self.tr("Waktu"), self.tr("Sistem"), self.tr("Keterangan")])
        self.events.setMinimumHeight(70)
        self.send_button = QPushButton(self.tr("Kirim ke &LAPOR!"), self)
        self.send_button.setToolTip(self.tr("Masukkan surat ini ke kotak keluar untuk SP4N-LAPOR!"))
        self.send_button.clicked.connect(self.send_to_lapor)
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tracking)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.send_button.setEnabled(False)

    def load(self, letter_id: int) -> None:
        self._letter_id = letter_id
        self.tracking.setText(self.tr("Memuat…"))
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: letter_exchange(db, actor, letter_id=letter_id), self._show, self._failed, owner=self
        )

    def _show(self, exchange: LetterExchange) -> None:
        self.exchange = exchange
        waiting = [m for m in exchange.outbox if m.status in ("pending", "failed")]
        if exchange.tracking_id:
            text = self.tr("Nomor pelacakan LAPOR!: %1").replace("%1", exchange.tracking_id)
        elif any(m.kind == "transmit" for m in waiting):
            text = self.tr("LAPOR!: menunggu di kotak keluar")
        else:
            text = self.tr("Belum dikirim ke LAPOR!")
        others = [f"{system_label(s)}: {i}" for s, i in exchange.references if s != "lapor"]
        if others:
            text += "\n" + "; ".join(others)
        for m in waiting:
            text += "\n" + self.tr("Kotak keluar: %1 (%2)").replace(
                "%1", outbox_status_label(m.status)
            ).replace("%2", m.last_error or self.tr("belum dicoba"))
        self.tracking.setText(text)
        self.events.clear()
        for e in exchange.events:
            when = _local(e.at).strftime("%d-%m-%Y %H:%M") if e.at else ""
            self.events.addTopLevelItem(QTreeWidgetItem([when, system_label(e.system), e.detail or ""]))
        for column in range(2):
            self.events.resizeColumnToContents(column)
        self.send_button.setEnabled(
            self._actor.can(Permission.FORWARD_LETTER)
            and not exchange.tracking_id
            and not any(m.kind == "transmit" for m in waiting)
        )

    def _failed(self, exc: BaseException) -> None:
        self.tracking.setText("")
        self.error.show_message(str(exc))

    def send_to_lapor(self) -> None:
        if self._letter_id is None:
            return
        letter_id = self._letter_id
        db, actor = self._db, self._actor
        self.error.show_message(None)
        self.send_button.setEnabled(False)

        def done(_items) -> None:
            self.changed.emit()
            self.load(letter_id)

        self._tasks.run(
            lambda: transmit_letters(db, actor, letter_ids=[letter_id]), done, self._send_failed, owner=self
        )

    def _send_failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))
        if self._letter_id is not None:
            self.load(self._letter_id)


def _local(value: datetime) -> datetime:
    """In this workstation's time zone (SQLite hands back UTC without a zone)."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
