"""User actions on the register of incoming letters: register, edit, list, search. Status moves are
:mod:`sipdumas.services.workflow`.

Each function is one user action, shared by the CLI and the client: it checks the actor's role, works
in one transaction, writes the audit trail and returns plain values (never ORM objects bound to a
session).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, any_, bindparam, case, func, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased, object_session
from sqlalchemy.orm.exc import StaleDataError

from sipdumas.db import audit, search
from sipdumas.db import settings as office_settings
from sipdumas.db.engine import Database
from sipdumas.detection import index as duplicate_index
from sipdumas.detection import people
from sipdumas.detection.assess import assess
from sipdumas.detection.index import Fingerprint
from sipdumas.domain import agenda
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ConflictError, NotFound, ValidationFailed
from sipdumas.domain.identity import (
    HIDDEN_IDENTITY,
    InvalidIdentity,
    identity_complete,
    nik_problem,
    normalize_phone,
    require_email,
)
from sipdumas.domain.office import is_carbon_copy
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.pickling import pickled_as_arguments
from sipdumas.domain.redaction import redactor
from sipdumas.domain.regions import province_of_nik
from sipdumas.domain.statuses import LetterStatus
from sipdumas.domain.text import printable
from sipdumas.models.archive import ArchiveFile
from sipdumas.models.letters import FLAG_PREDICATES, Complainant, IncomingLetter
from sipdumas.services.overdue import count_overdue, due_order, overdue_condition

STATUS_LABELS: dict[str, str] = {
    LetterStatus.RECEIVED: "Diterima",
    LetterStatus.UNDER_REVIEW: "Ditelaah",
    LetterStatus.FORWARDED: "Diteruskan",
    LetterStatus.CLARIFICATION: "Klarifikasi",
    LetterStatus.MONITORING: "Pemantauan",
    LetterStatus.FILED: "Diarsipkan",
    LetterStatus.ANSWERED: "Dijawab",
    LetterStatus.CLOSED: "Selesai",
}

CHANNEL_LABELS: dict[str, str] = {
    Channel.LETTER: "Surat",
    Channel.EMAIL: "E-mail",
    Channel.WHATSAPP: "WhatsApp",
    Channel.WALK_IN: "Datang langsung",
    Channel.TELEPHONE: "Telepon",
    Channel.LAPOR: "SP4N-LAPOR!",
}

# Other spellings of the channels seen in legacy registers and English exports.
_CHANNEL_ALIASES = {
    "letter": Channel.LETTER,
    "mail": Channel.LETTER,
    "pos": Channel.LETTER,
    "walk_in": Channel.WALK_IN,
    "walk-in": Channel.WALK_IN,
    "wa": Channel.WHATSAPP,
    "e-mail": Channel.EMAIL,
    "phone": Channel.TELEPHONE,
    "telephone": Channel.TELEPHONE,
    "telp": Channel.TELEPHONE,
    "sp4n-lapor": Channel.LAPOR,
    "lapor!": Channel.LAPOR,
}


def channel_of(value: str | None) -> str | None:
    """The channel's stored value for its value, Indonesian label or a common other spelling."""
    key = (value or "").strip().lower()
    for channel, label in CHANNEL_LABELS.items():
        if key in (channel.value, label.lower()):
            return channel.value
    alias = _CHANNEL_ALIASES.get(key)
    return alias.value if alias else None


@pickled_as_arguments
@dataclass(slots=True)
class SenderData:
    name: str | None = None
    nik: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return dataclasses.asdict(self)


@pickled_as_arguments
@dataclass(slots=True)
class LetterInput:
    """What a person (or OCR) fills in for a letter. ``None`` for ``carbon_copy`` means "work it out
    from the addressee and the tembusan"."""

    received_at: date | None = None
    channel: str = Channel.LETTER.value
    letter_no: str | None = None
    letter_date: date | None = None
    place: str | None = None
    subject: str | None = None
    summary: str | None = None
    category: str | None = None
    addressee: str | None = None
    cc: list[str] = field(default_factory=list)
    sender: SenderData = field(default_factory=SenderData)
    occupation: str | None = None
    regency: str | None = None
    reported_party: str | None = None
    reported_position: str | None = None
    text: str | None = None
    carbon_copy: bool | None = None


