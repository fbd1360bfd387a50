"""Deadlines in the register: the Tenggat column, the Terlambat toggle and the overdue count in the
status bar, against letters registered through the services (real today, the office calendar)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from ui_samples import fill_register

import ui.register.model as register_model
from sipdumas.domain.statuses import LetterStatus as S
from sipdumas.services import dashboard
from sipdumas.services.deadlines import letter_deadlines, overdue_counts
from sipdumas.services.letters import (
    LetterInput,
    LetterQuery,
    count_letters,
    list_letters,
    register_letter,
)
from sipdumas.services.workflow import change_status
from ui.common.deadline_text import OVERDUE_BACKGROUND, OVERDUE_TEXT
from ui.common.formatting import short_date
from ui.register.model import COLUMN_INDEX, DEADLINES_ROLE

OVERDUE = LetterQuery(overdue=True)


def reg(db, admin, received: date, subject: str):
    return register_letter(db, admin, data=LetterInput(received_at=received, subject=subject))


def cell(window, letter_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    row = window.model.row_of(letter_id)
    assert row is not None
    return window.model.index(row, COLUMN_INDEX[key]).data(role)


def shown_ids(window) -> set[int]:
    return {window.model.row_at(r).id for r in range(window.model.rowCount())}


def test_the_tenggat_column_shows_the_due_date_and_marks_a_late_letter(
    db, admin, window_factory, qtbot, monkeypatch
):
    old = reg(db, admin, date.today() - timedelta(days=30), "Jalan desa rusak berat")
    fresh = reg(db, admin, date.today(), "Bantuan PKH dihentikan")
    calls = []
    real = register_model.letter_deadlines
    monkeypatch.setattr(register_model, "letter_deadlines", lambda *a, **k: calls.append(k) or real(*a, **k))
    window = window_factory(db, admin)
    assert window.model.headerData(COLUMN_INDEX["deadline"], Qt.Orientation.Horizontal) == "Tenggat"
    assert len(calls) == 1 and sorted(calls[0]["letter_ids"]) == sorted([old.id, fresh.id]), (
        "one call per page"
    )

    due = letter_deadlines(db, admin, letter_ids=[old.id, fresh.id])
    assert cell(window, fresh.id, "deadline") == short_date(due[fresh.id].review_due)
    assert cell(window, fresh.id, "deadline", Qt.ItemDataRole.ForegroundRole) is None
    late = due[old.id]
    assert late.overdue == ("review", "forward") and late.days_late >= 15
    assert (
        cell(window, old.id, "deadline") == f"{short_date(late.review_due)} · terlambat {late.days_late} hari"
    )
    assert cell(window, old.id, "deadline", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert cell(window, old.id, "deadline", Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    tip = cell(window, old.id, "deadline", Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(
        f"Terlambat {late.days_late} hari kerja: lewat batas telaah (1 hari kerja sejak diterima), "
        "penerusan (5 hari kerja sejak diterima)"
    )
    assert f"Penerusan (5 hari kerja sejak diterima): {short_date(late.forward_due)} — lewat" in tip

    # filed: nothing to wait for any more; the cell follows the status change without a reload
    filed = change_status(db, admin, letter_id=old.id, expected_version=old.version, status=S.FILED)
    window.model.update_row(filed)
    qtbot.waitUntil(lambda: cell(window, old.id, "deadline") == "", timeout=10000)
    assert cell(window, old.id, "deadline", DEADLINES_ROLE).overdue == ()


def test_the_terlambat_toggle_shows_exactly_the_overdue_letters(db, admin, window_factory, qtbot):
    fill_register(db, admin, 30, today=date.today() - timedelta(days=3))
    window = window_factory(db, admin)
    total = window.model.rowCount()
    expected = {r.id for r in list_letters(db, admin, query=OVERDUE, limit=1000)}
    assert 0 < len(expected) < total
    integration = window.integrations["deadlines"]
    qtbot.waitUntil(lambda: integration.counts is not None, timeout=10000)
    assert integration.counts["total"] == len(expected)
    assert f"{len(expected)} terlambat" in integration.overdue_label.text()
    assert "telaah" in integration.overdue_label.toolTip()

    toggle = window.filters.flags["overdue"]
    assert toggle.text() == "Terlambat"
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        toggle.click()
    assert window.model.query.overdue
    assert shown_ids(window) == expected
    assert (
        window.model.rowCount()
        == count_letters(db, admin, query=OVERDUE)
        == overdue_counts(db, admin)["total"]
    )
    qtbot.waitUntil(lambda: all(window.model.deadlines_of(i) is not None for i in expected), timeout=10000)
    assert all(window.model.deadlines_of(i).overdue for i in expected)
    assert window.count_label.text() == f"{len(expected)} surat cocok dengan filter"
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.reset.click()
    assert window.model.rowCount() == total and not toggle.isChecked()

    # the status bar's link and the dashboard's counter open the same filter
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        integration.overdue_label.linkActivated.emit("overdue")
    assert toggle.isChecked() and shown_ids(window) == expected
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.filters.reset.click()
    counter = dashboard.dashboard(db, admin).counter("overdue")
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.show_register(counter.query)
    assert toggle.isChecked() and window.model.rowCount() == counter.value == len(expected)
