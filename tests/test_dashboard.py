"""The dashboard's counters and series equal what the register holds, in one service call."""

from __future__ import annotations

from datetime import date, datetime

from sipdumas.services import dashboard as D
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.archive import loans

TODAY = date(2026, 6, 15)
SENDER = L.SenderData(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455")


def reg(db, admin, received, category="02 Pelayanan publik", sender=SENDER):
    return L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(received_at=received, subject="Pengaduan", category=category, sender=sender),
    )


def test_counters_and_series(db, admin):
    old = reg(db, admin, date(2026, 5, 4))  # review and forwarding overdue by 15 June
    reg(db, admin, TODAY)
    reg(db, admin, TODAY, category="03 Korupsi/pungli", sender=L.SenderData(name="Anon"))
    reg(db, admin, date(2025, 7, 1))  # in the 12 months, not in this year's series
    fwd = reg(db, admin, date(2026, 6, 10))
    kota = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    F.forward_letter(db, admin, letter_id=fwd.id, agency_id=kota.id, today=date(2026, 6, 11))
    loans.lend_file(
        db,
        admin,
        code=old.archive_code,
        borrower=loans.Borrower(name="Budi", unit="Arsip"),
        now=datetime(2026, 5, 1, 9),
    )
    board = D.dashboard(db, admin, today=TODAY)
    c = {x.key: x.value for x in board.counters}
    assert c == {
        "new_today": 2,
        "awaiting_review": 4,
        "overdue": 2,
        "forwarded_this_month": 1,
        "files_on_loan": 1,
        "overdue_loans": 1,
    }
    assert board.counter("new_today").query == L.LetterQuery(received_from=TODAY, received_to=TODAY)
    assert L.count_letters(db, admin, query=board.counter("awaiting_review").query) == 4
    months = {b.label: b.value for b in board.per_month}
    assert (
        len(months) == 12 and months["Jun 2026"] == 3 and months["Mei 2026"] == 1 and months["Jul 2025"] == 1
    )
    june = next(b for b in board.per_month if b.label == "Jun 2026")
    assert L.count_letters(db, admin, query=june.query) == 3
    assert [(b.label, b.value) for b in board.by_category] == [
        ("02 Pelayanan publik", 3),
        ("03 Korupsi/pungli", 1),
    ]
    assert [(b.label, b.value) for b in board.by_province] == [("Jawa Barat", 3), ("Tidak diketahui", 1)]
    assert L.count_letters(db, admin, query=board.by_province[0].query) == 3
    assert board.by_province[1].query is None  # no register filter for "unknown"
    forwarded = board.counter("forwarded_this_month").query
    assert [r.id for r in L.list_letters(db, admin, query=forwarded)] == [fwd.id]
    assert L.count_letters(db, admin, query=L.LetterQuery(forwarded_from=date(2026, 6, 12))) == 0
    assert (board.counter("files_on_loan").view, board.counter("overdue_loans").view) == (
        "loan_desk",
        "overdue",
    )
    assert board.to_json()["counters"]["overdue"] == 2


def test_loan_counters_are_pluggable(db, admin, monkeypatch):
    monkeypatch.setattr(D, "LOAN_COUNTERS", lambda session, today: (None, None))
    board = D.dashboard(db, admin, today=TODAY)
    assert board.counter("files_on_loan").value is None and board.counter("new_today").value == 0
