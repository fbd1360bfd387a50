"""The letter and its scan everywhere, as an analyst checks letters on a 1366 x 768 laptop: the register's
document pane, the letter form with the scan beside the fields and the places fields were read
marked, the duplicate comparison with both scans scrolling together (also from the intake view before
a letter is registered), and letters named by agenda number."""

from __future__ import annotations

from datetime import date

from letter_texts import compose
from PySide6.QtCore import QPoint, QRect, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton
from scan_samples import scanned_letter
from ui_samples import RESENDERS, register_scanned

from sipdumas.services.letters import LetterInput, SenderData, register_letter
from sipdumas.services.registration import IngestResult
from ui.intake.view import BatchItem, IntakeView
from ui.register.duplicate_compare import DuplicateCompareDialog
from ui.register.letter_form import LetterForm

SITI, BUDI, RATNA = RESENDERS


def select(window, letter_id: int) -> None:
    row = window.model.row_of(letter_id)
    assert row is not None
    window.table.setCurrentIndex(window.model.index(row, 0))


def page_shown(scan_view) -> bool:
    pages = scan_view.pages
    return pages.stack.currentWidget() is pages.scroll and not pages.image_label.pixmap().isNull()


def marked(pages, colour: str = "#1a73e8") -> bool:
    """Whether the page on screen has the mark of a field drawn on it (the mark's outline colour)."""
    image = pages._with_evidence(pages._image)
    target = QColor(colour)
    step = max(1, image.width() // 300)
    return any(
        image.pixelColor(x, y) == target
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def open_form(window, qtbot, letter_id: int) -> LetterForm:
    select(window, letter_id)
    window.act_edit.trigger()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    (form,) = [f for f in window.findChildren(LetterForm) if f.isVisible()]
    return form


def test_selecting_a_row_shows_its_scan_text_and_fields_in_the_document_pane(
    db, admin, window_factory, qtbot, tmp_path, settings
):
    scanned, extraction = register_scanned(db, admin, tmp_path / "L1.tif", SITI, "bansos", pages=2)
    typed = register_letter(
        db, admin, data=LetterInput(subject="Jalan rusak", sender=SenderData(name="Budi"))
    )
    window = window_factory(db, admin, settings=settings)
    pane = window.document_pane
    assert not pane.isVisible()
    assert window.act_document_pane.shortcut().toString() == "Ctrl+Shift+D"

    window.act_document_pane.trigger()
    assert pane.isVisible() and window.act_document_pane.isChecked()
    with qtbot.waitSignal(pane.shown, timeout=10000):
        select(window, scanned.id)
    qtbot.waitUntil(lambda: page_shown(pane.scan), timeout=10000)
    assert scanned.agenda_no in pane.title.text()
    assert pane.scan.pages.page_count == 2 and "Hal. 1 / 2" in pane.scan.pages.page_label.text()
    # paging and zoom, as in the intake view
    pane.scan.pages.next_button.click()
    qtbot.waitUntil(lambda: pane.scan.pages.page == 1, timeout=10000)
    before = pane.scan.pages.effective_zoom()
    pane.scan.pages.zoom_in_button.click()
    assert pane.scan.pages.effective_zoom() > before
    # the OCR text and the fields; a field read on the scan is a link to where it was read
    assert "Program Keluarga" in pane.ocr.text.toPlainText()
    pane.tabs.setCurrentWidget(pane.fields)
    assert "Siti Rahmawati" in pane.fields.toPlainText() and "3273014507850003" in pane.fields.toPlainText()
    assert 'href="field:sender.name"' in pane.fields.toHtml()
    pane.fields.anchorClicked.emit(QUrl("field:sender.name"))
    assert pane.tabs.currentWidget() is pane.scan
    qtbot.waitUntil(lambda: pane.scan.pages.page == 0, timeout=10000)  # turned back to where it was read
    assert pane.scan.pages.evidence_boxes == extraction.evidence["sender.name"].boxes
    assert marked(pane.scan.pages)

    with qtbot.waitSignal(pane.shown, timeout=10000):
        select(window, typed.id)
    assert pane.scan.pages.message.text() == "Surat ini dicatat tanpa pindaian."
    assert "tanpa pindaian" in pane.meta.text()

    # the pane stays open the next time, on the same workstation
    window.close()
    again = window_factory(db, admin, settings=settings)
    assert again.document_pane.isVisible() and again.act_document_pane.isChecked()


def test_links_name_the_other_letter_from_both_sides_and_open_it(db, admin, window_factory, qtbot, tmp_path):
    original, _ = register_scanned(db, admin, tmp_path / "asal.png", SITI, "bansos", today=date.today())
    related, _ = register_scanned(db, admin, tmp_path / "lain.png", BUDI, "bansos")
    window = window_factory(db, admin)
    window.show_document_pane(True)
    with qtbot.waitSignal(window.document_pane.shown, timeout=10000):
        select(window, original.id)
    links = window.document_pane.links
    # the earlier letter names the later one, which only the later one stores
    assert links.isVisible() and related.agenda_no in links.text() and "#" not in links.text()
    assert f'href="letter:{related.id}"' in links.text()
    links.linkActivated.emit(f"letter:{related.id}")
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(LetterForm)), timeout=10000)
    (form,) = [f for f in window.findChildren(LetterForm) if f.isVisible()]
    assert related.agenda_no in form.windowTitle()
    assert original.agenda_no in form.links_line.text()  # and the later one names the earlier
    form.reject()


