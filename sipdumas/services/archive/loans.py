"""Lending physical files at the archive desk (peminjaman arsip): lend, renew, return, queue requests
for a file that is out, supervisors' approval for confidential files, the overdue list and the loan
register.

Each function is one desk action with keyword-only arguments; it checks the actor's role, works in one
transaction, writes the file's history and the audit trail, and returns plain values. Refusals raise
:class:`LoanRefused` (a :class:`~sipdumas.domain.errors.ServiceError`) with a message for the archivist.

Due dates count working days (:mod:`sipdumas.domain.workdays`: weekends, national holidays, the office's cuti
bersama). The loan period comes from :class:`LoanSettings`, kept in the database: 5 working days unless
a rule for the borrower's category or the file's classification says otherwise.

Only one open loan per file: the database's partial unique index ``uq_loans_open_file`` refuses a
second one, so two workstations lending the same file at the same moment cannot both succeed; the loser
gets the same :class:`FileAlreadyLent` message as a lender who was simply late.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain import workdays
from sipdumas.domain.errors import NotFound, ServiceError, ValidationFailed
from sipdumas.domain.identity import normalize_phone
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting
from sipdumas.models.archive import (
    CONDITIONS,
    ArchiveFile,
    ArchiveFileEvent,
    ArchiveLocation,
    Loan,
    LoanApproval,
    LoanRequest,
    describe_place,
)

# ---------------------------------------------------------------------------------------------- errors


class LoanRefused(ServiceError):
    """The desk cannot do what was asked; the message says why, in Indonesian."""


class UnknownCode(LoanRefused, NotFound):
    pass


class FileAlreadyLent(LoanRefused):
    pass


class FileNotLent(LoanRefused):
    pass


class ApprovalRequired(LoanRefused):
    pass


# -------------------------------------------------------------------------------------------- settings

_KEY = "loans"


@dataclass(frozen=True, slots=True)
class LoanRule:
    """A loan period for some loans. ``None`` fields match anything; the rule naming the most fields
    wins (ties: the first listed)."""

    days: int
    borrower_category: str | None = None
    classification_prefix: str | None = None
    confidential: bool | None = None

    def matches(self, category: str | None, classification: str | None, confidential: bool) -> bool:
        if self.borrower_category is not None and (category or "").lower() != self.borrower_category.lower():
            return False
        if self.classification_prefix is not None and not (classification or "").startswith(
            self.classification_prefix
        ):
            return False
        return self.confidential is None or self.confidential == confidential

    @property
    def weight(self) -> int:
        return sum(v is not None for v in (self.borrower_category, self.classification_prefix, self.confidential))


@dataclass(frozen=True, slots=True)
class LoanSettings:
    """``default_days``: the loan period in working days; ``rules``: other periods by borrower category
    (e.g. "pimpinan", "eksternal") and file type (classification prefix, confidential); ``max_renewals``:
    how often a loan may be extended; ``reminder_after``: working days overdue from which the first,
    second and third reminder letters are due."""

    default_days: int = 5
    rules: tuple[LoanRule, ...] = ()
    max_renewals: int = 2
    reminder_after: tuple[int, int, int] = (1, 5, 10)

    def period(self, *, category: str | None, classification: str | None, confidential: bool) -> int:
        best: LoanRule | None = None
        for rule in self.rules:
            if rule.matches(category, classification, confidential) and (best is None or rule.weight > best.weight):
                best = rule
        return best.days if best else self.default_days


def load_settings(session: Session) -> LoanSettings:
    row = session.get(Setting, _KEY)
    if row is None:
        return LoanSettings()
    data = json.loads(row.value)
    return LoanSettings(
        default_days=int(data.get("default_days", 5)),
        rules=tuple(LoanRule(**r) for r in data.get("rules", [])),
        max_renewals=int(data.get("max_renewals", 2)),
        reminder_after=tuple(data.get("reminder_after", (1, 5, 10))),
    )


def get_settings(db: Database) -> LoanSettings:
    """The loan settings in force (anyone may read them: the desk shows the period they give)."""
    with db.session() as session:
        return load_settings(session)


class LoanSettingsInvalid(LoanRefused, ValidationFailed):
    """Loan settings that cannot be used; ``problems`` maps the setting (``default_days``,
    ``max_renewals``, ``reminder_after``, ``rules``; for one rule ``days``, ``borrower_category``,
    ``classification_prefix``, ``rule``) to the reason in Indonesian."""


#: The settings changed one by one (``loan settings set KEY``), in the order ``loan settings show`` prints.
SETTING_KEYS = ("default_days", "max_renewals", "reminder_after")
MAX_DAYS, MAX_RENEWALS, MAX_REMINDER_DAYS = 120, 10, 365
_MAX_CATEGORY, _MAX_PREFIX = 40, 30  # loans.borrower_category is 40 characters; a prefix is a code
_THREE_THRESHOLDS = "Tulis tiga ambang surat pengingat (pertama, kedua, ketiga), mis. 1 5 10"
_DAYS_MESSAGE = f"Masa pinjam harus bilangan bulat 1 sampai {MAX_DAYS} hari kerja"


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def rule_problems(rule: LoanRule) -> dict[str, str]:
    """What is wrong with one rule (field -> message); empty when it can be used."""
    out: dict[str, str] = {}
    if not _whole(rule.days) or not 1 <= rule.days <= MAX_DAYS:
        out["days"] = _DAYS_MESSAGE
    if rule.borrower_category is not None and len(rule.borrower_category) > _MAX_CATEGORY:
        out["borrower_category"] = f"Golongan peminjam paling panjang {_MAX_CATEGORY} karakter"
    if rule.classification_prefix is not None and len(rule.classification_prefix) > _MAX_PREFIX:
        out["classification_prefix"] = f"Awalan kode klasifikasi paling panjang {_MAX_PREFIX} karakter"
    if rule.weight == 0:
        out["rule"] = (
            "Aturan harus menyebut sedikitnya satu dari: golongan peminjam, awalan kode klasifikasi, "
            "atau sifat berkas (rahasia/biasa); untuk semua pinjaman ubah masa pinjam bawaan"
        )
    return out


def settings_problems(settings: LoanSettings) -> dict[str, str]:
    """What is wrong with ``settings`` (setting -> message in Indonesian); empty when they can be used."""
    out: dict[str, str] = {}
    if not _whole(settings.default_days) or not 1 <= settings.default_days <= MAX_DAYS:
        out["default_days"] = _DAYS_MESSAGE
    if not _whole(settings.max_renewals) or not 0 <= settings.max_renewals <= MAX_RENEWALS:
        out["max_renewals"] = f"Batas perpanjangan harus bilangan bulat 0 sampai {MAX_RENEWALS} kali"
    after = tuple(settings.reminder_after)
    if len(after) != 3 or not all(_whole(n) for n in after):
        out["reminder_after"] = _THREE_THRESHOLDS
    elif any(not 1 <= n <= MAX_REMINDER_DAYS for n in after):
        out["reminder_after"] = f"Ambang surat pengingat harus 1 sampai {MAX_REMINDER_DAYS} hari kerja terlambat"
    elif not after[0] < after[1] < after[2]:
        out["reminder_after"] = (
            "Ambang surat pengingat harus naik: pengingat kedua sesudah pertama, ketiga sesudah kedua "
            f"(bukan {' '.join(map(str, after))})"
        )
    for number, rule in enumerate(settings.rules, start=1):
        wrong = rule_problems(rule)
        if wrong:
            out["rules"] = f"Aturan nomor {number}: {next(iter(wrong.values()))}"
            break
    return out


def clean_rule(rule: LoanRule) -> LoanRule:
    """``rule`` as stored: the category in lower case (as the desk stores a borrower's), spaces
    trimmed, an empty text meaning "any"."""
    category = " ".join((rule.borrower_category or "").split()).lower() or None
    prefix = (rule.classification_prefix or "").strip() or None
    return LoanRule(days=rule.days, borrower_category=category, classification_prefix=prefix,
                    confidential=rule.confidential)


def save_settings(db: Database, actor: Actor, settings: LoanSettings) -> None:
    """Store ``settings`` whole (administrators only); :class:`LoanSettingsInvalid` with the reasons
    when they cannot be used, and nothing is stored then."""
    actor.require(Permission.MANAGE_SETTINGS)
    wrong = settings_problems(settings)
    if wrong:
        raise LoanSettingsInvalid(wrong)
    with db.transaction() as session:
        row = locked_row(session, _KEY)
        _store(session, actor, row, settings)


def _store(session: Session, actor: Actor, row: Setting, settings: LoanSettings, **why: Any) -> None:
    value = {
        "default_days": settings.default_days,
        "rules": [asdict(r) for r in settings.rules],
        "max_renewals": settings.max_renewals,
        "reminder_after": list(settings.reminder_after),
    }
    row.value = json.dumps(value, ensure_ascii=False)
    audit.record(session, actor, "loan_settings", "setting", None, value=value, **why)


def _unknown_key(key: str) -> LoanSettingsInvalid:
    return LoanSettingsInvalid({key: f"Pengaturan peminjaman '{key}' tidak dikenal (yang ada: {', '.join(SETTING_KEYS)})"})


def update_loan_settings(db: Database, actor: Actor, **changes: Any) -> LoanSettings:
    """Change some loan settings (``default_days=7``, ``max_renewals=1``, ``reminder_after=(2, 6, 12)``;
    ``None`` puts one back to its default), keeping the others and the rules as stored; administrators
    only. :class:`LoanSettingsInvalid` naming the changed settings that cannot be used, and nothing is
    stored then. Returns the settings now in force."""
    actor.require(Permission.MANAGE_SETTINGS)
    unknown = [k for k in changes if k not in SETTING_KEYS]
    if unknown:
        raise _unknown_key(unknown[0])
    defaults = LoanSettings()
    values = {k: getattr(defaults, k) if v is None else v for k, v in changes.items()}
    if isinstance(values.get("reminder_after"), list):
        values["reminder_after"] = tuple(values["reminder_after"])
    with db.transaction() as session:
        row = locked_row(session, _KEY)
        new = replace(load_settings(session), **values)
        wrong = {k: v for k, v in settings_problems(new).items() if k in changes}
        if wrong:
            raise LoanSettingsInvalid(wrong)
        _store(session, actor, row, new, changed=sorted(changes))
        return new


def add_loan_rule(
    db: Database, actor: Actor, *, days: int, borrower_category: str | None = None,
    classification_prefix: str | None = None, confidential: bool | None = None,
) -> tuple[int, LoanRule]:
    """Add a loan-period rule at the end of the list (a later rule only wins over an earlier one by
    naming more fields); administrators only. Returns its number (1-based, as ``loan rules`` lists) and
    the rule as stored. Refused when a field is unusable or an equal rule already exists."""
    actor.require(Permission.MANAGE_SETTINGS)
    rule = clean_rule(LoanRule(days=days, borrower_category=borrower_category,
                               classification_prefix=classification_prefix, confidential=confidential))
    wrong = rule_problems(rule)
    if wrong:
        raise LoanSettingsInvalid(wrong)
    with db.transaction() as session:
        row = locked_row(session, _KEY)
        current = load_settings(session)
        same = _key(rule)
        for number, other in enumerate(current.rules, start=1):
            if _key(other) == same:
                raise LoanSettingsInvalid({"rule": (
                    f"Aturan nomor {number} sudah berlaku untuk pinjaman yang sama ({describe_rule(other)}, "
                    f"{other.days} hari kerja): hapus aturan itu lebih dahulu bila masa pinjamnya hendak diubah"
                )})
        new = replace(current, rules=(*current.rules, rule))
        _store(session, actor, row, new, added=asdict(rule))
        return len(new.rules), rule


def delete_loan_rule(db: Database, actor: Actor, *, number: int, expect: LoanRule | None = None) -> LoanRule:
    """Remove rule ``number`` (1-based, as ``loan rules`` lists them); administrators only. With
    ``expect`` (the rule a screen shows under that number) refused when another workstation changed the
    list meanwhile, so the wrong rule is never removed. Returns the removed rule."""
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        row = locked_row(session, _KEY)
        current = load_settings(session)
        if not 1 <= number <= len(current.rules):
            count = len(current.rules)
            raise NotFound(
                f"Tidak ada aturan masa pinjam nomor {number} "
                + (f"(ada {count} aturan: nomor 1 sampai {count})" if count else "(belum ada aturan)")
            )
        rule = current.rules[number - 1]
        if expect is not None and rule != expect:
            raise LoanRefused("Daftar aturan masa pinjam baru saja diubah di komputer lain: muat ulang lalu ulangi")
        new = replace(current, rules=current.rules[: number - 1] + current.rules[number:])
        _store(session, actor, row, new, removed=asdict(rule))
        return rule


def _key(rule: LoanRule) -> tuple:
    return ((rule.borrower_category or "").lower() or None, rule.classification_prefix, rule.confidential)


def describe_rule(rule: LoanRule) -> str:
    """``golongan pimpinan, klasifikasi HK…, berkas rahasia``: which loans the rule is for."""
    parts = []
    if rule.borrower_category is not None:
        parts.append(f"golongan {rule.borrower_category}")
    if rule.classification_prefix is not None:
        parts.append(f"klasifikasi {rule.classification_prefix}…")
    if rule.confidential is not None:
        parts.append("berkas rahasia" if rule.confidential else "berkas tidak rahasia")
    return ", ".join(parts) or "semua pinjaman"


def rule_to_json(number: int, rule: LoanRule) -> dict[str, Any]:
    return {"number": number, **asdict(rule)}


def settings_to_json(settings: LoanSettings) -> dict[str, Any]:
    """``loan settings show``: the settings, the rules numbered as ``loan rule delete`` takes them."""
    return {
        "default_days": settings.default_days, "max_renewals": settings.max_renewals,
        "reminder_after": list(settings.reminder_after),
        "rules": [rule_to_json(n, r) for n, r in enumerate(settings.rules, start=1)],
    }


def parse_setting_value(key: str, values: Sequence[str]) -> object:
    """The value of setting ``key`` written as command-line words (``loan settings set KEY VALUE...``):
    one whole number for ``default_days`` and ``max_renewals``, three for ``reminder_after``.
    :class:`LoanSettingsInvalid` naming the key when the words do not fit."""
    if key not in SETTING_KEYS:
        raise _unknown_key(key)
    numbers = []
    for word in values:
        try:
            numbers.append(int(word.strip()))
        except ValueError:
            raise LoanSettingsInvalid({key: f"'{word}' bukan bilangan bulat"}) from None
    if key == "reminder_after":
        if len(numbers) != 3:
            raise LoanSettingsInvalid({key: _THREE_THRESHOLDS})
        return tuple(numbers)
    if len(numbers) != 1:
        raise LoanSettingsInvalid({key: f"Pengaturan '{key}' memerlukan tepat satu bilangan"})
    return numbers[0]


def borrower_categories(db: Database, actor: Actor) -> list[str]:
    """The borrower categories to offer (golongan peminjam): those the rules name, then those already
    written on loans, each once, in lower case; the desk and the settings dialog still take any text."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        in_rules = [r.borrower_category for r in load_settings(session).rules if r.borrower_category]
        used = session.scalars(
            select(Loan.borrower_category).where(Loan.borrower_category.is_not(None)).distinct()
        ).all()
    out: list[str] = []
    for category in [*in_rules, *sorted(used)]:
        category = category.strip().lower()
        if category and category not in out:
            out.append(category)
    return out


# ---------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Borrower:
    name: str
    unit: str
    phone: str | None = None
    category: str | None = None  # for the loan-period rules: "pegawai", "pimpinan", "eksternal" ...


@dataclass(frozen=True, slots=True)
class QueuedRequest:
    id: int
    code: str
    borrower: str
    unit: str
    phone: str | None
    purpose: str | None
    requested_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "request_id": self.id, "code": self.code, "borrower": self.borrower, "unit": self.unit,
            "phone": self.phone, "purpose": self.purpose, "requested_at": iso_time(self.requested_at),
        }


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
            "loan_id": self.loan_id, "code": self.code, "title": self.title, "location": self.location,
            "confidential": self.confidential, "borrower": self.borrower, "unit": self.unit,
            "phone": self.phone, "borrower_category": self.category, "purpose": self.purpose,
            "issued_by": self.issued_by, "lent_at": iso_time(self.lent_at), "due_at": self.due_on.isoformat(),
            "renewals": self.renewals, "returned_at": iso_time(self.returned_at),
            "received_by": self.received_by, "condition": self.condition, "reminder_level": self.reminder_level,
        }


