"""The "Impor register lama" dialog: a legacy register file is mapped, previewed, checked and
imported through the real services and database, from real .xlsx and .csv files written here.

What a clerk relies on: the headings are guessed and shown with a sample of each column; a changed
mapping changes what would be stored; the mapping is offered again for the next file of the same source;
rejected rows are listed with their line and reason and can be saved; the import stores the letters and a
second import of the same file adds nothing; a damaged or empty file is named with the reason and stores
nothing; cancelling leaves the register as it was; a role that may not import never sees the action.
"""

from __future__ import annotations

import os
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.imports import legacy_register as importing
from sipdumas.services.imports import mapping as import_mapping
from sipdumas.services.letters import LetterQuery, count_letters, list_letters
from ui.register.import_dialog import (
    _FIELD_LABELS,
    STEP_FILE,
    STEP_IMPORT,
    STEP_MAPPING,
    STEP_PREVIEW,
    RegisterImportDialog,
    readable_reason,
)

HEADINGS = ["No. Agenda", "Tgl Masuk", "Dari", "NIK", "No HP", "Perihal", "Catatan petugas"]
ROWS = [
    [
        "AG/2025/001",
        date(2025, 3, 3),
        "Siti Rahmawati",
        "3273014507850003",
        "0812-2233-4455",
        "Jalan desa rusak",
        "cek lapangan",
    ],
    ["AG/2025/002", date(2025, 3, 4), "Budi Santoso", "12345", "", "Bantuan sosial", ""],
    ["AG/2025/003", "kemarin", "Andi Harahap", "", "", "Pungutan liar", ""],
    ["AG/2025/004", date(2025, 3, 6), "Dewi Lestari", "", "0857-1234-5678", "Puskesmas lambat", "lanjut"],
]
#: What the clerk chooses for the headings the guess does not know.
CHOSEN = {"Tgl Masuk": "received_at", "Dari": "sender.name"}


