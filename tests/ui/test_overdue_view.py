"""The overdue list (ui/overdue_view.py): the right loans with working and calendar days overdue as of
the chosen day, reminders sent once per level and saved as PDF, the loan register exported as xlsx
and PDF, and a double-click opening the file's history."""

from __future__ import annotations

from datetime import date, datetime, time

import openpyxl
import pypdfium2 as pdfium
from PySide6.QtCore import Qt

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.archive import loans as S
from ui.archive.file_history_view import FileHistoryDialog
from ui.archive.overdue_view import COLUMN, OverdueView

ARCHIVIST = Actor("arsi", Role.ARCHIVIST, full_name="Arsi Pratiwi")
RINA = S.Borrower("Rina Siregar", "Bagian Telaah", "0812-3456-7890")
BUDI = S.Borrower("Budi Hartono", "Subbagian Umum")


def at(d: date, hour: int = 9) -> datetime:
    return datetime.combine(d, time(hour)).astimezone()


def new_file(db, admin, subject) -> str:
    return L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject)
    ).archive_code


def three_loans(db, admin) -> tuple[str, str, str]:
    a, b, c = new_file(db, admin, "Jalan rusak"), new_file(db, admin, "PKH"), new_file(db, admin, "Tanah")
    S.lend_file(db, admin, code=a, borrower=RINA, now=at(date(2026, 3, 2)))  # due Mon 9 March
    S.lend_file(db, admin, code=b, borrower=BUDI, now=at(date(2026, 3, 4)))  # due Wed 11 March
    S.lend_file(db, admin, code=c, borrower=BUDI, now=at(date(2026, 3, 2)))
    S.return_file(db, admin, code=c)
    return a, b, c


def open_view(qtbot, db, actor, tasks, as_of: date) -> OverdueView:
    view = OverdueView(db, actor, tasks)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.as_of.set_value(as_of)
    return view


def cell(view: OverdueView, row: int, key: str) -> str:
    return view.proxy.index(row, COLUMN[key]).data()


def test_the_overdue_loans_as_of_a_day_with_working_and_calendar_days(db, admin, qtbot, tasks):
    a, b, _c = three_loans(db, admin)
    view = open_view(qtbot, db, ARCHIVIST, tasks, date(2026, 3, 16))  # a Monday
    assert [r.loan.code for r in view.rows()] == [a, b]  # longest overdue first; the returned one not at all
    assert [cell(view, 0, k) for k in ("borrower", "unit", "phone", "due", "days", "calendar", "level")] == [
        "Rina Siregar",
        "Bagian Telaah",
        "+6281234567890",
        "09 Mar 2026",
        "5",
        "7",
        "—",
    ]
    assert (cell(view, 1, "days"), cell(view, 1, "calendar")) == ("3", "5")
    assert view.summary.text() == "2 peminjaman terlambat per 16 Mar 2026"
    # a day when neither was due yet
    with qtbot.waitSignal(view.loaded, timeout=10000) as loaded:
        view.as_of.set_value(date(2026, 3, 9))
    assert loaded.args == [0] and view.summary.text().startswith("Tidak ada peminjaman terlambat")
    # sorting by a column sorts by value, not by text
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.as_of.set_value(date(2026, 3, 16))
    view.table.sortByColumn(COLUMN["days"], Qt.SortOrder.AscendingOrder)
    assert [r.loan.code for r in view.rows()] == [b, a]


def test_reminders_are_sent_once_per_level_and_saved_as_pdf(db, admin, qtbot, tasks, tmp_path):
    a, b, _c = three_loans(db, admin)
    view = open_view(qtbot, db, ARCHIVIST, tasks, date(2026, 3, 16))
    assert view.btn_remind.isVisible()
    target = tmp_path / "pengingat.pdf"
    with (
        qtbot.waitSignal(view.reminders_shown, timeout=30000) as shown,
        qtbot.waitSignal(view.reminders_sent, timeout=30000) as sent,
    ):
        view.send_reminders(target)
    batch, path = sent.args
    assert path == str(target)
    # a is 5 working days overdue: the first reminder (levels escalate one per run); b is 3: the first
    assert sorted((s.code, s.level, s.days_overdue) for s in batch.sent) == sorted([(a, 1, 5), (b, 1, 3)])
    assert len(pdfium.PdfDocument(str(target))) == 2
    dialog = shown.args[0]
    assert dialog.lines.count() == 2 and "pengingat pertama" in dialog.lines.item(0).text()
    assert "2 surat pengingat dicatat dan disimpan" in view.status.text()
    dialog.close()
    qtbot.waitUntil(lambda: cell(view, 0, "level") == "pertama", timeout=10000)
    # the same day again: a reaches the second level's threshold (5), b has nothing new due
    again = tmp_path / "lagi.pdf"
    with qtbot.waitSignal(view.reminders_sent, timeout=30000) as sent:
        view.send_reminders(again)
    assert [(s.code, s.level) for s in sent.args[0].sent] == [(a, 2)]
    with qtbot.waitSignal(view.reminders_sent, timeout=30000) as sent:
        view.send_reminders(tmp_path / "ketiga.pdf")
    assert sent.args[0].sent == [] and not (tmp_path / "ketiga.pdf").exists()
    assert "tidak ada yang dikirim" in view.status.text()


def test_the_loan_register_is_exported_as_xlsx_and_pdf(db, admin, qtbot, tasks, tmp_path):
    a, b, c = three_loans(db, admin)
    view = open_view(qtbot, db, ARCHIVIST, tasks, date(2026, 3, 16))
    xlsx = tmp_path / "buku.xlsx"
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.export_register(xlsx)
    sheet = openpyxl.load_workbook(xlsx).active
    codes = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(codes) == sorted([a, b, c])
    assert "Buku peminjaman disimpan ke" in view.status.text()
    # only the loans made on 4 March
    view.lent_from.set_value(date(2026, 3, 4))
    view.lent_to.set_value(date(2026, 3, 4))
    pdf = tmp_path / "buku.pdf"
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.export_register(pdf)
    doc = pdfium.PdfDocument(str(pdf))
    text = doc[0].get_textpage().get_text_range()
    assert b in text and a not in text


def test_a_double_click_opens_the_files_history(db, admin, window_factory, qtbot, settings):
    a, _b, _c = three_loans(db, admin)
    window = window_factory(db, ARCHIVIST, settings=settings, start_view="overdue")
    view = window.view("overdue")
    qtbot.waitUntil(lambda: view.summary.text() != "Memuat…", timeout=10000)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.as_of.set_value(date(2026, 3, 16))
    rect = view.table.visualRect(view.proxy.index(0, COLUMN["borrower"]))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(FileHistoryDialog)), timeout=5000)
    (dialog,) = [d for d in window.findChildren(FileHistoryDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=10000)
    assert dialog.history.file.code == a
    dialog.close()


def test_the_reminder_button_is_not_offered_to_those_who_do_not_lend(db, admin, qtbot, tasks):
    three_loans(db, admin)
    view = open_view(qtbot, db, Actor("stef", Role.STAFF), tasks, date(2026, 3, 16))
    assert view.model.rowCount() == 2  # staff may look
    assert not view.btn_remind.isVisible() and view.btn_export.isVisible()
