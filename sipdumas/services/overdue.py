"""Which letters are past a deadline on a given day, as SQL conditions on ``incoming_letters``.

No due date is stored: a due date is ``calendar.add(start, days)``, which only grows with ``start``, so
"overdue on ``today``" is the same as "``start`` earlier than a cut-off date" worked out once per query
(:func:`cutoff`). The database then answers counts and lists with a range condition on an index
(``status, received_at`` on letters; ``forwarded_on`` on forwarding letters), as fast with a million
letters as with a hundred, and a change of the settings or the calendar applies at once. The register's
Terlambat filter (:func:`overdue_condition`) walks the index of the letters still waiting on a deadline
in date order instead (``ix_letters_awaiting``), so its first page is as cheap as the count is.

The register's filter (:mod:`sipdumas.services.letters`), the deadlines and work lists
(:mod:`sipdumas.services.deadlines`) and the dashboard build on these conditions.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import (
    Integer,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from sipdumas.domain import workdays
from sipdumas.domain.statuses import LetterStatus
from sipdumas.domain.workdays import WorkCalendar, WorkdayIndex
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.models.letters import AWAITING_PREDICATE, IncomingLetter
from sipdumas.services.admin import workflow_settings as wf_settings

S = LetterStatus
#: Letters waiting for their review to be finished / for a decision and forwarding.
AWAITING_REVIEW = (S.RECEIVED.value,)
AWAITING_FORWARDING = (S.RECEIVED.value, S.UNDER_REVIEW.value)
#: Letters whose agency has yet to answer.
AWAITING_SETTLEMENT = (S.FORWARDED.value, S.MONITORING.value, S.CLARIFICATION.value)


def cutoff(calendar: WorkCalendar | WorkdayIndex, days: int, today: date) -> date:
    """The earliest start date whose deadline of ``days`` working days is not yet past on ``today``:
    a letter started before it is overdue."""
    index = calendar if isinstance(calendar, WorkdayIndex) else WorkdayIndex(calendar)
    day = today
    while index.add(day - timedelta(days=1), days) >= today:
        day -= timedelta(days=1)
    return day


def _cutoffs(session: Session, today: date) -> dict[str, date]:
    calendar, conf = WorkdayIndex(workdays.load(session)), wf_settings.load(session)
    return {
        "review": cutoff(calendar, conf.review_days, today),
        "forward": cutoff(calendar, conf.forward_days, today),
        "settle": cutoff(calendar, conf.settle_days, today),
    }


def _settle_late(settle: date):
    return exists().where(
        ForwardingLetter.letter_id == IncomingLetter.id, ForwardingLetter.forwarded_on < settle
    )


def overdue_conditions(session: Session, today: date) -> dict[str, object]:
    """Per deadline (``review``, ``forward``, ``settle``), the SQL condition on ``incoming_letters`` of the
    letters past it on ``today`` that still wait for that step: the counters of the dashboard and of
    :func:`~sipdumas.services.deadlines.overdue_counts`."""
    cut = _cutoffs(session, today)
    L = IncomingLetter
    return {
        "review": and_(L.status.in_(AWAITING_REVIEW), L.received_at < cut["review"]),
        "forward": and_(L.status.in_(AWAITING_FORWARDING), L.received_at < cut["forward"]),
        "settle": and_(L.status.in_(AWAITING_SETTLEMENT), _settle_late(cut["settle"])),
    }


def overdue_condition(session: Session, today: date):
    """Letters past any deadline on ``today`` (the union of :func:`overdue_conditions`), as one SQL
    condition on ``incoming_letters``: the register's Terlambat filter
    (:attr:`~sipdumas.services.letters.LetterQuery.overdue`) and the dashboard's counter.

    Written for a walk of ``ix_letters_awaiting`` in the register's date order, which stops once a page
    is full: the index's predicate (:data:`~sipdumas.models.AWAITING_PREDICATE`) is repeated
    word for word so the planner may take the partial index, and the date conditions per status are
    one ``received_at < CASE status ...`` rather than an OR of ``status = ... AND received_at < ...``,
    which SQLite would answer by collecting every overdue letter from ``(status, received_at)`` and
    sorting them all for one page (1.1 s at 200,000 letters, 118,000 of them overdue)."""
    cut = _cutoffs(session, today)
    latest = _latest_cutoffs(cut)
    L = IncomingLetter
    by_date = L.received_at < case(*((L.status == status, literal(day)) for status, day in latest.items()))
    return and_(
        text(AWAITING_PREDICATE),
        or_(by_date, and_(L.status.in_(AWAITING_SETTLEMENT), _settle_late(cut["settle"]))),
    )


def _latest_cutoffs(cut: dict[str, date]) -> dict[str, date]:
    """Per status waiting on review or forwarding, the latest cut-off of the deadlines it waits on."""
    latest: dict[str, date] = {}
    for statuses, day in ((AWAITING_REVIEW, cut["review"]), (AWAITING_FORWARDING, cut["forward"])):
        for status in statuses:
            latest[status] = max(latest.get(status, day), day)
    return latest


def overdue_branches(session: Session, today: date) -> list:
    """:func:`overdue_condition` cut into conditions of which no letter meets two (each is of other
    statuses), for counting: the overdue letters are as many as the sum of the branches' counts.

    Each branch is a range of ``ix_letters_status_received`` (status, then date received), which the
    database counts from the index alone, where the one condition makes it test every letter still
    waiting on a deadline (at a million letters: 43 ms instead of 92 ms on SQLite)."""
    cut = _cutoffs(session, today)
    L = IncomingLetter
    return [and_(L.status == status, L.received_at < day) for status, day in _latest_cutoffs(cut).items()] + [
        and_(L.status.in_(AWAITING_SETTLEMENT), _settle_late(cut["settle"]))
    ]


def count_overdue(session: Session, today: date, narrowed: Callable[[Select], Select] | None = None) -> int:
    """How many letters are past any deadline on ``today`` (those of :func:`overdue_condition`), counted
    branch by branch (:func:`overdue_branches`); ``narrowed`` adds the caller's other conditions to
    each branch's count (the register's other filters, an assignee)."""
    parts = []
    for branch in overdue_branches(session, today):
        stmt = select(func.count()).select_from(IncomingLetter).where(branch)
        parts.append((narrowed(stmt) if narrowed else stmt).scalar_subquery())
    return session.execute(select(functools.reduce(operator.add, parts))).scalar_one()


# ---------------------------------------------------------------- the register's order by due date

#: A Monday long before any letter: day numbers count from it, so weekdays are plain arithmetic.
_EPOCH = date(1900, 1, 1)


def _day_number(session: Session, day):
    """Days from :data:`_EPOCH` to the date expression ``day``, as an SQL integer."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(day) - literal_column(f"julianday('{_EPOCH.isoformat()}')"), Integer)
    return type_coerce(day - literal_column(f"DATE '{_EPOCH.isoformat()}'"), Integer)


