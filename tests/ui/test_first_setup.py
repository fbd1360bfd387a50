"""A fresh installation: the administrator is guided through the letterhead, the signer and the first
agency, and nobody prints a numbered forwarding letter signed «Nama Pejabat Penandatangan» without
being told. On SQLite and PostgreSQL, through the real services."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import func, select

from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.services import routing
from sipdumas.services.admin import workflow_settings as ws
from sipdumas.services.admin.setup import setup_status
from sipdumas.services.letters import LetterInput, SenderData, register_letter
from ui.settings.setup_wizard import SetupWizard
from ui.workflow.forwarding_view import BatchPrintDialog, ForwardingDialog

ANALYST = Actor("rina", Role.ANALYST)


def forwardings(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ForwardingLetter))


def a_letter(db, admin):
    data = LetterInput(
        received_at=date(2026, 5, 4), subject="Bantuan PKH tidak cair", sender=SenderData(name="Siti")
    )
    return register_letter(db, admin, data=data, today=date(2026, 5, 4))


def test_the_status_of_a_fresh_installation_names_what_is_missing(db, admin):
    status = setup_status(db, admin)
    assert not status.complete and status.signer_unset and status.agencies == 0
    assert status.missing == [
        "nama penandatangan masih «Nama Pejabat Penandatangan»",
        "belum ada instansi tujuan penerusan",
    ]
    ws.update(db, admin, changes={"signer_name": "Dr. Rina Kusuma"})
    routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    assert setup_status(db, admin).complete


def test_the_client_opens_the_guide_for_an_administrator_of_a_fresh_installation(
    qtbot, db, admin, tasks, window_factory
):
    from ui.main_window import MainWindow

    window = MainWindow(db, admin, tasks=tasks, start_view="register", guide_setup=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    integration = window.integrations["settings"]
    qtbot.waitUntil(lambda: integration.setup_wizard is not None, timeout=10000)
    wizard: SetupWizard = integration.setup_wizard  # the window's child, deleted when closed
    qtbot.waitUntil(lambda: wizard.stored is not None, timeout=10000)
    assert wizard.isVisible() and "Belum lengkap" in wizard.intro.text()
    wizard.next()
    wizard.office_lines.setPlainText("PEMERINTAH PROVINSI SUMATERA UTARA\nBIRO PENGADUAN MASYARAKAT")
    wizard.place.setText("Medan")
    wizard.next()
    signer = wizard.currentPage()
    assert not signer.isComplete(), "the placeholder signer is no signer"
    wizard.signer_name.setText("Dr. Rina Kusuma, M.Si.")
    wizard.signer_nip.setText("")
    assert signer.isComplete()
    wizard.next()
    agencies = wizard.currentPage()
    assert not agencies.isComplete() and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.agency_name.setText("Pemerintah Kota Medan")
    wizard.agency_position.setText("Wali Kota Medan")
    with qtbot.waitSignal(wizard.agencies_loaded, timeout=10000):
        wizard.add_agency()
    assert wizard.agency_list.count() == 1 and agencies.isComplete()
    with qtbot.waitSignal(wizard.completed, timeout=15000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    stored = ws.get(db)
    assert stored.signer_name == "Dr. Rina Kusuma, M.Si." and stored.place == "Medan"
    assert stored.office_lines == ("PEMERINTAH PROVINSI SUMATERA UTARA", "BIRO PENGADUAN MASYARAKAT")
    assert setup_status(db, admin).complete


def test_no_guide_once_set_up_nor_for_analysts(qtbot, db, admin, tasks):
    from ui.main_window import MainWindow

    for actor, ready in ((ANALYST, False), (admin, True)):
        if ready:
            ws.update(db, admin, changes={"signer_name": "Dr. Rina Kusuma"})
            routing.save_agency(db, admin, name="Pemerintah Kota Medan")
        window = MainWindow(db, actor, tasks=tasks, start_view="register", guide_setup=True)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.show()
        qtbot.wait(200)
        integration = window.integrations["settings"]
        assert integration.setup_wizard is None
        assert integration.act_setup.isVisible() == (actor is admin)


def test_a_value_the_service_refuses_is_shown_on_its_page(qtbot, db, admin, tasks):
    routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    wizard = SetupWizard(db, admin, tasks)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.loaded, timeout=10000):
        wizard.show()
    wizard.next()
    wizard.next()
    wizard.signer_name.setText("Dr. Rina Kusuma")
    wizard.signer_nip.setText("123")
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.signer_errors["signer_nip"].isVisibleTo(wizard), timeout=10000)
    assert wizard.currentId() == 2 and wizard.isVisible()
    assert ws.get(db).signer_unset


def test_forwarding_with_the_placeholder_signer_asks_first(qtbot, db, admin, tasks):
    routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    row = a_letter(db, admin)
    dialog = ForwardingDialog(db, admin, tasks, row)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert dialog.signer_unset
    dialog.forward()
    box: QMessageBox = dialog.signer_box
    assert box.isVisible() and "«Nama Pejabat Penandatangan»" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"&Atur penandatangan…", "&Teruskan juga", "&Batal"}
    buttons["&Batal"].click()
    qtbot.wait(50)
    assert forwardings(db) == 0
    dialog.forward()
    with qtbot.waitSignal(dialog.forwarded, timeout=20000):
        {b.text(): b for b in dialog.signer_box.buttons()}["&Teruskan juga"].click()
    assert forwardings(db) == 1


def test_the_administrator_sets_the_signer_from_the_question(qtbot, db, admin, tasks):
    routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    row = a_letter(db, admin)
    dialog = ForwardingDialog(db, admin, tasks, row)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.forward()
    {b.text(): b for b in dialog.signer_box.buttons()}["&Atur penandatangan…"].click()
    settings = dialog.signer_dialog  # the forwarding dialog's child
    qtbot.waitUntil(lambda: settings.stored is not None, timeout=10000)
    assert settings.tabs.currentIndex() == 2
    settings.signer_name.setText("Dr. Rina Kusuma")
    with qtbot.waitSignal(settings.saved, timeout=10000):
        settings.save()
    assert not dialog.signer_unset
    with qtbot.waitSignal(dialog.forwarded, timeout=20000):
        dialog.forward()  # no question any more


def test_batch_printing_with_the_placeholder_signer_asks_first(qtbot, db, admin, tasks, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    rows = [a_letter(db, admin) for _ in range(2)]
    dialog = BatchPrintDialog(db, ANALYST, tasks, rows)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.agency.setCurrentIndex(1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    dialog.start(printer)
    buttons = {b.text(): b for b in dialog.signer_box.buttons()}
    assert set(buttons) == {"&Teruskan juga", "&Batal"}, "an analyst may not change the settings"
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000):
        buttons["&Teruskan juga"].click()
    assert forwardings(db) == 2
