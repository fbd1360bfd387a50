"""How the archive's stored values read on screen: the return condition, the JRA final disposition, the
reminder level, loan and event times, and one line per event of a file's history.

Stored values stay the core's words (``baik``, ``musnah``, ``lent`` …); the names shown pass through
Qt's translator like :mod:`ui.common.value_labels`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sipdumas.services.archive.files import FileEvent
from ui.common.formatting import short_date

CONDITION_NAMES = {
    "baik": QT_TRANSLATE_NOOP("Archive", "baik"),
    "rusak": QT_TRANSLATE_NOOP("Archive", "rusak"),
    "hilang": QT_TRANSLATE_NOOP("Archive", "hilang"),
}
DISPOSITION_NAMES = {
    "musnah": QT_TRANSLATE_NOOP("Archive", "musnah"),
    "permanen": QT_TRANSLATE_NOOP("Archive", "permanen"),
    "dinilai kembali": QT_TRANSLATE_NOOP("Archive", "dinilai kembali"),
}
LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("Archive", "pertama"),
    2: QT_TRANSLATE_NOOP("Archive", "kedua"),
    3: QT_TRANSLATE_NOOP("Archive", "ketiga"),
}
#: Short names of the actions in a file's history (``archive_file_events.action``).
ACTION_NAMES = {
    "moved": QT_TRANSLATE_NOOP("Archive", "Dipindahkan"),
    "described": QT_TRANSLATE_NOOP("Archive", "Keterangan diubah"),
    "merged_into": QT_TRANSLATE_NOOP("Archive", "Digabung"),
    "merged_from": QT_TRANSLATE_NOOP("Archive", "Menerima gabungan"),
    "split_to": QT_TRANSLATE_NOOP("Archive", "Dipisah"),
    "split_from": QT_TRANSLATE_NOOP("Archive", "Hasil pemisahan"),
    "lent": QT_TRANSLATE_NOOP("Archive", "Dipinjamkan"),
    "renewed": QT_TRANSLATE_NOOP("Archive", "Diperpanjang"),
    "returned": QT_TRANSLATE_NOOP("Archive", "Dikembalikan"),
    "queued": QT_TRANSLATE_NOOP("Archive", "Antrean"),
    "approval_requested": QT_TRANSLATE_NOOP("Archive", "Persetujuan diminta"),
    "approval_approved": QT_TRANSLATE_NOOP("Archive", "Disetujui"),
    "approval_rejected": QT_TRANSLATE_NOOP("Archive", "Ditolak"),
    "reminded": QT_TRANSLATE_NOOP("Archive", "Pengingat"),
}
FIELD_NAMES = {
    "classification_code": QT_TRANSLATE_NOOP("Archive", "kode klasifikasi"),
    "title": QT_TRANSLATE_NOOP("Archive", "judul"),
    "retention_active_years": QT_TRANSLATE_NOOP("Archive", "retensi aktif"),
    "retention_inactive_years": QT_TRANSLATE_NOOP("Archive", "retensi inaktif"),
    "final_disposition": QT_TRANSLATE_NOOP("Archive", "keterangan akhir"),
    "confidential": QT_TRANSLATE_NOOP("Archive", "rahasia"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate("Archive", text)


def condition_label(condition: str | None) -> str:
    return translated(CONDITION_NAMES[condition]) if condition in CONDITION_NAMES else (condition or "")


def disposition_label(value: str | None) -> str:
    return translated(DISPOSITION_NAMES[value]) if value in DISPOSITION_NAMES else (value or "")


def level_label(level: int) -> str:
    """The highest reminder level sent: ``—`` for none, else ``pertama`` / ``kedua`` / ``ketiga``."""
    return translated(LEVEL_NAMES[level]) if level in LEVEL_NAMES else "—"


def years(value: int | None) -> str:
    return (
        "—" if value is None else QCoreApplication.translate("Archive", "%1 tahun").replace("%1", str(value))
    )


def local(value: datetime) -> datetime:
    """A loan's time in the workstation's zone (a naive time read back from SQLite is local)."""
    return value.astimezone()


def event_local(value: datetime) -> datetime:
    """An event's time in the workstation's zone. Events are stamped by the database's clock
    (``server_default=now()``): SQLite's CURRENT_TIMESTAMP is UTC and comes back naive."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def date_time(value: datetime | None) -> str:
    """``04 Mar 2026 09:15``; empty for none."""
    if value is None:
        return ""
    return f"{short_date(value.date())} {value:%H:%M}"


