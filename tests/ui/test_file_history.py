"""A file's history dialog (ui/file_history_view.py): details, the events (a move, a loan and its
return with condition), the loans and letters; moving, describing, merging and splitting from the
dialog; the label; read-only for roles that may not manage the archive."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.archive import files as A
from sipdumas.services.archive import loans as S
from ui.archive.file_history_view import FileHistoryDialog

ARCHIVIST = Actor("arsi", Role.ARCHIVIST)
STAFF = Actor("stef", Role.STAFF)


def letter(db, admin, subject):
    return L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject))


def open_history(qtbot, db, actor, tasks, code) -> FileHistoryDialog:
    dialog = FileHistoryDialog(db, actor, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show_code(code)
    return dialog


def column(table, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_history_shows_the_details_a_move_and_a_loan(db, admin, qtbot, tasks):
    code = letter(db, admin, "Jalan desa rusak").archive_code
    A.add_location(
        db, admin, code="GB-R1-B12", building="Gedung B", room="Ruang Arsip 1", shelf="3", box="12"
    )
    A.move_file(db, admin, code=code, location_code="GB-R1-B12")
    A.describe_file(
        db,
        admin,
        code=code,
        classification_code="PM.01.02",
        retention_active_years=2,
        retention_inactive_years=5,
        final_disposition="musnah",
    )
    S.lend_file(db, admin, code=code, borrower=S.Borrower("Rina Siregar", "Bagian Telaah"), purpose="telaah")
    S.return_file(db, admin, code=code, condition="rusak", note="sampul sobek")
    dialog = open_history(qtbot, db, ARCHIVIST, tasks, code)
    assert "Jalan desa rusak" in dialog.title.text() and dialog.state.text() == "DI TEMPAT"
    assert (
        "Rak 3, Boks 12" in dialog.fields["location"].text()
        and "GB-R1-B12" in dialog.fields["location"].text()
    )
    assert dialog.fields["classification"].text() == "PM.01.02"
    assert dialog.fields["retention"].text() == "aktif 2 tahun, inaktif 5 tahun"
    assert dialog.fields["disposition"].text() == "musnah"
    # newest first
    assert column(dialog.events, 2) == ["Dikembalikan", "Dipinjamkan", "Keterangan diubah", "Dipindahkan"]
    details = column(dialog.events, 3)
    assert details[0] == "dari Rina Siregar, kondisi rusak; sampul sobek"
    assert details[1].startswith("kepada Rina Siregar (Bagian Telaah), jatuh tempo ")
    assert details[3].startswith("dari — ke GB-R1-B12")
    assert dialog.loans.rowCount() == 1 and dialog.loans.item(0, 6).text() == "rusak"
    assert dialog.loans.item(0, 8).text() == "telaah"
    assert dialog.tabs.tabText(0) == "Riwayat (4)" and dialog.tabs.tabText(2) == "Surat (1)"


def test_a_file_that_is_out_says_who_has_it_and_cannot_be_merged(db, admin, qtbot, tasks):
    code = letter(db, admin, "PKH").archive_code
    S.lend_file(db, admin, code=code, borrower=S.Borrower("Budi", "Umum"))
    dialog = open_history(qtbot, db, ARCHIVIST, tasks, code)
    assert dialog.state.text().startswith("DIPINJAM oleh Budi (Umum)")
    assert dialog.loans.item(0, 5).text() == "belum"
    assert (
        dialog.btn_move.isEnabled() and not dialog.btn_merge.isEnabled() and not dialog.btn_split.isEnabled()
    )


def test_moving_to_a_listed_place_and_to_a_new_one(db, admin, qtbot, tasks):
    code = letter(db, admin, "Tanah").archive_code
    A.add_location(db, admin, code="GB-R1-B12", building="Gedung B", shelf="3", box="12")
    A.add_location(db, admin, code="GB-R1-B13", building="Gedung B", shelf="3", box="13")
    dialog = open_history(qtbot, db, ARCHIVIST, tasks, code)
    move = dialog.open_move()
    qtbot.waitUntil(lambda: move.location.count() == 2, timeout=10000)
    move.choose("GB-R1-B13")
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        move.buttons.accepted.emit()
    assert A.get_file(db, admin, code=code).location_code == "GB-R1-B13"
    assert "Boks 13" in dialog.fields["location"].text()
    assert column(dialog.events, 2)[0] == "Dipindahkan"
    # a place that is not listed yet
    move = dialog.open_move()
    qtbot.waitUntil(lambda: move.location.count() == 2, timeout=10000)
    move.new_box.setChecked(True)
    for key, text in (("code", "gc-r2-b01"), ("building", "Gedung C"), ("shelf", "1"), ("box", "01")):
        move.new_fields[key].setText(text)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        move.buttons.accepted.emit()
    assert A.get_file(db, admin, code=code).location_code == "GC-R2-B01"
    # a taken location code is refused on the form, nothing moves
    move = dialog.open_move()
    qtbot.waitUntil(lambda: move.location.count() == 3, timeout=10000)
    move.new_box.setChecked(True)
    move.new_fields["code"].setText("GB-R1-B12")
    move.submit()
    qtbot.waitUntil(lambda: move.error.isVisible(), timeout=10000)
    assert "sudah dipakai" in move.error.text() and move.isVisible()
    assert A.get_file(db, admin, code=code).location_code == "GC-R2-B01"
    move.reject()


def test_describe_merge_and_split_from_the_dialog(db, admin, qtbot, tasks):
    a, b, c = letter(db, admin, "a"), letter(db, admin, "b"), letter(db, admin, "c")
    dialog = open_history(qtbot, db, ARCHIVIST, tasks, a.archive_code)
    describe = dialog.open_describe()
    describe.classification.setText("PM.01.02")
    describe.active.setValue(2)
    describe.confidential.setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        describe.submit()
    f = A.get_file(db, admin, code=a.archive_code)
    assert (f.classification_code, f.retention_active_years, f.confidential) == ("PM.01.02", 2, True)
    assert dialog.fields["confidential"].text() == "Rahasia"

    merge = dialog.open_merge()
    merge.codes.setPlainText(f"{b.archive_code}\n{c.archive_code.lower()}\n")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        merge.submit()
    assert A.get_file(db, admin, code=a.archive_code).letters == (a.agenda_no, b.agenda_no, c.agenda_no)
    assert dialog.letters.rowCount() == 3 and dialog.btn_split.isEnabled()

    split = dialog.open_split()
    split.check([c.agenda_no])
    split.title.setText("Berkas C")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        split.submit()
    new = A.get_file(db, admin, code=f"{a.archive_code}.1")
    assert new.letters == (c.agenda_no,) and new.title == "Berkas C"
    assert "Berkas baru " + new.code in dialog.info.text()
    assert column(dialog.events, 2)[:3] == ["Dipisah", "Menerima gabungan", "Menerima gabungan"]

    # splitting every letter is refused on the form with the service's reason
    split = dialog.open_split()
    split.check([a.agenda_no, b.agenda_no])
    split.submit()
    qtbot.waitUntil(lambda: split.error.isVisible(), timeout=10000)
    assert "sebagian surat" in split.error.text()
    split.reject()

    # the emptied file says where its letters went
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show_code(b.archive_code)
    assert dialog.state.text() == f"Digabung ke berkas {a.archive_code}"
    assert not dialog.btn_move.isEnabled() and dialog.btn_label.isEnabled()


def test_the_label_is_printed_or_saved(db, admin, qtbot, tasks, tmp_path):
    code = letter(db, admin, "Label").archive_code
    dialog = open_history(qtbot, db, ARCHIVIST, tasks, code)
    dialog.print_label(skip=3)
    qtbot.waitUntil(lambda: getattr(dialog, "label_dialog", None) is not None, timeout=20000)
    label = dialog.label_dialog
    qtbot.waitUntil(lambda: label.pages.page_count == 1, timeout=20000)
    with qtbot.waitSignal(label.saved, timeout=10000):
        label.save_pdf(tmp_path / "label.pdf")
    assert (tmp_path / "label.pdf").read_bytes().startswith(b"%PDF")
    label.done(QDialog.DialogCode.Accepted)


def test_history_by_code_an_unknown_code_and_a_read_only_role(db, admin, qtbot, tasks):
    code = letter(db, admin, "Baca saja").archive_code
    dialog = FileHistoryDialog(db, STAFF, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.show_code("BRK-2099-00001")
    assert "tidak dikenal" in dialog.error.text()
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.code.returnPressed.emit()
    assert dialog.history.file.code == code and not dialog.error.isVisible()
    assert not any(button.isVisible() for button in dialog.archive_buttons)