@dataclass(frozen=True, slots=True)
class ReturnResult:
    loan: LoanView
    next_request: QueuedRequest | None  # who asked for the file first while it was out
    queue_length: int

    def to_json(self) -> dict[str, Any]:
        return {
            **self.loan.to_json(),
            "next_request": self.next_request.to_json() if self.next_request else None,
            "queue_length": self.queue_length,
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
            **self.loan.to_json(), "as_of": self.as_of.isoformat(), "days_overdue": self.days_overdue,
            "days_overdue_basis": "working_days", "calendar_days_overdue": self.calendar_days_overdue,
        }


@dataclass(frozen=True, slots=True)
class ApprovalView:
    id: int
    code: str
    borrower: str
    unit: str
    purpose: str | None
    status: str
    requested_by: str
    decided_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "approval_id": self.id, "code": self.code, "borrower": self.borrower, "unit": self.unit,
            "purpose": self.purpose, "status": self.status, "requested_by": self.requested_by,
            "decided_by": self.decided_by,
        }


def iso_time(value: datetime | None) -> str | None:
    """ISO 8601 with the offset; a time read back naive (SQLite) is the workstation's local time."""
    if value is None:
        return None
    return value.astimezone().isoformat(timespec="seconds")


def local_now() -> datetime:
    return datetime.now().astimezone()