def iso_day(value: str | None) -> str:
    """An ISO date kept in an event's details, shown as ``11 Mar 2026``."""
    if not value:
        return "—"
    try:
        return short_date(date.fromisoformat(value))
    except ValueError:
        return value


def event_text(event: FileEvent) -> str:
    """What happened, in one line with its particulars."""
    d = event.details
    letters = ", ".join(d.get("letters") or []) or "—"
    a = event.action
    if a == "moved":
        return (
            QCoreApplication.translate("Archive", "dari %1 ke %2 (%3)")
            .replace("%1", d.get("old") or "—")
            .replace("%2", d.get("new") or "—")
            .replace("%3", d.get("description") or "")
        )
    if a == "described":
        parts = []
        for key, change in (d.get("changes") or {}).items():
            name = translated(FIELD_NAMES[key]) if key in FIELD_NAMES else key
            parts.append(f"{name}: {_value(key, change.get('old'))} → {_value(key, change.get('new'))}")
        return "; ".join(parts)
    if a == "merged_into":
        return (
            QCoreApplication.translate("Archive", "ke berkas %1; surat: %2")
            .replace("%1", d.get("into", ""))
            .replace("%2", letters)
        )
    if a == "merged_from":
        return (
            QCoreApplication.translate("Archive", "dari berkas %1; surat: %2")
            .replace("%1", d.get("source", ""))
            .replace("%2", letters)
        )
    if a == "split_to":
        return (
            QCoreApplication.translate("Archive", "ke berkas baru %1; surat: %2")
            .replace("%1", d.get("new", ""))
            .replace("%2", letters)
        )
    if a == "split_from":
        return (
            QCoreApplication.translate("Archive", "dari berkas %1; surat: %2")
            .replace("%1", d.get("source", ""))
            .replace("%2", letters)
        )
    if a == "lent":
        return (
            QCoreApplication.translate("Archive", "kepada %1 (%2), jatuh tempo %3")
            .replace("%1", d.get("borrower", ""))
            .replace("%2", d.get("unit", ""))
            .replace("%3", iso_day(d.get("due_on")))
        )
    if a == "renewed":
        return (
            QCoreApplication.translate("Archive", "jatuh tempo %1 → %2")
            .replace("%1", iso_day(d.get("old_due_on")))
            .replace("%2", iso_day(d.get("due_on")))
        )
    if a == "returned":
        text = (
            QCoreApplication.translate("Archive", "dari %1, kondisi %2")
            .replace("%1", d.get("borrower", ""))
            .replace("%2", condition_label(d.get("condition")))
        )
        return f"{text}; {d['note']}" if d.get("note") else text
    if a == "queued":
        return QCoreApplication.translate("Archive", "permintaan %1").replace("%1", d.get("borrower", ""))
    if a in ("approval_requested", "approval_approved", "approval_rejected"):
        text = (
            QCoreApplication.translate("Archive", "untuk %1 (permohonan %2)")
            .replace("%1", d.get("borrower", ""))
            .replace("%2", str(d.get("approval_id", "")))
        )
        return f"{text}; {d['note']}" if d.get("note") else text
    if a == "reminded":
        return (
            QCoreApplication.translate("Archive", "surat pengingat %1, %2 hari kerja terlambat")
            .replace("%1", level_label(int(d.get("level", 0))))
            .replace("%2", str(d.get("days_overdue", "")))
        )
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def action_label(action: str) -> str:
    return translated(ACTION_NAMES[action]) if action in ACTION_NAMES else action


def _value(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key == "confidential":
        return (
            QCoreApplication.translate("Archive", "ya")
            if value
            else QCoreApplication.translate("Archive", "tidak")
        )
    if key == "final_disposition":
        return disposition_label(value)
    if key.startswith("retention_"):
        return years(value)
    return str(value)