@dataclass(frozen=True, slots=True)
class LetterRow:
    """One line of the register as the table and ``list --json`` show it.

    The duplicate flag travels with the row (the register shows it as a column): ``duplicate_of`` is the
    suspected original's id and ``duplicate_of_agenda_no`` its agenda number, ``duplicate_review`` the
    analyst's answer (None, "confirmed", "rejected"); ``related_ids`` are letters about the same matter
    from other senders that were registered before this one, ``related_agenda_nos`` their agenda numbers
    (the later letters that name this one are :func:`sipdumas.services.duplicates.related_letters`)."""

    id: int
    agenda_no: str
    received_at: date
    status: str
    channel: str
    subject: str | None
    category: str | None
    sender: SenderData
    letter_no: str | None
    letter_date: date | None
    carbon_copy: bool
    identity_complete: bool
    duplicate_of: int | None
    archive_code: str | None
    version: int
    duplicate_of_agenda_no: str | None = None
    duplicate_score: float | None = None
    duplicate_reasons: tuple[str, ...] = ()
    duplicate_review: str | None = None
    related_ids: tuple[int, ...] = ()
    related_agenda_nos: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agenda_no": self.agenda_no,
            "received_at": self.received_at.isoformat(),
            "status": self.status,
            "channel": self.channel,
            "subject": self.subject,
            "category": self.category,
            "sender": self.sender.to_json(),
            "letter_no": self.letter_no,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "carbon_copy": self.carbon_copy,
            "identity_complete": self.identity_complete,
            "duplicate_of": self.duplicate_of,
            "archive_code": self.archive_code,
            "duplicate_of_agenda_no": self.duplicate_of_agenda_no,
            "duplicate_score": self.duplicate_score,
            "duplicate_review": self.duplicate_review,
            "related_ids": list(self.related_ids),
            "related_agenda_nos": list(self.related_agenda_nos),
            "version": self.version,
        }


@dataclass(frozen=True, slots=True)
class LetterDetail:
    """Everything the detail form shows; ``version`` goes back with the edit (optimistic locking)."""

    row: LetterRow
    data: LetterInput
    province: str | None
    duplicate_score: float | None
    duplicate_reasons: list[str]
    created_by: str
    updated_by: str | None
    duplicate_review: str | None = None  # None, "confirmed" or "rejected"
    related_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LetterQuery:
    """Filters and order of the register view. ``text`` goes to full-text search.

    The flag filters narrow to letters carrying the flag when True (and do nothing when False):
    ``duplicate`` a duplicate flag the analyst has not rejected, ``carbon_copy`` only a tembusan,
    ``identity_incomplete`` no name or no way to reach the sender, ``related`` letters about the same
    matter from other senders, ``overdue`` letters past any deadline (review, forwarding, settlement)
    on the day the query runs (see :mod:`sipdumas.services.deadlines`).

    ``province`` (the complainant's, as the register stores it) and ``forwarded_from``/``forwarded_to``
    (a forwarding letter dated in that range) have no widget of their own in the filter bar: they come
    from the dashboard's bars and counters. ``complainant``: only the letters of that complainant (the
    id of :mod:`sipdumas.services.complainants`). ``sort`` is one of :data:`SORT_KEYS`, ``descending``
    its direction."""

    text: str = ""
    status: str | None = None
    category: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    province: str | None = None
    forwarded_from: date | None = None
    forwarded_to: date | None = None
    duplicate: bool = False
    carbon_copy: bool = False
    identity_incomplete: bool = False
    related: bool = False
    overdue: bool = False
    complainant: int | None = None
    sort: str = "received_at"
    descending: bool = True


