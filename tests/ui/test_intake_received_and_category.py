"""Intake as an analyst registers a stack of post: the date received (today unless changed, kept from
letter to letter) and the category suggested from the categories earlier letters were given, with the
reason, taken only when the analyst says so. On SQLite and PostgreSQL, through the real services."""

from __future__ import annotations

from datetime import date, timedelta

from letter_texts import compose
from PySide6.QtCore import Qt

from sipdumas.intake import extract_files
from sipdumas.services.letters import LetterInput, get_letter, register_letter
from ui.intake.view import BatchItem, IntakeView

SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}
BUDI = {"name": "Budi Santoso", "nik": "3578012302790004", "phone": "0813-1111-2222"}
LAND = "05 Pertanahan/perumahan"


def view_of(qtbot, db, admin, tasks, tmp_path, *complaints):
    paths = []
    for i, (sender, complaint) in enumerate(complaints):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(compose(**sender, complaint=complaint), encoding="utf-8")
    items = [BatchItem(p, e) for p, e in zip(paths, extract_files(paths), strict=True)]
    view = IntakeView(db, admin, tasks, items, check_duplicates=False)
    view._confirm_close = lambda pending: True  # closing at teardown asks nobody
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def earlier_land_letters(db, admin, n=3):
    for i in range(n):
        text = compose(**BUDI, complaint="tanah")
        data = LetterInput(
            received_at=date.today(), subject=f"Sengketa sertifikat tanah {i}", category=LAND, text=text
        )
        register_letter(db, admin, data=data)


def test_the_date_received_starts_today_and_is_kept_for_the_next_letter(qtbot, db, admin, tasks, tmp_path):
    view = view_of(qtbot, db, admin, tasks, tmp_path, (SITI, "jalan"), (BUDI, "tanah"))
    assert view.received_at.value() == date.today()
    yesterday = date.today() - timedelta(days=1)
    view.received_at.set_value(yesterday)
    with qtbot.waitSignal(view.registered, timeout=20000) as first:
        view.register_button.click()
    assert get_letter(db, admin, letter_id=first.args[0].id).row.received_at == yesterday
    assert view.index == 1 and view.received_at.value() == yesterday
    with qtbot.waitSignal(view.registered, timeout=20000) as second:
        qtbot.keyClick(view.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_letter(db, admin, letter_id=second.args[0].id).row.received_at == yesterday


def test_a_date_received_in_the_future_cannot_be_chosen(qtbot, db, admin, tasks, tmp_path):
    view = view_of(qtbot, db, admin, tasks, tmp_path, (SITI, "jalan"))
    view.received_at.set_value(date.today() + timedelta(days=3))
    assert view.received_at.value() == date.today()


def test_the_category_earlier_letters_got_is_suggested_with_its_reason(qtbot, db, admin, tasks, tmp_path):
    earlier_land_letters(db, admin)
    view = view_of(qtbot, db, admin, tasks, tmp_path, (SITI, "tanah"), (SITI, "jalan"))
    qtbot.waitUntil(lambda: view.category_hint_row.isVisible(), timeout=15000)
    suggestion = view.category_suggestion()
    assert suggestion.category == LAND
    assert view.category_hint.text().startswith(f"Saran: {LAND} (")
    assert "mirip 3 surat terdahulu berkategori ini (kata: " in view.category_hint.text()
    assert view.category.currentText() == "", "a suggestion is not a choice: the analyst confirms it"
    assert view.use_category.isVisible()
    # in view at 1366x768, not below the fold of the form's scrolling area
    shown = view.fields_box.parentWidget()  # the viewport the form scrolls in
    bottom = view.use_category.mapTo(shown, view.use_category.rect().bottomLeft()).y()
    assert bottom <= shown.height(), "the suggestion's button is hidden below the form"
    view.use_category.click()
    assert view.category.currentText() == LAND and not view.use_category.isVisible()
    with qtbot.waitSignal(view.registered, timeout=20000) as registered:
        view.register_button.click()
    assert get_letter(db, admin, letter_id=registered.args[0].id).data.category == LAND


def test_no_suggestion_before_the_register_has_categories(qtbot, db, admin, tasks, tmp_path):
    view = view_of(qtbot, db, admin, tasks, tmp_path, (SITI, "tanah"))
    qtbot.waitUntil(lambda: 0 in view.category_suggestions, timeout=15000)
    assert view.category_suggestion() is None and not view.category_hint_row.isVisible()