def _weekdays_until(number):
    """Mondays to Fridays from the epoch up to and including day ``number`` (SQL arithmetic)."""
    days = number + 1
    rest = days % 7
    return (days // 7) * 5 + case((rest > 5, _int(5)), else_=rest)


def _steps(points: list[tuple[int, int]], number, below: int):
    """The value of the step function ``points`` (day number -> value from that day on; ``below``
    before the first) at ``number``, as a CASE tree that compares ``number`` about log2(len) times."""
    if not points:
        return _int(below)
    if len(points) == 1:
        day, value = points[0]
        return case((number < _int(day), _int(below)), else_=_int(value))
    middle = len(points) // 2
    day, _value = points[middle]
    before = points[middle - 1][1]
    return case(
        (number < _int(day), _steps(points[:middle], number, below)),
        else_=_steps(points[middle:], number, before),
    )


def _int(value: int):
    # written into the statement: a tree of a few hundred bound parameters would only slow compiling
    return literal_column(str(int(value)), Integer)


def _working_day_ordinal(session: Session, calendar: WorkCalendar, first: date, last: date, day):
    """An SQL integer that grows by one with every working day up to ``day`` (its count of working days
    since some fixed day), exact for dates from ``first`` to ``last``: the weekdays by arithmetic, less
    the holidays and days off that fall on weekdays, plus the exceptional working weekend days, counted
    by a CASE tree over the calendar's dates in that span."""
    number = _day_number(session, day)
    points, correction, current = [], 0, first
    while current <= last:
        weekday = current.weekday() < 5
        working = calendar.is_working_day(current)
        if weekday != working:
            correction += 1 if weekday else -1
            points.append(((current - _EPOCH).days, correction))
        current += timedelta(days=1)
    return _weekdays_until(number) - _steps(points, number, 0)


def due_order(session: Session):
    """An SQL expression on ``incoming_letters`` that orders letters as the due dates of the steps they
    wait on (:attr:`~sipdumas.services.deadlines.LetterDeadlines.due`, the register's Tenggat column):
    NULL for a letter waiting on none (answered, filed, closed, or forwarded without a forwarding letter).

    A due date is "``n`` working days after the step's start" (received for review and forwarding, the
    first forwarding letter for settlement), i.e. the working day whose running number is the start's
    plus ``n``; that number is the value here, so the database orders by it and pages through it with
    no due date stored. Equal values are the same due date."""
    calendar, conf = workdays.load(session), wf_settings.load(session)
    L, F = IncomingLetter, ForwardingLetter
    first_forwarding = (
        select(func.min(F.forwarded_on)).where(F.letter_id == L.id).correlate(L).scalar_subquery()
    )
    spans = [
        session.execute(select(func.min(L.received_at), func.max(L.received_at))).one(),
        session.execute(select(func.min(F.forwarded_on), func.max(F.forwarded_on))).one(),
    ]
    days = [d for span in spans for d in span if d is not None]
    if not days:
        return null()
    first, last = min(days), max(days)

    def ordinal(day):
        return _working_day_ordinal(session, calendar, first, last, day)

    received = ordinal(L.received_at)
    return case(
        (L.status.in_(AWAITING_REVIEW), received + conf.review_days),
        (L.status.in_(AWAITING_FORWARDING), received + conf.forward_days),
        (L.status.in_(AWAITING_SETTLEMENT), ordinal(first_forwarding) + conf.settle_days),
        else_=null(),
    )
