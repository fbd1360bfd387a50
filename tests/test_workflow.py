"""The review workflow: role rules per step, status history, telaah, disposisi, deadlines over holidays,
overdue counts, "my work", and the printed disposition sheet and receipt."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import pytest

from sipdumas.domain import workdays
from sipdumas.domain.errors import PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.domain.statuses import LetterStatus as S
from sipdumas.domain.workdays import WorkCalendar
from sipdumas.output.pdf.sheets import TICKED
from sipdumas.services import deadlines as D
from sipdumas.services import duplicates as DUP
from sipdumas.services import letter_papers as P
from sipdumas.services import letters as L
from sipdumas.services import overdue, routing
from sipdumas.services import workflow as W
from sipdumas.services.forwarding import forward_letter

ANA = Actor("ana", Role.ANALYST)
BOS = Actor("bos", Role.SUPERVISOR)
STAFF = Actor("stef", Role.STAFF)


def text_of(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pdf)
    finally:
        pdf.close()


def reg(db, actor, received=date(2026, 8, 14), subject="Jalan desa rusak", **sender):
    return L.register_letter(
        db,
        actor,
        today=date(2026, 12, 31),
        data=L.LetterInput(received_at=received, subject=subject, sender=L.SenderData(**sender)),
    )


def test_each_step_checks_the_role_and_is_recorded_with_user_time_and_note(db, admin):
    row = reg(db, admin)
    with pytest.raises(PermissionDenied):
        W.change_status(db, STAFF, letter_id=row.id, expected_version=row.version, status=S.UNDER_REVIEW)
    row = W.change_status(
        db, ANA, letter_id=row.id, expected_version=row.version, status=S.UNDER_REVIEW, note="mulai telaah"
    )
    row = W.change_status(db, ANA, letter_id=row.id, expected_version=row.version, status=S.MONITORING)
    row = W.change_status(db, ANA, letter_id=row.id, expected_version=row.version, status=S.ANSWERED)
    with pytest.raises(PermissionDenied):  # only supervisors and administrators close
        W.change_status(db, ANA, letter_id=row.id, expected_version=row.version, status=S.CLOSED)
    with pytest.raises(ValidationFailed):  # not a move the workflow allows
        W.change_status(db, BOS, letter_id=row.id, expected_version=row.version, status=S.RECEIVED)
    W.change_status(db, BOS, letter_id=row.id, expected_version=row.version, status=S.CLOSED, note="selesai")
    hist = W.history(db, admin, letter_id=row.id)
    assert [(h.old_status, h.new_status, h.username, h.note) for h in hist] == [
        ("received", "under_review", "ana", "mulai telaah"),
        ("under_review", "monitoring", "ana", None),
        ("monitoring", "answered", "ana", None),
        ("answered", "closed", "bos", "selesai"),
    ]
    assert all(h.at is not None for h in hist)
    assert W.allowed_steps(STAFF, S.RECEIVED) == []
    assert W.allowed_steps(ANA, S.ANSWERED) == ["monitoring"]


def test_every_status_move_lands_in_the_history_whichever_action_makes_it(db, admin):
    """Filing a re-sent letter as handled moves its status through the same workflow step as the
    status dialog, so the history and the audit trail both record it."""
    first = reg(db, admin, subject="Tanah warisan diserobot", name="Siti", nik="3273014507850003")
    again = reg(db, admin, subject="Tanah warisan diserobot", name="Siti", nik="3273014507850003")
    assert again.duplicate_of == first.id
    filed = DUP.file_as_handled(db, ANA, letter_id=again.id, expected_version=again.version)
    assert filed.status == S.FILED
    [entry] = W.history(db, admin, letter_id=again.id)
    assert (entry.old_status, entry.new_status, entry.username) == ("received", "filed", ANA.username)
    assert entry.note.startswith(f"Sudah ditindaklanjuti: pengiriman ulang dari surat {first.agenda_no}")


def test_review_note_takes_related_letters_from_the_duplicate_check_and_starts_review(db, admin):
    first = reg(db, admin, subject="Tanah warisan diserobot", name="Siti", nik="3273014507850003")
    second = reg(db, admin, subject="Tanah warisan diserobot", name="Siti", nik="3273014507850003")
    L_detail = L.get_letter(db, admin, letter_id=second.id)
    review = W.save_review(
        db,
        ANA,
        letter_id=second.id,
        core_problem="Sengketa tanah warisan",
        regulation="UU 5/1960",
        recommendation=S.FORWARDED,
    )
    expected = sorted({i for i in [L_detail.row.duplicate_of, *L_detail.related_ids] if i} - {second.id})
    assert review.related_ids == expected == [first.id]
    assert L.get_letter(db, admin, letter_id=second.id).row.status == S.UNDER_REVIEW
    with pytest.raises(PermissionDenied):
        W.save_review(db, STAFF, letter_id=first.id, core_problem="x")
    with pytest.raises(ValidationFailed):
        W.save_review(db, ANA, letter_id=first.id, core_problem="x", related_ids=[99999])
    again = W.save_review(
        db,
        ANA,
        letter_id=second.id,
        core_problem="Sengketa",
        related_ids=[first.id],
        expected_version=review.version,
    )
    assert W.get_review(db, admin, letter_id=second.id).related_ids == [first.id] == again.related_ids


def test_only_supervisors_dispose_and_the_newest_disposition_decides_whose_work_it_is(db, admin):
    row = reg(db, admin, received=date(2026, 8, 10))
    with pytest.raises(PermissionDenied):
        W.dispose(db, ANA, letter_id=row.id, assignee="ana", instructions=["Proses lebih lanjut"])
    W.dispose(db, BOS, letter_id=row.id, assignee="budi", instructions=["Tanggapan dan saran"])
    W.dispose(
        db,
        BOS,
        letter_id=row.id,
        assignee="ana",
        instructions=["Proses lebih lanjut", "Koordinasikan"],
        note="segera <b>&",
        urgency="Segera",
    )
    assert D.count_my_work(db, ANA) == 1 and D.count_my_work(db, Actor("budi", Role.ANALYST)) == 0
    work = D.my_work(db, ANA, today=date(2026, 8, 20))
    assert [w.letter.id for w in work] == [row.id]
    assert (
        work[0].deadlines.overdue == ("review", "forward")
        and work[0].instructions[0] == "Proses lebih lanjut"
    )
    sheet = text_of(P.disposition_sheet_pdf(db, STAFF, letter_id=row.id).data)
    for expected in (
        "LEMBAR DISPOSISI",
        row.agenda_no,
        "ana",
        f"{TICKED} Proses lebih lanjut",
        f"{TICKED} Koordinasikan",
        "segera <b>&",
        "Segera",
        "Jalan desa rusak",
    ):
        assert expected in sheet, expected
    with pytest.raises(PermissionDenied):
        P.disposition_sheet_pdf(db, Actor("arsip", Role.ARCHIVIST), letter_id=row.id)


def test_receipt_carries_the_agenda_number(db, admin):
    row = reg(db, admin, name="Budi <Santoso> & Co")
    text = text_of(P.receipt_pdf(db, STAFF, letter_id=row.id).data)
    assert "TANDA TERIMA" in text and row.agenda_no in text and "Budi <Santoso> & Co" in text


def test_deadlines_count_working_days_over_a_holiday(db, admin):
    # Friday 14 August 2026; Monday 17 August is Independence Day
    row = reg(db, admin, received=date(2026, 8, 14))
    d = D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 8, 18))[row.id]
    assert d.review_due == date(2026, 8, 18) and d.forward_due == date(2026, 8, 24)
    assert d.overdue == () and d.settle_due is None
    late = D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 8, 19))[row.id]
    assert late.overdue == ("review",) and late.days_late == 1


def test_cutoff_matches_the_due_date_rule_for_every_day_of_a_year():
    cal = WorkCalendar(days_off={date(2026, 12, 24): "Cuti bersama"})
    for days in (1, 5):
        for offset in range(0, 365, 3):
            today = date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + offset)
            cut = overdue.cutoff(cal, days, today)
            for back in range(1, 20):
                start = date.fromordinal(today.toordinal() - back)
                assert (start < cut) == (cal.add(start, days) < today)


def test_overdue_counts_per_deadline_follow_settings_and_calendar(db, admin):
    from sipdumas.services.admin import workflow_settings as WS

    agency = routing.save_agency(db, admin, name="Dinas PU", addressee_position="Kepala Dinas PU")
    old = reg(db, admin, received=date(2026, 8, 3))  # long past both review and forwarding
    reviewing = reg(db, admin, received=date(2026, 8, 12))
    W.change_status(
        db, admin, letter_id=reviewing.id, expected_version=reviewing.version, status=S.UNDER_REVIEW
    )
    fresh = reg(db, admin, received=date(2026, 8, 21))  # Friday: review due Monday 24
    fwd = reg(db, admin, received=date(2026, 1, 5))
    forward_letter(db, admin, letter_id=fwd.id, agency_id=agency.id, today=date(2026, 1, 6))
    today = date(2026, 8, 25)
    counts = D.overdue_counts(db, admin, today=today)
    assert counts == {"review": 2, "forward": 2, "settle": 1, "total": 4}
    assert [r.id for r in D.overdue_letters(db, admin, kind="forward", today=today)] == [old.id, reviewing.id]
    with db.transaction() as session:  # the office was closed on Monday 24: the fresh letter is not late
        workdays.save(session, WorkCalendar(days_off={date(2026, 8, 24): "Cuti bersama"}))
    WS.update(db, admin, changes={"settle_days": 200})
    counts = D.overdue_counts(db, admin, today=today)
    assert counts == {"review": 1, "forward": 2, "settle": 0, "total": 2}
    assert fresh.id not in {r.id for r in D.overdue_letters(db, admin, today=today)}


@pytest.mark.parametrize(
    ("role", "steps"),
    [
        (Role.ANALYST, ["monitoring"]),
        (Role.SUPERVISOR, ["monitoring", "closed"]),
        (Role.ADMIN, ["monitoring", "closed"]),
        (Role.STAFF, []),
        (Role.ARCHIVIST, []),
    ],
)
def test_the_one_status_service_offers_and_allows_each_role_its_own_steps(db, admin, role, steps):
    """What the status dialog offers (allowed_steps) is exactly what change_status accepts."""
    row = reg(db, admin)
    for status in (S.UNDER_REVIEW, S.MONITORING, S.ANSWERED):
        row = W.change_status(db, admin, letter_id=row.id, expected_version=row.version, status=status)
    actor = Actor(role.value, role)
    assert W.allowed_steps(actor, row.status) == steps
    for status in (S.MONITORING, S.CLOSED):
        if status in steps:
            continue
        with pytest.raises(PermissionDenied):
            W.change_status(db, actor, letter_id=row.id, expected_version=row.version, status=status)
    if steps:
        moved = W.change_status(db, actor, letter_id=row.id, expected_version=row.version, status=steps[-1])
        assert moved.status == steps[-1]
