"""Printing registers from the client: the buku agenda export starts from the register's filters and
writes what the register holds, and the periodic report counts the period's letters; both files open."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.letters import LetterQuery
from ui.register.exports_dialog import PeriodicReportDialog, RegisterExportDialog

TODAY = date(2026, 6, 15)


def _register(db, admin):
    rows = []
    for received, subject, category, name in (
        (date(2026, 5, 4), "Pungli sekolah", "03 Korupsi/pungli", "Siti Rahmawati"),
        (date(2026, 5, 20), "=SUM(A1:A9) tagihan", "02 Pelayanan publik", "Budi Santoso"),
        (date(2026, 6, 2), "Tanah warisan", "05 Pertanahan/perumahan", "Joko Susilo"),
    ):
        rows.append(
            L.register_letter(
                db,
                admin,
                today=TODAY,
                data=L.LetterInput(
                    received_at=received,
                    subject=subject,
                    category=category,
                    sender=L.SenderData(name=name, phone="081234567890"),
                ),
            )
        )
    return rows


def _wait_written(qtbot, dialog):
    with qtbot.waitSignal(dialog.written, timeout=30000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    return dialog.result


def test_register_export_follows_the_filters_and_leaves_identity_out_for_other_agencies(
    qtbot, tasks, db, admin, tmp_path
):
    _register(db, admin)
    query = LetterQuery(received_from=date(2026, 5, 1), received_to=date(2026, 5, 31))
    dialog = RegisterExportDialog(db, admin, tasks, query, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 1)
    assert dialog.path.text().endswith("buku-agenda-20260501-20260531.xlsx")
    dialog.confidential.setChecked(True)
    dialog.path.setText(str(tmp_path / "mei.xlsx"))
    result = _wait_written(qtbot, dialog)

    assert result.rows == 2 and "2 surat disimpan" in dialog.message.text()
    cells = [c for row in load_workbook(tmp_path / "mei.xlsx").active.iter_rows() for c in row]
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert "Pungli sekolah" in values and "Tanah warisan" not in values
    formula = next(c for c in cells if c.value == "=SUM(A1:A9) tagihan")
    assert formula.data_type == "s"  # stays text, never a formula
    assert not any("Siti" in v or "Budi" in v for v in values)
    pdf = pdfium.PdfDocument(str(tmp_path / "mei.pdf"))
    text = " ".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "Pungli sekolah" in text and "Siti" not in text
    assert not dialog.open_folder.isHidden()


def test_register_export_by_category_and_refusals(qtbot, tasks, db, admin, tmp_path):
    _register(db, admin)
    dialog = RegisterExportDialog(
        db, admin, tasks, LetterQuery(category="05 Pertanahan/perumahan"), today=TODAY
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 1)
    assert dialog.category.currentData() == "05 Pertanahan/perumahan"
    dialog.date_from.clear()
    dialog.with_pdf.setChecked(False)
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.xlsx"))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert "tidak ada" in dialog.error.text() and dialog.result is None

    dialog.path.setText(str(tmp_path / "tanah"))  # the extension is added
    result = _wait_written(qtbot, dialog)
    assert result.rows == 1 and (tmp_path / "tanah.xlsx").exists() and not (tmp_path / "tanah.pdf").exists()


def test_periodic_report_of_a_month_counts_its_letters(qtbot, tasks, db, admin, tmp_path):
    _register(db, admin)
    dialog = PeriodicReportDialog(db, admin, tasks, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("month"))
    dialog.part.setCurrentIndex(4)  # Mei
    assert dialog.period().code == "2026-05" and dialog.path.text().endswith("evaluasi-berkala-2026-05.xlsx")
    dialog.path.setText(str(tmp_path / "mei.xlsx"))
    result = _wait_written(qtbot, dialog)
    assert result.total == 2 and "Mei 2026" in dialog.message.text()
    assert len(load_workbook(tmp_path / "mei.xlsx").sheetnames) > 3
    pdf = pdfium.PdfDocument(str(tmp_path / "mei.pdf"))
    assert len(pdf) >= 1
    pdf.close()

    dialog.kind.setCurrentIndex(dialog.kind.findData("quarter"))
    assert not dialog.part.isHidden() and dialog.period().code == "2026-Q2"
    dialog.kind.setCurrentIndex(dialog.kind.findData("year"))
    assert not dialog.part.isEnabled() and dialog.period().code == "2026"


def test_menu_actions_start_from_the_register_filters(qtbot, window_factory, db, admin):
    _register(db, admin)
    window = window_factory(db, admin)
    window.filters.status.setCurrentIndex(window.filters.status.findData("received"))
    exports = window.integrations["exports"]
    assert exports.act_register in window.file_menu.actions() and exports.act_report.isVisible()
    dialog = exports.export_register()
    qtbot.addWidget(dialog)
    assert dialog.status.currentData() == "received"
    dialog.close()
    archivist = window_factory(db, Actor("arsip", Role.ARCHIVIST))
    assert archivist.integrations["exports"].act_register.isVisible()  # registers are for every role