#: The orders of the register (``LetterQuery.sort``), one per column of the client's table: received
#: (the default), agenda number, sender's name, subject, category, status (in the order of the
#: workflow), the due date of the step the letter waits on (Tenggat), tembusan, identity complete, the
#: duplicate flag's score, the archive file's code, the letter's own number and date, the channel; and ``id``. Letters without a value (no sender's
#: name, no deadline …) come last either way, on both databases.
SORT_KEYS = (
    "received_at",
    "agenda_no",
    "sender",
    "subject",
    "category",
    "status",
    "deadline",
    "carbon_copy",
    "identity_complete",
    "duplicate",
    "archive_code",
    "letter_no",
    "letter_date",
    "channel",
    "id",
)


def _sort_value(key: str, session: Session):
    """The SQL value ``key`` orders by, and whether it can be NULL (those go last)."""
    L = IncomingLetter
    match key:
        case "agenda_no" | "received_at" | "id" | "carbon_copy" | "identity_complete":
            return getattr(L, key), False
        case "category" | "letter_no" | "letter_date":
            return getattr(L, key), True
        case "channel":
            return L.channel, False
        case "subject":
            return func.lower(L.subject), True
        case "sender":
            name = select(func.lower(Complainant.name)).where(Complainant.id == L.complainant_id)
            return name.correlate(L).scalar_subquery(), True
        case "status":
            return case(
                *((L.status == s.value, i) for i, s in enumerate(LetterStatus)), else_=len(LetterStatus)
            ), False
        case "deadline":
            return due_order(session), True
        case "duplicate":
            return case((L.duplicate_of_id.is_not(None), func.coalesce(L.duplicate_score, 0.0))), True
        case "archive_code":
            code = select(ArchiveFile.archive_code).where(ArchiveFile.id == L.archive_file_id)
            return code.correlate(L).scalar_subquery(), True
    return L.received_at, False


def _order(query: LetterQuery, session: Session) -> list:
    """ORDER BY of ``query``: its sort key, then the id the same way, so pages never overlap."""
    value, nullable = _sort_value(query.sort if query.sort in SORT_KEYS else "received_at", session)
    ordered = value.desc() if query.descending else value.asc()
    if nullable:
        ordered = ordered.nulls_last()
    return [ordered, IncomingLetter.id.desc() if query.descending else IncomingLetter.id.asc()]


# ---------------------------------------------------------------- validation


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(printable(str(value)).split())
    return value or None


#: The longest value each length-limited field can hold (its column's length): a longer one is refused
#: here, naming the field, rather than by PostgreSQL as an error no user can read.
MAX_LENGTHS = {
    "letter_no": 120,
    "place": 120,
    "category": 100,
    "occupation": 200,
    "regency": 100,
    "reported_party": 300,
    "reported_position": 300,
    "name": 200,
    "email": 254,
}


def normalized(data: LetterInput, *, today: date, copy: bool = True) -> LetterInput:
    """``data`` with text trimmed, NIK/phone/e-mail checked and normalised; raises
    :class:`ValidationFailed` naming every field that is wrong. ``copy=False``: normalise ``data``
    itself (for a caller that built it and holds no other reference, such as an import's checks)."""
    problems: dict[str, str] = {}
    if copy:
        out = dataclasses.replace(data, sender=dataclasses.replace(data.sender), cc=list(data.cc or []))
    else:
        out, out.cc = data, list(data.cc or [])
    for name in (
        "letter_no",
        "place",
        "subject",
        "category",
        "addressee",
        "occupation",
        "regency",
        "reported_party",
        "reported_position",
    ):
        setattr(out, name, _clean(getattr(out, name)))
    out.summary = printable(out.summary or "").strip() or None
    out.text = printable(out.text or "").strip() or None
    out.cc = [c for c in (_clean(x) for x in out.cc) if c]
    s = out.sender
    s.name, s.address = _clean(s.name), _clean(s.address)
    s.nik = _clean(s.nik)
    if s.nik:
        s.nik = s.nik.replace(" ", "").replace(".", "").replace("-", "")
        problem = nik_problem(s.nik)
        if problem:
            problems["nik"] = problem
    raw_phone = _clean(s.phone)
    s.phone = None
    if raw_phone:
        s.phone = normalize_phone(raw_phone)
        if s.phone is None:
            problems["phone"] = f"Nomor telepon '{raw_phone}' tidak valid (contoh: 0812-3456-7890)"
    s.email = _clean(s.email)
    if s.email:
        try:
            s.email = require_email(s.email)
        except InvalidIdentity as exc:
            problems["email"] = str(exc)
    if out.received_at is None:
        out.received_at = today
    if out.received_at > today:
        problems["received_at"] = "Tanggal diterima tidak boleh setelah hari ini"
    if out.letter_date and out.letter_date > out.received_at:
        problems["letter_date"] = "Tanggal surat tidak boleh setelah tanggal diterima"
    channel = channel_of(out.channel)
    if channel is None:
        problems["channel"] = f"Saluran '{out.channel}' tidak dikenal"
    else:
        out.channel = channel
    if not (out.subject or out.summary or out.text):
        problems["subject"] = "Perihal wajib diisi"
    for name, limit in MAX_LENGTHS.items():
        value = getattr(s if name in ("name", "email") else out, name)
        if value and len(value) > limit and name not in problems:
            problems[name] = f"Terlalu panjang ({len(value)} karakter, paling banyak {limit})"
    if problems:
        raise ValidationFailed(problems)
    return out


