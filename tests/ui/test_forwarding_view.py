"""The forwarding dialog, printing and batch printing, disposition and telaah dialogs (ui/forwarding_view.py,
ui/workflow_dialogs.py, ui/forwarding_integration.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services import workflow as W
from sipdumas.services.admin import workflow_settings
from ui.workflow.forwarding_view import BatchPrintDialog, ForwardingDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_forwarding import SITI, pdf_text  # noqa: E402

STAFF = Actor("stef", Role.STAFF)
SUPERVISOR = Actor("supri", Role.SUPERVISOR)


def setup_agencies(db, admin):
    """Agencies, a routing rule and the office's signer (a fresh installation's placeholder signer
    makes the dialog ask first; see test_first_setup.py)."""
    workflow_settings.update(db, admin, changes={"signer_name": "Dr. Rina Kusuma"})
    medan = routing.save_agency(
        db,
        admin,
        name="Pemerintah Kota Medan",
        addressee_position="Wali Kota Medan",
        address="Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )
    routing.save_agency(db, admin, name="Badan Pertanahan Nasional", address="Jakarta")
    routing.save_rule(
        db, admin, agency_id=medan.id, kind="any", pattern="PKH bansos", field_name="text", weight=2
    )
    return medan


def register(db, admin, n=1):
    rows = []
    for i in range(n):
        rows.append(
            L.register_letter(
                db,
                admin,
                today=date(2026, 6, 2),
                data=L.LetterInput(
                    received_at=date(2026, 5, 28),
                    letter_no=f"0{i + 1}/V/2026",
                    letter_date=date(2026, 5, 25),
                    subject=f"Bantuan sosial PKH tidak diterima ({i + 1})",
                    summary="Pengadu Siti Rahmawati menyampaikan bahwa bantuan PKH tidak diterima.",
                    sender=SITI,
                    regency="Kota Medan",
                ),
            )
        )
    return rows


def open_dialog(qtbot, db, actor, tasks, row):
    dialog = ForwardingDialog(db, actor, tasks, row)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    return dialog


def forwardings(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ForwardingLetter))


def test_agency_is_prefilled_with_the_suggestion_and_its_reason(db, admin, tasks, qtbot):
    setup_agencies(db, admin)
    (row,) = register(db, admin)
    dialog = open_dialog(qtbot, db, admin, tasks, row)
    assert dialog.agency.currentText() == "★ Pemerintah Kota Medan"
    assert "aturan «salah satu kata» pada isi surat" in dialog.reasons.text()


def test_preview_shows_the_pages_without_forwarding(db, admin, tasks, qtbot):
    setup_agencies(db, admin)
    (row,) = register(db, admin)
    dialog = open_dialog(qtbot, db, admin, tasks, row)
    with qtbot.waitSignal(dialog.shown, timeout=20000) as shown:
        dialog.preview()
    assert shown.args[0] >= 1
    assert dialog.pages.page_count == shown.args[0]
    assert not dialog.pages.page_labels[0].pixmap().isNull()
    assert forwardings(db) == 0  # a preview takes no number


def test_print_to_a_pdf_file_forwards_and_writes_the_letter(db, admin, tasks, qtbot, tmp_path):
    setup_agencies(db, admin)
    (row,) = register(db, admin)
    dialog = open_dialog(qtbot, db, admin, tasks, row)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        dialog.print_letter(printer)
    assert out.stat().st_size > 1000
    assert len(pdfium.PdfDocument(str(out))) == dialog.result.pages
    assert forwardings(db) == 1
    saved = tmp_path / "simpan.pdf"
    dialog.save_pdf(saved)
    qtbot.waitUntil(saved.exists, timeout=10000)
    assert saved.read_bytes() == dialog.result.pdf
    assert forwardings(db) == 1  # the same choice does not forward again


def test_confidential_letter_leaves_out_the_complainants_name(db, admin, tasks, qtbot):
    setup_agencies(db, admin)
    (row,) = register(db, admin)
    dialog = open_dialog(qtbot, db, admin, tasks, row)
    dialog.confidential.setChecked(True)
    with qtbot.waitSignal(dialog.forwarded, timeout=30000) as sent:
        dialog.forward()
    result = sent.args[0]
    assert result.confidential
    text = pdf_text(result.pdf)
    assert "Siti" not in text and "Rahmawati" not in text
    assert "dirahasiakan" in text


def test_role_refusal_is_shown_as_a_message(db, admin, tasks, qtbot):
    setup_agencies(db, admin)
    (row,) = register(db, admin)
    dialog = open_dialog(qtbot, db, STAFF, tasks, row)  # staff may print, not forward (new number)
    dialog.forward()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "tidak berwenang" in dialog.error.text()
    assert forwardings(db) == 0


def test_batch_print_of_three_letters_makes_three_forwardings(db, admin, tasks, qtbot, tmp_path):
    setup_agencies(db, admin)
    rows = register(db, admin, 3)
    dialog = BatchPrintDialog(db, admin, tasks, rows)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "batch.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as done:
        dialog.start(printer)
    results, errors = done.args
    assert errors == [] and len(results) == 3
    assert len({r.number for r in results}) == 3
    assert forwardings(db) == 3
    assert dialog.progress.value() == 3
    assert len(pdfium.PdfDocument(str(out))) == sum(r.pages for r in results)


def test_batch_cancel_stops_between_letters(db, admin, tasks, qtbot, tmp_path):
    setup_agencies(db, admin)
    rows = register(db, admin, 3)
    dialog = BatchPrintDialog(db, admin, tasks, rows)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as done:
        dialog.start(printer)
        dialog.cancel()
    results, _errors = done.args
    assert len(results) == 1 and forwardings(db) == 1


def test_disposition_dialog_assigns_and_refuses_analysts(db, admin, tasks, qtbot):
    from ui.workflow.review_dialogs import DispositionDialog

    (row,) = register(db, admin)
    dialog = DispositionDialog(db, SUPERVISOR, tasks, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.assignee.setCurrentText("ana")
    dialog.instruction_boxes[0].setChecked(True)
    dialog.note.setPlainText("Segera telaah")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.accept()
    (d,) = W.dispositions(db, admin, letter_id=row.id)
    assert d.assignee == "ana" and d.instructions == [dialog.instruction_boxes[0].text().replace("&", "")]

    refused = DispositionDialog(db, Actor("ana", Role.ANALYST), tasks, row)
    qtbot.addWidget(refused)
    refused.show()
    refused.assignee.setCurrentText("budi")
    refused.instruction_boxes[0].setChecked(True)
    refused.accept()
    qtbot.waitUntil(lambda: refused.error.isVisible(), timeout=10000)
    assert "tidak berwenang" in refused.error.text()


def test_review_dialog_saves_the_telaah(db, admin, tasks, qtbot):
    from ui.workflow.review_dialogs import ReviewDialog

    (row,) = register(db, admin)
    dialog = ReviewDialog(db, admin, tasks, row)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.core_problem.setPlainText("Bantuan PKH tidak diterima sejak Januari")
    dialog.regulation.setText("Permensos 1/2018")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.accept()
    review = W.get_review(db, admin, letter_id=row.id)
    assert review.core_problem == "Bantuan PKH tidak diterima sejak Januari"
    assert review.regulation == "Permensos 1/2018"
    assert L.get_letter(db, admin, letter_id=row.id).row.status == "under_review"


def test_install_forwarding_adds_the_menu_actions_for_the_roles_that_may_use_them(db, admin, window_factory):
    from ui.workflow.forwarding_integration import install_forwarding

    window = window_factory(db, admin)
    integration = install_forwarding(window)
    texts = [a.text() for a in window.letter_menu.actions() if not a.isSeparator()]
    for text in ("&Teruskan…", "&Cetak surat terpilih…", "&Disposisi…", "T&elaah…"):
        assert text in texts
    assert integration.act_forward.shortcut().toString() == "Ctrl+Shift+F"

    staff_window = window_factory(db, STAFF)
    staff = install_forwarding(staff_window)
    assert staff.act_print.isVisible() and staff.act_forward.isVisible()
    assert not staff.act_dispose.isVisible() and not staff.act_review.isVisible()
