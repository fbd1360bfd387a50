"""The loan desk in the main window (ui/loan_desk_view.py, ui/archive_integration.py): scanning a code
and Enter lends or returns, refusals show the service's reason in red and change nothing, the focus is
back in the code field after every action, the next requester is shown on return, a confidential file
is lent once a supervisor approved, the slip prints, and the desk appears only for roles that lend."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.archive import files as A
from sipdumas.services.archive import loans as S
from sipdumas.services.archive.approvals import request_approval
from sipdumas.services.archive.errors import ApprovalRequired
from sipdumas.services.archive.loan_lists import current_loan, loans_of_file
from sipdumas.services.archive.loan_settings import add_loan_rule
from ui.archive.approvals_dialog import ApprovalsDialog
from ui.archive.file_history_view import FileHistoryDialog
from ui.archive.loan_desk_view import COLOURS, LoanDeskView

ARCHIVIST = Actor("arsi", Role.ARCHIVIST, full_name="Arsi Pratiwi")
SUPERVISOR = Actor("supri", Role.SUPERVISOR)
ANALYST = Actor("ana", Role.ANALYST)
STAFF = Actor("stef", Role.STAFF)
RINA = S.Borrower("Rina Siregar", "Bagian Telaah", "0812-3456-7890")
BUDI = S.Borrower("Budi Hartono", "Subbagian Umum")


def new_file(db, admin, subject="Jalan desa rusak berat", *, confidential=False) -> str:
    row = L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject))
    if confidential:
        A.describe_file(db, admin, code=row.archive_code, confidential=True)
    return row.archive_code


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


@pytest.fixture
def open_desk(window_factory, qtbot, settings):
    def make(db, actor=ARCHIVIST) -> LoanDeskView:
        # settings of this test alone: quick mode switched off in one test stays off only there
        window = window_factory(db, actor, settings=settings, start_view="loan_desk")
        desk = window.view("loan_desk")
        assert isinstance(desk, LoanDeskView) and window.views.currentWidget() is desk
        window.activateWindow()
        qtbot.waitUntil(lambda: focused(desk), timeout=5000)
        return desk

    return make


def focused(desk: LoanDeskView) -> bool:
    return QApplication.focusWidget() is desk.code


def scan(qtbot, desk: LoanDeskView, code: str, *, kind: str | None = None) -> tuple[str, str]:
    """Type ``code`` into the focused field as a scanner does (keys, then Enter) and wait for the
    outcome."""
    assert focused(desk), "the scanner would type somewhere else"
    with qtbot.waitSignal(desk.outcome, timeout=10000) as outcome:
        qtbot.keyClicks(QApplication.focusWidget(), code)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    if kind is not None:
        assert outcome.args[0] == kind, outcome.args
    return tuple(outcome.args)


def act(qtbot, desk: LoanDeskView, key, *, kind: str | None = None) -> tuple[str, str]:
    """Press an action's function key with the focus wherever it is."""
    with qtbot.waitSignal(desk.outcome, timeout=10000) as outcome:
        qtbot.keyClick(QApplication.focusWidget(), key)
    if kind is not None:
        assert outcome.args[0] == kind, outcome.args
    return tuple(outcome.args)


def fill_borrower(qtbot, desk: LoanDeskView, borrower: S.Borrower, purpose: str = "") -> None:
    for edit, text in (
        (desk.name, borrower.name),
        (desk.unit, borrower.unit),
        (desk.phone, borrower.phone or ""),
        (desk.purpose, purpose),
    ):
        edit.setFocus()
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(desk.purpose, Qt.Key.Key_Return)  # Enter in a borrower field: back to the code field
    assert focused(desk)


def banner_is(desk: LoanDeskView, kind: str) -> bool:
    return COLOURS[kind][2] in desk.banner.styleSheet() or COLOURS[kind][1] in desk.banner.styleSheet()


