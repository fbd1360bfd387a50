"""The office calendar that deadlines and loan due dates count working days on (``sipdumas calendar``,
the client's "Tenggat dan hari kerja…").

Public holidays come from the ``holidays`` package and cannot be changed here; an office records its own
days off (cuti bersama, a closure) with a name, and exceptional working days (a Saturday the office
works to make up for a cuti bersama). Both are stored in :mod:`sipdumas.domain.workdays`' settings row, read
and changed under a row lock so two administrators adding dates at once both keep theirs. Changing the
calendar moves every due date at once, since none is stored (see :mod:`sipdumas.services.deadlines`).
Changes need ``manage_settings`` and are audited (entity ``calendar``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain import workdays
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.workdays import WorkCalendar
from sipdumas.services.admin import workflow_settings as wf_settings

PUBLIC_HOLIDAY, DAY_OFF, WORKDAY = "public_holiday", "day_off", "workday"
KIND_LABELS = {PUBLIC_HOLIDAY: "Libur nasional", DAY_OFF: "Libur kantor", WORKDAY: "Hari kerja khusus"}
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
FIRST_YEAR, LAST_YEAR = 2000, 2100  # what the holidays package knows, and a typo guard
MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One dated entry: a public holiday, an office day off or an exceptional working day."""

    day: date
    name: str
    kind: str  # PUBLIC_HOLIDAY, DAY_OFF or WORKDAY

    @property
    def weekday(self) -> str:
        return WEEKDAYS[self.day.weekday()]

    @property
    def editable(self) -> bool:
        """Whether the office can remove it (public holidays come from the law, not from the office)."""
        return self.kind != PUBLIC_HOLIDAY

    def to_json(self) -> dict:
        return {"date": self.day.isoformat(), "weekday": self.weekday, "name": self.name, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class CalendarYear:
    year: int
    days: list[CalendarDay]  # by date; a public holiday the office works shows twice (holiday, workday)
    working_days: int  # Monday to Friday, less holidays and days off, plus exceptional working days


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationFailed({"year": f"Tahun harus antara {FIRST_YEAR} dan {LAST_YEAR}"})


def _check_day(day: date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationFailed({"date": f"Tanggal harus antara tahun {FIRST_YEAR} dan {LAST_YEAR}"})


def public_holidays(year: int) -> list[CalendarDay]:
    """Indonesia's public holidays of ``year`` with their Indonesian names (the ``holidays`` package)."""
    _check_year(year)
    return [
        CalendarDay(d, name, PUBLIC_HOLIDAY) for d, name in sorted(workdays.public_holidays(year).items())
    ]


def _office_days(calendar: WorkCalendar, year: int | None) -> list[CalendarDay]:
    days = [CalendarDay(d, name, DAY_OFF) for d, name in calendar.days_off.items()]
    days += [CalendarDay(d, _workday_name(calendar, d), WORKDAY) for d in calendar.workdays]
    if year is not None:
        days = [d for d in days if d.day.year == year]
    return sorted(days, key=lambda d: (d.day, d.kind))


def _workday_name(calendar: WorkCalendar, day: date) -> str:
    """What an exceptional working day replaces: "Hari kerja (Sabtu)"."""
    usual = dataclasses.replace(calendar, workdays=frozenset()).day_off_reason(day)
    return f"Hari kerja ({usual})" if usual else "Hari kerja"


def office_days(db: Database, actor: Actor, *, year: int | None = None) -> list[CalendarDay]:
    """The office's own dates (days off and exceptional working days), of ``year`` or all, by date."""
    actor.require(Permission.VIEW_REGISTER)
    if year is not None:
        _check_year(year)
    with db.session() as session:
        return _office_days(workdays.load(session), year)


def calendar_year(db: Database, actor: Actor, *, year: int) -> CalendarYear:
    """Everything that is not an ordinary day in ``year``, public holidays included, and how many working
    days the year has with this calendar."""
    actor.require(Permission.VIEW_REGISTER)
    _check_year(year)
    with db.session() as session:
        calendar = workdays.load(session)
    days = sorted(public_holidays(year) + _office_days(calendar, year), key=lambda d: (d.day, d.kind))
    first = date(year, 1, 1)
    count = sum(
        calendar.is_working_day(first + timedelta(days=i)) for i in range((date(year + 1, 1, 1) - first).days)
    )
    return CalendarYear(year, days, count)


def _change(db: Database, actor: Actor, change) -> CalendarDay:
    """Run ``change(calendar) -> (new calendar, entry, audit action)`` on the stored calendar under its
    row lock and store the result."""
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        locked_row(session, workdays.KEY)
        calendar = workdays.load(session)
        new, entry, action = change(calendar)
        workdays.save(session, new)
        audit.record(session, actor, action, "calendar", None, date=entry.day.isoformat(), name=entry.name)
        return entry


def add_day_off(db: Database, actor: Actor, *, day: date, name: str) -> CalendarDay:
    """Record ``day`` as an office day off called ``name`` (cuti bersama, a closure); adding a date again
    renames it. Refused for a date recorded as an exceptional working day (remove that first)."""
    _check_day(day)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationFailed({"name": "Keterangan hari libur wajib diisi (mis. Cuti bersama Idul Fitri)"})
    if len(name) > MAX_NAME:
        raise ValidationFailed({"name": f"Keterangan terlalu panjang (paling banyak {MAX_NAME} karakter)"})

    def change(calendar: WorkCalendar):
        if day in calendar.workdays:
            raise ValidationFailed(
                {"date": f"{long_date(day)} tercatat sebagai hari kerja khusus; hapus dulu"}
            )
        entry = CalendarDay(day, name, DAY_OFF)
        return (
            dataclasses.replace(calendar, days_off={**calendar.days_off, day: name}),
            entry,
            "calendar_day_off_added",
        )

    return _change(db, actor, change)


def remove_day_off(db: Database, actor: Actor, *, day: date) -> CalendarDay:
    """Make ``day`` an ordinary day again; :class:`NotFound` when it is not an office day off."""

    def change(calendar: WorkCalendar):
        if day not in calendar.days_off:
            raise NotFound(f"{long_date(day)} bukan hari libur kantor")
        entry = CalendarDay(day, calendar.days_off[day], DAY_OFF)
        days_off = {d: n for d, n in calendar.days_off.items() if d != day}
        return dataclasses.replace(calendar, days_off=days_off), entry, "calendar_day_off_removed"

    return _change(db, actor, change)


def add_workday(db: Database, actor: Actor, *, day: date) -> CalendarDay:
    """Make ``day`` a working day although it is a weekend or a public holiday (a Saturday the office
    works). Refused for a day that is a working day already, or an office day off (remove that first)."""
    _check_day(day)

    def change(calendar: WorkCalendar):
        if day in calendar.workdays:
            raise ValidationFailed({"date": f"{long_date(day)} sudah tercatat sebagai hari kerja khusus"})
        if day in calendar.days_off:
            raise ValidationFailed(
                {"date": f"{long_date(day)} tercatat sebagai hari libur kantor; hapus dulu"}
            )
        if calendar.is_working_day(day):
            raise ValidationFailed({"date": f"{long_date(day)} ({WEEKDAYS[day.weekday()]}) sudah hari kerja"})
        new = dataclasses.replace(calendar, workdays=calendar.workdays | {day})
        return new, CalendarDay(day, _workday_name(new, day), WORKDAY), "calendar_workday_added"

    return _change(db, actor, change)


def remove_workday(db: Database, actor: Actor, *, day: date) -> CalendarDay:
    """``day`` is no longer an exceptional working day; :class:`NotFound` when it was not one."""

    def change(calendar: WorkCalendar):
        if day not in calendar.workdays:
            raise NotFound(f"{long_date(day)} bukan hari kerja khusus")
        entry = CalendarDay(day, _workday_name(calendar, day), WORKDAY)
        return (
            dataclasses.replace(calendar, workdays=calendar.workdays - {day}),
            entry,
            "calendar_workday_removed",
        )

    return _change(db, actor, change)


@dataclass(frozen=True, slots=True)
class DueDates:
    """When each deadline of a letter received on ``received`` falls (the settlement counted as if it
    were forwarded the same day)."""

    received: date
    review: date
    forward: date
    settle: date


def due_dates(
    db: Database,
    actor: Actor,
    *,
    received: date,
    review_days: int | None = None,
    forward_days: int | None = None,
    settle_days: int | None = None,
) -> DueDates:
    """The due dates with the office calendar and the deadlines in force, or the deadlines given (the
    settings dialog shows what a change would do before it is saved)."""
    actor.require(Permission.VIEW_REGISTER)
    _check_day(received)
    with db.session() as session:
        calendar, conf = workdays.load(session), wf_settings.load(session)
    days = [
        conf.review_days if review_days is None else review_days,
        conf.forward_days if forward_days is None else forward_days,
        conf.settle_days if settle_days is None else settle_days,
    ]
    if any(not 0 <= d <= 365 for d in days):
        raise ValidationFailed({"days": "Tenggat harus 0 sampai 365 hari kerja"})
    return DueDates(received, *(calendar.add(received, d) for d in days))
