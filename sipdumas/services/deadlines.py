"""Deadlines in working days (DOMAIN.md): review 1, forwarding 5, settlement by the agency 60 after
forwarding, configurable in the workflow settings; the office's calendar (:mod:`sipdumas.workdays`)
decides what a working day is.

No due date is stored: a due date is ``calendar.add(start, days)``, which only grows with ``start``, so
"overdue on ``today``" is the same as "``start`` earlier than a cut-off date" worked out once per query
(:func:`cutoff`). The database then answers counts and lists with a range condition on an index
(``status, received_at`` on letters; ``forwarded_on`` on forwarding letters), as fast with a million
letters as with a hundred, and a change of the settings or the calendar applies at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from sipdumas import workdays
from sipdumas.db import Database
from sipdumas.models import IncomingLetter, LetterStatus
from sipdumas.permissions import Actor, Permission
from sipdumas.services import workflow_settings as wf_settings
from sipdumas.services.letters import LetterRow, _row
from sipdumas.workdays import WorkCalendar
from sipdumas.workflow_models import Disposition, ForwardingLetter

S = LetterStatus
#: Letters waiting for their review to be finished / for a decision and forwarding.
AWAITING_REVIEW = (S.RECEIVED.value,)
AWAITING_FORWARDING = (S.RECEIVED.value, S.UNDER_REVIEW.value)
#: Letters whose agency has yet to answer.
AWAITING_SETTLEMENT = (S.FORWARDED.value, S.MONITORING.value, S.CLARIFICATION.value)
OPEN = (S.RECEIVED.value, S.UNDER_REVIEW.value, S.FORWARDED.value, S.CLARIFICATION.value, S.MONITORING.value,
        S.ANSWERED.value)


@dataclass(frozen=True, slots=True)
class LetterDeadlines:
    """Due dates of one letter; ``overdue`` names the deadlines passed on ``today`` while the letter still
    waits for that step, ``days_late`` the working days past the earliest of them."""

    letter_id: int
    review_due: date
    forward_due: date
    settle_due: date | None  # counted from the first forwarding
    overdue: tuple[str, ...]
    days_late: int


@dataclass(frozen=True, slots=True)
class WorkItem:
    letter: LetterRow
    deadlines: LetterDeadlines
    instructions: list[str]
    assigned_by: str


def cutoff(calendar: WorkCalendar, days: int, today: date) -> date:
    """The earliest start date whose deadline of ``days`` working days is not yet past on ``today``:
    a letter started before it is overdue."""
    day = today
    while calendar.add(day - timedelta(days=1), days) >= today:
        day -= timedelta(days=1)
    return day


def _deadlines(
    calendar: WorkCalendar, conf: wf_settings.WorkflowSettings, letter_id: int, status: str, received: date,
    forwarded: date | None, today: date,
) -> LetterDeadlines:
    review_due = calendar.add(received, conf.review_days)
    forward_due = calendar.add(received, conf.forward_days)
    settle_due = calendar.add(forwarded, conf.settle_days) if forwarded else None
    overdue, late_from = [], []
    if status in AWAITING_REVIEW and today > review_due:
        overdue.append("review")
        late_from.append(review_due)
    if status in AWAITING_FORWARDING and today > forward_due:
        overdue.append("forward")
        late_from.append(forward_due)
    if status in AWAITING_SETTLEMENT and settle_due and today > settle_due:
        overdue.append("settle")
        late_from.append(settle_due)
    late = calendar.between(min(late_from), today) if late_from else 0
    return LetterDeadlines(letter_id, review_due, forward_due, settle_due, tuple(overdue), late)


def _first_forwardings(session: Session, ids: list[int]) -> dict[int, date]:
    if not ids:
        return {}
    stmt = (
        select(ForwardingLetter.letter_id, func.min(ForwardingLetter.forwarded_on))
        .where(ForwardingLetter.letter_id.in_(ids))
        .group_by(ForwardingLetter.letter_id)
    )
    return dict(session.execute(stmt).all())


def letter_deadlines(
    db: Database, actor: Actor, *, letter_ids: list[int], today: date | None = None
) -> dict[int, LetterDeadlines]:
    """Due dates and overdue flags of the letters on screen (one page: a handful of queries)."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    with db.session() as session:
        calendar, conf = workdays.load(session), wf_settings.load(session)
        rows = session.execute(
            select(IncomingLetter.id, IncomingLetter.status, IncomingLetter.received_at).where(
                IncomingLetter.id.in_(letter_ids)
            )
        ).all()
        first = _first_forwardings(session, [r[0] for r in rows])
        return {r[0]: _deadlines(calendar, conf, r[0], r[1], r[2], first.get(r[0]), today) for r in rows}