def test_scanning_a_file_that_is_in_lends_it_to_the_borrower_filled_in(db, admin, open_desk, qtbot):
    code = new_file(db, admin)
    desk = open_desk(db)
    fill_borrower(qtbot, desk, RINA, "bahan telaah")
    kind, message = scan(qtbot, desk, code, kind="success")
    assert "dipinjamkan kepada Rina Siregar (Bagian Telaah)" in message
    assert banner_is(desk, "success") and desk.banner.text() == message
    loan = current_loan(db, admin, code=code)
    assert (loan.borrower, loan.unit, loan.phone, loan.purpose, loan.issued_by) == (
        "Rina Siregar",
        "Bagian Telaah",
        "+6281234567890",
        "bahan telaah",
        "arsi",
    )
    assert desk.state.text() == "DIPINJAM" and desk.file_code.text() == code
    assert "Rina Siregar" in desk.file_fields["loan"].text()
    assert desk.btn_slip.isEnabled()
    assert focused(desk) and desk.code.selectedText() == code  # the next scan replaces the code


def test_without_a_borrower_a_scan_shows_the_file_and_where_it_belongs(db, admin, open_desk, qtbot):
    code = new_file(db, admin, "Bantuan PKH dihentikan")
    A.add_location(
        db, admin, code="GB-R1-B12", building="Gedung B", room="Ruang Arsip 1", shelf="3", box="12"
    )
    A.move_file(db, admin, code=code, location_code="GB-R1-B12")
    desk = open_desk(db)
    kind, message = scan(qtbot, desk, code.lower(), kind="info")  # letter case forgiven
    assert "ada di tempatnya" in message
    assert desk.state.text() == "DI TEMPAT"
    assert "Rak 3, Boks 12" in desk.file_fields["location"].text()
    assert "Bantuan PKH dihentikan" in desk.file_fields["letters"].text()
    assert current_loan(db, admin, code=code) is None
    assert focused(desk)


def test_a_file_that_is_out_is_offered_for_return_and_the_second_scan_takes_it_back(
    db, admin, open_desk, qtbot
):
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=RINA)
    S.queue_request(db, admin, code=code, borrower=BUDI, purpose="klarifikasi")
    S.queue_request(db, admin, code=code, borrower=S.Borrower("Sari", "Hukum"))
    desk = open_desk(db)
    kind, message = scan(qtbot, desk, code, kind="offer")
    assert "sedang dipinjam oleh Rina Siregar" in message and "Pindai sekali lagi" in message
    assert current_loan(db, admin, code=code) is not None  # only offered
    assert "1. Budi Hartono" in desk.file_fields["queue"].text()
    desk.conditions["rusak"].click()
    desk.return_note.setText("sampul sobek")
    desk.focus_code()
    kind, message = scan(qtbot, desk, code, kind="offer")  # damaged: amber, not green
    assert "diterima kembali dari Rina Siregar, kondisi rusak" in message
    (loan,) = loans_of_file(db, admin, code=code)
    assert loan.returned_at is not None and loan.condition == "rusak" and loan.received_by == "arsi"
    # the next requester, prominently
    assert desk.next_box.isVisible()
    assert "Berikutnya dalam antrean: Budi Hartono (Subbagian Umum)" in desk.next_label.text()
    assert "2 orang dalam antrean" in desk.next_label.text()
    assert desk.conditions["baik"].isChecked() and desk.return_note.text() == ""
    assert desk.name.text() == ""  # the borrower fields are emptied after a return
    assert focused(desk)
    # making Budi the borrower: the next scan lends it to him and fulfils his request
    desk.btn_take_next.click()
    assert (desk.name.text(), desk.unit.text(), desk.purpose.text()) == (
        "Budi Hartono",
        "Subbagian Umum",
        "klarifikasi",
    )
    assert focused(desk)
    scan(qtbot, desk, code, kind="success")
    assert current_loan(db, admin, code=code).borrower == "Budi Hartono"
    assert [r.borrower for r in S.waiting_requests(db, admin, code=code)] == ["Sari"]
    assert not desk.next_box.isVisible()