# ------------------------------------------------------------------------------------------ the files


def find_file(session: Session, code: str, *, lock: bool = False) -> ArchiveFile:
    """The file with barcode ``code`` (spaces around it and letter case forgiven, as scanners and
    keyboards vary); :class:`UnknownCode` when there is none."""
    wanted = (code or "").strip()
    if not wanted:
        raise UnknownCode("Kode berkas kosong: pindai atau ketik kode pada label berkas")
    stmt = select(ArchiveFile).where(ArchiveFile.archive_code == wanted)
    if lock:
        stmt = stmt.with_for_update()
    archive_file = session.scalar(stmt)
    if archive_file is None and wanted.upper() != wanted:
        stmt = select(ArchiveFile).where(ArchiveFile.archive_code == wanted.upper())
        archive_file = session.scalar(stmt.with_for_update() if lock else stmt)
    if archive_file is None:
        raise UnknownCode(f"Kode berkas {wanted} tidak dikenal: tidak ada berkas dengan kode itu")
    return archive_file


def location_text(session: Session, archive_file: ArchiveFile) -> str | None:
    if archive_file.location_id is not None:
        place = session.get(ArchiveLocation, archive_file.location_id)
        if place is not None:
            return place.describe()
    return archive_file.location


def record_event(session: Session, actor: Actor, archive_file_id: int, action: str, **details: Any) -> None:
    """One line of the file's history (and the same in the audit trail)."""
    session.add(
        ArchiveFileEvent(archive_file_id=archive_file_id, username=actor.username, action=action, details=details)
    )
    audit.record(session, actor, action, "archive_file", archive_file_id, **details)