def test_the_letter_form_shows_the_scan_with_the_place_each_field_was_read(
    db, admin, window_factory, qtbot, tmp_path
):
    scanned, extraction = register_scanned(db, admin, tmp_path / "L2.pdf", RATNA, "pegawai")
    window = window_factory(db, admin)
    form = open_form(window, qtbot, scanned.id)
    assert form.scan_view.isVisible()
    qtbot.waitUntil(lambda: page_shown(form.scan_view), timeout=10000)
    form.sender_name.setFocus()
    qtbot.waitUntil(lambda: bool(form.scan_view.pages.evidence_boxes), timeout=5000)
    assert form.scan_view.pages.evidence_boxes == extraction.evidence["sender.name"].boxes
    assert marked(form.scan_view.pages)
    form.nik.setFocus()
    qtbot.waitUntil(
        lambda: form.scan_view.pages.evidence_boxes == extraction.evidence["sender.nik"].boxes, timeout=5000
    )
    form.email.setFocus()  # the letter states no e-mail: nothing marked
    qtbot.waitUntil(lambda: form.scan_view.pages.evidence_boxes == [], timeout=5000)
    # beside the scan the whole form still fits the laptop's screen, buttons included
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(form.frameGeometry())
    assert form.rect().contains(QRect(form.save_button.mapTo(form, QPoint(0, 0)), form.save_button.size()))
    form.reject()

    typed = register_letter(db, admin, data=LetterInput(subject="Jalan rusak"))
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(typed.id) is not None, timeout=10000)
    form = open_form(window, qtbot, typed.id)
    assert not form.scan_view.isVisible()  # a typed letter: the fields side by side as before
    form.reject()


def test_the_comparison_shows_both_scans_side_by_side_scrolling_together(
    db, admin, window_factory, qtbot, tmp_path
):
    original, _ = register_scanned(db, admin, tmp_path / "asal.tif", SITI, "bansos", pages=2)
    resent, _ = register_scanned(
        db, admin, tmp_path / "ulang.tif", SITI, "bansos", pages=2, resend=True, date="Bandung, 2 Juni 2025"
    )
    assert resent.duplicate_of == original.id and resent.duplicate_of_agenda_no == original.agenda_no
    window = window_factory(db, admin)
    select(window, resent.id)
    window.act_compare.trigger()
    (dialog,) = [d for d in window.findChildren(DuplicateCompareDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.shown_both, timeout=10000)
    qtbot.waitUntil(
        lambda: page_shown(dialog.original_scan) and page_shown(dialog.letter_scan), timeout=10000
    )
    assert dialog.tabs.currentIndex() == 0  # the scans first
    assert (
        original.agenda_no in dialog.original_title.text() and resent.agenda_no in dialog.letter_title.text()
    )
    left, right = dialog.original_scan.pages, dialog.letter_scan.pages
    for pages in (left, right):
        pages.zoom_in_button.click()
        pages.zoom_in_button.click()
    qtbot.waitUntil(lambda: left.scroll.verticalScrollBar().maximum() > 0, timeout=5000)
    bar = left.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    other = right.scroll.verticalScrollBar()
    assert abs(other.value() - other.maximum() // 2) <= max(2, other.maximum() // 50)
    left.next_button.click()  # turning a page turns the other's
    qtbot.waitUntil(lambda: right.page == 1, timeout=10000)
    # the texts, with the differing words marked, still one tab away; they scroll together too
    assert "pengiriman ulang" in dialog.letter_text.toPlainText()
    dialog.reject()


def test_the_intake_badge_opens_the_comparison_before_the_letter_is_registered(
    db, admin, tasks, qtbot, tmp_path
):
    original, _ = register_scanned(db, admin, tmp_path / "asal.png", SITI, "bansos")
    related, _ = register_scanned(db, admin, tmp_path / "lain.png", BUDI, "bansos")
    path, extraction = scanned_letter(tmp_path / "baru.png", compose(**SITI, complaint="bansos", resend=True))
    view = IntakeView(db, admin, tasks, [BatchItem(path, extraction)])
    view._confirm_close = lambda pending: True  # closing at teardown asks nobody
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(
        lambda: any(t.startswith("Kemungkinan duplikat") for t in view.badge_texts()), timeout=30000
    )
    badge = next(b for b in view.badge_widgets if b.text().startswith("Kemungkinan duplikat"))
    assert isinstance(badge, QPushButton)
    assert f"Mirip surat {original.agenda_no}" in badge.toolTip() and "#" not in badge.toolTip()
    related_badge = next(b for b in view.badge_widgets if "terkait" in b.text())
    assert related.agenda_no in related_badge.toolTip()

    badge.click()
    dialog = view.compare_dialog
    assert isinstance(dialog, DuplicateCompareDialog) and dialog.candidate is not None
    qtbot.waitUntil(lambda: dialog.shown_both, timeout=10000)
    qtbot.waitUntil(
        lambda: page_shown(dialog.original_scan) and page_shown(dialog.letter_scan), timeout=10000
    )
    assert original.agenda_no in dialog.original_title.text()
    assert "baru.png" in dialog.letter_title.text()
    assert dialog.pending_note.isVisible()
    assert not any(b.isVisible() for b in (dialog.confirm_button, dialog.reject_button, dialog.file_button))
    dialog.reject()

    with qtbot.waitSignal(view.registered, timeout=20000) as registered:
        view.register_current()
    result: IngestResult = registered.args[0]
    assert result.duplicate_of_agenda_no == original.agenda_no
    assert f"Kemungkinan duplikat surat {original.agenda_no}" in view.status.text()
