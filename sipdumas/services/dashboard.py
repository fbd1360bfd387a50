"""The dashboard's numbers in one call: counters and chart series, each an SQL aggregate.

Counters: letters received today, awaiting review, overdue (any deadline, see
:mod:`sipdumas.services.deadlines`), forwarded this month (letters with a forwarding letter dated this
month), files on loan and overdue loans. Series: letters per month (12 months), by category and by
province (this year). Each counter and bar carries the :class:`~sipdumas.services.letters.LetterQuery`
that lists its letters, so the client opens the filtered register on a click without knowing SQL.

Loans come from the archive tables (:mod:`sipdumas.models`); :data:`LOAN_COUNTERS` is the hook
that computes them, and a database without those tables gives None for both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain.indonesian import MONTHS
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.models.letters import Complainant, IncomingLetter
from sipdumas.services.letters import LetterQuery
from sipdumas.services.overdue import AWAITING_REVIEW, overdue_conditions

TOP = 10


@dataclass(frozen=True, slots=True)
class Counter:
    key: str
    label: str
    value: int | None  # None: not available on this database (e.g. no archive tables)
    query: LetterQuery | None = None  # the register filter that lists these letters, if any
    view: str | None = None  # else the client's view that lists them ("loan_desk", "overdue")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    query: LetterQuery | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    counters: list[Counter] = field(default_factory=list)
    per_month: list[Bar] = field(default_factory=list)
    by_category: list[Bar] = field(default_factory=list)
    by_province: list[Bar] = field(default_factory=list)

    def counter(self, key: str) -> Counter:
        return next(c for c in self.counters if c.key == key)

    def to_json(self) -> dict:
        def bars(items):
            return [{"label": b.label, "value": b.value} for b in items]

        return {
            "today": self.today.isoformat(),
            "counters": {c.key: c.value for c in self.counters},
            "per_month": bars(self.per_month),
            "by_category": bars(self.by_category),
            "by_province": bars(self.by_province),
        }


def _loan_counts(session: Session, today: date) -> tuple[int | None, int | None]:
    try:
        from sipdumas.models.archive import Loan
    except ImportError:  # the archive module is not installed
        return None, None
    open_loan = Loan.returned_at.is_(None)
    on_loan = session.execute(select(func.count()).select_from(Loan).where(open_loan)).scalar_one()
    overdue = session.execute(
        select(func.count()).select_from(Loan).where(open_loan, Loan.due_on < today)
    ).scalar_one()
    return on_loan, overdue


#: How the loan counters are computed: (files on loan, overdue loans), or Nones. Replaceable for
#: databases or deployments without the archive.
LOAN_COUNTERS: Callable[[Session, date], tuple[int | None, int | None]] = _loan_counts


def dashboard(db: Database, actor: Actor, *, today: date | None = None) -> Dashboard:
    actor.require(Permission.VIEW_REGISTER)
    today = today or date.today()
    L = IncomingLetter
    month_start = today.replace(day=1)
    with db.session() as session:

        def count(*where) -> int:
            return session.execute(select(func.count()).select_from(L).where(*where)).scalar_one()

        overdue = overdue_conditions(session, today)
        forwarded = session.execute(
            select(func.count(func.distinct(ForwardingLetter.letter_id))).where(
                ForwardingLetter.forwarded_on >= month_start, ForwardingLetter.forwarded_on <= today
            )
        ).scalar_one()
        on_loan, loans_overdue = LOAN_COUNTERS(session, today) if db.has_table("loans") else (None, None)
        counters = [
            Counter(
                "new_today",
                "Surat masuk hari ini",
                count(L.received_at == today),
                LetterQuery(received_from=today, received_to=today),
            ),
            Counter(
                "awaiting_review",
                "Menunggu telaah",
                count(L.status.in_(AWAITING_REVIEW)),
                LetterQuery(status=LetterStatus.RECEIVED.value),
            ),
            Counter("overdue", "Lewat batas waktu", count(or_(*overdue.values())), LetterQuery(overdue=True)),
            Counter(
                "forwarded_this_month",
                "Diteruskan bulan ini",
                forwarded,
                LetterQuery(forwarded_from=month_start, forwarded_to=today),
            ),
            Counter("files_on_loan", "Berkas dipinjam", on_loan, view="loan_desk"),
            Counter("overdue_loans", "Peminjaman terlambat", loans_overdue, view="overdue"),
        ]
        return Dashboard(
            today=today,
            counters=counters,
            per_month=_per_month(session, today),
            by_category=_by_category(session, today),
            by_province=_by_province(session, today),
        )


def _months_back(today: date, n: int) -> date:
    year, month = today.year, today.month - (n - 1)
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def _per_month(session: Session, today: date) -> list[Bar]:
    first = _months_back(today, 12)
    # grouped on the indexed date, one row per day at most: portable and cheap to fold into months
    rows = session.execute(
        select(IncomingLetter.received_at, func.count())
        .where(IncomingLetter.received_at >= first, IncomingLetter.received_at <= today)
        .group_by(IncomingLetter.received_at)
    ).all()
    months: dict[tuple[int, int], int] = {}
    for day, n in rows:
        months[(day.year, day.month)] = months.get((day.year, day.month), 0) + n
    out, day = [], first
    while day <= today:
        end = (day + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        out.append(
            Bar(
                f"{MONTHS[day.month - 1][:3]} {day.year}",
                months.get((day.year, day.month), 0),
                LetterQuery(received_from=day, received_to=min(end, today)),
            )
        )
        day = end + timedelta(days=1)
    return out


def _by_category(session: Session, today: date) -> list[Bar]:
    start = date(today.year, 1, 1)
    n = func.count().label("n")
    rows = session.execute(
        select(IncomingLetter.category, n)
        .where(IncomingLetter.received_at >= start, IncomingLetter.received_at <= today)
        .group_by(IncomingLetter.category)
        .order_by(n.desc(), IncomingLetter.category)
        .limit(TOP)
    ).all()
    return [
        Bar(
            c or "Tanpa kategori",
            k,
            LetterQuery(category=c, received_from=start, received_to=today) if c else None,
        )
        for c, k in rows
    ]


def _by_province(session: Session, today: date) -> list[Bar]:
    start = date(today.year, 1, 1)
    n = func.count().label("n")
    rows = session.execute(
        select(Complainant.province, n)
        .select_from(IncomingLetter)
        .outerjoin(Complainant, IncomingLetter.complainant_id == Complainant.id)
        .where(IncomingLetter.received_at >= start, IncomingLetter.received_at <= today)
        .group_by(Complainant.province)
        .order_by(n.desc(), Complainant.province)
        .limit(TOP)
    ).all()
    return [
        Bar(
            p or "Tidak diketahui",
            k,
            LetterQuery(province=p, received_from=start, received_to=today) if p else None,
        )
        for p, k in rows
    ]