def _view(loan: Loan, archive_file: ArchiveFile, location: str | None) -> LoanView:
    return LoanView(
        loan_id=loan.id, code=archive_file.archive_code, title=archive_file.title, location=location,
        confidential=bool(archive_file.confidential), borrower=loan.borrower_name, unit=loan.borrower_unit,
        phone=loan.borrower_phone, category=loan.borrower_category, purpose=loan.purpose,
        issued_by=loan.issued_by, lent_at=loan.lent_at, due_on=loan.due_on, renewals=loan.renewals,
        returned_at=loan.returned_at, received_by=loan.received_by, condition=loan.condition,
        reminder_level=loan.reminder_level,
    )


def _open_loan(session: Session, archive_file_id: int) -> Loan | None:
    return session.scalar(
        select(Loan).where(Loan.archive_file_id == archive_file_id, Loan.returned_at.is_(None))
    )


def _lent_message(archive_file: ArchiveFile, loan: Loan | None) -> str:
    if loan is None:
        return f"Berkas {archive_file.archive_code} sedang dipinjam (baru saja dipinjamkan di meja lain)"
    return (
        f"Berkas {archive_file.archive_code} sedang dipinjam oleh {loan.borrower_name} ({loan.borrower_unit}) "
        f"sejak {long_date(loan.lent_at.date())}, jatuh tempo {long_date(loan.due_on)}; "
        "catat permintaan antrean bila perlu"
    )