def test_refusals_show_the_reason_in_red_beep_and_change_nothing(db, admin, open_desk, qtbot, beeps):
    lent, idle = new_file(db, admin, "a"), new_file(db, admin, "b")
    S.lend_file(db, admin, code=lent, borrower=RINA)
    desk = open_desk(db)

    kind, message = scan(qtbot, desk, "BRK-2099-99999", kind="refused")
    assert "tidak dikenal" in message and banner_is(desk, "refused") and len(beeps) == 1
    assert focused(desk)

    fill_borrower(qtbot, desk, BUDI)
    desk.quick.setChecked(False)  # only show: the file is out, Budi's loan must be refused
    scan(qtbot, desk, lent, kind="info")
    kind, message = act(qtbot, desk, Qt.Key.Key_F2, kind="refused")
    assert "sedang dipinjam oleh Rina Siregar (Bagian Telaah)" in message
    assert desk.banner.text() == message and banner_is(desk, "refused") and len(beeps) == 2
    assert current_loan(db, admin, code=lent).borrower == "Rina Siregar"
    assert focused(desk)

    scan(qtbot, desk, idle, kind="info")
    kind, message = act(qtbot, desk, Qt.Key.Key_F3, kind="refused")  # Kembalikan on a file that is in
    assert "tidak sedang dipinjam" in message and len(beeps) == 3
    assert loans_of_file(db, admin, code=idle) == []
    assert focused(desk)
    # the refusal stays on screen until the next scan
    qtbot.wait(900)
    assert desk.banner.text() == message and banner_is(desk, "refused")


def test_a_clicked_button_leaves_the_focus_in_the_code_field(db, admin, open_desk, qtbot):
    code = new_file(db, admin)
    desk = open_desk(db)
    desk.quick.setChecked(False)
    fill_borrower(qtbot, desk, RINA)
    scan(qtbot, desk, code, kind="info")
    with qtbot.waitSignal(desk.outcome, timeout=10000):
        qtbot.mouseClick(desk.btn_lend, Qt.MouseButton.LeftButton)
    assert current_loan(db, admin, code=code) is not None
    assert focused(desk)
    with qtbot.waitSignal(desk.outcome, timeout=10000):
        qtbot.mouseClick(desk.btn_renew, Qt.MouseButton.LeftButton)
    assert current_loan(db, admin, code=code).renewals == 1
    assert focused(desk)


def test_renew_and_queue_at_the_desk(db, admin, open_desk, qtbot, beeps):
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=RINA)
    before = current_loan(db, admin, code=code).due_on
    desk = open_desk(db)
    scan(qtbot, desk, code, kind="offer")
    kind, message = act(qtbot, desk, Qt.Key.Key_F4, kind="success")
    assert "diperpanjang sampai" in message and "ke-1" in message
    assert current_loan(db, admin, code=code).due_on > before
    fill_borrower(qtbot, desk, BUDI, "rapat")
    kind, message = act(qtbot, desk, Qt.Key.Key_F6, kind="success")
    assert "Budi Hartono (Subbagian Umum)" in message and "urutan ke-1" in message
    assert [r.borrower for r in S.waiting_requests(db, admin, code=code)] == ["Budi Hartono"]
    assert "1. Budi Hartono" in desk.file_fields["queue"].text()
    kind, message = act(qtbot, desk, Qt.Key.Key_F4, kind="refused")  # someone is waiting
    assert "ditunggu Budi Hartono" in message and len(beeps) == 1
    assert current_loan(db, admin, code=code).renewals == 1


def test_a_confidential_file_is_lent_once_a_supervisor_approved(db, admin, open_desk, qtbot, tasks, beeps):
    code = new_file(db, admin, "Dugaan korupsi dana desa", confidential=True)
    desk = open_desk(db)
    fill_borrower(qtbot, desk, RINA, "klarifikasi")
    kind, message = scan(qtbot, desk, code, kind="refused")
    assert "bersifat rahasia" in message and "F7" in message and len(beeps) == 1
    assert desk.badge.isVisible() and desk.badge.text() == "RAHASIA"
    assert current_loan(db, admin, code=code) is None
    kind, message = act(qtbot, desk, Qt.Key.Key_F7, kind="success")
    assert "Permohonan persetujuan nomor" in message
    assert not desk.btn_approvals.isVisible()  # an archivist does not decide

    dialog = ApprovalsDialog(db, SUPERVISOR, tasks)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert [(a.code, a.borrower, a.requested_by) for a in dialog.approvals] == [
        (code, "Rina Siregar", "arsi")
    ]
    assert dialog.table.item(0, 4).text() == "klarifikasi"
    with qtbot.waitSignal(dialog.decided, timeout=10000) as decided:
        dialog.btn_approve.click()
    assert decided.args[0].status == "approved" and "Disetujui" in dialog.info.text()
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=5000)
    dialog.close()  # the supervisor's own workstation; back at the desk:
    desk.window().activateWindow()
    qtbot.waitUntil(lambda: focused(desk), timeout=5000)

    scan(qtbot, desk, code, kind="success")
    assert current_loan(db, admin, code=code).borrower == "Rina Siregar"


