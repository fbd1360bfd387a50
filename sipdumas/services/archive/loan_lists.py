"""Loans as lists: the overdue list, the loan register (every loan, oldest first, streamed) and the
loans of one file; and :func:`loan_views`, the one query that reads loans as :class:`LoanView` for
these, the desk and the printed slip.

Every list reads plain columns, not ORM entities: the overdue list and the register read tens of
thousands of rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile, ArchiveLocation, Loan, describe_place
from sipdumas.services.archive.files import find_file


@dataclass(frozen=True, slots=True)
class LoanView:
    """A loan as the desk, the slip, the register and ``loan ... --json`` show it."""

    loan_id: int
    code: str
    title: str | None
    location: str | None
    confidential: bool
    borrower: str
    unit: str
    phone: str | None
    category: str | None
    purpose: str | None
    issued_by: str
    lent_at: datetime
    due_on: date
    renewals: int
    returned_at: datetime | None
    received_by: str | None
    condition: str | None
    reminder_level: int

    def to_json(self) -> dict[str, Any]:
        return {
            "loan_id": self.loan_id,
            "code": self.code,
            "title": self.title,
            "location": self.location,
            "confidential": self.confidential,
            "borrower": self.borrower,
            "unit": self.unit,
            "phone": self.phone,
            "borrower_category": self.category,
            "purpose": self.purpose,
            "issued_by": self.issued_by,
            "lent_at": iso_time(self.lent_at),
            "due_at": self.due_on.isoformat(),
            "renewals": self.renewals,
            "returned_at": iso_time(self.returned_at),
            "received_by": self.received_by,
            "condition": self.condition,
            "reminder_level": self.reminder_level,
        }


@dataclass(frozen=True, slots=True)
class OverdueLoan:
    """``days_overdue`` counts working days after the due date up to ``as_of`` (weekends, holidays and
    cuti bersama not counted); ``calendar_days_overdue`` counts every day."""

    loan: LoanView
    as_of: date
    days_overdue: int
    calendar_days_overdue: int

    def to_json(self) -> dict[str, Any]:
        return {
            **self.loan.to_json(),
            "as_of": self.as_of.isoformat(),
            "days_overdue": self.days_overdue,
            "days_overdue_basis": "working_days",
            "calendar_days_overdue": self.calendar_days_overdue,
        }


def iso_time(value: datetime | None) -> str | None:
    """ISO 8601 with the offset; a time read back naive (SQLite) is the workstation's local time."""
    if value is None:
        return None
    return value.astimezone().isoformat(timespec="seconds")


_VIEW_COLUMNS = (
    Loan.id,
    ArchiveFile.archive_code,
    ArchiveFile.title,
    ArchiveFile.confidential,
    ArchiveFile.location,
    ArchiveLocation.id,
    ArchiveLocation.code,
    ArchiveLocation.building,
    ArchiveLocation.room,
    ArchiveLocation.shelf,
    ArchiveLocation.box,
    ArchiveLocation.folder,
    Loan.borrower_name,
    Loan.borrower_unit,
    Loan.borrower_phone,
    Loan.borrower_category,
    Loan.purpose,
    Loan.issued_by,
    Loan.lent_at,
    Loan.due_on,
    Loan.renewals,
    Loan.returned_at,
    Loan.received_by,
    Loan.condition,
    Loan.reminder_level,
)