# ---------------------------------------------------------------- actions


def register_letter(db: Database, actor: Actor, *, data: LetterInput, today: date | None = None) -> LetterRow:
    """Register an incoming letter: it gets the next agenda number of its year and its archive file."""
    actor.require(Permission.REGISTER_LETTER)
    data = normalized(data, today=today or date.today())
    with db.transaction() as session:
        letter = add_letter(session, actor, data)
        audit.record(session, actor, "register", "letter", letter.id, agenda_no=letter.agenda_no)
        return letter_row(letter)


def add_letter(
    session: Session, actor: Actor, data: LetterInput, *, sha256: str | None = None
) -> IncomingLetter:
    """Insert a letter with its complainant, archive file, search entry and near-duplicate index entry
    (inside a transaction), flagged when it repeats an earlier letter (``sha256``: its scan's hash).
    ``data`` must already be :func:`normalized`."""
    verdict = assess(session, sha256=sha256, **assess_fields(data))
    conf = office_settings.load(session)
    year = data.received_at.year
    serial = agenda.next_serial(session, year)
    archive = ArchiveFile(
        archive_code=conf.archive_code_pattern.format(year=year, serial=serial),
        title=(data.subject or "")[:300] or None,
    )
    letter = IncomingLetter(
        agenda_no=conf.agenda_pattern.format(year=year, serial=serial),
        agenda_year=year,
        agenda_serial=serial,
        complainant=_complainant(data),
        person_id=people.person_for(session, verdict, _person_sender(data)),
        archive_file=archive,
        created_by=actor.username,
        **_letter_columns(data, conf.office_names),
        **verdict.flags(),
    )
    session.add(letter)
    session.flush()
    _index(session, letter, data)
    duplicate_index.store(session, [(letter.id, verdict.fingerprint)])
    duplicate_index.store_identities(session, [(letter.id, verdict.identity)])
    return letter


def _person_sender(data: LetterInput) -> people.Sender:
    c = complainant_columns(data)
    return people.Sender(c["name"], c["nik"], c["phone"], c["email"], c["province"])


def assess_fields(data: LetterInput) -> dict[str, Any]:
    """The values of a (normalized) letter the duplicate check weighs (:func:`assess`'s arguments)."""
    s = data.sender
    return {
        "text": data.text,
        "subject": data.subject,
        "summary": data.summary,
        "name": s.name,
        "nik": s.nik,
        "phone": s.phone,
        "email": s.email,
        "address": s.address,
        "regency": data.regency,
        "letter_date": data.letter_date,
        "letter_no": data.letter_no,
    }


