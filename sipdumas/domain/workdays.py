"""Working days: Indonesian public holidays (the ``holidays`` package, names in Indonesian) plus the
office's own dates (cuti bersama, closures) and exceptional working days, kept in the database so every
workstation counts deadlines and loan due dates the same way.

"``n`` working days after ``start``" never counts ``start`` itself: a letter received on Friday with a
review deadline of 1 working day is due on Monday (or on the next working day after a holiday).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays
from sqlalchemy.orm import Session

from sipdumas.models.admin import Setting

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


class WorkdayIndex:
    """The working days of a calendar as a sorted list, grown a year at a time as dates are asked for,
    so :meth:`add` and :meth:`between` cost a bisection instead of a walk day by day. Same answers as
    :class:`WorkCalendar`'s; for many dates at once (a page of letters years late, an analyst's whole
    work list), where the walks would add up to seconds. Not shared between threads."""

    _CHUNK = 366

    def __init__(self, calendar: WorkCalendar):
        self.calendar = calendar
        self._first: date | None = None  # the days from _first to _last are known
        self._last: date | None = None
        self._days: list[date] = []  # the working days among them, in order

    def _cover(self, first: date, last: date) -> None:
        if self._first is None or self._last is None:
            self._first, self._last = first, first - timedelta(days=1)
        if first < self._first:
            start = min(first, self._first - timedelta(days=self._CHUNK))
            self._days[:0] = self._working(start, self._first)
            self._first = start
        if last > self._last:
            end = max(last, self._last + timedelta(days=self._CHUNK))
            self._days += self._working(self._last + timedelta(days=1), end + timedelta(days=1))
            self._last = end

    def _working(self, start: date, stop: date) -> list[date]:
        out, day = [], start
        while day < stop:
            if self.calendar.is_working_day(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def add(self, start: date, days: int) -> date:
        """As :meth:`WorkCalendar.add`."""
        if days < 0:
            raise ValueError("days must be >= 0")
        if days == 0:
            return start
        self._cover(start, start + timedelta(days=days))
        after = bisect_right(self._days, start)  # the first working day after start
        while after + days > len(self._days):
            self._cover(start, self._last + timedelta(days=days + 7))
            after = bisect_right(self._days, start)
        return self._days[after + days - 1]

    def between(self, start: date, end: date) -> int:
        """As :meth:`WorkCalendar.between`."""
        if end < start:
            return -self.between(end, start)
        self._cover(start, end)
        return bisect_right(self._days, end) - bisect_right(self._days, start)


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
