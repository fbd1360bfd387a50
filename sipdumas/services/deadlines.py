"""Deadlines in working days (DOMAIN.md): review 1, forwarding 5, settlement by the agency 60 after
forwarding, configurable in the workflow settings; the office's calendar (:mod:`sipdumas.domain.workdays`)
decides what a working day is.

Which letters are overdue on a day is a condition the database answers on an index
(:mod:`sipdumas.services.overdue`); here are the due dates of given letters, the overdue counts and lists,
and the work lists of the analysts. Due dates of many letters at once (a page, a work list) are computed
on a :class:`~sipdumas.domain.workdays.WorkdayIndex`: a bisection per date, not a walk over every day
since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.permissions import ROLE_PERMISSIONS, Actor, Permission, Role
from sipdumas.domain.statuses import LetterStatus
from sipdumas.domain.workdays import WorkdayIndex
from sipdumas.models.admin import User
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.models.letters import IncomingLetter
from sipdumas.models.workflow import Disposition
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.letters import LetterRow, letter_row
from sipdumas.services.overdue import (
    AWAITING_FORWARDING,
    AWAITING_REVIEW,
    AWAITING_SETTLEMENT,
    count_overdue,
    overdue_condition,
    overdue_conditions,
)

S = LetterStatus
#: Letters still being worked on: what the work lists hold.
OPEN = (
    S.RECEIVED.value,
    S.UNDER_REVIEW.value,
    S.FORWARDED.value,
    S.CLARIFICATION.value,
    S.MONITORING.value,
    S.ANSWERED.value,
)


@dataclass(frozen=True, slots=True)
class LetterDeadlines:
    """Due dates of one letter; ``overdue`` names the deadlines passed on ``today`` while the letter still
    waits for that step, ``days_late`` the working days past the earliest of them.

    ``step`` is the deadline the letter's status waits on now ("review" while received, "forward" under
    review, "settle" once forwarded, until the agency answers; None after that, or for a letter marked
    forwarded without a forwarding letter) and ``due`` its date: what the register's Tenggat column shows
    and what "my work" is ordered by."""

    letter_id: int
    review_due: date
    forward_due: date
    settle_due: date | None  # counted from the first forwarding
    overdue: tuple[str, ...]
    days_late: int
    step: str | None = None
    due: date | None = None


@dataclass(frozen=True, slots=True)
class Assignee:
    """Someone letters can be disposed to (an account that may review letters)."""

    username: str
    full_name: str


@dataclass(frozen=True, slots=True)
class WorkItem:
    letter: LetterRow
    deadlines: LetterDeadlines
    instructions: list[str]
    assigned_by: str


@dataclass(frozen=True, slots=True)
class WorkPage:
    """One page of a work list, with the size of the whole list and how many of it are overdue."""

    total: int
    overdue: int
    items: list[WorkItem]


def _deadlines(
    calendar: WorkdayIndex,
    conf: wf_settings.WorkflowSettings,
    letter_id: int,
    status: str,
    received: date,
    forwarded: date | None,
    today: date,
    *,
    days_late: bool = True,
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
    late = calendar.between(min(late_from), today) if late_from and days_late else 0
    step, due = _current_step(status, review_due, forward_due, settle_due)
    return LetterDeadlines(letter_id, review_due, forward_due, settle_due, tuple(overdue), late, step, due)


def _current_step(
    status: str, review_due: date, forward_due: date, settle_due: date | None
) -> tuple[str | None, date | None]:
    if status in AWAITING_REVIEW:
        return "review", review_due
    if status in AWAITING_FORWARDING:
        return "forward", forward_due
    if status in AWAITING_SETTLEMENT and settle_due is not None:
        return "settle", settle_due
    return None, None


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
        calendar, conf = WorkdayIndex(workdays.load(session)), wf_settings.load(session)
        rows = session.execute(
            select(IncomingLetter.id, IncomingLetter.status, IncomingLetter.received_at).where(
                IncomingLetter.id.in_(letter_ids)
            )
        ).all()
        first = _first_forwardings(session, [r[0] for r in rows])
        return {r[0]: _deadlines(calendar, conf, r[0], r[1], r[2], first.get(r[0]), today) for r in rows}


def overdue_counts(
    db: Database, actor: Actor, *, today: date | None = None, assignee: str | None = None
) -> dict:
    """How many letters are past each deadline, and how many in all (a letter late for both review and
    forwarding counts once in ``total``); ``assignee``: only letters disposed to that user."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    with db.session() as session:

        def narrowed(stmt):
            return stmt.where(_assigned_to(assignee)) if assignee is not None else stmt

        out = {}
        for name, where in overdue_conditions(session, today).items():
            stmt = select(func.count()).select_from(IncomingLetter).where(where)
            out[name] = session.execute(narrowed(stmt)).scalar_one()
        out["total"] = count_overdue(session, today, narrowed)
        return out