def _clean_borrower(borrower: Borrower) -> Borrower:
    name, unit = " ".join((borrower.name or "").split()), " ".join((borrower.unit or "").split())
    if not name:
        raise LoanRefused("Nama peminjam wajib diisi")
    if not unit:
        raise LoanRefused("Unit kerja peminjam wajib diisi")
    phone = (borrower.phone or "").strip() or None
    if phone:
        # a mobile number is stored E.164; an office extension ("ext. 221") is kept as typed
        phone = normalize_phone(phone) or phone[:20]
    category = (borrower.category or "").strip().lower() or None
    return Borrower(name=name, unit=unit, phone=phone, category=category)


# ------------------------------------------------------------------------------------------ desk actions


def lend_file(
    db: Database, actor: Actor, *, code: str, borrower: Borrower, purpose: str | None = None,
    now: datetime | None = None,
) -> LoanView:
    """Lend the file ``code``: the loan slip's record, due after the loan period in working days.

    Refused when the code is unknown, the file is out or merged into another, or it is confidential and
    no supervisor has approved lending it to this borrower."""
    actor.require(Permission.LEND_FILES)
    borrower = _clean_borrower(borrower)
    now = now or local_now()
    with db.transaction() as session:
        archive_file = find_file(session, code, lock=True)
        if archive_file.merged_into_id is not None:
            target = session.get(ArchiveFile, archive_file.merged_into_id)
            raise LoanRefused(
                f"Berkas {archive_file.archive_code} sudah digabung ke berkas {target.archive_code}: pinjamkan berkas itu"
            )
        current = _open_loan(session, archive_file.id)
        if current is not None:
            raise FileAlreadyLent(_lent_message(archive_file, current))
        approval = None
        if archive_file.confidential:
            approval = session.scalar(
                select(LoanApproval)
                .where(
                    LoanApproval.archive_file_id == archive_file.id,
                    LoanApproval.status == "approved",
                    func.lower(LoanApproval.borrower_name) == borrower.name.lower(),
                )
                .order_by(LoanApproval.id)
                .limit(1)
            )
            if approval is None:
                raise ApprovalRequired(
                    f"Berkas {archive_file.archive_code} bersifat rahasia: peminjaman oleh {borrower.name} "
                    "perlu persetujuan atasan lebih dahulu"
                )
        conf = load_settings(session)
        period = conf.period(
            category=borrower.category, classification=archive_file.classification_code,
            confidential=bool(archive_file.confidential),
        )
        due = workdays.load(session).add(now.date(), period)
        loan = Loan(
            archive_file_id=archive_file.id, borrower_name=borrower.name, borrower_unit=borrower.unit,
            borrower_phone=borrower.phone, borrower_category=borrower.category,
            purpose=(purpose or "").strip() or None, issued_by=actor.username, lent_at=now, due_on=due,
            renewals=0, reminder_level=0, approval_id=approval.id if approval else None,
        )
        try:
            # a savepoint, so that losing the race leaves the transaction usable for the message
            with session.begin_nested():
                session.add(loan)
                session.flush()
        except IntegrityError:
            raise FileAlreadyLent(_lent_message(archive_file, _open_loan(session, archive_file.id))) from None
        if approval is not None:
            approval.status, approval.loan_id = "used", loan.id
        request = session.scalar(
            select(LoanRequest)
            .where(
                LoanRequest.archive_file_id == archive_file.id, LoanRequest.fulfilled_at.is_(None),
                func.lower(LoanRequest.borrower_name) == borrower.name.lower(),
            )
            .order_by(LoanRequest.id)
            .limit(1)
        )
        if request is not None:
            request.fulfilled_at, request.loan_id = now, loan.id
        record_event(
            session, actor, archive_file.id, "lent", loan_id=loan.id, borrower=borrower.name, unit=borrower.unit,
            due_on=due.isoformat(), period_days=period,
        )
        return _view(loan, archive_file, location_text(session, archive_file))