def update_letter(
    db: Database, actor: Actor, *, letter_id: int, expected_version: int, data: LetterInput
) -> LetterRow:
    """Save an edit. Refused with :class:`ConflictError` when someone else saved the letter since
    ``expected_version`` was read, so nobody's work is silently overwritten. The editor must be allowed
    to see identities: a form filled from a redacted letter would store "(dirahasiakan)"."""
    actor.require(Permission.EDIT_LETTER)
    actor.require(Permission.VIEW_IDENTITY)
    data = normalized(data, today=date.today())
    try:
        with db.transaction() as session:
            letter = load_letter(session, letter_id)
            if letter.version != expected_version:
                raise ConflictError(conflict_message(letter))
            conf = office_settings.load(session)
            before = letter_row(letter).to_json()
            for key, value in _letter_columns(data, conf.office_names).items():
                setattr(letter, key, value)
            if letter.complainant is None:
                letter.complainant = _complainant(data)
            else:
                for key, value in complainant_columns(data).items():
                    setattr(letter.complainant, key, value)
            letter.updated_by = actor.username
            people.group_letter(session, letter)  # a sender added to a letter that had none
            session.flush()
            _index(session, letter, data)
            identity = duplicate_index.identity_of_complainant(letter.complainant)
            duplicate_index.replace(session, letter.id, Fingerprint.of(data.text), identity)
            after = letter_row(letter).to_json()
            changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
            audit.record(session, actor, "update", "letter", letter.id, changes=changed)
            return letter_row(letter)
    except StaleDataError:
        with db.session() as session:
            raise ConflictError(conflict_message(load_letter(session, letter_id))) from None


def find_letter_id(db: Database, actor: Actor, *, ref: str | int) -> int:
    """The id of the letter ``ref`` names: its id, or its agenda number (``D-2026-00012``, any case)."""
    actor.require(Permission.VIEW_REGISTER)
    text = str(ref).strip()
    with db.session() as session:
        if text.isdigit():
            found = session.get(IncomingLetter, int(text))
            if found is not None:
                return found.id
        found_id = session.scalar(select(IncomingLetter.id).where(IncomingLetter.agenda_no == text))
        if found_id is None:  # typed in another case: a scan, but only when the exact number is unknown
            found_id = session.scalar(
                select(IncomingLetter.id).where(func.upper(IncomingLetter.agenda_no) == text.upper())
            )
    if found_id is None:
        raise NotFound(f"Surat '{text}' tidak ditemukan (sebutkan id atau nomor agenda)")
    return found_id


def get_letter(db: Database, actor: Actor, *, letter_id: int) -> LetterDetail:
    """Everything the letter form shows. A reader with the right to see identities has the reading
    recorded in the audit trail; without it, the sender's fields read "(dirahasiakan)" and the
    identity is blanked out of the summary and the letter's text."""
    actor.require(Permission.VIEW_REGISTER)
    shown = actor.can(Permission.VIEW_IDENTITY)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        c = letter.complainant
        sender = _sender(c, show_identity=shown)
        redact = (lambda text: text) if shown or c is None else redactor(c)
        data = LetterInput(
            received_at=letter.received_at,
            channel=letter.channel,
            letter_no=letter.letter_no,
            letter_date=letter.letter_date,
            place=letter.place,
            subject=redact(letter.subject),
            summary=redact(letter.summary),
            category=letter.category,
            addressee=letter.addressee,
            cc=list(letter.cc or []),
            sender=sender,
            occupation=(c.occupation if shown else c.occupation and HIDDEN_IDENTITY) if c else None,
            regency=c.regency if c else None,
            reported_party=letter.reported_party,
            reported_position=letter.reported_position,
            text=redact(letter.text),
            carbon_copy=letter.carbon_copy,
        )
        detail = LetterDetail(
            row=letter_row(letter, show_identity=shown),
            data=data,
            province=c.province if c else None,
            duplicate_score=letter.duplicate_score,
            duplicate_reasons=list(letter.duplicate_reasons or []),
            created_by=letter.created_by,
            updated_by=letter.updated_by,
            duplicate_review=letter.duplicate_review,
            related_ids=list(letter.related_ids or []),
        )
    if shown and c is not None:
        with db.transaction() as session:
            audit.record(session, actor, "view_identity", "letter", letter_id, agenda_no=detail.row.agenda_no)
    return detail