def test_a_supervisor_refuses_and_the_file_stays_in(db, admin, tasks, qtbot):
    code = new_file(db, admin, confidential=True)
    request = request_approval(db, ARCHIVIST, code=code, borrower=BUDI)
    dialog = ApprovalsDialog(db, SUPERVISOR, tasks)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.select(request.id)
    dialog.note.setText("cukup salinan")
    with qtbot.waitSignal(dialog.decided, timeout=10000) as decided:
        dialog.btn_reject.click()
    assert decided.args[0].status == "rejected"
    with pytest.raises(ApprovalRequired):
        S.lend_file(db, ARCHIVIST, code=code, borrower=BUDI)
    assert any(
        e.action == "approval_rejected" and e.details["note"] == "cukup salinan"
        for e in A.file_history(db, admin, code=code)
    )


def test_an_unknown_code_is_searched_as_text_and_a_match_is_picked(db, admin, open_desk, qtbot, beeps):
    wanted = new_file(db, admin, "Jalan desa rusak berat di Garut")
    new_file(db, admin, "Bantuan PKH dihentikan")
    desk = open_desk(db)
    kind, message = scan(qtbot, desk, "jalan garut", kind="offer")
    assert "tidak dikenal" in message and "1 berkas cocok" in message
    assert beeps == []  # found something: a suggestion, not a refusal
    assert desk.matches.isVisible() and desk.matches.count() == 1
    assert desk.matches.item(0).text().startswith(wanted)
    with qtbot.waitSignal(desk.card_shown, timeout=10000):
        qtbot.mouseClick(
            desk.matches.viewport(),
            Qt.MouseButton.LeftButton,
            pos=desk.matches.visualItemRect(desk.matches.item(0)).center(),
        )
    assert desk.file_code.text() == wanted and not desk.matches.isVisible()
    assert focused(desk) and desk.code.text() == wanted