def renew_loan(db: Database, actor: Actor, *, code: str, now: datetime | None = None) -> LoanView:
    """Extend an open loan by another loan period (counted from the due date, or from today when it is
    already overdue). Refused beyond ``max_renewals`` or when someone is waiting for the file."""
    actor.require(Permission.LEND_FILES)
    now = now or local_now()
    with db.transaction() as session:
        archive_file = find_file(session, code, lock=True)
        loan = _open_loan(session, archive_file.id)
        if loan is None:
            raise FileNotLent(f"Berkas {archive_file.archive_code} tidak sedang dipinjam: tidak ada yang diperpanjang")
        conf = load_settings(session)
        if loan.renewals >= conf.max_renewals:
            raise LoanRefused(
                f"Peminjaman berkas {archive_file.archive_code} sudah diperpanjang {loan.renewals} kali "
                f"(batas {conf.max_renewals}): berkas harus dikembalikan"
            )
        waiting = _queue(session, archive_file.id)
        if waiting:
            raise LoanRefused(
                f"Berkas {archive_file.archive_code} ditunggu {waiting[0].borrower_name} ({waiting[0].borrower_unit}): "
                "tidak dapat diperpanjang"
            )
        period = conf.period(
            category=loan.borrower_category, classification=archive_file.classification_code,
            confidential=bool(archive_file.confidential),
        )
        old_due = loan.due_on
        loan.due_on = workdays.load(session).add(max(now.date(), old_due), period)
        loan.renewals += 1
        record_event(
            session, actor, archive_file.id, "renewed", loan_id=loan.id, old_due_on=old_due.isoformat(),
            due_on=loan.due_on.isoformat(),
        )
        session.flush()
        return _view(loan, archive_file, location_text(session, archive_file))


def return_file(
    db: Database, actor: Actor, *, code: str, condition: str = "baik", note: str | None = None,
    now: datetime | None = None,
) -> ReturnResult:
    """Take the file ``code`` back, noting its condition (baik, rusak, hilang); the result names the
    first person in the queue for it. Refused when the file is not out."""
    actor.require(Permission.LEND_FILES)
    condition = (condition or "baik").strip().lower()
    if condition not in CONDITIONS:
        raise LoanRefused(f"Kondisi tidak dikenal: {condition} (pilih baik, rusak atau hilang)")
    now = now or local_now()
    with db.transaction() as session:
        archive_file = find_file(session, code, lock=True)
        loan = _open_loan(session, archive_file.id)
        if loan is None:
            raise FileNotLent(
                f"Berkas {archive_file.archive_code} tidak sedang dipinjam: berkas ada di tempatnya, tidak ada yang dikembalikan"
            )
        loan.returned_at, loan.received_by, loan.condition = now, actor.username, condition
        loan.return_note = (note or "").strip() or None
        record_event(
            session, actor, archive_file.id, "returned", loan_id=loan.id, borrower=loan.borrower_name,
            condition=condition, note=loan.return_note,
        )
        session.flush()
        queue = _queue(session, archive_file.id)
        nxt = _request_view(queue[0], archive_file) if queue else None
        return ReturnResult(
            loan=_view(loan, archive_file, location_text(session, archive_file)), next_request=nxt,
            queue_length=len(queue),
        )


def _queue(session: Session, archive_file_id: int) -> list[LoanRequest]:
    return list(
        session.scalars(
            select(LoanRequest)
            .where(LoanRequest.archive_file_id == archive_file_id, LoanRequest.fulfilled_at.is_(None))
            .order_by(LoanRequest.requested_at, LoanRequest.id)
        )
    )


def _request_view(r: LoanRequest, archive_file: ArchiveFile) -> QueuedRequest:
    return QueuedRequest(
        id=r.id, code=archive_file.archive_code, borrower=r.borrower_name, unit=r.borrower_unit,
        phone=r.borrower_phone, purpose=r.purpose, requested_at=r.requested_at,
    )


