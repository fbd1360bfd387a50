"""Lending at the archive desk: due dates on the working-day calendar, every refusal, confidential
approval, the queue shown on return, the overdue list and the database's one-open-loan rule."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy.exc import IntegrityError

from sipdumas.domain import workdays
from sipdumas.domain.errors import ServiceError
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.archive import ArchiveFile, Loan
from sipdumas.services import letters as L
from sipdumas.services.archive import loans as S
from sipdumas.services.archive.approvals import decide_approval, pending_approvals, request_approval
from sipdumas.services.archive.errors import (
    ApprovalRequired,
    FileAlreadyLent,
    FileNotLent,
    LoanRefused,
    UnknownCode,
)
from sipdumas.services.archive.loan_lists import loans_of_file, overdue_loans
from sipdumas.services.archive.loan_settings import LoanRule, LoanSettings, save_lending_settings

PEMINJAM = S.Borrower(name="Rina Siregar", unit="Bagian Telaah", phone="0812-3456-7890")


def at(d: date, hour: int = 9) -> datetime:
    return datetime.combine(d, time(hour)).astimezone()


def new_file(db, admin, subject="Jalan desa rusak", *, confidential=False, classification=None) -> str:
    row = L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject))
    if confidential or classification:
        with db.transaction() as s:
            f = s.query(ArchiveFile).filter_by(archive_code=row.archive_code).one()
            f.confidential, f.classification_code = confidential, classification
    return row.archive_code


def test_lend_then_return_with_due_date_five_working_days_later(db, admin):
    code = new_file(db, admin)
    # Wednesday 4 March 2026 + 5 working days, the weekend skipped -> Wednesday 11 March
    loan = S.lend_file(db, admin, code=code, borrower=PEMINJAM, purpose="telaah", now=at(date(2026, 3, 4)))
    assert loan.due_on == date(2026, 3, 11)
    assert (loan.borrower, loan.unit, loan.phone) == ("Rina Siregar", "Bagian Telaah", "+6281234567890")
    j = loan.to_json()
    assert j["code"] == code and j["due_at"] == "2026-03-11" and j["returned_at"] is None
    back = S.return_file(db, admin, code=code, condition="rusak", now=at(date(2026, 3, 6)))
    assert back.loan.condition == "rusak" and back.loan.returned_at is not None
    assert back.next_request is None
    # lent again after the return: the unique index only covers open loans
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(date(2026, 3, 9)))
    assert len(loans_of_file(db, admin, code=code)) == 2


def test_due_date_skips_national_holidays_and_office_cuti_bersama(db, admin):
    code = new_file(db, admin)
    with db.transaction() as s:  # the office adds a collective-leave day
        workdays.save(s, workdays.WorkCalendar(days_off={date(2026, 3, 23): "Cuti bersama Idul Fitri"}))
    # Nyepi (19 March 2026) and Idul Fitri (20-21 March) are national holidays; 23 March is cuti bersama
    loan = S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(date(2026, 3, 17)))
    cal = workdays.WorkCalendar(days_off={date(2026, 3, 23): "Cuti bersama"})
    assert loan.due_on == cal.add(date(2026, 3, 17), 5)
    assert not cal.is_working_day(date(2026, 3, 19)) and not cal.is_working_day(date(2026, 3, 23))
    assert loan.due_on >= date(2026, 3, 26)


def test_loan_period_rules_per_borrower_category_and_file_type(db, admin):
    rules = (
        LoanRule(days=10, borrower_category="pimpinan"),
        LoanRule(days=2, classification_prefix="HK"),
        LoanRule(days=1, borrower_category="pimpinan", classification_prefix="HK"),
    )
    for rule in rules:
        in_force = save_lending_settings(db, admin, add_rule=rule)
    assert in_force.loans == LoanSettings(default_days=5, rules=rules)
    a, b, c = (
        new_file(db, admin, "a"),
        new_file(db, admin, "b", classification="HK.01"),
        new_file(db, admin, "c", classification="HK.02"),
    )
    monday = at(date(2026, 3, 2))
    boss = S.Borrower("Pak Deputi", "Deputi", category="Pimpinan")
    assert S.lend_file(db, admin, code=a, borrower=boss, now=monday).due_on == date(2026, 3, 16)
    assert S.lend_file(db, admin, code=b, borrower=PEMINJAM, now=monday).due_on == date(2026, 3, 4)
    assert S.lend_file(db, admin, code=c, borrower=boss, now=monday).due_on == date(2026, 3, 3)


def test_refusals_have_clear_indonesian_messages(db, admin):
    code = new_file(db, admin)
    with pytest.raises(UnknownCode, match="tidak dikenal"):
        S.lend_file(db, admin, code="BRK-0000-99999", borrower=PEMINJAM)
    with pytest.raises(UnknownCode):
        S.return_file(db, admin, code="TIDAK-ADA")
    with pytest.raises(FileNotLent, match="tidak sedang dipinjam"):
        S.return_file(db, admin, code=code)
    with pytest.raises(FileNotLent):
        S.renew_loan(db, admin, code=code)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(date(2026, 3, 4)))
    with pytest.raises(FileAlreadyLent, match="sedang dipinjam oleh Rina Siregar"):
        S.lend_file(db, admin, code=f"  {code.lower()} ", borrower=S.Borrower("Budi", "Umum"))
    with pytest.raises(LoanRefused, match="Kondisi"):
        S.return_file(db, admin, code=code, condition="basah")
    with pytest.raises(LoanRefused, match="Nama peminjam"):
        S.lend_file(db, admin, code=code, borrower=S.Borrower(" ", "Umum"))
    staff = Actor("staf", Role.STAFF)
    with pytest.raises(ServiceError, match="tidak berwenang"):
        S.return_file(db, staff, code=code)
    archivist = Actor("arsiparis", Role.ARCHIVIST)
    assert S.return_file(db, archivist, code=code).loan.received_by == "arsiparis"


def test_the_database_refuses_a_second_open_loan_of_a_file(db, admin):
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM)
    with pytest.raises(IntegrityError), db.transaction() as s:
        f = s.query(ArchiveFile).filter_by(archive_code=code).one()
        s.add(
            Loan(
                archive_file_id=f.id,
                borrower_name="X",
                borrower_unit="Y",
                issued_by="z",
                lent_at=at(date(2026, 3, 4)),
                due_on=date(2026, 3, 5),
                renewals=0,
                reminder_level=0,
            )
        )


def test_renewal_extends_from_due_date_and_is_limited(db, admin):
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(date(2026, 3, 2)))  # due Mon 9 March
    assert S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 5))).due_on == date(2026, 3, 16)
    assert S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 5))).renewals == 2
    with pytest.raises(LoanRefused, match="batas 2"):
        S.renew_loan(db, admin, code=code)


def test_confidential_file_needs_a_supervisors_approval(db, admin):
    code = new_file(db, admin, confidential=True)
    archivist = Actor("arsiparis", Role.ARCHIVIST)
    supervisor = Actor("atasan", Role.SUPERVISOR)
    with pytest.raises(ApprovalRequired, match="rahasia"):
        S.lend_file(db, archivist, code=code, borrower=PEMINJAM)
    req = request_approval(db, archivist, code=code, borrower=PEMINJAM, purpose="klarifikasi")
    with pytest.raises(ServiceError, match="tidak berwenang"):
        decide_approval(db, archivist, approval_id=req.id, approve=True)
    with pytest.raises(ApprovalRequired):  # still pending
        S.lend_file(db, archivist, code=code, borrower=PEMINJAM)
    assert [a.id for a in pending_approvals(db, supervisor)] == [req.id]
    assert decide_approval(db, supervisor, approval_id=req.id, approve=True).status == "approved"
    with pytest.raises(ApprovalRequired):  # approved for Rina, not for someone else
        S.lend_file(db, archivist, code=code, borrower=S.Borrower("Budi", "Umum"))
    S.lend_file(db, archivist, code=code, borrower=PEMINJAM)
    S.return_file(db, archivist, code=code)
    with pytest.raises(ApprovalRequired):  # an approval is used once
        S.lend_file(db, archivist, code=code, borrower=PEMINJAM)
    rejected = request_approval(db, archivist, code=code, borrower=PEMINJAM)
    decide_approval(db, supervisor, approval_id=rejected.id, approve=False)
    with pytest.raises(ApprovalRequired):
        S.lend_file(db, archivist, code=code, borrower=PEMINJAM)


def test_requests_for_a_file_that_is_out_are_queued_and_shown_on_return(db, admin):
    code = new_file(db, admin)
    with pytest.raises(FileNotLent, match="tanpa antre"):
        S.queue_request(db, admin, code=code, borrower=PEMINJAM)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(date(2026, 3, 2)))
    S.queue_request(db, admin, code=code, borrower=S.Borrower("Budi", "Umum"), now=at(date(2026, 3, 3)))
    S.queue_request(db, admin, code=code, borrower=S.Borrower("Sari", "Hukum"), now=at(date(2026, 3, 4)))
    with pytest.raises(LoanRefused, match="ditunggu Budi"):
        S.renew_loan(db, admin, code=code)
    back = S.return_file(db, admin, code=code)
    assert back.next_request.borrower == "Budi" and back.queue_length == 2
    assert back.to_json()["next_request"]["unit"] == "Umum"
    S.lend_file(db, admin, code=code, borrower=S.Borrower("budi", "Umum"))  # fulfils Budi's request
    back = S.return_file(db, admin, code=code)
    assert back.next_request.borrower == "Sari" and back.queue_length == 1


def test_overdue_list_counts_working_and_calendar_days(db, admin):
    a, b, c = new_file(db, admin, "a"), new_file(db, admin, "b"), new_file(db, admin, "c")
    S.lend_file(db, admin, code=a, borrower=PEMINJAM, now=at(date(2026, 3, 2)))  # due Mon 9 March
    S.lend_file(db, admin, code=b, borrower=PEMINJAM, now=at(date(2026, 3, 4)))  # due Wed 11 March
    S.lend_file(db, admin, code=c, borrower=PEMINJAM, now=at(date(2026, 3, 2)))
    S.return_file(db, admin, code=c)
    rows = overdue_loans(db, admin, as_of=date(2026, 3, 16))  # Monday
    assert [r.loan.code for r in rows] == [a, b]
    assert (rows[0].days_overdue, rows[0].calendar_days_overdue) == (5, 7)
    assert (rows[1].days_overdue, rows[1].calendar_days_overdue) == (3, 5)
    assert rows[0].to_json()["days_overdue_basis"] == "working_days"
    assert overdue_loans(db, admin, as_of=date(2026, 3, 9)) == []  # due today is not overdue yet
