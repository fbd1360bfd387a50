"""The intake view as an analyst uses it: fields read from each scan, doubtful ones marked, corrections
registered with the scan, then the next letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from letter_texts import compose
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import Qt
from sqlalchemy import select

from sipdumas.db.storage import FileStore, sha256_of
from sipdumas.intake import extract_files, parse_letter
from sipdumas.models.letters import Document
from sipdumas.services.letters import count_letters, get_letter
from ui.intake.view import BatchItem, BatchState, IntakeView

SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}
CTRL = Qt.KeyboardModifier.ControlModifier
BUDI = {"name": "Budi Santoso", "nik": "3578012302790004", "phone": "0813-1111-2222"}


def write_letter(folder: Path, file_name: str, **kw) -> Path:
    path = folder / file_name
    path.write_text(compose(**kw), encoding="utf-8")
    return path


def scan_image(path: Path, text: str) -> Path:
    """A page image of ``text`` (what a scanner would give, without the noise)."""
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 22)
    except OSError:
        font = ImageFont.load_default()
    y = 120
    for line in text.splitlines():
        draw.text((110, y), line, fill=0, font=font)
        y += 34
    image.save(path)
    return path


def batch(paths: list[Path]) -> list[BatchItem]:
    return [BatchItem(p, e) for p, e in zip(paths, extract_files(paths), strict=True)]


@pytest.fixture
def view_factory(qtbot, db, admin, tasks):
    def make(items, **kw):
        view = IntakeView(db, admin, tasks, items, check_duplicates=kw.pop("check_duplicates", False), **kw)
        view._confirm_close = lambda pending: True  # closing at teardown asks nobody
        qtbot.addWidget(view)
        view.show()
        return view

    return make


def test_a_batch_shows_the_fields_read_from_the_first_letter(tmp_path, view_factory):
    paths = [
        write_letter(tmp_path, "a.txt", **SITI, complaint="jalan"),
        write_letter(tmp_path, "b.txt", **BUDI, complaint="tanah"),
    ]
    view = view_factory(batch(paths))
    assert view.position.text() == "Surat 1 dari 2:"
    assert view.sender_name.text() == "Siti Rahmawati"
    assert view.nik.text() == "3273014507850003"
    assert view.phone.text() == "+6281222334455"
    assert view.place.text() == "Bandung"
    assert view.letter_date.value().isoformat() == "2025-03-03"
    assert view.addressee.text().startswith("Bapak Presiden")
    assert "Identitas lengkap" in view.badge_texts()
    assert "Desa Sukamaju" in view.ocr.text.toPlainText()


def test_doubtful_and_missing_values_are_marked_amber_with_the_reason(tmp_path, view_factory, qtbot):
    path = write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")
    (item,) = batch([path])
    item.extraction.confidence["subject"] = 0.62
    item.extraction.place = None
    view = view_factory([item])
    assert view.marks["subject"] == "Periksa: keyakinan 62%"
    assert view.subject.toolTip() == "Periksa: keyakinan 62%"
    assert "#fff3cd" in view.subject.styleSheet()
    assert view.marks["place"] == "Periksa: tidak terbaca dari surat"
    assert "sender.name" not in view.marks and view.sender_name.styleSheet() == ""
    qtbot.keyClicks(view.subject, " rusak")  # the analyst has looked at it and typed
    assert "subject" not in view.marks and view.subject.styleSheet() == ""


def test_corrected_field_is_registered_with_its_scan_then_the_next_letter_shows(
    tmp_path, view_factory, qtbot, db, admin
):
    image = scan_image(tmp_path / "pindaian.png", compose(**BUDI, complaint="tanah"))
    text = write_letter(tmp_path, "kedua.txt", **SITI, complaint="jalan")
    items = [BatchItem(image, parse_letter(compose(**BUDI, complaint="tanah"))), *batch([text])]
    items[0].extraction.file, items[0].extraction.pages = image.name, 1
    view = view_factory(items)
    qtbot.waitUntil(lambda: view.pages.stack.currentWidget() is view.pages.scroll, timeout=10000)
    assert view.pages.page_count == 1 and not view.pages.image_label.pixmap().isNull()

    view.subject.setText("Sengketa tanah warisan")
    view.category.setEditText("05 Pertanahan/perumahan")
    with qtbot.waitSignal(view.registered, timeout=20000) as registered:
        view.register_button.click()
    result = registered.args[0]

    letter = get_letter(db, admin, letter_id=result.id)
    assert letter.data.subject == "Sengketa tanah warisan"
    assert letter.data.category == "05 Pertanahan/perumahan"
    assert letter.data.sender.name == "Budi Santoso"
    with db.session() as session:
        document = session.scalars(select(Document).where(Document.letter_id == result.id)).one()
    assert document.sha256 == sha256_of(image) and document.file_name == "pindaian.png"
    assert FileStore(db.data_dir).read(document.sha256) == image.read_bytes()

    assert view.index == 1 and view.sender_name.text() == "Siti Rahmawati"
    assert "tercatat sebagai surat" in view.status.text()
    assert view.batch.itemText(0).endswith(f"tercatat {result.agenda_no}")


def test_what_was_typed_for_a_letter_is_still_there_after_looking_at_another(
    tmp_path, view_factory, qtbot, db, admin
):
    """Moving to another letter of the batch and back keeps the corrections typed so far (and which
    fields were still doubtful); the corrected letter is registered as corrected, the other as read."""
    paths = [
        write_letter(tmp_path, "a.txt", **SITI, complaint="jalan"),
        write_letter(tmp_path, "b.txt", **BUDI, complaint="tanah"),
    ]
    view = view_factory(batch(paths))
    view.subject.setText("Jalan desa rusak berat")
    view.cc.setPlainText("Bupati\nCamat")
    view.category.setEditText("02 Pelayanan publik")
    doubtful = dict(view.marks)
    view.batch.activated.emit(1)  # the analyst picks the second letter in the batch list
    assert view.index == 1 and view.sender_name.text() == "Budi Santoso"
    assert view.subject.text() != "Jalan desa rusak berat"
    view.batch.activated.emit(0)  # and goes back
    assert view.subject.text() == "Jalan desa rusak berat"
    assert view.cc.toPlainText() == "Bupati\nCamat"
    assert view.category.currentText() == "02 Pelayanan publik"
    assert view.marks == doubtful  # the fields typed in count as checked, the others are still marked
    with qtbot.waitSignal(view.registered, timeout=20000) as registered:
        view.register_button.click()
    letter = get_letter(db, admin, letter_id=registered.args[0].id)
    assert letter.data.subject == "Jalan desa rusak berat"
    assert letter.data.cc == ["Bupati", "Camat"]
    assert letter.data.category == "02 Pelayanan publik"
    assert view.index == 1 and view.sender_name.text() == "Budi Santoso"


def test_skip_leaves_a_letter_unregistered_and_the_batch_ends(tmp_path, view_factory, qtbot, db, admin):
    paths = [write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")]
    view = view_factory(batch(paths))
    with qtbot.waitSignal(view.finished, timeout=5000):
        view.skip_button.click()
    assert view.items[0].state == BatchState.SKIPPED
    assert count_letters(db, admin) == 0
    assert "0 tercatat, 1 dilewati" in view.status.text()
    assert not view.register_button.isEnabled()


def test_a_wrong_nik_typed_by_the_analyst_is_refused_beside_the_field(
    tmp_path, view_factory, qtbot, db, admin
):
    paths = [write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")]
    view = view_factory(batch(paths))
    view.nik.setText("12345")
    view.register_current()
    qtbot.waitUntil(lambda: view.editors["sender.nik"][1].isVisible(), timeout=10000)
    assert "16" in view.editors["sender.nik"][1].text()
    assert count_letters(db, admin) == 0 and view.index == 0


def test_ctrl_enter_registers_and_carbon_copy_badge_follows_the_tembusan(
    tmp_path, view_factory, qtbot, db, admin
):
    paths = [write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")]
    view = view_factory(batch(paths))
    view.addressee.setText("Menteri Sosial Republik Indonesia")
    view.cc.setPlainText("Bapak Presiden RI")
    assert "Hanya tembusan" in view.badge_texts()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts reach the active window only
    view.subject.setFocus()
    with qtbot.waitSignal(view.registered, timeout=20000) as registered:
        qtbot.keyClick(view.subject, Qt.Key.Key_Return, modifier=CTRL)
    assert get_letter(db, admin, letter_id=registered.args[0].id).row.carbon_copy is True


def test_duplicate_verdict_is_shown_before_registering(tmp_path, view_factory, qtbot, db, admin):
    first = write_letter(tmp_path, "a.txt", **SITI, complaint="bansos")
    view = view_factory(batch([first]))
    with qtbot.waitSignal(view.registered, timeout=20000):
        view.register_current()
    again = write_letter(tmp_path, "b.txt", **SITI, complaint="bansos", resend=True)
    second = view_factory(batch([again]), check_duplicates=True)
    qtbot.waitUntil(
        lambda: any("duplikat" in t for t in second.badge_texts() if "Memeriksa" not in t), timeout=30000
    )
    assert any(t.startswith("Kemungkinan duplikat") for t in second.badge_texts()), second.badge_texts()


def test_find_box_highlights_every_match_in_the_ocr_text(tmp_path, view_factory):
    paths = [write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")]
    view = view_factory(batch(paths))
    view.ocr.find.setText("desa")
    assert len(view.ocr.matches) == 3  # Desa Sukamaju, Desa Mekarsari, musyawarah desa
    assert len(view.ocr.text.extraSelections()) == 3
    assert view.ocr.count_label.text() == "3 ditemukan"
    view.ocr.find.setText("tidak ada di surat")
    assert view.ocr.count_label.text() == "tidak ditemukan"


def test_a_multi_page_tiff_pages_zooms_and_rotates(tmp_path, view_factory, qtbot):
    pages = [Image.new("L", (600, 800), 255) for _ in range(3)]
    for i, page in enumerate(pages):
        ImageDraw.Draw(page).text((50, 50), f"halaman {i + 1}", fill=0)
    path = tmp_path / "tiga.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    item = BatchItem(path, parse_letter(compose(**SITI, complaint="jalan")))
    view = view_factory([item])
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    pv = view.pages
    qtbot.waitUntil(lambda: pv.page_count == 3, timeout=10000)
    assert pv.page_label.text() == "Hal. 1 / 3"
    qtbot.keyClick(view.subject, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: pv.page == 1, timeout=10000)
    assert pv.page_label.text() == "Hal. 2 / 3"
    before = pv.effective_zoom()
    qtbot.keyClick(view.subject, "=", modifier=CTRL)
    assert pv.effective_zoom() == pytest.approx(before * 1.25)
    width = pv.image_label.pixmap().width()
    pv.rotate()
    assert pv.rotation == 90 and abs(pv.image_label.pixmap().height() - width) <= 1
    pv.fit()
    assert pv.zoom is None


def test_focusing_a_field_marks_on_the_scan_where_it_was_read(tmp_path, view_factory, qtbot):
    image = scan_image(tmp_path / "pindaian.png", compose(**BUDI, complaint="tanah"))
    items = batch([image])
    ex = items[0].extraction
    assert ex.sender.name == "Budi Santoso" and ex.evidence["sender.name"].boxes
    view = view_factory(items)
    qtbot.waitUntil(lambda: view.pages.stack.currentWidget() is view.pages.scroll, timeout=10000)
    plain = view.pages.image_label.pixmap().toImage()

    view.activateWindow()
    view.sender_name.setFocus()
    qtbot.waitUntil(lambda: bool(view.pages.evidence_boxes), timeout=5000)
    assert view.pages.evidence_boxes == ex.evidence["sender.name"].boxes
    assert view.pages.evidence_unsure is False
    marked = view.pages.image_label.pixmap().toImage()
    assert marked != plain  # the boxes are drawn on the page

    # A field marked for checking is marked amber on the page too; a field not read marks nothing.
    view.marks["subject"] = "Periksa"
    view.subject.setFocus()
    qtbot.waitUntil(lambda: view.pages.evidence_unsure, timeout=5000)
    view.show_evidence("sender.email")
    assert view.pages.evidence_boxes == []


def test_focusing_a_field_of_a_typed_letter_highlights_its_line(tmp_path, view_factory, qtbot):
    paths = [write_letter(tmp_path, "a.txt", **SITI, complaint="jalan")]
    view = view_factory(batch(paths))
    view.show_evidence("sender.nik")
    selections = view.pages.text_page.extraSelections()
    assert len(selections) == 1
    assert "3273014507850003" in selections[0].cursor.selectedText()