def queue_request(
    db: Database, actor: Actor, *, code: str, borrower: Borrower, purpose: str | None = None,
    now: datetime | None = None,
) -> QueuedRequest:
    """Queue a request for a file that is out; it is shown to whoever takes the file back. A file that
    is in is lent instead, not queued."""
    actor.require(Permission.LEND_FILES)
    borrower = _clean_borrower(borrower)
    now = now or local_now()
    with db.transaction() as session:
        archive_file = find_file(session, code, lock=True)
        if _open_loan(session, archive_file.id) is None:
            raise FileNotLent(f"Berkas {archive_file.archive_code} ada di tempatnya: pinjamkan langsung, tanpa antre")
        request = LoanRequest(
            archive_file_id=archive_file.id, borrower_name=borrower.name, borrower_unit=borrower.unit,
            borrower_phone=borrower.phone, purpose=(purpose or "").strip() or None, requested_by=actor.username,
            requested_at=now,
        )
        session.add(request)
        session.flush()
        record_event(session, actor, archive_file.id, "queued", request_id=request.id, borrower=borrower.name)
        return _request_view(request, archive_file)


def waiting_requests(db: Database, actor: Actor, *, code: str) -> list[QueuedRequest]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        archive_file = find_file(session, code)
        return [_request_view(r, archive_file) for r in _queue(session, archive_file.id)]


# ------------------------------------------------------------------------------ confidential approvals


def request_approval(
    db: Database, actor: Actor, *, code: str, borrower: Borrower, purpose: str | None = None
) -> ApprovalView:
    """Ask a supervisor's consent to lend a confidential file to ``borrower``."""
    actor.require(Permission.LEND_FILES)
    borrower = _clean_borrower(borrower)
    with db.transaction() as session:
        archive_file = find_file(session, code)
        if not archive_file.confidential:
            raise LoanRefused(f"Berkas {archive_file.archive_code} tidak rahasia: tidak perlu persetujuan")
        approval = LoanApproval(
            archive_file_id=archive_file.id, borrower_name=borrower.name, borrower_unit=borrower.unit,
            purpose=(purpose or "").strip() or None, requested_by=actor.username, status="pending",
        )
        session.add(approval)
        session.flush()
        record_event(
            session, actor, archive_file.id, "approval_requested", approval_id=approval.id, borrower=borrower.name
        )
        return _approval_view(approval, archive_file)


def decide_approval(
    db: Database, actor: Actor, *, approval_id: int, approve: bool, note: str | None = None,
    now: datetime | None = None,
) -> ApprovalView:
    """A supervisor approves or rejects a pending request to lend a confidential file."""
    actor.require(Permission.APPROVE_CONFIDENTIAL_LOAN)
    with db.transaction() as session:
        approval = session.get(LoanApproval, approval_id, with_for_update=True)
        if approval is None:
            raise NotFound(f"Permohonan persetujuan {approval_id} tidak ditemukan")
        if approval.status != "pending":
            raise LoanRefused(f"Permohonan persetujuan {approval_id} sudah diputus ({approval.status})")
        approval.status = "approved" if approve else "rejected"
        approval.decided_by, approval.decided_at = actor.username, now or local_now()
        approval.note = (note or "").strip() or None
        archive_file = session.get(ArchiveFile, approval.archive_file_id)
        record_event(
            session, actor, archive_file.id, "approval_" + approval.status, approval_id=approval.id,
            borrower=approval.borrower_name, note=approval.note,
        )
        return _approval_view(approval, archive_file)


def pending_approvals(db: Database, actor: Actor) -> list[ApprovalView]:
    actor.require(Permission.APPROVE_CONFIDENTIAL_LOAN)
    with db.session() as session:
        rows = session.execute(
            select(LoanApproval, ArchiveFile)
            .join(ArchiveFile, ArchiveFile.id == LoanApproval.archive_file_id)
            .where(LoanApproval.status == "pending")
            .order_by(LoanApproval.id)
        ).all()
        return [_approval_view(a, f) for a, f in rows]


def _approval_view(a: LoanApproval, archive_file: ArchiveFile) -> ApprovalView:
    return ApprovalView(
        id=a.id, code=archive_file.archive_code, borrower=a.borrower_name, unit=a.borrower_unit,
        purpose=a.purpose, status=a.status, requested_by=a.requested_by, decided_by=a.decided_by,
    )


# ---------------------------------------------------------------------------------- lists and history


_VIEW_COLUMNS = (
    Loan.id, ArchiveFile.archive_code, ArchiveFile.title, ArchiveFile.confidential, ArchiveFile.location,
    ArchiveLocation.id, ArchiveLocation.code, ArchiveLocation.building, ArchiveLocation.room,
    ArchiveLocation.shelf, ArchiveLocation.box, ArchiveLocation.folder,
    Loan.borrower_name, Loan.borrower_unit, Loan.borrower_phone, Loan.borrower_category, Loan.purpose,
    Loan.issued_by, Loan.lent_at, Loan.due_on, Loan.renewals, Loan.returned_at, Loan.received_by,
    Loan.condition, Loan.reminder_level,
)


