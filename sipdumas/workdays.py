"""Working days: Indonesian public holidays (the ``holidays`` package, names in Indonesian) plus the
office's own dates (cuti bersama, closures) and exceptional working days, kept in the database so every
workstation counts deadlines and loan due dates the same way.

"``n`` working days after ``start``" never counts ``start`` itself: a letter received on Friday with a
review deadline of 1 working day is due on Monday (or on the next working day after a holiday).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays
from sqlalchemy.orm import Session

from sipdumas.models import Setting

KEY = _KEY = "calendar"  # the settings row


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("ID", years=year, language="id"))


def public_holidays(year: int) -> dict[date, str]:
    """Indonesia's public holidays of ``year`` (date -> Indonesian name), as the ``holidays`` package
    knows them; the office adds its own dates (cuti bersama ...) to its calendar."""
    return dict(_public_holidays(year))


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """``days_off``: office-specific dates off (cuti bersama ...), with a name; ``workdays``: dates that
    are working days although weekends or holidays."""

    days_off: dict[date, str] = field(default_factory=dict)
    workdays: frozenset[date] = frozenset()

    def day_off_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day ("Sabtu", "Hari Raya Idul Fitri", "Cuti bersama" ...), or None."""
        if day in self.workdays:
            return None
        if day in self.days_off:
            return self.days_off[day]
        name = _public_holidays(day.year).get(day)
        if name:
            return name
        if day.weekday() == 5:
            return "Sabtu"
        if day.weekday() == 6:
            return "Minggu"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.day_off_reason(day) is None

    def add(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``days`` >= 0; 0 gives ``start``)."""
        if days < 0:
            raise ValueError("days must be >= 0")
        current = start
        while days:
            current += timedelta(days=1)
            if self.is_working_day(current):
                days -= 1
        return current

    def between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
        if end < start:
            return -self.between(end, start)
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_working_day(current)
        return count


def load(session: Session) -> WorkCalendar:
    row = session.get(Setting, _KEY)
    if row is None:
        return WorkCalendar()
    data = json.loads(row.value)
    return WorkCalendar(
        days_off={date.fromisoformat(k): v for k, v in data.get("days_off", {}).items()},
        workdays=frozenset(date.fromisoformat(d) for d in data.get("workdays", [])),
    )


def save(session: Session, calendar: WorkCalendar) -> None:
    value = json.dumps(
        {
            "days_off": {d.isoformat(): name for d, name in sorted(calendar.days_off.items())},
            "workdays": sorted(d.isoformat() for d in calendar.workdays),
        }
    )
    row = session.get(Setting, _KEY)
    if row is None:
        session.add(Setting(key=_KEY, value=value))
    else:
        row.value = value