def _overdue_conditions(session: Session, today: date) -> dict[str, object]:
    calendar, conf = workdays.load(session), wf_settings.load(session)
    review = cutoff(calendar, conf.review_days, today)
    forward = cutoff(calendar, conf.forward_days, today)
    settle = cutoff(calendar, conf.settle_days, today)
    L = IncomingLetter
    first_forwarding_late = exists().where(
        ForwardingLetter.letter_id == L.id, ForwardingLetter.forwarded_on < settle
    )
    return {
        "review": and_(L.status.in_(AWAITING_REVIEW), L.received_at < review),
        "forward": and_(L.status.in_(AWAITING_FORWARDING), L.received_at < forward),
        "settle": and_(L.status.in_(AWAITING_SETTLEMENT), first_forwarding_late),
    }


def overdue_counts(db: Database, actor: Actor, *, today: date | None = None, assignee: str | None = None) -> dict:
    """How many letters are past each deadline, and how many in all (a letter late for both review and
    forwarding counts once in ``total``); ``assignee``: only letters disposed to that user."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    with db.session() as session:
        cond = _overdue_conditions(session, today)
        out = {}
        for name, where in [*cond.items(), ("total", or_(*cond.values()))]:
            stmt = select(func.count()).select_from(IncomingLetter).where(where)
            if assignee is not None:
                stmt = stmt.where(_assigned_to(assignee))
            out[name] = session.execute(stmt).scalar_one()
        return out


def overdue_letters(
    db: Database, actor: Actor, *, kind: str = "total", today: date | None = None, offset: int = 0, limit: int = 100
) -> list[LetterRow]:
    """A page of the overdue letters (``kind``: review, forward, settle or total), oldest first."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    with db.session() as session:
        cond = _overdue_conditions(session, today)
        where = or_(*cond.values()) if kind == "total" else cond[kind]
        stmt = (
            select(IncomingLetter).where(where)
            .order_by(IncomingLetter.received_at, IncomingLetter.id).offset(offset).limit(limit)
        )
        return [_row(x) for x in session.scalars(stmt).unique()]


def _assigned_to(username: str):
    return exists().where(
        Disposition.letter_id == IncomingLetter.id, Disposition.assignee == username, Disposition.active.is_(True)
    )


def my_work(
    db: Database, actor: Actor, *, today: date | None = None, offset: int = 0, limit: int = 50,
    assignee: str | None = None,
) -> list[WorkItem]:
    """The open letters disposed to ``actor`` (or to ``assignee``, for a supervisor), oldest first, which
    is also the order of their due dates; one page, each with its deadlines and instructions."""
    actor.require(Permission.VIEW_REGISTER)
    who = assignee or actor.username
    if who != actor.username:
        actor.require(Permission.DISPOSE_LETTER)
    today = today or date.today()
    with db.session() as session:
        stmt = (
            select(IncomingLetter, Disposition)
            .join(Disposition, and_(Disposition.letter_id == IncomingLetter.id, Disposition.active.is_(True)))
            .where(Disposition.assignee == who, IncomingLetter.status.in_(OPEN))
            .order_by(IncomingLetter.received_at, IncomingLetter.id)
            .offset(offset)
            .limit(limit)
        )
        pairs = session.execute(stmt).unique().all()
        calendar, conf = workdays.load(session), wf_settings.load(session)
        first = _first_forwardings(session, [x.id for x, _ in pairs])
        return [
            WorkItem(
                _row(x), _deadlines(calendar, conf, x.id, x.status, x.received_at, first.get(x.id), today),
                list(d.instructions or []), d.assigned_by,
            )
            for x, d in pairs
        ]


def count_my_work(db: Database, actor: Actor, *, assignee: str | None = None) -> int:
    actor.require(Permission.VIEW_REGISTER)
    who = assignee or actor.username
    with db.session() as session:
        stmt = (
            select(func.count()).select_from(IncomingLetter)
            .where(IncomingLetter.status.in_(OPEN), _assigned_to(who))
        )
        return session.execute(stmt).scalar_one()