def workbook(path, rows=ROWS, headings=HEADINGS):
    wb = Workbook()
    wb.active.append(headings)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def csv_file(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def open_dialog(qtbot, db, admin, tasks):
    """``open_dialog(path, actor=admin)``: a shown dialog that has read ``path``'s headings (or failed to)."""
    made = []

    def make(path, actor=admin):
        dialog = RegisterImportDialog(db, actor, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.open_file(path)
        qtbot.waitUntil(lambda: dialog._reading is None, timeout=20000)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.stop_jobs()


def checked(qtbot, dialog):
    """Go on to the preview and wait for the dry run and the first rows."""
    dialog.forward()
    assert dialog.step == STEP_PREVIEW
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog._preview_for == dialog.mapping(), timeout=20000
    )
    return dialog.report


def imported(qtbot, dialog):
    with qtbot.waitSignal(dialog.imported, timeout=30000) as done:
        dialog.forward()
    return done.args[0]


def column(table, title):
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    c = titles.index(title)
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_headings_are_guessed_and_shown_with_a_sample_and_required_fields_flagged(open_dialog, tmp_path):
    dialog = open_dialog(workbook(tmp_path / "agenda.xlsx"))
    assert dialog.step == STEP_MAPPING
    assert dialog.headings() == HEADINGS
    assert dialog.mapping() == {
        "No. Agenda": "agenda_no",
        "Tgl Masuk": "",
        "Dari": "",
        "NIK": "sender.nik",
        "No HP": "sender.phone",
        "Perihal": "subject",
        "Catatan petugas": "",
    }
    assert dialog.combo("NIK").currentText() == "NIK" and dialog.combo("Dari").currentText() == "(abaikan)"
    assert [dialog.mapping_table.item(r, 1).text() for r in range(3)] == [
        "AG/2025/001",
        "2025-03-03",
        "Siti Rahmawati",
    ]
    assert "ditebak" in dialog.mapping_info.text()
    # the date received is required: flagged, and the next step is closed until it is mapped
    assert "Tanggal diterima ✗ belum dipetakan" in dialog.required_label.text()
    assert not dialog.next_button.isEnabled()
    dialog.set_mapping("Tgl Masuk", "received_at")
    assert "Tanggal diterima ✓" in dialog.required_label.text() and dialog.next_button.isEnabled()
    # one field for two columns is refused by the core's check, and said so
    dialog.set_mapping("Catatan petugas", "subject")
    assert not dialog.next_button.isEnabled()
    assert "Hal/perihal" in dialog.mapping_error.text() and dialog.mapping_error.isVisible()
    dialog.set_mapping("Catatan petugas", "")
    assert dialog.next_button.isEnabled()


def test_changing_a_mapping_changes_the_preview_and_rejected_rows_are_listed_with_line_and_reason(
    qtbot, open_dialog, tmp_path
):
    dialog = open_dialog(workbook(tmp_path / "agenda.xlsx"))
    for heading, key in CHOSEN.items():
        dialog.set_mapping(heading, key)
    report = checked(qtbot, dialog)
    assert (report.rows, report.valid, report.rejected_total, report.already_imported) == (4, 2, 2, 0)
    assert (
        "4 baris diperiksa: 2 akan diimpor · 2 ditolak · 0 sudah pernah diimpor"
        in dialog.check_summary.text()
    )
    table = dialog.preview_table
    assert column(table, "Baris") == ["2", "3", "4", "5"]
    assert column(table, "Nama pengirim") == [
        "Siti Rahmawati",
        "Budi Santoso",
        "Andi Harahap",
        "Dewi Lestari",
    ]
    # stored as the register keeps it: a date, the phone in E.164
    assert column(table, "Tanggal diterima")[0] == "03 Mar 2025"
    assert column(table, "Telepon")[0] == "+6281222334455"
    assert column(table, "Hasil")[:2] == ["✓ akan diimpor", "✗ ditolak: NIK: NIK harus 16 digit angka"]
    rejected = dialog.rejected_table
    assert [rejected.item(r, 0).text() for r in range(rejected.rowCount())] == ["3", "4"]
    assert rejected.item(0, 1).text() == "NIK: NIK harus 16 digit angka"
    assert "Tanggal diterima: tanggal 'kemarin' tidak dikenali" in rejected.item(1, 1).text()
    assert dialog.next_button.text() == "&Impor" and dialog.next_button.isEnabled()

    dialog.back()
    assert dialog.step == STEP_MAPPING
    dialog.set_mapping("Perihal", "")
    dialog.set_mapping("Catatan petugas", "subject")
    report = checked(qtbot, dialog)
    assert column(dialog.preview_table, "Hal/perihal") == ["cek lapangan", "", "", "lanjut"]
    assert (report.valid, report.rejected_total) == (2, 2)
    assert "Perihal wajib diisi" in column(dialog.preview_table, "Hasil")[1]


def test_import_stores_the_rows_remembers_the_mapping_and_a_second_import_adds_nothing(
    qtbot, db, admin, window_factory, tmp_path
):
    window = window_factory(db, admin)
    integration = window.integrations["register_import"]
    path = workbook(tmp_path / "unit-a-maret.xlsx")
    dialog = integration.open_import(path)
    qtbot.waitUntil(lambda: dialog.step == STEP_MAPPING, timeout=20000)
    for heading, key in CHOSEN.items():
        dialog.set_mapping(heading, key)
    checked(qtbot, dialog)
    with qtbot.waitSignal(window.model.loaded, timeout=30000):  # the register refreshes
        result = imported(qtbot, dialog)
    assert (result.imported, result.rejected, result.skipped) == (2, 2, 0)
    assert dialog.step == STEP_IMPORT and dialog.cancel_button.text() == "&Tutup"
    assert "2 surat baru diimpor, 2 baris ditolak, 0 baris dilewati" in dialog.import_status.text()
    assert dialog.import_rejected_table.rowCount() == 2
    letters = list_letters(db, admin, query=LetterQuery(sort="received_at", descending=False))
    assert [(r.agenda_no, r.sender.name, r.sender.phone) for r in letters] == [
        ("AG/2025/001", "Siti Rahmawati", "+6281222334455"),
        ("AG/2025/004", "Dewi Lestari", "+6285712345678"),
    ]
    assert window.model.rowCount() == 2
    assert "2 surat diimpor" in window.statusBar().currentMessage()
    dialog.close()
    qtbot.waitUntil(lambda: integration.dialog is None, timeout=5000)

    # April's file of the same unit: same headings (other case), the clerk's mapping is offered at once
    april = workbook(
        tmp_path / "unit-a-april.xlsx",
        rows=[["", date(2025, 4, 2), "Rina", "", "", "Banjir", ""]],
        headings=[h.upper() for h in HEADINGS],
    )
    dialog = integration.open_import(april)
    qtbot.waitUntil(lambda: dialog.step == STEP_MAPPING, timeout=20000)
    assert "tersimpan untuk sumber ini" in dialog.mapping_info.text()
    assert dialog.mapping()["TGL MASUK"] == "received_at" and dialog.mapping()["DARI"] == "sender.name"
    assert dialog.next_button.isEnabled()

    # the March file again: nothing new, before and after importing
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.step == STEP_MAPPING, timeout=20000)
    report = checked(qtbot, dialog)
    assert (report.valid, report.already_imported) == (0, 2)
    assert "Tidak ada baris baru" in dialog.check_summary.text()
    assert column(dialog.preview_table, "Hasil")[0] == "↺ sudah ada, dilewati"
    again = imported(qtbot, dialog)
    assert (again.imported, again.skipped) == (0, 2)
    assert "Tidak ada yang baru" in dialog.import_status.text()
    assert count_letters(db, admin) == 2