def test_the_slip_is_offered_after_a_loan_and_printed_or_saved(db, admin, open_desk, qtbot, tmp_path):
    import pypdfium2 as pdfium

    code = new_file(db, admin)
    desk = open_desk(db)
    desk.auto_slip.setChecked(True)
    fill_borrower(qtbot, desk, RINA)
    with qtbot.waitSignal(desk.slip_ready, timeout=20000) as ready:
        scan(qtbot, desk, code, kind="success")
    slip = ready.args[0]
    qtbot.waitUntil(lambda: slip.pages.page_count == 1, timeout=20000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    with qtbot.waitSignal(slip.printed, timeout=30000):
        slip.print_pdf(printer)
    assert len(pdfium.PdfDocument(str(tmp_path / "cetak.pdf"))) == 1
    with qtbot.waitSignal(slip.saved, timeout=10000):
        slip.save_pdf(tmp_path / "bon.pdf")
    assert (tmp_path / "bon.pdf").read_bytes().startswith(b"%PDF")
    slip.close()
    qtbot.waitUntil(lambda: focused(desk), timeout=5000)
    # Ctrl+P prints the slip of the file on screen again
    with qtbot.waitSignal(desk.slip_ready, timeout=20000) as again:
        qtbot.keyClick(desk.code, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    again.args[0].close()


def test_a_recent_borrower_completes_the_name(db, admin, open_desk, qtbot):
    S.lend_file(
        db,
        admin,
        code=new_file(db, admin),
        borrower=S.Borrower("Rina Siregar", "Bagian Telaah", "0812-3456-7890", category="pimpinan"),
    )
    desk = open_desk(db)
    qtbot.waitUntil(lambda: desk.completer.model().rowCount() == 1, timeout=5000)
    desk.name.setFocus()
    qtbot.keyClicks(desk.name, "siregar")
    popup = desk.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert popup.model().index(0, 0).data() == "Rina Siregar — Bagian Telaah"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.unit.text() == "Bagian Telaah", timeout=5000)
    assert (desk.name.text(), desk.phone.text(), desk.category.currentText()) == (
        "Rina Siregar",
        "+6281234567890",
        "pimpinan",
    )


def test_the_golongan_field_offers_the_categories_the_rules_name(db, admin, open_desk, qtbot):
    add_loan_rule(db, admin, days=15, borrower_category="Tenaga Ahli")
    desk = open_desk(db)
    items = lambda: [desk.category.itemText(i) for i in range(desk.category.count())]  # noqa: E731
    qtbot.waitUntil(lambda: "tenaga ahli" in items(), timeout=5000)
    assert items() == ["", "pegawai", "pimpinan", "eksternal", "tenaga ahli"]
    desk.category.setCurrentText("magang")  # any text is still taken
    desk.set_categories(["tenaga ahli", "pimpinan"])
    assert desk.category.currentText() == "magang" and items().count("pimpinan") == 1


def test_history_opens_from_the_desk_and_the_focus_comes_back(db, admin, open_desk, qtbot):
    code = new_file(db, admin)
    desk = open_desk(db)
    scan(qtbot, desk, code, kind="info")
    qtbot.keyClick(desk.code, Qt.Key.Key_F8)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in desk.window().findChildren(FileHistoryDialog)), timeout=5000
    )
    (dialog,) = [d for d in desk.window().findChildren(FileHistoryDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=10000)
    assert dialog.history.file.code == code
    dialog.accept()
    qtbot.waitUntil(lambda: focused(desk), timeout=5000)


def test_the_archive_views_and_actions_follow_the_role(db, admin, window_factory, qtbot, tasks):
    def menu_texts(integration):
        return [a.text() for a in integration.menu.actions() if not a.isSeparator() and a.isVisible()]

    analyst = window_factory(db, ANALYST)
    archive = analyst.integrations["archive"]
    assert analyst.view("loan_desk") is None and analyst.view("overdue") is None
    assert menu_texts(archive) == ["&Riwayat berkas…"]
    assert archive.open_approvals() is None

    archivist = window_factory(db, ARCHIVIST)
    archive = archivist.integrations["archive"]
    tabs = [archivist.views.tabText(i) for i in range(archivist.views.count())]
    desk = tabs.index("&Meja Pinjam")
    assert tabs[desk : desk + 2] == ["&Meja Pinjam", "&Terlambat"]
    assert menu_texts(archive) == [
        "&Meja pinjam",
        "Peminjaman &terlambat",
        "&Riwayat berkas…",
        "Kirim &pengingat…",
        "&Ekspor buku peminjaman…",
    ]
    assert not archive.desk.btn_approvals.isVisible()
    assert not archive.desk._recent_loaded  # nothing of the desk's is read before it is shown
    assert archive.act_desk.shortcut().toString() == "Ctrl+Shift+P"
    archive.act_overdue.trigger()
    assert archivist.views.currentWidget() is archive.overdue
    archive.act_desk.trigger()
    assert archivist.views.currentWidget() is archive.desk and archive.desk._recent_loaded

    supervisor = window_factory(db, SUPERVISOR)
    archive = supervisor.integrations["archive"]
    assert "&Persetujuan berkas rahasia…" in menu_texts(archive)
    assert archive.act_approvals.shortcut().toString() == "Ctrl+Shift+A"
    supervisor.show_view("loan_desk")
    assert archive.desk.btn_approvals.isVisible()
    dialog = archive.open_approvals()
    assert isinstance(dialog, ApprovalsDialog)
    dialog.close()
    # the menu follows the register's own menus and sits before Bantuan (Pengaturan may come between)
    titles = [a.text() for a in supervisor.menuBar().actions()]
    assert titles.index("&Tampilan") < titles.index("&Arsip") < titles.index("Ba&ntuan")


def test_the_sample_archive_renders_the_screenshots_of_the_docs(db, admin, qtbot, tmp_path):
    from loan_samples import fill_archive, screenshots

    roles = fill_archive(db, admin)
    made = screenshots(db, admin, roles, tmp_path)
    assert [p.name for p in made] == [
        "screenshot-loan-desk.png",
        "screenshot-loan-desk-refused.png",
        "screenshot-loan-desk-return.png",
        "screenshot-overdue.png",
        "screenshot-file-history.png",
    ]
    assert all(p.stat().st_size > 20000 for p in made)
    assert current_loan(db, admin, code=roles["merged_into"]).borrower == "Rina Siregar"
    assert current_loan(db, admin, code=roles["queued"]) is None
    assert not (tmp_path / "pengingat-contoh.pdf").exists()
