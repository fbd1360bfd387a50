"""The loan slip, the loan register (xlsx safe from formula injection, and PDF) and reminder letters
that escalate and are never sent twice."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdfium2 as pdfium
from openpyxl import load_workbook

from sipdumas.models.archive import LoanReminder
from sipdumas.services import letters as L
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.archive import loans as S
from sipdumas.services.archive.loan_lists import iter_loans, overdue_loans


def at(d: date) -> datetime:
    return datetime.combine(d, time(9)).astimezone()


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    text = "\f".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text


def lend(db, admin, subject, borrower, when):
    code = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject)
    ).archive_code
    return S.lend_file(
        db, admin, code=code, borrower=borrower, purpose='=HYPERLINK("http://x")', now=at(when)
    )


def test_slip_shows_the_loan(db, admin):
    loan = lend(db, admin, "Pungli", S.Borrower("Rina", "Bagian Telaah", "081234567890"), date(2026, 3, 4))
    slip = P.loan_slip_pdf(db, admin, loan_id=loan.loan_id)
    text = pdf_text(slip.data)
    assert "BON PEMINJAMAN ARSIP" in text and loan.code in text and "11 Maret 2026" in text and "Rina" in text


def test_register_xlsx_writes_formula_like_text_as_text(db, admin):
    lend(db, admin, "=1+1", S.Borrower("@Rina", "-Telaah"), date(2026, 3, 4))
    rows = list(load_workbook(io.BytesIO(P.loan_register_xlsx(db, admin))).worksheets[0].iter_rows())
    assert rows[0][1].value == "Kode berkas"
    title, borrower, unit, purpose = rows[1][2], rows[1][4], rows[1][5], rows[1][7]
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert (borrower.value, borrower.data_type) == ("@Rina", "s")
    assert (unit.value, unit.data_type) == ("-Telaah", "s")
    assert purpose.data_type == "s" and purpose.value.startswith("=HYPERLINK")
    assert rows[1][9].value.date() == date(2026, 3, 4)  # dates stay dates


def test_register_pdf_and_date_filter(db, admin):
    lend(db, admin, "a", S.Borrower("Rina", "Telaah"), date(2026, 3, 4))
    lend(db, admin, "b", S.Borrower("Budi", "Umum"), date(2026, 4, 6))
    pdf = P.loan_register_pdf(db, admin, lent_from=date(2026, 4, 1), lent_to=date(2026, 4, 30))
    text = pdf_text(pdf.data)
    assert pdf.pages == 1 and "Budi" in text and "Rina" not in text
    assert len(list(iter_loans(db, admin))) == 2


def test_reminders_escalate_and_are_never_sent_twice(db, admin):
    loan = lend(db, admin, "Bansos", S.Borrower("Rina", "Telaah"), date(2026, 3, 2))  # due Mon 9 March
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 9)).sent == []  # not overdue yet
    first = P.send_reminders(db, admin, as_of=date(2026, 3, 10))
    assert [(r.level, r.days_overdue) for r in first.sent] == [(1, 1)]
    assert "Pengingat Pertama" in pdf_text(first.pdf) and loan.code in pdf_text(first.pdf)
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 11)).sent == []  # first already sent
    # much later: one level at a time, second then third, then nothing more
    assert [r.level for r in P.send_reminders(db, admin, as_of=date(2026, 4, 30)).sent] == [2]
    third = P.send_reminders(db, admin, as_of=date(2026, 4, 30))
    assert [r.level for r in third.sent] == [3] and "Pengingat Ketiga" in pdf_text(third.pdf)
    again = P.send_reminders(db, admin, as_of=date(2026, 5, 30))
    assert again.sent == [] and again.pdf is None
    with db.session() as s:
        assert sorted(r.level for r in s.query(LoanReminder).all()) == [1, 2, 3]
    S.return_file(db, admin, code=loan.code)
    assert overdue_loans(db, admin, as_of=date(2026, 5, 30)) == []


def test_reminder_level_thresholds_follow_working_days():
    assert P.due_level(0, 0, (1, 5, 10)) is None
    assert P.due_level(1, 0, (1, 5, 10)) == 1
    assert P.due_level(4, 1, (1, 5, 10)) is None
    assert P.due_level(30, 1, (1, 5, 10)) == 2
    assert P.due_level(30, 3, (1, 5, 10)) is None