def test_rejected_rows_are_saved_as_xlsx_and_csv(qtbot, open_dialog, tmp_path):
    dialog = open_dialog(workbook(tmp_path / "agenda.xlsx"))
    for heading, key in CHOSEN.items():
        dialog.set_mapping(heading, key)
    checked(qtbot, dialog)
    assert dialog.save_check_report.isEnabled()
    dialog.save_report(tmp_path / "ditolak.xlsx")
    qtbot.waitUntil(lambda: dialog.report_status.text().startswith("Disimpan"), timeout=10000)
    rows = [[c.value for c in row] for row in load_workbook(tmp_path / "ditolak.xlsx").active.iter_rows()]
    assert (
        rows
        == [
            ["Berkas", "Baris", "Alasan"],
            ["agenda.xlsx", 3, "NIK: NIK harus 16 digit angka"],
            ["agenda.xlsx", 4, rows[2][2]],
        ]
        and "kemarin" in rows[2][2]
    )
    dialog.save_report(tmp_path / "ditolak.csv")
    qtbot.waitUntil(lambda: dialog.report_status.text() == "Disimpan ke ditolak.csv", timeout=10000)
    assert (tmp_path / "ditolak.csv").read_text(encoding="utf-8-sig").splitlines()[1] == (
        "agenda.xlsx;3;NIK: NIK harus 16 digit angka"
    )


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("rusak.xlsx", os.urandom(3000), "bukan berkas xlsx yang dapat dibaca"),
        ("kosong.csv", b"", "berkas kosong"),
        ("laporan.csv", b"%PDF-1.4\n\x00\x01\x02\xff stream\n", "bukan berkas teks CSV"),
        ("catatan.docx", b"PK\x03\x04", "format tidak didukung"),
    ],
)
def test_a_malformed_file_is_named_with_the_reason_and_nothing_is_stored(
    open_dialog, db, admin, tmp_path, name, content, reason
):
    path = tmp_path / name
    path.write_bytes(content)
    dialog = open_dialog(path)
    assert dialog.step == STEP_FILE
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text().startswith(f"Berkas «{name}» tidak dapat dibaca: ")
    assert reason in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()
    assert count_letters(db, admin) == 0


def test_a_sheet_damaged_after_its_headings_is_reported_in_the_dry_run(
    qtbot, open_dialog, db, admin, tmp_path
):
    whole = workbook(
        tmp_path / "utuh.xlsx",
        rows=[[f"AG-{i}", date(2025, 3, 3), f"Warga {i}", "", "", "Jalan", ""] for i in range(400)],
    )
    broken = tmp_path / "terpotong.xlsx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(
                item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data
            )
    dialog = open_dialog(broken)
    assert dialog.step == STEP_MAPPING  # the headings are still readable
    for heading, key in CHOSEN.items():
        dialog.set_mapping(heading, key)
    dialog.forward()
    qtbot.waitUntil(lambda: dialog.validation_job is None, timeout=20000)
    assert dialog.check_error.text().startswith(
        "Berkas «terpotong.xlsx» tidak dapat dibaca: lembar kerja rusak"
    )
    assert not dialog.next_button.isEnabled()  # nothing to import from
    assert count_letters(db, admin) == 0


