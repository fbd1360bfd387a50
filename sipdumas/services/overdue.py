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

from datetime import date, timedelta

from sqlalchemy import and_, case, exists, literal, or_, text
from sqlalchemy.orm import Session

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
    latest: dict[str, date] = {}  # per status, the latest cut-off of the deadlines it waits on
    for statuses, day in ((AWAITING_REVIEW, cut["review"]), (AWAITING_FORWARDING, cut["forward"])):
        for status in statuses:
            latest[status] = max(latest.get(status, day), day)
    L = IncomingLetter
    by_date = L.received_at < case(*((L.status == status, literal(day)) for status, day in latest.items()))
    return and_(
        text(AWAITING_PREDICATE),
        or_(by_date, and_(L.status.in_(AWAITING_SETTLEMENT), _settle_late(cut["settle"]))),
    )
