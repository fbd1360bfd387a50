"""Deadlines and due dates count working days: weekends, Indonesian holidays and the office's own dates."""

from __future__ import annotations

from datetime import date

from sipdumas.domain import workdays
from sipdumas.domain.workdays import WorkCalendar

CAL = WorkCalendar()


def test_friday_plus_one_working_day_is_monday():
    assert CAL.add(date(2026, 11, 20), 1) == date(2026, 11, 23)


def test_public_holidays_are_skipped_with_their_indonesian_names():
    # 17 August 2026 (Monday) is Independence Day
    assert CAL.day_off_reason(date(2026, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"
    assert CAL.add(date(2026, 8, 14), 1) == date(2026, 8, 18)
    assert CAL.day_off_reason(date(2026, 8, 15)) == "Sabtu"


def test_collective_leave_and_declared_working_days_come_from_the_office():
    office = WorkCalendar(
        days_off={date(2026, 3, 23): "Cuti bersama Idul Fitri"}, workdays=frozenset({date(2026, 3, 28)})
    )
    # Idul Fitri 21-22 March 2026 (Sat/Sun), cuti bersama Monday 23
    assert office.add(date(2026, 3, 20), 1) == date(2026, 3, 24)
    assert office.is_working_day(date(2026, 3, 28))  # a Saturday the office works
    assert office.between(date(2026, 3, 20), date(2026, 3, 30)) == 6


def test_between_counts_after_start_up_to_end():
    assert CAL.between(date(2026, 11, 23), date(2026, 11, 23)) == 0
    assert CAL.between(date(2026, 11, 23), date(2026, 11, 30)) == 5
    assert CAL.between(date(2026, 11, 30), date(2026, 11, 23)) == -5


def test_office_calendar_is_shared_through_the_database(db):
    office = WorkCalendar(days_off={date(2026, 12, 24): "Cuti bersama Natal"})
    with db.transaction() as session:
        workdays.save(session, office)
    with db.session() as session:
        loaded = workdays.load(session)
    assert loaded.day_off_reason(date(2026, 12, 24)) == "Cuti bersama Natal"
    assert loaded.add(date(2026, 12, 23), 1) == date(2026, 12, 28)


def test_the_index_answers_as_the_calendar_does_over_years():
    office = WorkCalendar(
        days_off={date(2026, 12, 24): "Cuti bersama Natal"}, workdays=frozenset({date(2026, 3, 28)})
    )
    index = workdays.WorkdayIndex(office)
    days = [date.fromordinal(date(2024, 6, 1).toordinal() + k * 5) for k in range(220)]  # 2024 to 2027
    for start in reversed(days):  # grows the index backwards and forwards
        for n in (0, 1, 5, 60):
            assert index.add(start, n) == office.add(start, n), (start, n)
    for start in days[::9]:
        for end in days[::13]:
            assert index.between(start, end) == office.between(start, end), (start, end)