def loan_views(
    session: Session, *where: ColumnElement[bool], order_by: tuple = (Loan.id,), limit: int | None = None
) -> Iterator[LoanView]:
    """The loans meeting ``where`` (conditions on :class:`Loan` and :class:`ArchiveFile`), in
    ``order_by``, at most ``limit``, each with its file's code, title and place."""
    stmt = (
        select(*_VIEW_COLUMNS)
        .select_from(Loan)
        .join(ArchiveFile, ArchiveFile.id == Loan.archive_file_id)
        .outerjoin(ArchiveLocation, ArchiveLocation.id == ArchiveFile.location_id)
        .where(*where)
        .order_by(*order_by)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    for r in session.execute(stmt):
        location = describe_place(*r[6:12]) if r[5] is not None else r[4]
        yield LoanView(
            loan_id=r[0],
            code=r[1],
            title=r[2],
            location=location,
            confidential=bool(r[3]),
            borrower=r[12],
            unit=r[13],
            phone=r[14],
            category=r[15],
            purpose=r[16],
            issued_by=r[17],
            lent_at=r[18],
            due_on=r[19],
            renewals=r[20],
            returned_at=r[21],
            received_by=r[22],
            condition=r[23],
            reminder_level=r[24],
        )


def open_loan_view(session: Session, archive_file_id: int) -> LoanView | None:
    """The file's loan while it is out, else None."""
    views = loan_views(session, Loan.archive_file_id == archive_file_id, Loan.returned_at.is_(None))
    return next(views, None)


class _WorkingDayCounter:
    """Working days between many due dates and one day, from one running count over the span (the
    overdue list at 100,000 loans must not walk the calendar once per loan)."""

    def __init__(self, calendar: workdays.WorkCalendar, first: date, last: date):
        self.first = first
        self.cumulative: list[int] = []
        count, day = 0, first
        while day <= last:
            count += calendar.is_working_day(day)
            self.cumulative.append(count)
            day += timedelta(days=1)

    def after_until(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (``start`` < ``end``)."""
        return self.cumulative[(end - self.first).days] - self.cumulative[(start - self.first).days]


def overdue_loans(db: Database, actor: Actor, *, as_of: date | None = None) -> list[OverdueLoan]:
    """Open loans whose due date has passed by ``as_of`` (default today), longest overdue first."""
    actor.require(Permission.VIEW_REGISTER)
    as_of = as_of or date.today()
    with db.session() as session:
        calendar = workdays.load(session)
        views = list(
            loan_views(
                session, Loan.returned_at.is_(None), Loan.due_on < as_of, order_by=(Loan.due_on, Loan.id)
            )
        )
    if not views:
        return []
    counter = _WorkingDayCounter(calendar, views[0].due_on, as_of)
    return [
        OverdueLoan(
            loan=v,
            as_of=as_of,
            days_overdue=counter.after_until(v.due_on, as_of),
            calendar_days_overdue=(as_of - v.due_on).days,
        )
        for v in views
    ]


def iter_loans(
    db: Database,
    actor: Actor,
    *,
    lent_from: date | None = None,
    lent_to: date | None = None,
    batch: int = 5000,
) -> Iterator[LoanView]:
    """The loan register, oldest first, optionally for loans made between two dates (inclusive);
    streamed in batches so a register of 100,000 loans never sits in memory at once."""
    actor.require(Permission.VIEW_REGISTER)
    last_id = 0
    lo = datetime.combine(lent_from, datetime.min.time()).astimezone() if lent_from else None
    hi = datetime.combine(lent_to + timedelta(days=1), datetime.min.time()).astimezone() if lent_to else None
    span = []
    if lo is not None:
        span.append(Loan.lent_at >= lo)
    if hi is not None:
        span.append(Loan.lent_at < hi)
    while True:
        with db.session() as session:
            rows = list(loan_views(session, Loan.id > last_id, *span, limit=batch))
        yield from rows
        if len(rows) < batch:
            return
        last_id = rows[-1].loan_id


def loans_of_file(db: Database, actor: Actor, *, code: str) -> list[LoanView]:
    """Every loan of one file, oldest first (the back of the file's card)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        archive_file = find_file(session, code)
        return list(loan_views(session, Loan.archive_file_id == archive_file.id))


def current_loan(db: Database, actor: Actor, *, code: str) -> LoanView | None:
    """The file's loan while it is out, else None."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return open_loan_view(session, find_file(session, code).id)
