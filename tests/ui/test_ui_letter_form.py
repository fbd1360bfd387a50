"""The letter form and the status dialog: checks in plain Indonesian, saves that never overwrite."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.letters import (
    LetterInput,
    SenderData,
    count_letters,
    get_letter,
    register_letter,
    update_letter,
)
from sipdumas.services.workflow import change_status
from ui.register.letter_form import LetterForm
from ui.workflow.status_dialog import StatusDialog


@pytest.fixture
def form_factory(qtbot, db, admin, tasks):
    def make(detail=None, actor=None):
        form = LetterForm(db, actor or admin, tasks, detail=detail)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def fill_minimal(form: LetterForm) -> None:
    form.subject.setText("Bantuan sosial tidak sampai ke warga")
    form.sender_name.setText("Siti Rahayu")
    form.addressee.setText("Presiden Republik Indonesia")


def test_form_refuses_a_bad_nik_with_an_indonesian_message_and_saves_nothing(form_factory, db, admin, qtbot):
    form = form_factory()
    fill_minimal(form)
    form.nik.setText("1275 3021 1054")
    form.save()
    assert form.nik_error.isVisibleTo(form)
    assert form.nik_error.text() == "NIK harus 16 digit angka"
    assert "Periksa isian yang ditandai merah" in form.form_error.text()
    form.nik.setText("9975302110547688")
    form.save()
    assert form.nik_error.text() == "Kode provinsi 99 pada NIK tidak dikenal"
    qtbot.wait(50)
    assert count_letters(db, admin) == 0


def test_form_shows_the_phone_as_it_will_be_stored_and_saves_it(form_factory, db, admin, qtbot):
    form = form_factory()
    fill_minimal(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "0812-3456-7890")
    assert form.phone.hasFocus()
    form.nik.setFocus()  # leaving the field normalises it
    assert form.phone.text() == "+6281234567890"
    form.nik.setText("3578196711613079")
    assert form.check_nik()
    assert form.nik_hint.text() == "Provinsi: Jawa Timur"
    saved = []
    form.saved.connect(saved.append)
    with qtbot.waitSignal(form.accepted, timeout=10000):
        form.save()
    row = saved[0]
    assert row.sender.phone == "+6281234567890"
    assert row.sender.nik == "3578196711613079"
    assert row.agenda_no.startswith("D-")
    assert count_letters(db, admin) == 1


def test_form_refuses_a_phone_that_cannot_be_indonesian(form_factory):
    form = form_factory()
    fill_minimal(form)
    form.phone.setText("12345")
    form.save()
    assert form.phone_error.text() == "Nomor telepon '12345' tidak valid (contoh: 0812-3456-7890)"


def test_subject_is_required(form_factory):
    form = form_factory()
    form.save()
    assert form.subject_error.text() == "Perihal wajib diisi"


def _registered(db, admin):
    data = LetterInput(
        received_at=date.today(),
        subject="Pungutan biaya seragam di SD Negeri 3",
        addressee="Presiden Republik Indonesia",
        cc=["Gubernur Jawa Timur"],
        sender=SenderData(name="Lestari Pratama", phone="0852-8190-937"),
    )
    return register_letter(db, admin, data=data)


def test_editing_keeps_what_the_form_does_not_show(form_factory, db, admin, qtbot):
    row = _registered(db, admin)
    detail = get_letter(db, admin, letter_id=row.id)
    update_letter(
        db,
        admin,
        letter_id=row.id,
        expected_version=detail.row.version,
        data=dataclasses.replace(detail.data, text="TEKS OCR ASLI"),
    )
    form = form_factory(get_letter(db, admin, letter_id=row.id))
    assert form.subject.text() == "Pungutan biaya seragam di SD Negeri 3"
    assert form.cc.toPlainText() == "Gubernur Jawa Timur"
    form.summary.setPlainText("Orang tua murid diminta membayar Rp750.000.")
    with qtbot.waitSignal(form.accepted, timeout=10000):
        form.save()
    after = get_letter(db, admin, letter_id=row.id)
    assert after.data.summary == "Orang tua murid diminta membayar Rp750.000."
    assert after.data.text == "TEKS OCR ASLI"
    assert after.updated_by == admin.username


def test_concurrent_edit_shows_the_conflict_and_keeps_the_other_users_data(form_factory, db, admin, qtbot):
    row = _registered(db, admin)
    form = form_factory(get_letter(db, admin, letter_id=row.id))
    # Meanwhile, at another workstation, a colleague corrects the subject and saves first.
    colleague = Actor(username="budi", role=Role.ANALYST)
    theirs = get_letter(db, colleague, letter_id=row.id)
    update_letter(
        db,
        colleague,
        letter_id=row.id,
        expected_version=theirs.row.version,
        data=dataclasses.replace(theirs.data, subject="Pungutan seragam SDN 3 Surabaya"),
    )
    form.subject.setText("Perihal versi saya")
    form.save()
    qtbot.waitUntil(lambda: form.conflict_box is not None and form.conflict_box.isVisible(), timeout=10000)
    assert "telah diubah oleh pengguna lain" in form.conflict_box.text()
    assert "muat ulang" in form.form_error.text()
    assert "budi" in form.conflict_box.detailedText()
    assert form.isVisible() and form.subject.text() == "Perihal versi saya"  # my text is not lost
    assert get_letter(db, admin, letter_id=row.id).data.subject == "Pungutan seragam SDN 3 Surabaya"

    reload_button = next(
        b
        for b in form.conflict_box.buttons()
        if form.conflict_box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(form.reloaded, timeout=10000):
        reload_button.click()
    assert form.subject.text() == "Pungutan seragam SDN 3 Surabaya"
    assert "budi" in form.info.text()
    form.summary.setPlainText("Ringkasan setelah dimuat ulang")
    with qtbot.waitSignal(form.accepted, timeout=10000):
        form.save()
    final = get_letter(db, admin, letter_id=row.id).data
    assert final.subject == "Pungutan seragam SDN 3 Surabaya"
    assert final.summary == "Ringkasan setelah dimuat ulang"


def test_a_viewer_role_sees_the_letter_but_cannot_save(form_factory, db, admin):
    row = _registered(db, admin)
    archivist = Actor(username="arsip", role=Role.ARCHIVIST)
    form = form_factory(get_letter(db, archivist, letter_id=row.id), actor=archivist)
    assert not form.save_button.isEnabled()
    assert "hanya boleh melihat" in form.form_error.text()


def test_status_dialog_offers_only_allowed_next_steps_and_records_the_change(qtbot, db, admin, tasks):
    row = _registered(db, admin)
    dialog = StatusDialog(db, admin, tasks, row)
    qtbot.addWidget(dialog)
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert offered == ["Ditelaah", "Diarsipkan"]
    dialog.status.setCurrentIndex(dialog.status.findData("under_review"))
    dialog.note.setPlainText("mulai ditelaah")
    saved = []
    dialog.saved.connect(saved.append)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert saved[0].status == "under_review"
    assert get_letter(db, admin, letter_id=row.id).row.status == "under_review"


def test_status_dialog_refuses_a_stale_letter_and_reloads_it(qtbot, db, admin, tasks):
    row = _registered(db, admin)
    dialog = StatusDialog(db, admin, tasks, row)
    qtbot.addWidget(dialog)
    detail = get_letter(db, admin, letter_id=row.id)
    update_letter(
        db,
        admin,
        letter_id=row.id,
        expected_version=detail.row.version,
        data=dataclasses.replace(detail.data, subject="Diubah orang lain"),
    )
    dialog.status.setCurrentIndex(dialog.status.findData("filed"))
    with qtbot.waitSignal(dialog.reloaded, timeout=10000):
        dialog.save()
    assert "diubah oleh pengguna lain" in dialog.error.text()
    assert get_letter(db, admin, letter_id=row.id).row.status == "received"
    assert dialog.ok.isEnabled()


def test_status_dialog_offers_each_role_only_the_steps_it_may_take(qtbot, db, admin, tasks):
    """An analyst may record the agency's answer but not close the complaint; a supervisor may."""
    row = _registered(db, admin)
    for status in ("under_review", "monitoring", "answered"):
        row = change_status(db, admin, letter_id=row.id, expected_version=row.version, status=status)
    offered = {}
    for role in (Role.ANALYST, Role.SUPERVISOR, Role.STAFF):
        dialog = StatusDialog(db, Actor(username=role.value, role=role), tasks, row)
        qtbot.addWidget(dialog)
        offered[role] = [dialog.status.itemData(i) for i in range(dialog.status.count())]
        if role is Role.STAFF:
            assert not dialog.ok.isEnabled()
            assert "bukan wewenang peran Anda" in dialog.error.text()
    assert offered == {
        Role.ANALYST: ["monitoring"],
        Role.SUPERVISOR: ["monitoring", "closed"],
        Role.STAFF: [],
    }
