"""Complainants in the client: "Riwayat pengadu" and the related-letters badge in the letter form, the
register filtered by complainant, and the analyst's merge and split from the form."""

from __future__ import annotations

from datetime import date

from ui_samples import register_flagged

from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import routing
from sipdumas.services.complainants import complainant_history, find_complainants
from sipdumas.services.forwarding import forward_letter
from sipdumas.services.letters import get_letter
from ui.register.complainants import ComplainantPicker
from ui.register.letter_form import LetterForm


def open_form(db, actor, tasks, qtbot, letter_id: int) -> LetterForm:
    form = LetterForm(db, actor, tasks, detail=get_letter(db, actor, letter_id=letter_id))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.history_box.history is not None, timeout=10000)
    return form


def history_rows(form: LetterForm) -> list[list[str]]:
    tree = form.history_box.letters
    return [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]


def shown_ids(window) -> set[int]:
    return {window.model.row_at(r).id for r in range(window.model.rowCount())}


def test_form_shows_every_letter_of_the_complainant_and_the_related_letters(db, admin, tasks, qtbot):
    flagged = register_flagged(db, admin)
    agency = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    forward_letter(db, admin, letter_id=flagged["original_tanah"].id, agency_id=agency.id)
    form = open_form(db, admin, tasks, qtbot, flagged["related"].id)
    rows = history_rows(form)
    budi = [flagged[k].agenda_no for k in ("confirmed", "related", "original_tanah")]
    assert [r[0] for r in rows] == budi
    assert form.history_box.summary.text().startswith("Budi Santoso · 3 surat sejak ")
    assert rows[2][2] == "Diteruskan" and rows[2][3].startswith("Pemerintah Kota Bandung (")
    assert rows[0][2] == f"Diterima · ulang {flagged['original_tanah'].agenda_no}"
    assert form.history_box.letters.topLevelItem(1).font(0).bold()  # the letter open in the form
    # the links line names the letter from another sender about the same matter by its agenda number
    qtbot.waitUntil(lambda: form.links_line.isVisibleTo(form), timeout=10000)
    related = flagged["original"]
    assert f'<a href="letter:{related.id}">{related.agenda_no}</a>' in form.links_line.text()
    assert "hal yang sama dari pengirim lain" in form.links_line.text()
    requested = []
    form.open_requested.connect(requested.append)
    form.history_box.letters.itemActivated.emit(form.history_box.letters.topLevelItem(2), 0)
    assert requested == [flagged["original_tanah"].id]


def test_history_box_shows_the_register_filtered_to_the_complainant(db, admin, window_factory, qtbot):
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    window.open_letter(flagged["resent"].id)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    form = next(f for f in window.findChildren(LetterForm) if f.isVisible())
    qtbot.waitUntil(lambda: form.history_box.history is not None, timeout=10000)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        form.history_box.show_button.click()
    assert shown_ids(window) == {flagged["original"].id, flagged["resent"].id}
    assert window.filters.extra_chip.text() == "Pengadu: Siti Rahmawati  ✕"
    assert window.count_label.text() == "2 surat cocok dengan filter"
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.extra_chip.click()
    assert len(shown_ids(window)) == 7


def test_filter_bar_picks_a_complainant_by_name_or_phone(db, admin, window_factory, qtbot):
    flagged = register_flagged(db, admin)
    window = window_factory(db, admin)
    window.filters.complainant.click()
    picker = window.complainant_picker
    assert isinstance(picker, ComplainantPicker) and picker.isVisible()
    picker.search.setText("0821-4455-6677")
    qtbot.waitUntil(
        lambda: picker.results.count() == 1 and "Ratna" in picker.results.item(0).text(), timeout=10000
    )
    assert "2 surat, terakhir" in picker.results.item(0).text()
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        picker.buttons.button(picker.buttons.StandardButton.Ok).click()
    assert shown_ids(window) == {flagged["original_pegawai"].id, flagged["rejected"].id}
    assert window.filters.extra_chip.text() == "Pengadu: Ratna Siregar  ✕"


def test_analyst_splits_and_merges_from_the_form_and_staff_cannot(db, admin, tasks, qtbot):
    flagged = register_flagged(db, admin, today=date(2026, 6, 1))
    form = open_form(db, admin, tasks, qtbot, flagged["rejected"].id)
    box = form.history_box
    assert box.split_button.isEnabled() and box.merge_button.isEnabled()
    with qtbot.waitSignal(box.changed, timeout=10000):
        box.split_now()
    qtbot.waitUntil(lambda: box.history.complainant.letters == 1, timeout=10000)
    assert [r[0] for r in history_rows(form)] == [flagged["rejected"].agenda_no]
    assert not box.split_button.isEnabled()  # its only letter now

    ratna = complainant_history(db, admin, letter_id=flagged["original_pegawai"].id).complainant
    with qtbot.waitSignal(box.changed, timeout=10000):
        box.merge(ratna)
    qtbot.waitUntil(lambda: box.history.complainant.letters == 2, timeout=10000)
    assert len(find_complainants(db, admin, text="Ratna")) == 1

    staff = Actor(username="staf1", role=Role.STAFF)
    seen = open_form(db, staff, tasks, qtbot, flagged["rejected"].id)
    assert seen.history_box.show_button.isEnabled()
    assert not seen.history_box.merge_button.isEnabled() and not seen.history_box.split_button.isEnabled()


def test_new_letter_form_has_no_history(db, admin, tasks, qtbot):
    form = LetterForm(db, admin, tasks)
    qtbot.addWidget(form)
    assert form.history_box is None and not form.links_line.isVisibleTo(form)
