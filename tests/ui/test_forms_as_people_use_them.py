"""Forms the way a desktop user works them: the cursor starts in the first field, Ctrl+Enter saves,
and closing a form with unsaved changes (Esc, the close button, Batal/Tutup) asks first. On SQLite and
PostgreSQL, through the real services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sipdumas.services import routing
from sipdumas.services import workflow as W
from sipdumas.services.admin import workflow_settings as ws
from sipdumas.services.letters import LetterInput, SenderData, count_letters, get_letter, register_letter
from ui.register.letter_form import LetterForm
from ui.settings.agencies_dialog import AgenciesDialog
from ui.settings.calendar_dialog import CalendarDialog
from ui.settings.letter_settings_dialog import LetterSettingsDialog
from ui.settings.users_dialog import UsersDialog
from ui.workflow.review_dialogs import DispositionDialog, ReviewDialog
from ui.workflow.status_dialog import StatusDialog

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 5, 4)


def letter(db, admin, subject="Jalan desa rusak"):
    data = LetterInput(
        received_at=TODAY, subject=subject, sender=SenderData(name="Siti", phone="08122233445")
    )
    return register_letter(db, admin, data=data, today=TODAY)


def shown(qtbot, dialog, signal=None):
    qtbot.addWidget(dialog)
    if signal is None:
        dialog.show()
    else:
        with qtbot.waitSignal(signal, timeout=15000):
            dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=5000)
    return dialog


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def answer(qtbot, dialog, text: str) -> None:
    """Click the button called ``text`` in the dialog's open unsaved-changes question."""
    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible(), timeout=5000)
    box: QMessageBox = dialog.discard_box
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


# ---------------------------------------------------------------- unsaved changes


def test_esc_in_a_new_letter_asks_before_throwing_the_typing_away(qtbot, db, admin, tasks):
    form = shown(qtbot, LetterForm(db, admin, tasks))
    press(qtbot, form.focusWidget(), Qt.Key.Key_Escape)
    assert not form.isVisible(), "nothing typed: Esc closes at once"

    form = shown(qtbot, LetterForm(db, admin, tasks))
    qtbot.keyClicks(form.subject, "Pungutan liar di sekolah")
    press(qtbot, form.subject, Qt.Key.Key_Escape)
    assert form.isVisible() and form.discard_box is not None
    assert {b.text() for b in form.discard_box.buttons()} == {
        "&Simpan",
        "&Buang perubahan",
        "&Kembali ke isian",
    }
    answer(qtbot, form, "&Kembali ke isian")
    assert form.isVisible() and form.subject.text() == "Pungutan liar di sekolah"
    form.close()  # the window's close button
    answer(qtbot, form, "&Buang perubahan")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    assert count_letters(db, admin) == 0


def test_saving_from_the_question_saves_and_closes(qtbot, db, admin, tasks):
    form = shown(qtbot, LetterForm(db, admin, tasks))
    qtbot.keyClicks(form.subject, "Sertifikat tanah ganda")
    form.buttons.button(form.buttons.StandardButton.Cancel).click()  # Batal
    with qtbot.waitSignal(form.saved, timeout=15000):
        answer(qtbot, form, "&Simpan")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    assert count_letters(db, admin) == 1


def test_an_opened_letter_closes_quietly_until_a_field_changes(qtbot, db, admin, tasks):
    row = letter(db, admin)
    form = shown(qtbot, LetterForm(db, admin, tasks, detail=get_letter(db, admin, letter_id=row.id)))
    qtbot.wait(100)  # the category list arrives from the worker meanwhile
    assert not form.unsaved_changes()
    form.reject()
    assert not form.isVisible()
    form = shown(qtbot, LetterForm(db, admin, tasks, detail=get_letter(db, admin, letter_id=row.id)))
    form.summary.setPlainText("Jalan berlubang sepanjang 2 km")
    form.reject()
    assert form.isVisible() and form.discard_box is not None
    form.summary.setPlainText("")  # typed back: the question's answer is still awaited
    answer(qtbot, form, "&Buang perubahan")
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)


def test_telaah_and_disposisi_ask_before_closing_with_changes(qtbot, db, admin, tasks):
    row = letter(db, admin)
    review = ReviewDialog(db, admin, tasks, row)
    shown(qtbot, review, review.loaded)
    qtbot.keyClicks(review.core_problem, "Jalan rusak tidak diperbaiki")
    press(qtbot, review.core_problem, Qt.Key.Key_Escape)
    answer(qtbot, review, "&Buang perubahan")
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=5000)
    assert W.get_review(db, admin, letter_id=row.id).core_problem in (None, "")

    dispose = shown(qtbot, DispositionDialog(db, admin, tasks, row))
    qtbot.keyClicks(dispose.note, "Mohon segera")
    dispose.buttons.button(dispose.buttons.StandardButton.Cancel).click()
    assert dispose.isVisible() and dispose.discard_box is not None
    answer(qtbot, dispose, "&Buang perubahan")
    qtbot.waitUntil(lambda: not dispose.isVisible(), timeout=5000)