def count_letters(
    db: Database, actor: Actor, *, query: LetterQuery = LetterQuery(), today: date | None = None
) -> int:
    """How many letters ``query`` selects; ``today``: the day ``query.overdue`` is judged on (default:
    the real today)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        if query.overdue:
            # counted deadline by deadline (see overdue.count_overdue), the other filters on each count
            others = dataclasses.replace(query, overdue=False)
            return count_overdue(
                session, today or date.today(), lambda stmt: _filtered(stmt, others, session, db.dialect)
            )
        stmt = _filtered(select(func.count(IncomingLetter.id)), query, session, db.dialect, today=today)
        return session.execute(stmt).scalar_one()


def list_letters(
    db: Database,
    actor: Actor,
    *,
    query: LetterQuery = LetterQuery(),
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[LetterRow]:
    """One page of the register, in the query's order (ties broken by id so pages never overlap);
    ``today`` as in :func:`count_letters`."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        order = _order(query, session)

        def fetch(walk_index: bool, matches: list[int] | None) -> list:
            stmt = (
                _filtered(
                    select(IncomingLetter, _original_agenda_no()),
                    query,
                    session,
                    db.dialect,
                    today=today,
                    walk_index=walk_index,
                    matches=matches,
                )
                .order_by(*order)
                .offset(offset)
                .limit(limit)
            )
            return session.execute(stmt).unique().all()

        results = search.take_page(session, query.text, fetch) if query.text else fetch(False, None)
        shown = actor.can(Permission.VIEW_IDENTITY)
        return _rows(session, results, show_identity=shown)


def iter_letters(db: Database, actor: Actor, *, batch: int = 2000):
    """Every letter, oldest first, fetched in batches by id (constant memory for a million rows).
    Reading the whole register with the complainants' identities is recorded in the audit trail."""
    actor.require(Permission.VIEW_REGISTER)
    shown = actor.can(Permission.VIEW_IDENTITY)
    if shown:
        with db.transaction() as session:
            audit.record(session, actor, "view_identities", "register", None, list="register")
    last = 0
    while True:
        with db.session() as session:
            stmt = (
                select(IncomingLetter, _original_agenda_no())
                .where(IncomingLetter.id > last)
                .order_by(IncomingLetter.id)
                .limit(batch)
            )
            rows = _rows(session, session.execute(stmt).unique(), show_identity=shown)
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def categories(db: Database, actor: Actor) -> list[str]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(IncomingLetter.category).where(IncomingLetter.category.is_not(None)).distinct()
        return sorted(session.scalars(stmt))


#: The common national list of problem categories (kode masalah, DOMAIN.md); offices may add their
#: own, which then appear in :func:`category_choices` as soon as one letter uses them.
STANDARD_CATEGORIES: tuple[str, ...] = (
    "01 Penyalahgunaan wewenang",
    "02 Pelayanan publik",
    "03 Korupsi/pungli",
    "04 Kepegawaian",
    "05 Pertanahan/perumahan",
    "06 Hukum/peradilan/HAM",
    "07 Kewaspadaan nasional",
    "08 Administrasi/regulasi",
    "09 Lingkungan hidup",
    "10 Umum",
)


def category_choices(db: Database, actor: Actor) -> list[str]:
    """The standard categories followed by any other category already used in the register."""
    used = categories(db, actor)
    return list(STANDARD_CATEGORIES) + [c for c in used if c not in STANDARD_CATEGORIES]


# ---------------------------------------------------------------- helpers


