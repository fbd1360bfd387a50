"""Duplicate and other flags in the register, the flag filters, and the side-by-side comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox
from ui_samples import fill_register, register_flagged

from sipdumas.services.duplicates import review_flag
from sipdumas.services.letters import LetterQuery, count_letters, get_letter
from ui.register.duplicate_compare import ADDED_COLOR, REMOVED_COLOR, DuplicateCompareDialog, highlight
from ui.register.letter_form import LetterForm
from ui.register.model import COLUMN_INDEX


def row_of(window, letter_id: int) -> int:
    row = window.model.row_of(letter_id)
    assert row is not None
    return row


def cell(window, letter_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return window.model.index(row_of(window, letter_id), COLUMN_INDEX[key]).data(role)


def shown_ids(window) -> set[int]:
    return {window.model.row_at(r).id for r in range(window.model.rowCount())}


def open_comparison(window, qtbot, letter_id: int) -> DuplicateCompareDialog:
    window.table.selectRow(row_of(window, letter_id))
    window.act_compare.trigger()
    dialogs = [d for d in window.findChildren(DuplicateCompareDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.pair is not None, timeout=10000)
    return dialog


def test_duplicate_column_shows_the_original_the_score_and_the_reasons(db, admin, window_factory):
    """The flag is a small icon; its words, naming the other letter by agenda number, are the cell's
    accessible text and tooltip."""
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    original, resent = flagged["original"], flagged["resent"]
    words, icon = Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole
    text = cell(window, resent.id, "duplicate", words)
    assert text.startswith(f"Kemungkinan pengiriman ulang {original.agenda_no} (") and text.endswith("%)")
    assert isinstance(cell(window, resent.id, "duplicate", icon), QIcon)
    assert not cell(window, resent.id, "duplicate")  # no text: the column is an icon wide
    tip = cell(window, resent.id, "duplicate", Qt.ItemDataRole.ToolTipRole)
    assert f"Kemungkinan pengiriman ulang surat {original.agenda_no}" in tip
    assert f"NIK sama dengan surat {original.agenda_no}" in tip
    # confirmed, rejected (another icon, struck through), an unflagged original: no icon, no words
    assert cell(window, flagged["confirmed"].id, "duplicate", words).startswith(
        "Dikonfirmasi: pengiriman ulang "
    )
    rejected = flagged["rejected"].id
    assert cell(window, rejected, "duplicate", words).startswith("Ditolak: bukan pengiriman ulang ")
    assert "Ditolak analis" in cell(window, rejected, "duplicate", Qt.ItemDataRole.ToolTipRole)
    assert cell(window, original.id, "duplicate", words) == ""
    assert cell(window, original.id, "duplicate", icon) is None
    related = flagged["related"].id
    assert cell(window, related, "duplicate", words) == f"Terkait: {original.agenda_no}"
    assert original.agenda_no in cell(window, related, "duplicate", Qt.ItemDataRole.ToolTipRole)
    section = COLUMN_INDEX["duplicate"]
    assert window.model.headerData(section, Qt.Orientation.Horizontal, words) == "Duplikat"
    assert isinstance(window.model.headerData(section, Qt.Orientation.Horizontal, icon), QIcon)
    assert window.model.headerData(
        section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    ).startswith("Duplikat: ")


def test_flag_filters_narrow_the_register(db, admin, window_factory, qtbot):
    fill_register(db, admin, 12)
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    total = window.model.rowCount()
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.flags["duplicate"].click()
    # the rejected flag no longer counts as a duplicate
    assert shown_ids(window) == {flagged["resent"].id, flagged["confirmed"].id}
    assert window.count_label.text() == "2 surat cocok dengan filter"
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.flags["duplicate"].click()
        window.filters.flags["related"].click()
    assert flagged["related"].id in shown_ids(window) and flagged["original"].id not in shown_ids(window)
    expected_cc = count_letters(db, admin, query=LetterQuery(carbon_copy=True))
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.flags["related"].click()
        window.filters.flags["carbon_copy"].click()
    assert window.model.rowCount() == expected_cc < total
    assert {window.model.row_at(r).carbon_copy for r in range(window.model.rowCount())} <= {True}
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.flags["carbon_copy"].click()
        window.filters.flags["identity_incomplete"].click()
    assert window.model.rowCount() == count_letters(db, admin, query=LetterQuery(identity_incomplete=True))
    assert set(
        window.model.index(r, COLUMN_INDEX["identity_complete"]).data(Qt.ItemDataRole.AccessibleTextRole)
        for r in range(window.model.rowCount())
    ) == {"Identitas kurang"}
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.reset.click()
    assert window.model.rowCount() == total
    assert not any(b.isChecked() for b in window.filters.flags.values())


def test_highlight_marks_changed_words_and_escapes_the_text():
    marked = highlight("Jalan desa <rusak> sejak 2022.", "Jalan desa <rusak> sejak 2019 & parah.")
    assert f'<span style="background-color:{REMOVED_COLOR};">2022.</span>' in marked.original_html
    assert f'<span style="background-color:{ADDED_COLOR};">2019</span>' in marked.letter_html
    assert "&lt;rusak&gt;" in marked.letter_html and "<rusak>" not in marked.letter_html
    assert "&amp;" in marked.letter_html
    assert (marked.removed_words, marked.added_words) == (1, 3)


def test_ctrl_d_compares_side_by_side_and_the_buttons_record_the_decision(db, admin, window_factory, qtbot):
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    resent = flagged["resent"]
    assert "Ctrl+D" in [s.toString() for s in window.act_compare.shortcuts()]
    assert window.act_compare in window.table.actions()  # context menu
    dialog = open_comparison(window, qtbot, resent.id)
    assert flagged["original"].agenda_no in dialog.original_title.text()
    assert resent.agenda_no in dialog.letter_title.text()
    assert "kemiripan" in dialog.summary.text()
    assert "NIK sama" in dialog.reasons.text()
    # the re-sent copy has a new date and says it is re-sent: those words are marked on its side
    html = dialog.letter_text.toHtml()
    assert "pengiriman" in dialog.letter_text.toPlainText()
    assert ADDED_COLOR.lstrip("#") in html.lower()
    assert "Belum ditelaah" in dialog.state.text()

    dialog.note.setText("tanggal baru saja")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.reject_button.click()
    assert get_letter(db, admin, letter_id=resent.id).duplicate_review == "rejected"
    assert "Ditolak" in dialog.state.text()
    assert not dialog.file_button.isEnabled()  # a rejected flag cannot be filed as handled
    assert cell(window, resent.id, "duplicate", Qt.ItemDataRole.AccessibleTextRole).startswith("Ditolak: ")

    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.confirm_button.click()
    assert cell(window, resent.id, "duplicate", Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Dikonfirmasi: "
    )
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.file_button.click()
    letter = get_letter(db, admin, letter_id=resent.id)
    assert (letter.row.status, letter.duplicate_review) == ("filed", "confirmed")
    assert cell(window, resent.id, "status") == "Diarsipkan"
    dialog.close()


def test_a_colleagues_change_is_not_overwritten_by_the_comparison(db, admin, window_factory, qtbot):
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    resent = flagged["resent"]
    dialog = open_comparison(window, qtbot, resent.id)
    review_flag(db, admin, letter_id=resent.id, expected_version=resent.version, confirm=False, note="rekan")
    with qtbot.waitSignal(dialog.reloaded, timeout=10000):
        dialog.confirm_button.click()
    assert "diubah oleh pengguna lain" in dialog.error.text()
    assert get_letter(db, admin, letter_id=resent.id).duplicate_review == "rejected"  # the colleague's
    assert "Ditolak" in dialog.state.text()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.confirm_button.click()  # deciding again on the newest version works
    assert get_letter(db, admin, letter_id=resent.id).duplicate_review == "confirmed"
    dialog.close()


def test_compare_is_offered_only_for_flagged_letters_and_from_the_letter_form(
    db, admin, window_factory, qtbot, monkeypatch
):
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    window.table.selectRow(row_of(window, flagged["original"].id))
    assert not window.act_compare.isEnabled()
    window.table.selectRow(row_of(window, flagged["resent"].id))
    assert window.act_compare.isEnabled()

    window.act_edit.trigger()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    form = next(f for f in window.findChildren(LetterForm) if f.isVisible())
    assert form.compare_button.isVisible()
    assert flagged["original"].agenda_no in form.flag_line.text()
    form.compare_button.click()
    dialog = form.compare_dialog
    qtbot.waitUntil(lambda: dialog.pair is not None, timeout=10000)
    with qtbot.waitSignal(form.reloaded, timeout=10000):
        dialog.confirm_button.click()
    assert form.flag_line.text().startswith("✓ Dikonfirmasi")
    dialog.close()
    # the form took the new version: an edit after the decision still saves
    form.subject.setText("Bantuan PKH dihentikan (dikirim ulang)")
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    letter = get_letter(db, admin, letter_id=flagged["resent"].id)
    assert (
        letter.data.subject == "Bantuan PKH dihentikan (dikirim ulang)"
        and letter.duplicate_review == "confirmed"
    )
