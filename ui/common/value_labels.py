"""Display names of stored values (status, channel, role) in the language of the interface.

The core's :data:`~sipdumas.services.letters.STATUS_LABELS` are Indonesian; here they pass through Qt's
translator so the English interface shows English names. ``QT_TRANSLATE_NOOP`` marks each name for
``pyside6-lupdate`` without translating it at import time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sipdumas.domain.permissions import ROLE_LABELS, Role
from sipdumas.services.letters import CHANNEL_LABELS, STATUS_LABELS

_MARKED = (
    QT_TRANSLATE_NOOP("Status", "Diterima"),
    QT_TRANSLATE_NOOP("Status", "Ditelaah"),
    QT_TRANSLATE_NOOP("Status", "Diteruskan"),
    QT_TRANSLATE_NOOP("Status", "Klarifikasi"),
    QT_TRANSLATE_NOOP("Status", "Pemantauan"),
    QT_TRANSLATE_NOOP("Status", "Diarsipkan"),
    QT_TRANSLATE_NOOP("Status", "Dijawab"),
    QT_TRANSLATE_NOOP("Status", "Selesai"),
    QT_TRANSLATE_NOOP("Channel", "Surat"),
    QT_TRANSLATE_NOOP("Channel", "E-mail"),
    QT_TRANSLATE_NOOP("Channel", "WhatsApp"),
    QT_TRANSLATE_NOOP("Channel", "Datang langsung"),
    QT_TRANSLATE_NOOP("Channel", "Telepon"),
    QT_TRANSLATE_NOOP("Channel", "SP4N-LAPOR!"),
    QT_TRANSLATE_NOOP("Role", "Analis"),
    QT_TRANSLATE_NOOP("Role", "Arsiparis"),
    QT_TRANSLATE_NOOP("Role", "Staf administrasi"),
    QT_TRANSLATE_NOOP("Role", "Supervisor"),
    QT_TRANSLATE_NOOP("Role", "Administrator"),
)


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("Status", label) if label else status


def channel_label(channel: str) -> str:
    label = CHANNEL_LABELS.get(channel)
    return QCoreApplication.translate("Channel", label) if label else channel


def statuses() -> list[tuple[str, str]]:
    """Every status as ``(value, label)``, in the order of the workflow."""
    return [(str(value), status_label(value)) for value in STATUS_LABELS]


def channels() -> list[tuple[str, str]]:
    return [(str(value), channel_label(value)) for value in CHANNEL_LABELS]


def role_label(role: Role | str) -> str:
    label = ROLE_LABELS.get(Role(role))
    return QCoreApplication.translate("Role", label) if label else str(role)
