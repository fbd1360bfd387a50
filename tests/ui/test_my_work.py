"""Tugas saya: the letters disposed to the signed-in analyst, most urgent first; a supervisor picks
whose list; roles without a work list do not get the tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_samples import bulk_register

from sipdumas.domain.permissions import Actor, Role
from sipdumas.domain.statuses import LetterStatus as S
from sipdumas.services import routing
from sipdumas.services import workflow as W
from sipdumas.services.admin import users
from sipdumas.services.deadlines import work_page
from sipdumas.services.forwarding import forward_letter
from sipdumas.services.letters import LetterInput, list_letters, register_letter
from sipdumas.services.workflow import change_status
from ui.common.deadline_text import OVERDUE_TEXT
from ui.register.letter_form import LetterForm
from ui.workflow.my_work_view import COLUMN_INDEX, PAGE_SIZE, MyWorkView
from ui.workflow.status_dialog import StatusDialog

ANA = Actor("ana", Role.ANALYST, full_name="Ana Lestari")
BOS = Actor("bos", Role.SUPERVISOR, full_name="Bambang Supervisor")


def reg(db, admin, days_ago: int, subject: str):
    return register_letter(
        db, admin, data=LetterInput(received_at=date.today() - timedelta(days=days_ago), subject=subject)
    )


def dispose(db, row, assignee: str, *instructions: str):
    W.dispose(
        db,
        BOS,
        letter_id=row.id,
        assignee=assignee,
        instructions=list(instructions or ["Proses lebih lanjut"]),
    )


@pytest.fixture
def work(db, admin):
    """Letters disposed to ana (late, new, forwarded, filed) and one to budi."""
    agency = routing.save_agency(
        db, admin, name="Pemerintah Kota Bandung", addressee_position="Wali Kota Bandung"
    )
    late = change_status(
        db,
        admin,
        letter_id=(r := reg(db, admin, 20, "Pungutan liar pembuatan KTP")).id,
        expected_version=r.version,
        status=S.UNDER_REVIEW,
    )
    new = reg(db, admin, 0, "Bantuan PKH dihentikan tanpa pemberitahuan")
    forwarded = reg(db, admin, 10, "Jalan desa rusak berat")
    forward_letter(db, admin, letter_id=forwarded.id, agency_id=agency.id)
    filed = change_status(
        db,
        admin,
        letter_id=(r := reg(db, admin, 5, "Tembusan saja")).id,
        expected_version=r.version,
        status=S.FILED,
    )
    budi = reg(db, admin, 30, "Sertifikat tanah ganda")
    dispose(db, late, "ana", "Tanggapan dan saran", "Koordinasikan")
    for row in (new, forwarded, filed):
        dispose(db, row, "ana")
    dispose(db, budi, "budi")
    return {"late": late, "new": new, "forwarded": forwarded, "budi": budi}


def my_work_view(window, qtbot, total: int | None = None) -> MyWorkView:
    view = window.view("my_work")
    assert isinstance(view, MyWorkView)
    qtbot.waitUntil(
        lambda: not view.model.loading and (total is None or view.model.total == total), timeout=10000
    )
    return view


def cell(view, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, COLUMN_INDEX[key]).data(role)


def listed(view) -> list[int]:
    return [view.model.item_at(r).letter.id for r in range(view.model.rowCount())]


def tab_title(window, view) -> str:
    return window.views.tabText(window.views.indexOf(view))


def test_an_analyst_sees_the_letters_disposed_to_them_most_urgent_first_and_opens_one(
    db, admin, work, window_factory, qtbot
):
    window = window_factory(db, ANA)
    view = my_work_view(window, qtbot, total=3)
    assert view.assignee.isHidden()  # an analyst sees only their own list
    # late for forwarding first, then the new letter due for review, then the forwarded one (60 days)
    assert listed(view) == [work["late"].id, work["new"].id, work["forwarded"].id]
    assert work["budi"].id not in listed(view)
    assert tab_title(window, view) == "Tugas saya (3)"
    assert view.summary.text() == "3 surat, 1 terlambat"
    assert cell(view, 0, "agenda_no") == work["late"].agenda_no
    assert cell(view, 0, "instructions") == "Tanggapan dan saran; Koordinasikan"
    assert cell(view, 0, "step") == "Penerusan" and cell(view, 2, "step") == "Penyelesaian"
    assert cell(view, 0, "status") == "Ditelaah"
    late = view.model.item_at(0).deadlines
    assert cell(view, 0, "late") == f"terlambat {late.days_late} hari" and late.days_late >= 5
    assert cell(view, 0, "late", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert cell(view, 1, "late") == "" and cell(view, 1, "late", Qt.ItemDataRole.ForegroundRole) is None
    assert "penerusan (5 hari kerja sejak diterima)" in cell(view, 0, "due", Qt.ItemDataRole.ToolTipRole)

    window.show_view("my_work")
    qtbot.waitExposed(view.table)
    index = view.model.index(1, COLUMN_INDEX["subject"])
    view.table.scrollTo(index)
    at = view.table.visualRect(index).center()
    # a real double-click: QTest's alone, without the first click, never reaches the item view (Qt 6.11)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    form = next(f for f in window.findChildren(LetterForm) if f.isVisible())
    assert work["new"].agenda_no in form.windowTitle()
    form.reject()
    # Enter opens the current letter too
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    form = next(f for f in window.findChildren(LetterForm) if f.isVisible())
    assert work["late"].agenda_no in form.windowTitle()
    form.reject()


def test_the_list_follows_changes_and_f5(db, admin, work, window_factory, qtbot):
    window = window_factory(db, ANA)
    view = my_work_view(window, qtbot, total=3)
    another = reg(db, admin, 2, "Limbah pabrik mencemari sungai")
    dispose(db, another, "ana")
    window.act_refresh.trigger()  # F5
    my_work_view(window, qtbot, total=4)
    assert tab_title(window, view) == "Tugas saya (4)"
    # a letter filed in the window's status dialog leaves the list
    window.show_register()
    window.table.selectRow(window.model.row_of(work["late"].id))
    window.act_status.trigger()
    dialog = next(d for d in window.findChildren(StatusDialog) if d.isVisible())
    dialog.status.setCurrentIndex(dialog.status.findData(S.FILED.value))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    view = my_work_view(window, qtbot, total=3)
    assert work["late"].id not in listed(view)


def test_a_supervisor_picks_whose_work_list_to_see(db, admin, window_factory, qtbot):
    for username, name in (("ana", "Ana Lestari"), ("budi", "Budi Santoso")):
        users.create_user(
            db, admin, username=username, full_name=name, password="rahasia-123", role=Role.ANALYST
        )
    users.create_user(
        db, admin, username="sari", full_name="Sari Arsip", password="rahasia-123", role=Role.ARCHIVIST
    )
    mine = reg(db, admin, 1, "Pelayanan BPJS di rumah sakit daerah")
    for_budi = [reg(db, admin, 3, "Dana desa tidak transparan"), reg(db, admin, 9, "Mutasi guru honorer")]
    dispose(db, mine, "ana")
    for row in for_budi:
        dispose(db, row, "budi")
    window = window_factory(db, BOS)
    view = my_work_view(window, qtbot, total=0)
    assert tab_title(window, view) == "Tugas saya (0)"
    assert view.empty_label.text() == "Tidak ada surat terbuka yang didisposisikan kepada Anda."
    assert not view.assignee.isHidden()
    qtbot.waitUntil(lambda: view.assignee.count() == 3, timeout=10000)
    names = [view.assignee.itemText(i) for i in range(view.assignee.count())]
    assert names == ["Saya (Bambang Supervisor)", "Ana Lestari (ana)", "Budi Santoso (budi)"]  # no archivist
    assert view.show_assignee("budi")
    view = my_work_view(window, qtbot, total=2)
    assert listed(view) == [r.id for r in reversed(for_budi)]  # the older one is due first
    assert tab_title(window, view) == "Tugas budi (2)"
    assert view.show_assignee("ana")
    view = my_work_view(window, qtbot, total=1)
    assert listed(view) == [mine.id]


@pytest.mark.parametrize("role", [Role.ARCHIVIST, Role.STAFF])
def test_roles_without_a_work_list_have_no_tab(db, admin, window_factory, role):
    window = window_factory(db, Actor("orang", role))
    assert window.view("my_work") is None
    tabs = [window.views.tabText(i) for i in range(window.views.count())]
    assert tabs[:2] == ["&Dasbor", "&Register"] and not any(t.startswith("Tugas") for t in tabs)


def test_a_long_list_is_fetched_a_page_at_a_time_in_urgency_order(db, admin, window_factory, qtbot):
    bulk_register(db, admin, PAGE_SIZE + 30)
    rows = list_letters(db, admin, limit=1000)
    for row in rows:
        dispose(db, row, "ana")
    window = window_factory(db, ANA)
    view = my_work_view(window, qtbot, total=len(rows))
    assert view.model.cached_pages() == [0]
    window.show_view("my_work")
    view.table.scrollToBottom()
    last = len(rows) - 1
    qtbot.waitUntil(lambda: view.model.item_at(last) is not None, timeout=10000)
    expected = [w.letter.id for w in work_page(db, ANA, limit=1000).items]
    assert listed(view) == expected
