"""Names of the outbox's states, message kinds and other systems in the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sipdumas.services.outbox import KIND_LABELS, STATUS_LABELS

_MARKED = (
    QT_TRANSLATE_NOOP("Outbox", "Menunggu"),
    QT_TRANSLATE_NOOP("Outbox", "Terkirim"),
    QT_TRANSLATE_NOOP("Outbox", "Gagal"),
    QT_TRANSLATE_NOOP("Outbox", "Dibatalkan"),
    QT_TRANSLATE_NOOP("Outbox", "Kirim laporan"),
    QT_TRANSLATE_NOOP("Outbox", "Perubahan status"),
    QT_TRANSLATE_NOOP("Outbox", "Unit %1"),
)


def outbox_status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("Outbox", label) if label else status


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Outbox", label) if label else kind


def system_label(system: str) -> str:
    if system == "lapor":
        return "SP4N-LAPOR!"
    if system.startswith("unit:"):
        return QCoreApplication.translate("Outbox", "Unit %1").replace("%1", system.removeprefix("unit:"))
    return system