def _filtered(
    stmt: Select,
    query: LetterQuery,
    session: Session,
    dialect: str,
    *,
    today: date | None = None,
    walk_index: bool = False,
    matches: list[int] | None = None,
) -> Select:
    """``stmt`` narrowed to ``query``. ``walk_index``: the text matches many letters, so let the database
    walk the sort order's index and test each row against the matches (``id + 0`` keeps SQLite from
    fetching every match by primary key first and sorting them all). ``session`` reads the calendar
    and deadline settings the overdue filter's cut-off dates are worked out from (for ``today``).
    ``matches``: the ids the text matches, already found (PostgreSQL, :func:`search.few_matches`)."""
    if query.status:
        stmt = stmt.where(IncomingLetter.status == query.status)
    if query.category:
        stmt = stmt.where(IncomingLetter.category == query.category)
    if query.received_from:
        stmt = stmt.where(IncomingLetter.received_at >= query.received_from)
    if query.received_to:
        stmt = stmt.where(IncomingLetter.received_at <= query.received_to)
    if query.province:
        stmt = stmt.where(
            IncomingLetter.complainant_id.in_(
                select(Complainant.id).where(Complainant.province == query.province)
            )
        )
    if query.complainant is not None:
        stmt = stmt.where(IncomingLetter.person_id == query.complainant)
    if query.forwarded_from or query.forwarded_to:
        from sipdumas.models.forwarding import ForwardingLetter

        forwarded = select(ForwardingLetter.id).where(ForwardingLetter.letter_id == IncomingLetter.id)
        if query.forwarded_from:
            forwarded = forwarded.where(ForwardingLetter.forwarded_on >= query.forwarded_from)
        if query.forwarded_to:
            forwarded = forwarded.where(ForwardingLetter.forwarded_on <= query.forwarded_to)
        stmt = stmt.where(forwarded.exists())
    for flag, predicate in FLAG_PREDICATES.items():
        if getattr(query, flag):
            stmt = stmt.where(text(predicate))
    if query.overdue:
        stmt = stmt.where(overdue_condition(session, today or date.today()))
    if query.duplicate:  # a flag the analyst rejected no longer counts
        stmt = stmt.where(
            or_(IncomingLetter.duplicate_review.is_(None), IncomingLetter.duplicate_review != "rejected")
        )
    if matches is not None:
        return stmt.where(IncomingLetter.id == any_(bindparam("matches", matches, type_=ARRAY(Integer))))
    if dialect == "postgresql" and not walk_index:
        matched = search.matched_first(session, query.text)
        if matched is not None:
            stmt = stmt.where(matched)
        return stmt
    matching = search.matching_ids(dialect, query.text)
    if matching is not None:
        key = IncomingLetter.id + 0 if walk_index else IncomingLetter.id
        stmt = stmt.where(key.in_(matching))
    return stmt


def _original_agenda_no():
    """The agenda number of the letter a row is flagged as repeating, as a correlated subquery (one
    primary-key lookup per row of the page, so the register stays one query at any size)."""
    original = aliased(IncomingLetter)
    return (
        select(original.agenda_no)
        .where(original.id == IncomingLetter.duplicate_of_id)
        .correlate(IncomingLetter)
        .scalar_subquery()
    )


def load_letter(session: Session, letter_id: int) -> IncomingLetter:
    """The letter ``letter_id`` in ``session``; :class:`NotFound` when there is none."""
    letter = session.get(IncomingLetter, letter_id)
    if letter is None:
        raise NotFound(f"Surat dengan id {letter_id} tidak ditemukan")
    return letter


def conflict_message(letter: IncomingLetter) -> str:
    """Why a save based on an older version of ``letter`` is refused, naming who saved since."""
    who = letter.updated_by or letter.created_by
    return (
        f"Surat {letter.agenda_no} sudah diubah oleh {who} sejak Anda membukanya. "
        "Perubahan Anda tidak disimpan; muat ulang surat lalu ulangi perubahan."
    )


def _letter_columns(data: LetterInput, office_names: tuple[str, ...]) -> dict[str, Any]:
    carbon = data.carbon_copy
    if carbon is None:
        carbon = is_carbon_copy(data.addressee, data.cc, office_names)
    return {
        "received_at": data.received_at,
        "channel": data.channel,
        "letter_no": data.letter_no,
        "letter_date": data.letter_date,
        "place": data.place,
        "subject": data.subject,
        "summary": data.summary,
        "category": data.category,
        "addressee": data.addressee,
        "cc": list(data.cc),
        "reported_party": data.reported_party,
        "reported_position": data.reported_position,
        "text": data.text,
        "carbon_copy": bool(carbon),
        "identity_complete": identity_complete(data.sender),
    }


