"""How a letter's deadline looks on screen, shared by the register's Tenggat column and "Tugas saya".

The core (:mod:`sipdumas.services.deadlines`) decides the due dates and what is overdue; this module
only words and colours them. Working days are the office calendar's (weekends, public holidays and the
office's own days off), so "terlambat 3 hari" means three working days.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from sipdumas.services.admin.workflow_settings import WorkflowSettings
from sipdumas.services.deadlines import LetterDeadlines
from ui.common.formatting import short_date

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fdecea")
DUE_TODAY_TEXT = QColor("#8a5300")
DUE_TODAY_BACKGROUND = QColor("#fff4d6")

_CONTEXT = "Deadlines"
#: The deadlines by the core's names, with what each counts from.
STEPS = {
    "review": (QT_TRANSLATE_NOOP("Deadlines", "telaah"), QT_TRANSLATE_NOOP("Deadlines", "sejak diterima")),
    "forward": (
        QT_TRANSLATE_NOOP("Deadlines", "penerusan"),
        QT_TRANSLATE_NOOP("Deadlines", "sejak diterima"),
    ),
    "settle": (
        QT_TRANSLATE_NOOP("Deadlines", "penyelesaian"),
        QT_TRANSLATE_NOOP("Deadlines", "sejak diteruskan"),
    ),
}
_DAYS_SETTING = {"review": "review_days", "forward": "forward_days", "settle": "settle_days"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def step_name(step: str | None) -> str:
    """``telaah``, ``penerusan``, ``penyelesaian`` (empty for no step)."""
    return _tr(STEPS[step][0]) if step in STEPS else ""


def is_overdue(d: LetterDeadlines | None) -> bool:
    return d is not None and bool(d.overdue)


def is_due_today(d: LetterDeadlines | None, today: date | None = None) -> bool:
    return d is not None and not d.overdue and d.due is not None and d.due == (today or date.today())


def late_text(d: LetterDeadlines | None) -> str:
    """``terlambat 3 hari`` for an overdue letter (working days), ``terlambat`` when the deadline passed
    on a day off; empty otherwise."""
    if not is_overdue(d):
        return ""
    if d.days_late <= 0:
        return QCoreApplication.translate("Deadlines", "terlambat")
    return QCoreApplication.translate("Deadlines", "terlambat %1 hari").replace("%1", str(d.days_late))


def due_text(d: LetterDeadlines | None, today: date | None = None) -> str:
    """The current step's due date, ``· terlambat 3 hari`` after it when late (the Tenggat cell)."""
    if d is None or d.due is None:
        return ""
    if is_overdue(d):
        return f"{short_date(d.due)} · {late_text(d)}"
    if is_due_today(d, today):
        return QCoreApplication.translate("Deadlines", "%1 · hari ini").replace("%1", short_date(d.due))
    return short_date(d.due)


def _length(step: str, settings: WorkflowSettings | None) -> str:
    """``1 hari kerja sejak diterima``, or only ``sejak diterima`` without the settings."""
    since = _tr(STEPS[step][1])
    if settings is None:
        return since
    days = getattr(settings, _DAYS_SETTING[step])
    text = QCoreApplication.translate("Deadlines", "%1 hari kerja %2")
    return text.replace("%1", str(days)).replace("%2", since)


def tooltip(d: LetterDeadlines | None, settings: WorkflowSettings | None = None) -> str | None:
    """Which deadline is passed and by how much, then every deadline of the letter with its length and
    date, e.g.::

        Terlambat 3 hari kerja: lewat batas telaah (1 hari kerja sejak diterima)
        Telaah (1 hari kerja sejak diterima): 18 Agu 2026 — lewat
        Penerusan (5 hari kerja sejak diterima): 24 Agu 2026
    """
    if d is None or d.due is None:
        return None
    lines = []
    if d.overdue:
        passed = ", ".join(f"{step_name(s)} ({_length(s, settings)})" for s in d.overdue)
        if d.days_late > 0:
            head = QCoreApplication.translate("Deadlines", "Terlambat %1 hari kerja: lewat batas %2")
            head = head.replace("%1", str(d.days_late))
        else:
            head = QCoreApplication.translate("Deadlines", "Terlambat: lewat batas %2")
        lines.append(head.replace("%2", passed))
    elif is_due_today(d):
        today_text = QCoreApplication.translate("Deadlines", "Tenggat %1 jatuh hari ini")
        lines.append(today_text.replace("%1", step_name(d.step)))
    dates = {"review": d.review_due, "forward": d.forward_due, "settle": d.settle_due}
    for step in STEPS:
        if dates[step] is None:
            continue
        line = f"{step_name(step).capitalize()} ({_length(step, settings)}): {short_date(dates[step])}"
        if step in d.overdue:
            line += " — " + QCoreApplication.translate("Deadlines", "lewat")
        elif step == d.step:
            line += " — " + QCoreApplication.translate("Deadlines", "tahap sekarang")
        lines.append(line)
    return "\n".join(lines)


def foreground(d: LetterDeadlines | None) -> QBrush | None:
    if is_overdue(d):
        return QBrush(OVERDUE_TEXT)
    if is_due_today(d):
        return QBrush(DUE_TODAY_TEXT)
    return None


def background(d: LetterDeadlines | None) -> QBrush | None:
    if is_overdue(d):
        return QBrush(OVERDUE_BACKGROUND)
    if is_due_today(d):
        return QBrush(DUE_TODAY_BACKGROUND)
    return None


def font(d: LetterDeadlines | None) -> QFont | None:
    if not is_overdue(d):
        return None
    bold = QFont()
    bold.setBold(True)
    return bold