def test_text_from_the_file_is_shown_as_written_never_as_markup(qtbot, open_dialog, tmp_path):
    path = csv_file(
        tmp_path / "<u>agenda.csv",
        ["Tanggal diterima;<i>Perihal</i>;Pengirim", '2025-03-03;<img src="x">;=HYPERLINK("http://x")'],
    )
    dialog = open_dialog(path)
    assert dialog.headings() == ["Tanggal diterima", "<i>Perihal</i>", "Pengirim"]
    assert dialog.mapping_info.textFormat() == Qt.TextFormat.PlainText
    assert dialog.mapping_info.text().startswith("<u>agenda.csv")
    assert dialog.mapping_table.item(1, 1).text() == '<img src="x">'
    dialog.set_mapping("<i>Perihal</i>", "subject")
    checked(qtbot, dialog)
    assert column(dialog.preview_table, "Nama pengirim") == ['=HYPERLINK("http://x")']
    assert dialog.check_summary.textFormat() == Qt.TextFormat.PlainText


def test_cancel_leaves_the_register_as_it_was(qtbot, db, admin, open_dialog, tmp_path, monkeypatch):
    first = open_dialog(workbook(tmp_path / "dulu.xlsx"))
    for heading, key in CHOSEN.items():
        first.set_mapping(heading, key)
    checked(qtbot, first)
    assert imported(qtbot, first).imported == 2
    before = [(r.id, r.agenda_no, r.subject) for r in list_letters(db, admin)]

    lines = ["Tanggal diterima;Perihal;Pengirim;Telepon"]
    lines += [
        f"2025-02-{1 + i % 28:02d};Perihal nomor {i};Warga {i};0812-1111-{i % 10000:04d}" for i in range(5000)
    ]
    dialog = open_dialog(csv_file(tmp_path / "besar.csv", lines))
    assert dialog.mapping() == {
        "Tanggal diterima": "received_at",
        "Perihal": "subject",
        "Pengirim": "sender.name",
        "Telepon": "sender.phone",
    }
    report = checked(qtbot, dialog)
    assert report.valid == 5000
    monkeypatch.setattr(importing, "BATCH", 250)  # so rows are already written when Batal is pressed
    dialog.forward()
    assert dialog.importing and dialog.import_progress.maximum() == 5000
    qtbot.waitUntil(lambda: dialog.import_progress.value() >= 600, timeout=30000)
    dialog.cancel_button.click()  # Batal stops the import, the dialog stays to say so
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.importing, timeout=60000)
    assert dialog.import_status.text().startswith("Impor dibatalkan: tidak ada baris yang disimpan")
    assert (
        dialog.result is None and dialog.back_button.isEnabled() and dialog.cancel_button.text() == "&Tutup"
    )
    assert [(r.id, r.agenda_no, r.subject) for r in list_letters(db, admin)] == before  # all rolled back
    assert not import_mapping.propose_mapping(db, admin, path=tmp_path / "besar.csv").remembered


def test_the_action_is_in_the_file_menu_for_importers_only(qtbot, db, admin, window_factory):
    window = window_factory(db, admin)
    action = window.integrations["register_import"].act_import
    assert action in window.file_menu.actions() and action.isVisible()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+I")
    others = [a for a in window.findChildren(type(action)) if a is not action and not a.shortcut().isEmpty()]
    assert all(a.shortcut() != action.shortcut() for a in others)  # the shortcut is free
    action.trigger()
    dialog = window.integrations["register_import"].dialog
    assert isinstance(dialog, RegisterImportDialog) and dialog.isVisible()
    dialog.close()

    staff = window_factory(db, Actor("stef", Role.STAFF))
    hidden = staff.integrations["register_import"].act_import
    assert not hidden.isVisible() and not hidden.isEnabled()
    assert hidden not in staff.file_menu.actions()
    assert staff.integrations["register_import"].open_import() is None


def test_a_register_file_dropped_on_the_window_opens_the_import(qtbot, db, admin, window_factory, tmp_path):
    window = window_factory(db, admin)
    path = workbook(tmp_path / "agenda.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        QPoint(20, 20),  # the documented signature (a QPointF is taken only after some other tests ran)
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(*args))
    integration = window.integrations["register_import"]
    assert integration.dialog is not None
    qtbot.waitUntil(lambda: integration.dialog.step == STEP_MAPPING, timeout=20000)
    assert integration.dialog.headings() == HEADINGS
    assert window.integrations["intake"].dialog is None  # not taken for a scan
    integration.dialog.close()


def test_every_register_field_has_a_translatable_name():
    assert set(_FIELD_LABELS) == set(import_mapping.TARGETS.values())
    assert (
        readable_reason("nik: NIK harus 16 digit angka; phone: salah")
        == "NIK: NIK harus 16 digit angka; Telepon: salah"
    )
    assert readable_reason("JSON tidak valid (x: y)") == "JSON tidak valid (x: y)"