def complainant_columns(data: LetterInput) -> dict[str, Any]:
    """The complainants row of a letter's sender (shared by registration and the bulk import)."""
    s = data.sender
    return {
        "name": s.name,
        "nik": s.nik,
        "phone": s.phone,
        "email": s.email,
        "address": s.address,
        "occupation": data.occupation,
        "regency": data.regency,
        "province": province_of_nik(s.nik),
    }


def _complainant(data: LetterInput) -> Complainant:
    return Complainant(**complainant_columns(data))


def _sender(c: Complainant | None, *, show_identity: bool = True) -> SenderData:
    """The sender as stored, or with each field that holds a value shown as "(dirahasiakan)" to a reader
    without the right to see identities (:attr:`Permission.VIEW_IDENTITY`)."""
    if c is None:
        return SenderData()
    sender = SenderData(name=c.name, nik=c.nik, phone=c.phone, email=c.email, address=c.address)
    if show_identity:
        return sender
    return SenderData(**{k: HIDDEN_IDENTITY if v else None for k, v in dataclasses.asdict(sender).items()})


def _index(session: Session, letter: IncomingLetter, data: LetterInput) -> None:
    s = data.sender
    doc = search.build_document(
        agenda_no=letter.agenda_no,
        letter_no=data.letter_no,
        subject=data.subject,
        summary=data.summary,
        sender_name=s.name,
        nik=s.nik,
        phone=s.phone,
        email=s.email,
        address=s.address,
        text_body=data.text,
    )
    search.index_letters(session, [(letter.id, doc)])


def agenda_numbers(session: Session, ids) -> dict[int, str]:
    """The agenda numbers of the letters ``ids`` (None and unknown ids are left out), in one query."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    stmt = select(IncomingLetter.id, IncomingLetter.agenda_no).where(IncomingLetter.id.in_(wanted))
    return {row[0]: row[1] for row in session.execute(stmt)}


def _rows(session: Session, results, *, show_identity: bool = True) -> list[LetterRow]:
    """Register rows of ``(letter, original's agenda number)`` results, with the agenda numbers of
    their related letters fetched in one query for all of them."""
    results = list(results)
    names = agenda_numbers(session, (i for letter, _ in results for i in letter.related_ids or ()))
    return [
        letter_row(
            letter,
            original,
            tuple(names[i] for i in letter.related_ids or () if i in names),
            show_identity=show_identity,
        )
        for letter, original in results
    ]


def letter_row(
    letter: IncomingLetter,
    original_agenda_no: str | None = None,
    related_agenda_nos: tuple[str, ...] | None = None,
    *,
    show_identity: bool = True,
) -> LetterRow:
    """``letter`` as a register row; the original's and the related letters' agenda numbers are looked
    up when not given. Without ``show_identity`` the sender's fields read "(dirahasiakan)"."""
    session = object_session(letter)
    if original_agenda_no is None and letter.duplicate_of_id is not None:
        original = session.get(IncomingLetter, letter.duplicate_of_id) if session is not None else None
        original_agenda_no = original.agenda_no if original is not None else None
    if related_agenda_nos is None:
        related = list(letter.related_ids or ())
        names = agenda_numbers(session, related) if session is not None and related else {}
        related_agenda_nos = tuple(names[i] for i in related if i in names)
    return LetterRow(
        id=letter.id,
        agenda_no=letter.agenda_no,
        received_at=letter.received_at,
        status=letter.status,
        channel=letter.channel,
        subject=letter.subject,
        category=letter.category,
        sender=_sender(letter.complainant, show_identity=show_identity),
        letter_no=letter.letter_no,
        letter_date=letter.letter_date,
        carbon_copy=letter.carbon_copy,
        identity_complete=letter.identity_complete,
        duplicate_of=letter.duplicate_of_id,
        archive_code=letter.archive_file.archive_code if letter.archive_file else None,
        version=letter.version,
        duplicate_of_agenda_no=original_agenda_no,
        duplicate_score=letter.duplicate_score,
        duplicate_reasons=tuple(letter.duplicate_reasons or ()),
        duplicate_review=letter.duplicate_review,
        related_ids=tuple(letter.related_ids or ()),
        related_agenda_nos=related_agenda_nos,
    )
