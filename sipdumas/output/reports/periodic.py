"""Periodic evaluation (evaluasi berkala): what came in during a month, a quarter or a year, what became
of it and how fast.

Every number is counted by the database (``GROUP BY``), never by reading letters into Python, so a yearly
report over 100,000 letters is a dozen aggregate queries. The letters counted are those *received* in the
period (``received_at``, the register's own date), so each table adds up to what the buku agenda of the
same period lists.

Definitions (also in docs/reports.md):

- *forwarded*: the letter has a forwarding letter (surat penerusan), or its status is forwarded or
  answered (imported registers carry the status but no forwarding letters);
- *filed*: status ``filed`` (diarsipkan tanpa tindak lanjut);
- *duplicate*: flagged as repeating an earlier letter and not rejected by the analyst;
- *carbon copy*: the office was only in the tembusan; *identity incomplete*: no name or no way to reach
  the sender (anonymous letters included);
- *timeliness*: review is done when the letter first leaves ``received`` (the status history); forwarding
  when its first forwarding letter is dated. Each is on time when done within the working days the
  workflow settings allow (1 and 5 by default) on the office calendar. Letters still waiting past the
  deadline on the report date count as late; still waiting within it, as pending; letters that moved on
  without a recorded step (imported) as unrecorded. Only pairs (date received, date done) come back from
  the database, a few hundred per year, and the calendar is applied to those.

Regions are counted by their Kemendagri codes, not by how a name was typed: "Kota Medan", "KOTA MEDAN"
and "Medan" (in Sumatera Utara) are one row, named as the code table names it (:func:`region_codes`);
a name no code matches keeps a row of its own. Subjects are shown in their own case, and with every
identity value redacted (:mod:`sipdumas.domain.redaction`): a report leaves the office.

The report also carries what its narrative says (:func:`narrative`: the period's count, the change
against the previous period of the same length, the top categories) and who signs it (the office's
letterhead and signer from the workflow settings, the user who prepared it).

A new table is a function that returns a :class:`ReportTable`, listed in :func:`build_report`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Date, and_, case, cast, exists, extract, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.indonesian import MONTHS
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.redaction import redactor
from sipdumas.domain.regencies import REGENCIES
from sipdumas.domain.regions import PROVINCES
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.forwarding import Agency, ForwardingLetter
from sipdumas.models.letters import Complainant, IncomingLetter
from sipdumas.models.workflow import StatusChange
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.letters import CHANNEL_LABELS, STATUS_LABELS
from sipdumas.services.overdue import AWAITING_FORWARDING, AWAITING_REVIEW

S = LetterStatus
FORWARDED_STATUSES = (S.FORWARDED.value, S.ANSWERED.value)
UNKNOWN = "Tidak diketahui"
TOP = 10
ROMAN = ("I", "II", "III", "IV")


class PeriodError(ValueError):
    """A period that is not ``YYYY``, ``YYYY-Qn`` or ``YYYY-MM``."""


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar month, quarter or year; ``start`` and ``end`` are inclusive."""

    kind: str  # "month", "quarter", "year"
    year: int
    number: int = 0  # month 1-12 or quarter 1-4

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026`` (a year), ``2026-Q2`` / ``2026-T2`` (a quarter, triwulan) or ``2026-03`` (a month)."""
        t = text.strip().upper()
        if m := re.fullmatch(r"(\d{4})", t):
            return cls("year", int(m[1]))
        if m := re.fullmatch(r"(\d{4})-[QT]([1-4])", t):
            return cls("quarter", int(m[1]), int(m[2]))
        if (m := re.fullmatch(r"(\d{4})-(\d{1,2})", t)) and 1 <= int(m[2]) <= 12:
            return cls("month", int(m[1]), int(m[2]))
        raise PeriodError(f"Periode '{text}' tidak dikenali (contoh: 2026, 2026-Q2, 2026-03)")

    @property
    def start(self) -> date:
        if self.kind == "year":
            return date(self.year, 1, 1)
        if self.kind == "quarter":
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, self.number, 1)

    @property
    def end(self) -> date:
        last_month = {"year": 12, "quarter": 3 * self.number, "month": self.number}[self.kind]
        first_next = date(self.year + 1, 1, 1) if last_month == 12 else date(self.year, last_month + 1, 1)
        return first_next - timedelta(days=1)

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"Tahun {self.year}"
        if self.kind == "quarter":
            return f"Triwulan {ROMAN[self.number - 1]} {self.year}"
        return f"{MONTHS[self.number - 1]} {self.year}"

    @property
    def code(self) -> str:
        return {
            "year": f"{self.year}",
            "quarter": f"{self.year}-Q{self.number}",
            "month": f"{self.year}-{self.number:02d}",
        }[self.kind]

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        if self.kind == "year":
            return Period("year", self.year - 1)
        last = 4 if self.kind == "quarter" else 12
        if self.number == 1:
            return Period(self.kind, self.year - 1, last)
        return Period(self.kind, self.year, self.number - 1)


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report. ``chart``: how to draw it ("bar", "line" or None); the chart takes the
    first column as labels and the column named ``value_column`` as values."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple]
    chart: str | None = "bar"
    value_column: int = 1

    def as_dict(self) -> dict[str, int]:
        """First column -> value column (for tables of label and count)."""
        return {r[0]: r[self.value_column] for r in self.rows}

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "headers": list(self.headers),
            "rows": [[v.isoformat() if isinstance(v, date) else v for v in r] for r in self.rows],
        }


@dataclass(frozen=True, slots=True)
class ReportOffice:
    """Who issues and signs the report: the letterhead, the place, the signer (with the "a.n."/"u.b."
    lines of the workflow settings) and the user who prepared it."""

    lines: tuple[str, ...]
    address: str
    contact: str
    logo: object  # Path | None
    place: str
    signer_lines: tuple[str, ...]
    signer_name: str
    signer_nip: str
    prepared_by: str
    prepared_nip: str = ""
    prepared_position: str = ""

    @property
    def name(self) -> str:
        return self.lines[0] if self.lines else "SIPDUMAS"


@dataclass(frozen=True, slots=True)
class PeriodicReport:
    period: Period
    as_of: date
    total: int
    tables: list[ReportTable] = field(default_factory=list)
    previous_total: int = 0
    office: ReportOffice | None = None

    def table(self, key: str) -> ReportTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def to_json(self) -> dict:
        return {
            "period": self.period.code,
            "label": self.period.label,
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "total": self.total,
            "tables": [t.to_json() for t in self.tables],
        }


# ---------------------------------------------------------------- building


def build_report(db: Database, actor: Actor, *, period: Period, as_of: date | None = None) -> PeriodicReport:
    """The periodic report of ``period``; ``as_of`` (default today) decides which waiting letters are
    already past their deadline."""
    actor.require(Permission.VIEW_REGISTER)
    as_of = as_of or date.today()
    with db.session() as session:
        ctx = _Context(session, period, as_of, db.dialect)
        total = session.execute(
            select(func.count()).select_from(IncomingLetter).where(ctx.in_period)
        ).scalar_one()
        before = period.previous()
        previous_total = session.execute(
            select(func.count())
            .select_from(IncomingLetter)
            .where(IncomingLetter.received_at >= before.start, IncomingLetter.received_at <= before.end)
        ).scalar_one()
        office = _office(session, actor)
        builders: list[Callable[[_Context], ReportTable]] = [
            _summary,
            _by_status,
            _by_channel,
            _by_category,
            _by_province,
            _by_regency,
            _by_reported_agency,
            _timeliness,
            _top_forwarded_agencies,
            _top_topics,
            _trend,
        ]
        tables = [build(ctx) for build in builders]
    return PeriodicReport(
        period=period, as_of=as_of, total=total, tables=tables, previous_total=previous_total, office=office
    )


def _office(session: Session, actor: Actor) -> ReportOffice:
    from sipdumas.output.pdf.common import signature_lines
    from sipdumas.services.admin.users import signatory

    conf = wf_settings.load(session)
    who = signatory(session, actor.username, actor.full_name)
    return ReportOffice(
        lines=tuple(conf.office_lines),
        address=conf.office_address,
        contact=conf.office_contact,
        logo=conf.logo,
        place=conf.place,
        signer_lines=tuple(
            signature_lines(
                position=conf.signer_position,
                on_behalf_of=conf.signer_on_behalf_of,
                through=conf.signer_through,
            )
        ),
        signer_name=conf.signer_name,
        signer_nip=conf.signer_nip,
        prepared_by=who.name or actor.username,
        prepared_nip=who.nip or "",
        prepared_position=who.position or "",
    )


def narrative(report: PeriodicReport) -> list[str]:
    """The report's opening sentences: how many letters came in, how that compares with the previous
    period, the top categories, and what became of them."""
    from sipdumas.domain.indonesian import long_date

    period = report.period
    total, before = report.total, report.previous_total
    out = [
        f"Selama {period.label} ({long_date(period.start)} s.d. {long_date(period.end)}) diterima "
        f"{_number(total)} surat pengaduan."
    ]
    previous = period.previous().label
    if before == 0:
        out.append(f"Pada periode sebelumnya ({previous}) tidak ada surat yang diterima.")
    elif total == before:
        out.append(f"Jumlah ini sama dengan periode sebelumnya ({previous}).")
    else:
        change = f"{abs(total - before) / before * 100:.1f}".replace(".", ",")
        word = "naik" if total > before else "turun"
        out.append(
            f"Jumlah ini {word} {_number(abs(total - before))} surat ({change}%) dibandingkan periode "
            f"sebelumnya ({previous}: {_number(before)} surat)."
        )
    top = [(k, n) for k, n in report.table("kategori").rows if n][:3]
    if top and total:
        named = ", ".join(f"{k} ({_number(n)} surat, {_percent(n, total)})" for k, n in top)
        out.append(f"Kategori terbanyak: {named}.")
    summary = report.table("ringkasan").as_dict()
    if total:
        out.append(
            f"Sebanyak {_number(summary['Diteruskan'])} surat diteruskan kepada instansi berwenang, "
            f"{_number(summary['Diarsipkan'])} diarsipkan tanpa tindak lanjut, "
            f"{_number(summary['Tembusan'])} merupakan tembusan dan "
            f"{_number(summary['Duplikat (pengiriman ulang)'])} pengiriman ulang."
        )
    return out


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%"


class _Context:
    def __init__(self, session: Session, period: Period, as_of: date, dialect: str):
        self.session, self.period, self.as_of, self.dialect = session, period, as_of, dialect
        L = IncomingLetter
        self.in_period = and_(L.received_at >= period.start, L.received_at <= period.end)

    def counts(self, key, *, joins=(), where=(), limit: int | None = None) -> list[tuple]:
        """(key, count) pairs of the period's letters, largest first, ties by key."""
        n = func.count().label("n")
        stmt = select(key.label("k"), n).select_from(IncomingLetter)
        for target, on in joins:
            stmt = stmt.outerjoin(target, on)
        stmt = stmt.where(self.in_period, *where).group_by(key).order_by(n.desc(), key)
        if limit:
            stmt = stmt.limit(limit)
        return [tuple(r) for r in self.session.execute(stmt)]

    def day(self, column):
        """The calendar day of a timestamp column (SQLite stores text; CAST AS DATE there gives the year)."""
        if self.dialect == "sqlite":
            return func.date(column, type_=Date)
        return cast(column, Date)