def test_settings_dialogs_ask_before_closing_with_changes(qtbot, db, admin, tasks):
    settings = LetterSettingsDialog(db, admin, tasks)
    shown(qtbot, settings, settings.loaded)
    assert not settings.unsaved_changes()
    settings.signer_name.setText("Dr. Rina Kusuma")
    settings.reject()  # Tutup
    answer(qtbot, settings, "&Kembali ke isian")
    assert settings.isVisible()
    with qtbot.waitSignal(settings.saved, timeout=15000):
        settings.reject()
        answer(qtbot, settings, "&Simpan")
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=5000)
    assert ws.get(db).signer_name == "Dr. Rina Kusuma"

    agencies = AgenciesDialog(db, admin, tasks)
    shown(qtbot, agencies, agencies.agencies_loaded)
    qtbot.keyClicks(agencies.test_text, "uji saja")  # a try-out, nothing to save
    press(qtbot, agencies.test_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not agencies.isVisible(), timeout=5000)

    agencies = AgenciesDialog(db, admin, tasks)
    shown(qtbot, agencies, agencies.agencies_loaded)
    qtbot.keyClicks(agencies.name, "Pemerintah Kota Medan")
    press(qtbot, agencies.name, Qt.Key.Key_Escape)
    answer(qtbot, agencies, "&Buang perubahan")
    qtbot.waitUntil(lambda: not agencies.isVisible(), timeout=5000)
    assert routing.list_agencies(db, admin) == []


def test_calendar_deadlines_saved_from_the_question(qtbot, db, admin, tasks):
    dialog = CalendarDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    dialog.review_days.setValue(3)
    dialog.year.setValue(dialog.year.value() + 1)  # looking at another year is no change
    press(qtbot, dialog.review_days, Qt.Key.Key_Escape)
    with qtbot.waitSignal(dialog.changed, timeout=15000):
        answer(qtbot, dialog, "&Simpan")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ws.get(db).review_days == 3


# ---------------------------------------------------------------- Ctrl+Enter


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_registers_a_new_letter_even_from_a_multi_line_field(qtbot, db, admin, tasks, key):
    form = shown(qtbot, LetterForm(db, admin, tasks))
    form.subject.setText("Bantuan sosial tidak cair")
    qtbot.keyClicks(form.summary, "Sudah tiga bulan")
    with qtbot.waitSignal(form.saved, timeout=15000):
        press(qtbot, form.summary, key, CTRL)
    assert count_letters(db, admin) == 1
    assert form.summary.toPlainText() == "Sudah tiga bulan", "Ctrl+Enter saved, it did not add a line"


def test_ctrl_enter_saves_the_status_the_telaah_and_the_disposisi(qtbot, db, admin, tasks):
    row = letter(db, admin)
    status = shown(qtbot, StatusDialog(db, admin, tasks, row))
    qtbot.keyClicks(status.note, "mulai ditelaah")
    with qtbot.waitSignal(status.saved, timeout=15000):
        press(qtbot, status.note, Qt.Key.Key_Return, CTRL)
    assert get_letter(db, admin, letter_id=row.id).row.status == "under_review"

    review = ReviewDialog(db, admin, tasks, row)
    shown(qtbot, review, review.loaded)
    qtbot.keyClicks(review.core_problem, "Jalan rusak")
    with qtbot.waitSignal(review.saved, timeout=15000):
        press(qtbot, review.core_problem, Qt.Key.Key_Return, CTRL)
    assert W.get_review(db, admin, letter_id=row.id).core_problem == "Jalan rusak"

    dispose = shown(qtbot, DispositionDialog(db, admin, tasks, row))
    dispose.assignee.setCurrentText("admin")
    dispose.instruction_boxes[0].setChecked(True)
    with qtbot.waitSignal(dispose.saved, timeout=15000):
        press(qtbot, dispose.note, Qt.Key.Key_Return, CTRL)
    assert W.dispositions(db, admin, letter_id=row.id)


def test_ctrl_enter_saves_letter_settings_and_adds_an_account(qtbot, db, admin, tasks):
    settings = LetterSettingsDialog(db, admin, tasks)
    shown(qtbot, settings, settings.loaded)
    settings.place.setText("Medan")
    with qtbot.waitSignal(settings.saved, timeout=15000):
        press(qtbot, settings.place, Qt.Key.Key_Return, CTRL)
    assert ws.get(db).place == "Medan" and settings.isVisible() and not settings.unsaved_changes()

    users = shown(qtbot, UsersDialog(db, admin, tasks))
    for edit, text in (
        (users.username, "rina"),
        (users.full_name, "Rina Kusuma"),
        (users.password, "rahasia-123"),
        (users.password2, "rahasia-123"),
    ):
        edit.setText(text)
    with qtbot.waitSignal(users.changed, timeout=20000):
        press(qtbot, users.password2, Qt.Key.Key_Return, CTRL)
    assert not users.unsaved_changes()


# ---------------------------------------------------------------- the first field


def test_each_form_opens_with_the_cursor_in_its_first_field(qtbot, db, admin, tasks):
    row = letter(db, admin)
    form = shown(qtbot, LetterForm(db, admin, tasks))
    assert QApplication.focusWidget() is form.received_at or form.received_at.isAncestorOf(form.focusWidget())
    status = shown(qtbot, StatusDialog(db, admin, tasks, row))
    assert status.focusWidget() is status.status
    dispose = shown(qtbot, DispositionDialog(db, admin, tasks, row))
    assert dispose.assignee.isAncestorOf(dispose.focusWidget()) or dispose.focusWidget() is dispose.assignee
    review = ReviewDialog(db, admin, tasks, row)
    shown(qtbot, review, review.loaded)
    assert review.focusWidget() is review.core_problem
    users = shown(qtbot, UsersDialog(db, admin, tasks))
    assert users.focusWidget() is users.username
    agencies = AgenciesDialog(db, admin, tasks)
    shown(qtbot, agencies, agencies.agencies_loaded)
    assert agencies.focusWidget() is agencies.name
