"""The register window: what the analyst sees, and that it stays fast on a large register."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_samples import bulk_register, fill_register, sample_letter

import ui.register.model as register_model
from sipdumas.services.letters import LetterQuery, count_letters, register_letter
from ui.main_window import MainWindow
from ui.register.model import COLUMN_INDEX, PAGE_SIZE


def cell(window: MainWindow, row: int, key: str) -> str:
    return window.model.index(row, COLUMN_INDEX[key]).data()


def column(window: MainWindow, key: str) -> list[str]:
    return [cell(window, row, key) for row in range(window.model.rowCount())]


def test_register_shows_letters_registered_through_the_service(db, admin, window_factory):
    rows = fill_register(db, admin, 6)
    window = window_factory(db, admin)
    assert window.model.rowCount() == 6
    assert window.count_label.text() == "6 surat"
    newest = max(rows, key=lambda r: (r.received_at, r.id))
    assert cell(window, 0, "agenda_no") == newest.agenda_no
    assert cell(window, 0, "subject") == newest.subject
    assert set(column(window, "agenda_no")) == {r.agenda_no for r in rows}
    # status names in Indonesian, never the stored English values
    assert set(column(window, "status")) <= {
        "Diterima",
        "Ditelaah",
        "Diteruskan",
        "Klarifikasi",
        "Pemantauan",
        "Diarsipkan",
        "Dijawab",
        "Selesai",
    }


def test_a_large_register_opens_with_one_page_and_fetches_only_pages_scrolled_to(
    db, admin, window_factory, qtbot, monkeypatch
):
    bulk_register(db, admin, 1000)
    calls: list[int] = []
    real = register_model.list_letters

    def counting(*args, **kwargs):
        calls.append(kwargs.get("offset", 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(register_model, "list_letters", counting)
    window = window_factory(db, admin)
    assert window.model.rowCount() == 1000
    assert window.count_label.text() == "1.000 surat"
    qtbot.wait(50)  # let the view paint what it shows
    assert calls == [0], "opening must fetch only the first page"

    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.row_at(999) is not None, timeout=10000)
    assert len(calls) <= 3
    last_page = 999 // PAGE_SIZE
    assert last_page * PAGE_SIZE in calls
    assert all(offset in (0, last_page * PAGE_SIZE) for offset in calls), calls
    assert window.model.cached_pages() == [0, last_page]


def test_filter_by_status_shows_only_letters_in_that_status(db, admin, window_factory, qtbot):
    fill_register(db, admin, 30)
    window = window_factory(db, admin)
    expected = count_letters(db, admin, query=LetterQuery(status="filed"))
    assert 0 < expected < 30
    combo = window.filters.status
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        combo.setCurrentIndex(combo.findData("filed"))
    assert window.model.rowCount() == expected
    assert set(column(window, "status")) == {"Diarsipkan"}
    assert window.count_label.text() == f"{expected} surat cocok dengan filter"
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.reset.click()
    assert window.model.rowCount() == 30


def test_search_box_narrows_the_register_after_typing_stops(db, admin, window_factory, qtbot, monkeypatch):
    fill_register(db, admin, 10)
    special = sample_letter(random.Random(1), date.today())
    special.subject = "Jembatan gantung putus di Desa Sukamaju"
    row = register_letter(db, admin, data=special)
    window = window_factory(db, admin)
    queries: list[str] = []
    real = register_model.list_letters
    monkeypatch.setattr(
        register_model, "list_letters", lambda *a, **k: queries.append(k["query"].text) or real(*a, **k)
    )
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.keyClicks(window.filters.search, "jembatan sukamaju")
    assert queries == ["jembatan sukamaju"], "one search after typing, not one per key"
    assert window.model.rowCount() == 1
    assert cell(window, 0, "agenda_no") == row.agenda_no
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.search.setText("tidakadasuratsepertiini")
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "Tidak ada surat yang cocok dengan filter"


def test_clicking_a_header_sorts_the_whole_register_in_the_database(db, admin, window_factory, qtbot):
    fill_register(db, admin, 15)
    window = window_factory(db, admin)
    header = window.table.horizontalHeader()
    section = COLUMN_INDEX["subject"]
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        x = header.sectionViewportPosition(section) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert window.model.query.sort == "subject"
    subjects = column(window, "subject")
    assert subjects in (sorted(subjects), sorted(subjects, reverse=True))


def test_window_remembers_its_column_widths(db, admin, window_factory, settings):
    window = window_factory(db, admin, settings=settings)
    section = COLUMN_INDEX["subject"]
    window.table.horizontalHeader().resizeSection(section, 512)
    window.close()
    again = window_factory(db, admin, settings=settings)
    assert again.table.horizontalHeader().sectionSize(section) == 512


@pytest.mark.parametrize(
    "shortcut, action",
    [
        ("Ctrl+N", "act_new"),
        ("F5", "act_refresh"),
        ("Ctrl+F", "act_search"),
        ("Ctrl+E", "act_edit"),
        ("Ctrl+Q", "act_quit"),
    ],
)
def test_keyboard_shortcuts(db, admin, window_factory, shortcut, action):
    window = window_factory(db, admin)
    shortcuts = [s.toString() for s in getattr(window, action).shortcuts()]
    assert shortcut in shortcuts


def test_ctrl_f_puts_the_cursor_in_the_search_box(db, admin, window_factory, qtbot):
    window = window_factory(db, admin)
    window.table.setFocus()
    window.activateWindow()
    window.act_search.trigger()
    assert window.filters.search.hasFocus() or window.focusWidget() is window.filters.search


def test_a_query_shows_its_first_page_before_its_letters_are_counted(
    db, admin, window_factory, qtbot, monkeypatch
):
    # counting a broad search's matches in a million letters takes a second or two, its first page tens
    # of milliseconds: the page is shown first; a query matching less than a page is never counted
    import threading

    bulk_register(db, admin, PAGE_SIZE + 50)
    window = window_factory(db, admin)
    assert window.model.rowCount() == PAGE_SIZE + 50
    newest = window.model.row_at(0)
    counted: list[LetterQuery] = []
    release = threading.Event()
    real = register_model.count_letters

    def slow_count(*args, **kwargs):
        counted.append(kwargs["query"])
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(register_model, "count_letters", slow_count)
    window.model.set_query(LetterQuery(received_to=date.today()))  # every letter
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    assert window.model.loading and counted, "shown while it is being counted"
    assert window.model.rowCount() == PAGE_SIZE and window.model.row_at(0).id == newest.id
    # the status bar says the count is under way, with what is known already
    assert window.count_label.text() == f"Sedikitnya {PAGE_SIZE} surat; menghitung…"
    total = real(db, admin, query=window.model.query)
    with qtbot.waitSignal(window.model.loaded, timeout=10000) as loaded:
        release.set()
    assert loaded.args == [total] and window.model.rowCount() == total > PAGE_SIZE
    counted.clear()
    with qtbot.waitSignal(window.model.loaded, timeout=10000) as loaded:
        window.model.set_query(LetterQuery(text=newest.agenda_no))
    assert loaded.args == [1] and window.model.rowCount() == 1 and counted == []