def _forwarded():
    L = IncomingLetter
    return or_(L.status.in_(FORWARDED_STATUSES), exists().where(ForwardingLetter.letter_id == L.id))


def _duplicate():
    L = IncomingLetter
    return and_(
        L.duplicate_of_id.is_not(None), or_(L.duplicate_review.is_(None), L.duplicate_review != "rejected")
    )


def _summary(ctx: _Context) -> ReportTable:
    L = IncomingLetter

    def n(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    row = ctx.session.execute(
        select(
            func.count(),
            n(_forwarded()),
            n(L.status == S.FILED.value),
            n(_duplicate()),
            n(L.carbon_copy.is_(True)),
            n(L.identity_complete.is_(False)),
        ).where(ctx.in_period)
    ).one()
    labels = (
        "Surat diterima",
        "Diteruskan",
        "Diarsipkan",
        "Duplikat (pengiriman ulang)",
        "Tembusan",
        "Anonim / identitas tidak lengkap",
    )
    return ReportTable(
        "ringkasan",
        "Ringkasan",
        ("Uraian", "Jumlah"),
        [(lbl, int(v)) for lbl, v in zip(labels, row, strict=True)],
    )


def _labelled(rows: list[tuple], labels: dict | None = None) -> list[tuple]:
    return [((labels or {}).get(k, k) if k is not None else UNKNOWN, n) for k, n in rows]


def _by_status(ctx: _Context) -> ReportTable:
    rows = _labelled(ctx.counts(IncomingLetter.status), STATUS_LABELS)
    return ReportTable("status", "Menurut status", ("Status", "Jumlah"), rows)


def _by_channel(ctx: _Context) -> ReportTable:
    rows = _labelled(ctx.counts(IncomingLetter.channel), CHANNEL_LABELS)
    return ReportTable("saluran", "Menurut saluran", ("Saluran", "Jumlah"), rows)


def _by_category(ctx: _Context) -> ReportTable:
    rows = [(k or "Tanpa kategori", n) for k, n in ctx.counts(IncomingLetter.category)]
    return ReportTable("kategori", "Menurut kategori masalah", ("Kategori", "Jumlah"), rows)


_COMPLAINANT = ((Complainant, IncomingLetter.complainant_id == Complainant.id),)


def _normal(name: str) -> str:
    text = " ".join(name.lower().replace(".", ". ").split())
    for short, long in (("kab. ", "kabupaten "), ("kab ", "kabupaten "), ("prov. ", ""), ("provinsi ", "")):
        if text.startswith(short):
            text = long + text[len(short) :]
    return text.replace("daerah istimewa ", "di ").replace("d. i. ", "di ").replace("d.i. ", "di ")


_PROVINCE_CODES = {_normal(v): k for k, v in PROVINCES.items()}
_PROVINCE_CODES.update({"jakarta": "31", "dki": "31", "yogyakarta": "34", "bangka belitung": "19"})
_REGENCY_CODES = {_normal(v): k for k, v in REGENCIES.items()}
_REGENCY_BARE: dict[str, list[str]] = defaultdict(list)  # "medan" -> the codes of Kabupaten/Kota Medan
for _code, _name in REGENCIES.items():
    _REGENCY_BARE[_normal(_name).split(" ", 1)[1]].append(_code)


def region_codes(province: str | None, regency: str | None) -> tuple[str | None, str | None]:
    """The Kemendagri codes (province, regency) that ``province`` and ``regency`` name, as letters
    write them ("Kota Medan", "Medan", "KAB. BANDUNG", "Prov. Jawa Barat"); None where no code matches
    or where a bare name is ambiguous (Kabupaten and Kota Bandung) and the province does not decide."""
    prov = _PROVINCE_CODES.get(_normal(province)) if province else None
    reg = None
    if regency:
        text = _normal(regency)
        reg = _REGENCY_CODES.get(text)
        if reg is None:
            candidates = _REGENCY_BARE.get(text, [])
            if prov:
                candidates = [c for c in candidates if c[:2] == prov]
            reg = candidates[0] if len(candidates) == 1 else None
    if reg and not prov:
        prov = reg[:2]
    return prov, reg


def _region_counts(ctx: _Context) -> list[tuple[str | None, str | None, int]]:
    n = func.count().label("n")
    stmt = (
        select(Complainant.province, Complainant.regency, n)
        .select_from(IncomingLetter)
        .outerjoin(Complainant, IncomingLetter.complainant_id == Complainant.id)
        .where(ctx.in_period)
        .group_by(Complainant.province, Complainant.regency)
    )
    return [tuple(r) for r in ctx.session.execute(stmt)]


def _ranked(counts: dict) -> list[tuple]:
    return sorted(((*k, v) for k, v in counts.items()), key=lambda r: (-r[-1], *r[:-1]))


def _by_province(ctx: _Context) -> ReportTable:
    counts: dict[tuple[str], int] = defaultdict(int)
    for province, regency, n in _region_counts(ctx):
        code, _reg = region_codes(province, regency)
        name = PROVINCES[code] if code else (" ".join(province.split()) if province else UNKNOWN)
        counts[(name,)] += n
    return ReportTable("provinsi", "Menurut provinsi pengadu", ("Provinsi", "Jumlah"), _ranked(counts))


def _by_regency(ctx: _Context) -> ReportTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for province, regency, n in _region_counts(ctx):
        prov, reg = region_codes(province, regency)
        prov_name = PROVINCES[prov] if prov else (" ".join(province.split()) if province else UNKNOWN)
        reg_name = REGENCIES[reg] if reg else (" ".join(regency.split()) if regency else UNKNOWN)
        counts[(reg_name, prov_name)] += n
    return ReportTable(
        "kabupaten",
        "Menurut kabupaten/kota pengadu",
        ("Kabupaten/kota", "Provinsi", "Jumlah"),
        _ranked(counts),
        value_column=2,
    )


def _by_reported_agency(ctx: _Context) -> ReportTable:
    rows = _labelled(
        ctx.counts(Agency.name, joins=((Agency, IncomingLetter.reported_agency_id == Agency.id),))
    )
    return ReportTable(
        "instansi_terlapor", "Menurut instansi terlapor", ("Instansi terlapor", "Jumlah"), rows
    )


def _top_forwarded_agencies(ctx: _Context) -> ReportTable:
    letters = func.count(func.distinct(ForwardingLetter.letter_id)).label("n")
    stmt = (
        select(Agency.name, letters)
        .select_from(ForwardingLetter)
        .join(Agency, Agency.id == ForwardingLetter.agency_id)
        .join(IncomingLetter, IncomingLetter.id == ForwardingLetter.letter_id)
        .where(ctx.in_period)
        .group_by(Agency.name)
        .order_by(letters.desc(), Agency.name)
        .limit(TOP)
    )
    rows = [tuple(r) for r in ctx.session.execute(stmt)]
    return ReportTable(
        "instansi_tujuan",
        f"{TOP} instansi tujuan penerusan terbanyak",
        ("Instansi", "Surat diteruskan"),
        rows,
    )


def _top_topics(ctx: _Context) -> ReportTable:
    """The most frequent subjects, in their own case (the spelling most letters of the group use is
    shown, ties to the first in sort order), every identity value of the letters' complainants
    redacted; subjects that differ only in a redacted name are then one row."""
    L = IncomingLetter
    key = func.lower(func.trim(L.subject))
    n = func.count().label("n")
    groups = ctx.session.execute(
        select(key.label("k"), n)
        .where(ctx.in_period, L.subject.is_not(None))
        .group_by(key)
        .order_by(n.desc(), key)
        .limit(TOP * 3)
    ).all()
    keys = [k for k, _n in groups]
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    people: dict[str, list] = defaultdict(list)
    if keys:
        stmt = (
            select(key.label("k"), func.trim(L.subject), Complainant)
            .outerjoin(Complainant, L.complainant_id == Complainant.id)
            .where(ctx.in_period, key.in_(keys))
        )
        for k, spelled, person in ctx.session.execute(stmt):
            spellings[k][spelled] += 1
            if person is not None:
                people[k].append(person)
    merged: dict[str, list] = {}
    for k, count in groups:
        shown = min(spellings[k].items(), key=lambda item: (-item[1], item[0]))[0] if spellings[k] else k
        shown = redactor(*people[k])(shown)
        entry = merged.setdefault(shown.lower(), [shown, 0])
        entry[1] += count
    rows = sorted(((s, c) for s, c in merged.values()), key=lambda r: (-r[1], r[0].lower()))[:TOP]
    return ReportTable("topik", f"{TOP} perihal terbanyak", ("Perihal", "Jumlah"), rows)


def _trend(ctx: _Context) -> ReportTable:
    """Letters per month over the twelve months that end with the period (the period's own months
    included), so a monthly report also shows where the month stands."""
    end = ctx.period.end
    first = date(end.year - 1, end.month, 1) + timedelta(days=32)
    first = first.replace(day=1)
    L = IncomingLetter
    y, m = extract("year", L.received_at), extract("month", L.received_at)
    stmt = select(y, m, func.count()).where(L.received_at >= first, L.received_at <= end).group_by(y, m)
    found = {(int(a), int(b)): n for a, b, n in ctx.session.execute(stmt)}
    rows, day = [], first
    while day <= end:
        rows.append((f"{MONTHS[day.month - 1][:3]} {day.year}", found.get((day.year, day.month), 0)))
        day = (day + timedelta(days=32)).replace(day=1)
    return ReportTable(
        "tren", "Tren surat masuk per bulan (12 bulan)", ("Bulan", "Jumlah"), rows, chart="line"
    )


# ---------------------------------------------------------------- timeliness


@dataclass(slots=True)
class _Tally:
    on_time: int = 0
    late: int = 0
    waiting_late: int = 0
    pending: int = 0
    unrecorded: int = 0

    def row(self, step: str, days: int) -> tuple:
        done = self.on_time + self.late
        share = round(100 * self.on_time / done, 1) if done else None
        return (step, days, self.on_time, self.late, self.waiting_late, self.pending, self.unrecorded, share)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def _tally(ctx: _Context, done_day, waiting, calendar: workdays.WorkCalendar, days: int, joins) -> _Tally:
    L = IncomingLetter
    n = func.count()
    stmt = select(L.received_at, done_day.label("done"), waiting.label("waiting"), n).select_from(L)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    # grouped by the output names: the expressions carry bound parameters, which PostgreSQL would not
    # recognise as the same expression when repeated in GROUP BY
    stmt = stmt.where(ctx.in_period).group_by(
        L.received_at, literal_column("done"), literal_column("waiting")
    )
    tally = _Tally()
    due_cache: dict[date, date] = {}
    for received, done, is_waiting, count in ctx.session.execute(stmt):
        received = _as_date(received)
        due = due_cache.get(received) or due_cache.setdefault(received, calendar.add(received, days))
        done = _as_date(done)
        if done is not None:
            if done <= due:
                tally.on_time += count
            else:
                tally.late += count
        elif is_waiting:
            if ctx.as_of > due:
                tally.waiting_late += count
            else:
                tally.pending += count
        else:
            tally.unrecorded += count
    return tally


def _timeliness(ctx: _Context) -> ReportTable:
    calendar, conf = workdays.load(ctx.session), wf_settings.load(ctx.session)
    L = IncomingLetter
    reviewed = (
        select(StatusChange.letter_id.label("letter_id"), func.min(StatusChange.at).label("at"))
        .where(StatusChange.old_status == S.RECEIVED.value)
        .group_by(StatusChange.letter_id)
        .subquery()
    )
    review = _tally(
        ctx,
        ctx.day(reviewed.c.at),
        case((L.status.in_(AWAITING_REVIEW), literal(1)), else_=literal(0)),
        calendar,
        conf.review_days,
        ((reviewed, reviewed.c.letter_id == L.id),),
    )
    forwarded = (
        select(
            ForwardingLetter.letter_id.label("letter_id"), func.min(ForwardingLetter.forwarded_on).label("on")
        )
        .group_by(ForwardingLetter.letter_id)
        .subquery()
    )
    # A letter filed or closed without forwarding never had a forwarding deadline to meet.
    forward = _tally(
        ctx,
        forwarded.c.on,
        case((L.status.in_(AWAITING_FORWARDING), literal(1)), else_=literal(0)),
        calendar,
        conf.forward_days,
        ((forwarded, forwarded.c.letter_id == L.id),),
    )
    forward.unrecorded = _forwarded_without_record(ctx, forwarded)
    headers = (
        "Tahap",
        "Batas (hari kerja)",
        "Tepat waktu",
        "Terlambat",
        "Menunggu, lewat batas",
        "Menunggu, dalam batas",
        "Tanpa catatan",
        "% tepat waktu",
    )
    rows = [review.row("Penelaahan", conf.review_days), forward.row("Penerusan", conf.forward_days)]
    return ReportTable("ketepatan", "Ketepatan waktu", headers, rows, chart=None)


def _forwarded_without_record(ctx: _Context, forwarded) -> int:
    """Letters whose status says forwarded but that carry no forwarding letter (imported registers)."""
    L = IncomingLetter
    stmt = (
        select(func.count())
        .select_from(L)
        .outerjoin(forwarded, forwarded.c.letter_id == L.id)
        .where(ctx.in_period, forwarded.c.letter_id.is_(None), L.status.in_(FORWARDED_STATUSES))
    )
    return ctx.session.execute(stmt).scalar_one()


def shares(report: PeriodicReport) -> dict[str, float | None]:
    """The on-time shares of review and forwarding (percent), for the dashboard and the summary."""
    out = defaultdict(lambda: None)
    for row in report.table("ketepatan").rows:
        out[row[0]] = row[-1]
    return dict(out)