def overdue_letters(
    db: Database,
    actor: Actor,
    *,
    kind: str = "total",
    today: date | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[LetterRow]:
    """A page of the overdue letters (``kind``: review, forward, settle or total), oldest first."""
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    with db.session() as session:
        if kind == "total":
            where = overdue_condition(session, today)
        else:
            where = overdue_conditions(session, today)[kind]
        stmt = (
            select(IncomingLetter)
            .where(where)
            .order_by(IncomingLetter.received_at, IncomingLetter.id)
            .offset(offset)
            .limit(limit)
        )
        shown = actor.can(Permission.VIEW_IDENTITY)
        return [letter_row(x, show_identity=shown) for x in session.scalars(stmt).unique()]


def _assigned_to(username: str):
    return exists().where(
        Disposition.letter_id == IncomingLetter.id,
        Disposition.assignee == username,
        Disposition.active.is_(True),
    )


def _work_list(who: str, *columns):
    """``columns`` of the open letters disposed to ``who``, reached from their dispositions
    (``ix_dispositions_assignee``): an analyst's few hundred letters, not a walk over every open letter
    of the office."""
    L = IncomingLetter
    return (
        select(*columns)
        .select_from(L)
        .join(Disposition, Disposition.letter_id == L.id)
        .where(Disposition.assignee == who, Disposition.active.is_(True), L.status.in_(OPEN))
    )


def work_page(
    db: Database,
    actor: Actor,
    *,
    today: date | None = None,
    offset: int = 0,
    limit: int = 50,
    assignee: str | None = None,
) -> WorkPage:
    """A page of the open letters disposed to ``actor`` (or to ``assignee``, for a supervisor), most
    urgent first: by the due date of the step each letter waits on (:attr:`LetterDeadlines.due`; the
    answered letters, which wait on no deadline, last), then oldest first; with the size of the whole
    list and how many of it are overdue. Each item carries its deadlines and instructions.

    A due date is worked out from the calendar, so the order is not an SQL ``ORDER BY``: the list's
    keys (id, status, dates: one query, a few bytes per letter) are ordered here on a
    :class:`~sipdumas.domain.workdays.WorkdayIndex`, then only the page's letters are read: some 20 ms for an
    analyst's hundred letters, under 100 ms for 6,000 (a five-year backlog; bench/bench_deadlines.py)."""
    actor.require(Permission.VIEW_REGISTER)
    who = assignee or actor.username
    if who != actor.username:
        actor.require(Permission.DISPOSE_LETTER)
    today = today or date.today()
    L = IncomingLetter
    with db.session() as session:
        calendar, conf = WorkdayIndex(workdays.load(session)), wf_settings.load(session)
        keys = session.execute(_work_list(who, L.id, L.status, L.received_at)).all()
        # One grouped query over the same dispositions: a correlated min(forwarded_on) per letter was
        # planned by PostgreSQL as a walk of the whole forwarded_on index per letter (3.7 s for 6,000).
        F = ForwardingLetter
        forwarded_on = dict(
            session.execute(
                _work_list(who, F.letter_id, func.min(F.forwarded_on))
                .join(F, F.letter_id == L.id)
                .where(L.status.in_(AWAITING_SETTLEMENT))
                .group_by(F.letter_id)
            ).all()
        )
        known: dict[tuple, tuple[date | None, bool]] = {}  # letters of one day and status share them
        ranked = []
        for letter_id, status, received in keys:
            forwarded = forwarded_on.get(letter_id)
            if (status, received, forwarded) not in known:
                d = _deadlines(calendar, conf, letter_id, status, received, forwarded, today, days_late=False)
                known[status, received, forwarded] = d.due, bool(d.overdue)
            due, late = known[status, received, forwarded]
            ranked.append(((due is None, due or date.max, received, letter_id), late))
        ranked.sort()
        page = [key[3] for key, _late in ranked[offset : offset + limit]]
        overdue = sum(late for _key, late in ranked)
        if not page:
            return WorkPage(len(ranked), overdue, [])
        pairs = {
            x.id: (x, d)
            for x, d in session.execute(
                select(L, Disposition)
                .join(Disposition, and_(Disposition.letter_id == L.id, Disposition.active.is_(True)))
                .where(L.id.in_(page), Disposition.assignee == who)
            )
            .unique()
            .all()
        }
        first = _first_forwardings(session, page)
        items = [
            WorkItem(
                letter_row(x, show_identity=actor.can(Permission.VIEW_IDENTITY)),
                _deadlines(calendar, conf, x.id, x.status, x.received_at, first.get(x.id), today),
                list(d.instructions or []),
                d.assigned_by,
            )
            for x, d in (pairs[i] for i in page if i in pairs)  # one disposed elsewhere meanwhile is left out
        ]
        return WorkPage(len(ranked), overdue, items)


def my_work(
    db: Database,
    actor: Actor,
    *,
    today: date | None = None,
    offset: int = 0,
    limit: int = 50,
    assignee: str | None = None,
) -> list[WorkItem]:
    """The items of :func:`work_page`: the open letters disposed to ``actor`` (or ``assignee``), most
    urgent first."""
    return work_page(db, actor, today=today, offset=offset, limit=limit, assignee=assignee).items


def count_my_work(db: Database, actor: Actor, *, assignee: str | None = None) -> int:
    actor.require(Permission.VIEW_REGISTER)
    who = assignee or actor.username
    if who != actor.username:
        actor.require(Permission.DISPOSE_LETTER)
    with db.session() as session:
        return session.execute(_work_list(who, func.count())).scalar_one()


def work_assignees(db: Database, actor: Actor) -> list[Assignee]:
    """Whose work list a supervisor can look at: the active accounts that may review letters (the ones
    :func:`sipdumas.services.workflow.dispose` accepts), by name; on a database without accounts, the
    usernames letters were disposed to."""
    actor.require(Permission.DISPOSE_LETTER)
    with db.session() as session:
        users = session.scalars(select(User).where(User.active.is_(True))).all()
        if users:
            out = [
                Assignee(u.username, u.full_name or u.username)
                for u in users
                if Permission.REVIEW_LETTER in ROLE_PERMISSIONS[Role(u.role)]
            ]
        elif session.scalar(select(User.id).limit(1)) is None:
            names = session.scalars(
                select(Disposition.assignee).where(Disposition.active.is_(True)).distinct()
            )
            out = [Assignee(name, name) for name in names]
        else:
            out = []
        return sorted(out, key=lambda a: (a.full_name.casefold(), a.username))
