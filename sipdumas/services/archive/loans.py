"""Lending physical files at the archive desk (peminjaman arsip): lend, renew, return, queue requests
for a file that is out, what the desk shows after a scan, and the borrowers it offers as a name is
typed. Approvals of confidential files are in :mod:`~sipdumas.services.archive.approvals`, the lists
(overdue, register, a file's loans) in :mod:`~sipdumas.services.archive.loan_lists`, the settings in
:mod:`~sipdumas.services.archive.loan_settings`.

Each function is one desk action with keyword-only arguments; it checks the actor's role, works in one
transaction, writes the file's history and the audit trail, and returns plain values. Refusals raise
:class:`~sipdumas.services.archive.errors.LoanRefused` (a :class:`~sipdumas.domain.errors.ServiceError`)
with a message for the archivist.

Due dates count working days (:mod:`sipdumas.domain.workdays`: weekends, national holidays, the office's cuti
bersama). The loan period comes from the lending settings: 5 working days unless a rule for the
borrower's category or the file's classification says otherwise.

Only one open loan per file: the database's partial unique index ``uq_loans_open_file`` refuses a
second one, so two workstations lending the same file at the same moment cannot both succeed; the loser
gets the same :class:`~sipdumas.services.archive.errors.FileAlreadyLent` message as a lender who was
simply late.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.identity import normalize_phone
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.text import printable
from sipdumas.models.archive import CONDITIONS, ArchiveFile, Loan, LoanApproval, LoanRequest
from sipdumas.services.archive.errors import ApprovalRequired, FileAlreadyLent, FileNotLent, LoanRefused
from sipdumas.services.archive.files import find_file, location_text, record_event
from sipdumas.services.archive.loan_lists import LoanView, iso_time, open_loan_view
from sipdumas.services.archive.loan_settings import load_settings


@dataclass(frozen=True, slots=True)
class Borrower:
    name: str
    unit: str
    phone: str | None = None
    category: str | None = None  # for the loan-period rules: "pegawai", "pimpinan", "eksternal" ...
    nip: str | None = None  # a civil servant's NIP, printed on the loan slip


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
            "request_id": self.id,
            "code": self.code,
            "borrower": self.borrower,
            "unit": self.unit,
            "phone": self.phone,
            "purpose": self.purpose,
            "requested_at": iso_time(self.requested_at),
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
class DeskStatus:
    """What the desk shows after a scan: the file, where it belongs, and its loan if out."""

    code: str
    title: str | None
    location: str | None
    confidential: bool
    loan: LoanView | None
    queue: list[QueuedRequest] = field(default_factory=list)


#: The longest borrower name or unit a loan holds (the columns' length).
MAX_BORROWER = 200


def local_now() -> datetime:
    return datetime.now().astimezone()


def clean_borrower(borrower: Borrower) -> Borrower:
    """``borrower`` as a loan or a request records it: spaces tidied, the phone in E.164 when it is a
    mobile number, the category in lower case; refused without a name or a unit, or with one longer than
    :data:`MAX_BORROWER` characters (PostgreSQL would refuse it with a driver error)."""
    name = " ".join(printable(borrower.name or "").split())
    unit = " ".join(printable(borrower.unit or "").split())
    if not name:
        raise LoanRefused("Nama peminjam wajib diisi")
    if not unit:
        raise LoanRefused("Unit kerja peminjam wajib diisi")
    if len(name) > MAX_BORROWER:
        raise LoanRefused(f"Nama peminjam terlalu panjang (paling banyak {MAX_BORROWER} karakter)")
    if len(unit) > MAX_BORROWER:
        raise LoanRefused(f"Unit kerja peminjam terlalu panjang (paling banyak {MAX_BORROWER} karakter)")
    phone = (borrower.phone or "").strip() or None
    if phone:
        # a mobile number is stored E.164; an office extension ("ext. 221") is kept as typed
        phone = normalize_phone(phone) or phone[:20]
    category = (borrower.category or "").strip().lower() or None
    nip = "".join((borrower.nip or "").split()) or None
    if nip and not (nip.isdigit() and len(nip) == 18):
        raise LoanRefused("NIP peminjam harus 18 digit angka (kosongkan bila peminjam tidak ber-NIP)")
    return Borrower(name=name, unit=unit, phone=phone, category=category, nip=nip)


def _view(loan: Loan, archive_file: ArchiveFile, location: str | None) -> LoanView:
    return LoanView(
        loan_id=loan.id,
        code=archive_file.archive_code,
        title=archive_file.title,
        location=location,
        confidential=bool(archive_file.confidential),
        borrower=loan.borrower_name,
        unit=loan.borrower_unit,
        phone=loan.borrower_phone,
        category=loan.borrower_category,
        purpose=loan.purpose,
        issued_by=loan.issued_by,
        lent_at=loan.lent_at,
        due_on=loan.due_on,
        renewals=loan.renewals,
        returned_at=loan.returned_at,
        received_by=loan.received_by,
        condition=loan.condition,
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


# ------------------------------------------------------------------------------------------ desk actions


def lend_file(
    db: Database,
    actor: Actor,
    *,
    code: str,
    borrower: Borrower,
    purpose: str | None = None,
    now: datetime | None = None,
) -> LoanView:
    """Lend the file ``code``: the loan slip's record, due after the loan period in working days.

    Refused when the code is unknown, the file is out or merged into another, or it is confidential and
    no supervisor has approved lending it to this borrower."""
    actor.require(Permission.LEND_FILES)
    borrower = clean_borrower(borrower)
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
            category=borrower.category,
            classification=archive_file.classification_code,
            confidential=bool(archive_file.confidential),
        )
        due = workdays.load(session).add(now.date(), period)
        loan = Loan(
            archive_file_id=archive_file.id,
            borrower_name=borrower.name,
            borrower_unit=borrower.unit,
            borrower_phone=borrower.phone,
            borrower_category=borrower.category,
            borrower_nip=borrower.nip,
            purpose=(purpose or "").strip() or None,
            issued_by=actor.username,
            lent_at=now,
            due_on=due,
            renewals=0,
            reminder_level=0,
            approval_id=approval.id if approval else None,
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
                LoanRequest.archive_file_id == archive_file.id,
                LoanRequest.fulfilled_at.is_(None),
                func.lower(LoanRequest.borrower_name) == borrower.name.lower(),
            )
            .order_by(LoanRequest.id)
            .limit(1)
        )
        if request is not None:
            request.fulfilled_at, request.loan_id = now, loan.id
        record_event(
            session,
            actor,
            archive_file.id,
            "lent",
            loan_id=loan.id,
            borrower=borrower.name,
            unit=borrower.unit,
            due_on=due.isoformat(),
            period_days=period,
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
            raise FileNotLent(
                f"Berkas {archive_file.archive_code} tidak sedang dipinjam: tidak ada yang diperpanjang"
            )
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
            category=loan.borrower_category,
            classification=archive_file.classification_code,
            confidential=bool(archive_file.confidential),
        )
        old_due = loan.due_on
        loan.due_on = workdays.load(session).add(max(now.date(), old_due), period)
        loan.renewals += 1
        record_event(
            session,
            actor,
            archive_file.id,
            "renewed",
            loan_id=loan.id,
            old_due_on=old_due.isoformat(),
            due_on=loan.due_on.isoformat(),
        )
        session.flush()
        return _view(loan, archive_file, location_text(session, archive_file))


def return_file(
    db: Database,
    actor: Actor,
    *,
    code: str,
    condition: str = "baik",
    note: str | None = None,
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
            session,
            actor,
            archive_file.id,
            "returned",
            loan_id=loan.id,
            borrower=loan.borrower_name,
            condition=condition,
            note=loan.return_note,
        )
        session.flush()
        queue = _queue(session, archive_file.id)
        nxt = _request_view(queue[0], archive_file) if queue else None
        return ReturnResult(
            loan=_view(loan, archive_file, location_text(session, archive_file)),
            next_request=nxt,
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
        id=r.id,
        code=archive_file.archive_code,
        borrower=r.borrower_name,
        unit=r.borrower_unit,
        phone=r.borrower_phone,
        purpose=r.purpose,
        requested_at=r.requested_at,
    )


def queue_request(
    db: Database,
    actor: Actor,
    *,
    code: str,
    borrower: Borrower,
    purpose: str | None = None,
    now: datetime | None = None,
) -> QueuedRequest:
    """Queue a request for a file that is out; it is shown to whoever takes the file back. A file that
    is in is lent instead, not queued."""
    actor.require(Permission.LEND_FILES)
    borrower = clean_borrower(borrower)
    now = now or local_now()
    with db.transaction() as session:
        archive_file = find_file(session, code, lock=True)
        if _open_loan(session, archive_file.id) is None:
            raise FileNotLent(
                f"Berkas {archive_file.archive_code} ada di tempatnya: pinjamkan langsung, tanpa antre"
            )
        request = LoanRequest(
            archive_file_id=archive_file.id,
            borrower_name=borrower.name,
            borrower_unit=borrower.unit,
            borrower_phone=borrower.phone,
            purpose=(purpose or "").strip() or None,
            requested_by=actor.username,
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


def desk_status(db: Database, actor: Actor, *, code: str) -> DeskStatus:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        f = find_file(session, code)
        return DeskStatus(
            code=f.archive_code,
            title=f.title,
            location=location_text(session, f),
            confidential=bool(f.confidential),
            loan=open_loan_view(session, f.id),
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
