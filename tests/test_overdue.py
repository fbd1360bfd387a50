"""The register's Terlambat filter (``LetterQuery.overdue``), the dashboard counter behind it, and the
work list ("Tugas saya") in urgency order, on the office calendar, on both databases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from sipdumas.domain import workdays
from sipdumas.domain.errors import PermissionDenied
from sipdumas.domain.permissions import Actor, Role
from sipdumas.domain.statuses import LetterStatus as S
from sipdumas.domain.workdays import WorkCalendar
from sipdumas.services import dashboard, routing
from sipdumas.services import deadlines as D
from sipdumas.services import letters as L
from sipdumas.services import workflow as W
from sipdumas.services.admin import users
from sipdumas.services.forwarding import forward_letter

OVERDUE = L.LetterQuery(overdue=True)
# Wednesday 19 August 2026; Monday 17 August is Independence Day, 15-16 August a weekend
TODAY = date(2026, 8, 19)
BOS = Actor("bos", Role.SUPERVISOR)
ANA = Actor("ana", Role.ANALYST)


def reg(db, actor, received, subject="Jalan desa rusak"):
    return L.register_letter(
        db, actor, today=date(2026, 12, 31), data=L.LetterInput(received_at=received, subject=subject)
    )


def move(db, actor, row, *statuses):
    for status in statuses:
        row = W.change_status(db, actor, letter_id=row.id, expected_version=row.version, status=status)
    return row


def overdue_ids(db, actor, today=TODAY) -> set[int]:
    return {r.id for r in L.list_letters(db, actor, query=OVERDUE, today=today)}


@pytest.fixture
def register(db, admin):
    agency = routing.save_agency(db, admin, name="Dinas PU", addressee_position="Kepala Dinas PU")
    rows = {
        "three_days": reg(
            db, admin, date(2026, 8, 13)
        ),  # Thursday: 3 working days before TODAY, not reviewed
        "today": reg(db, admin, TODAY),
        "friday": reg(db, admin, date(2026, 8, 14)),  # review due Tuesday 18 (weekend and holiday skipped)
        "reviewing": move(db, admin, reg(db, admin, date(2026, 8, 5)), S.UNDER_REVIEW),  # forwarding due 12th
        "filed": move(db, admin, reg(db, admin, date(2026, 5, 4)), S.FILED),
        "closed": reg(db, admin, date(2026, 5, 4)),
        "forwarded": reg(db, admin, date(2026, 5, 4)),
        "forwarded_recently": reg(db, admin, date(2026, 8, 3)),
    }
    for key, on in (
        ("closed", date(2026, 5, 5)),
        ("forwarded", date(2026, 5, 5)),
        ("forwarded_recently", date(2026, 8, 4)),
    ):
        forward_letter(db, admin, letter_id=rows[key].id, agency_id=agency.id, today=on)
    closed = L.get_letter(db, admin, letter_id=rows["closed"].id).row
    move(db, admin, closed, S.ANSWERED, S.CLOSED)
    return rows


def test_the_overdue_filter_lists_the_letters_past_a_deadline(db, admin, register):
    r = register
    # forwarded on 5 May: the agency's 60 working days are over; received today, filed or closed: not late
    expected = {r["three_days"].id, r["friday"].id, r["reviewing"].id, r["forwarded"].id}
    assert overdue_ids(db, admin) == expected
    assert (
        L.count_letters(db, admin, query=OVERDUE, today=TODAY)
        == 4
        == D.overdue_counts(db, admin, today=TODAY)["total"]
    )
    assert {x.id for x in D.overdue_letters(db, admin, today=TODAY)} == expected
    # the Friday letter is due on Tuesday 18 (the weekend and 17 August are skipped): late from the 19th
    assert r["friday"].id not in overdue_ids(db, admin, today=date(2026, 8, 18))
    assert r["three_days"].id in overdue_ids(db, admin, today=date(2026, 8, 18))
    # filters combine: overdue and still waiting for review
    received = L.LetterQuery(overdue=True, status=S.RECEIVED.value)
    assert {x.id for x in L.list_letters(db, admin, query=received, today=TODAY)} == {
        r["three_days"].id,
        r["friday"].id,
    }
    assert L.count_letters(db, admin, query=received, today=TODAY) == 2
    settling = L.LetterQuery(overdue=True, status=S.FORWARDED.value)
    assert L.count_letters(db, admin, query=settling, today=TODAY) == 1


def test_the_office_calendar_moves_the_deadlines(db, admin, register):
    r = register
    with db.transaction() as session:  # the office works on 17 August: the Friday letter was due Monday
        workdays.save(session, WorkCalendar(workdays=frozenset({date(2026, 8, 17)})))
    assert r["friday"].id in overdue_ids(db, admin, today=date(2026, 8, 18))
    with db.transaction() as session:  # closed on 14 and 18 August: the Thursday letter is due on the 19th
        workdays.save(
            session, WorkCalendar(days_off={date(2026, 8, 14): "Cuti bersama", date(2026, 8, 18): "Rapat"})
        )
    assert r["three_days"].id not in overdue_ids(db, admin)
    assert (
        L.count_letters(db, admin, query=OVERDUE, today=TODAY)
        == D.overdue_counts(db, admin, today=TODAY)["total"]
    )


def test_overdue_is_judged_on_the_real_today_by_default(db, admin):
    with db.session() as session:
        calendar = workdays.load(session)
    today = date.today()
    start = today
    while calendar.between(start, today) < 3:
        start -= timedelta(days=1)
    late = reg(db, admin, start)  # received 3 working days ago, not reviewed
    fresh = reg(db, admin, today)
    assert overdue_ids(db, admin, today=None) == {late.id}
    assert fresh.id not in overdue_ids(db, admin, today=None)
    assert L.count_letters(db, admin, query=OVERDUE) == 1 == D.overdue_counts(db, admin)["total"]
    counter = dashboard.dashboard(db, admin).counter("overdue")
    assert counter.query == OVERDUE and counter.value == L.count_letters(db, admin, query=counter.query) == 1


def test_the_first_page_walks_the_index_of_letters_waiting_on_a_deadline(db, admin):
    """The Terlambat page must not gather and sort every overdue letter (1.1 s at 200,000 letters)."""
    if not db.is_sqlite:
        pytest.skip("the plan is checked on SQLite, whose planner needs the predicate repeated")
    with db.session() as session:
        stmt = (
            L._filtered(select(L.IncomingLetter.id), OVERDUE, session, db.dialect, today=TODAY)
            .order_by(L.IncomingLetter.received_at.desc(), L.IncomingLetter.id.desc())
            .limit(200)
        )
        compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(row) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_letters_awaiting" in plan and "TEMP B-TREE" not in plan, plan


def test_my_work_is_ordered_by_the_due_date_of_each_letters_step(db, admin):
    agency = routing.save_agency(db, admin, name="Dinas PU", addressee_position="Kepala Dinas PU")
    old_forwarded = reg(db, admin, date(2026, 7, 1), "diteruskan Juli")
    forward_letter(db, admin, letter_id=old_forwarded.id, agency_id=agency.id, today=date(2026, 7, 2))
    new = reg(db, admin, date(2026, 8, 18), "baru")  # review due 19 August
    late = move(db, admin, reg(db, admin, date(2026, 8, 7), "terlambat"), S.UNDER_REVIEW)  # due 14 August
    answered = reg(db, admin, date(2026, 6, 1), "dijawab")
    forward_letter(db, admin, letter_id=answered.id, agency_id=agency.id, today=date(2026, 6, 2))
    move(db, admin, L.get_letter(db, admin, letter_id=answered.id).row, S.ANSWERED)
    others = reg(db, admin, date(2026, 8, 3), "punya budi")
    filed = move(db, admin, reg(db, admin, date(2026, 8, 3), "diarsipkan"), S.FILED)
    for row in (old_forwarded, new, late, answered, filed):
        W.dispose(db, BOS, letter_id=row.id, assignee="ana", instructions=["Proses lebih lanjut"])
    W.dispose(db, BOS, letter_id=others.id, assignee="budi", instructions=["Tanggapan dan saran"])

    page = D.work_page(db, ANA, today=TODAY)
    assert [w.letter.id for w in page.items] == [late.id, new.id, old_forwarded.id, answered.id]
    assert (page.total, page.overdue) == (4, 1) and D.count_my_work(db, ANA) == 4
    first = page.items[0].deadlines
    assert (first.step, first.due, first.overdue, first.days_late) == (
        "forward",
        date(2026, 8, 14),
        ("forward",),
        2,
    )
    assert page.items[1].deadlines.due == date(2026, 8, 19) and not page.items[1].deadlines.overdue
    assert page.items[2].deadlines.step == "settle" and page.items[3].deadlines.due is None
    # paged in the same order
    assert [w.letter.id for w in D.my_work(db, ANA, today=TODAY, offset=1, limit=2)] == [
        new.id,
        old_forwarded.id,
    ]
    # a supervisor looks at anyone's list; an analyst only at their own
    assert [w.letter.id for w in D.my_work(db, BOS, assignee="budi", today=TODAY)] == [others.id]
    with pytest.raises(PermissionDenied):
        D.work_page(db, ANA, assignee="budi")
    with pytest.raises(PermissionDenied):
        D.count_my_work(db, ANA, assignee="budi")


def test_supervisors_choose_among_the_accounts_that_may_review(db, admin):
    assert [a.username for a in D.work_assignees(db, admin)] == []  # no accounts, nothing disposed yet
    for username, name, role in (
        ("ana", "Ana Lestari", Role.ANALYST),
        ("budi", "Budi Santoso", Role.ANALYST),
        ("sari", "Sari Arsip", Role.ARCHIVIST),
        ("bos", "Bos Besar", Role.SUPERVISOR),
    ):
        users.create_user(db, admin, username=username, full_name=name, password="rahasia-123", role=role)
    users.set_active(db, admin, username="budi", active=False)
    people = D.work_assignees(db, BOS)
    assert [(a.username, a.full_name) for a in people] == [("ana", "Ana Lestari"), ("bos", "Bos Besar")]
    with pytest.raises(PermissionDenied):
        D.work_assignees(db, ANA)


def test_the_overdue_count_reads_each_deadline_as_a_range_of_an_index(db, admin):
    """The Terlambat counter is one index range per status waiting on a date, never a test of every
    letter still waiting (92 ms at a million letters, half of them open; 43 ms counted by range)."""
    if not db.is_sqlite:
        pytest.skip("the plan is checked on SQLite")
    from sipdumas.services.overdue import overdue_branches

    with db.session() as session:
        plans = []
        for branch in overdue_branches(session, TODAY)[:-1]:
            stmt = select(func.count()).select_from(L.IncomingLetter).where(branch)
            compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
            plans.append(
                " ".join(str(row) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            )
    assert plans and all(
        "COVERING INDEX ix_letters_status_received" in p and "received_at<" in p for p in plans
    ), plans