def _views(session: Session, stmt) -> Iterator[LoanView]:
    # plain columns, not ORM entities: the overdue list and the register read tens of thousands of rows
    for r in session.execute(stmt):
        location = describe_place(*r[6:12]) if r[5] is not None else r[4]
        yield LoanView(
            loan_id=r[0], code=r[1], title=r[2], location=location, confidential=bool(r[3]), borrower=r[12],
            unit=r[13], phone=r[14], category=r[15], purpose=r[16], issued_by=r[17], lent_at=r[18],
            due_on=r[19], renewals=r[20], returned_at=r[21], received_by=r[22], condition=r[23],
            reminder_level=r[24],
        )


def _select_views():
    return (
        select(*_VIEW_COLUMNS)
        .select_from(Loan)
        .join(ArchiveFile, ArchiveFile.id == Loan.archive_file_id)
        .outerjoin(ArchiveLocation, ArchiveLocation.id == ArchiveFile.location_id)
    )


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
        stmt = (
            _select_views()
            .where(Loan.returned_at.is_(None), Loan.due_on < as_of)
            .order_by(Loan.due_on, Loan.id)
        )
        views = list(_views(session, stmt))
    if not views:
        return []
    counter = _WorkingDayCounter(calendar, views[0].due_on, as_of)
    return [
        OverdueLoan(
            loan=v, as_of=as_of, days_overdue=counter.after_until(v.due_on, as_of),
            calendar_days_overdue=(as_of - v.due_on).days,
        )
        for v in views
    ]


def iter_loans(
    db: Database, actor: Actor, *, lent_from: date | None = None, lent_to: date | None = None,
    batch: int = 5000,
) -> Iterator[LoanView]:
    """The loan register, oldest first, optionally for loans made between two dates (inclusive);
    streamed in batches so a register of 100,000 loans never sits in memory at once."""
    actor.require(Permission.VIEW_REGISTER)
    last_id = 0
    lo = datetime.combine(lent_from, datetime.min.time()).astimezone() if lent_from else None
    hi = datetime.combine(lent_to + timedelta(days=1), datetime.min.time()).astimezone() if lent_to else None
    while True:
        stmt = _select_views().where(Loan.id > last_id)
        if lo is not None:
            stmt = stmt.where(Loan.lent_at >= lo)
        if hi is not None:
            stmt = stmt.where(Loan.lent_at < hi)
        with db.session() as session:
            rows = list(_views(session, stmt.order_by(Loan.id).limit(batch)))
        yield from rows
        if len(rows) < batch:
            return
        last_id = rows[-1].loan_id


def loans_of_file(db: Database, actor: Actor, *, code: str) -> list[LoanView]:
    """Every loan of one file, oldest first (the back of the file's card)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        archive_file = find_file(session, code)
        stmt = _select_views().where(Loan.archive_file_id == archive_file.id).order_by(Loan.id)
        return list(_views(session, stmt))


def current_loan(db: Database, actor: Actor, *, code: str) -> LoanView | None:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        archive_file = find_file(session, code)
        stmt = _select_views().where(Loan.archive_file_id == archive_file.id, Loan.returned_at.is_(None))
        return next(_views(session, stmt), None)


@dataclass(frozen=True, slots=True)
class DeskStatus:
    """What the desk shows after a scan: the file, where it belongs, and its loan if out."""

    code: str
    title: str | None
    location: str | None
    confidential: bool
    loan: LoanView | None
    queue: list[QueuedRequest] = field(default_factory=list)


def desk_status(db: Database, actor: Actor, *, code: str) -> DeskStatus:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        f = find_file(session, code)
        stmt = _select_views().where(Loan.archive_file_id == f.id, Loan.returned_at.is_(None))
        return DeskStatus(
            code=f.archive_code, title=f.title, location=location_text(session, f),
            confidential=bool(f.confidential), loan=next(_views(session, stmt), None),
            queue=[_request_view(r, f) for r in _queue(session, f.id)],
        )


def recent_borrowers(db: Database, actor: Actor, *, limit: int = 50) -> list[Borrower]:
    """The people who borrowed most recently, newest first, each (name, unit) once with the phone and
    category of their last loan: the desk offers them as the archivist types a name."""
    actor.require(Permission.LEND_FILES)
    with db.session() as session:
        rows = session.execute(
            select(Loan.borrower_name, Loan.borrower_unit, Loan.borrower_phone, Loan.borrower_category)
            .order_by(Loan.id.desc())
            .limit(max(limit, 1) * 20)
        ).all()
    seen: set[tuple[str, str]] = set()
    out: list[Borrower] = []
    for name, unit, phone, category in rows:
        key = (name.lower(), unit.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(Borrower(name=name, unit=unit, phone=phone, category=category))
        if len(out) >= limit:
            break
    return out
