"""Qt's own dialogs and buttons speak Indonesian in the Indonesian interface: the client loads
``qtbase_id.qm`` (resources/translations), built from ``qtbase_id.ts``, which ``qt_indonesian.py``
writes. Checked on the widgets as a user sees them, not on the translation file alone."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPoint, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture
def indonesian(qapp, monkeypatch):
    from ui.app import install_translations

    monkeypatch.setenv("SIPDUMAS_LANG", "id")
    installed = install_translations(qapp)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp._sipdumas_translators = []


def _texts(menu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_the_indonesian_interface_loads_qts_indonesian_strings(indonesian):
    assert [Path(t.filePath()).name for t in indonesian] == ["qtbase_id.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_a_message_box_asks_ya_or_tidak(indonesian, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "SIPDUMAS", "Hapus surat ini?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    box.show()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    texts = {b.text() for b in box.findChildren(QPushButton)}
    assert "Tampilkan Rincian…" in texts


def test_button_boxes_say_ok_batal_simpan_tutup(indonesian, qtbot):
    B = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(B.Ok | B.Cancel | B.Save | B.Close | B.Discard | B.Apply)
    qtbot.addWidget(box)
    texts = {b: box.button(b).text() for b in (B.Ok, B.Cancel, B.Save, B.Close, B.Discard, B.Apply)}
    assert texts == {
        B.Ok: "OK",
        B.Cancel: "Batal",
        B.Save: "Simpan",
        B.Close: "Tutup",
        B.Discard: "Buang",
        B.Apply: "Terapkan",
    }


def test_text_fields_context_menus_are_indonesian(indonesian, qtbot):
    line = QLineEdit("isi")
    qtbot.addWidget(line)
    assert _texts(line.createStandardContextMenu()) == [
        "&Urungkan",
        "U&langi",
        "Po&tong",
        "&Salin",
        "T&empel",
        "Hapus",
        "Pilih Semua",
    ]
    text = QPlainTextEdit("isi")
    qtbot.addWidget(text)
    menu = _texts(text.createStandardContextMenu(QPoint(1, 1)))
    assert {"&Urungkan", "&Salin", "T&empel", "Pilih Semua"} <= set(menu)


def test_the_file_dialog_is_indonesian(indonesian, qtbot, tmp_path):
    dialog = QFileDialog(None, "Simpan", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Nama berkas:", "&Jenis berkas:", "&Cari di:"} <= labels
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "&Simpan" in buttons and "Batal" in buttons


def test_the_print_dialog_is_indonesian(indonesian, qtbot):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()  # the dialog keeps a pointer to it: it must outlive the dialog
    dialog = QPrintDialog(printer)
    dialog.show()
    try:
        texts = {b.text() for b in dialog.findChildren(QPushButton)}
        assert "&Cetak" in texts and "Batal" in texts
    finally:
        dialog.close()
        dialog.deleteLater()
        qtbot.wait(1)


def test_the_english_interface_keeps_qts_english(qapp, monkeypatch):
    from ui.app import install_translations

    monkeypatch.setenv("SIPDUMAS_LANG", "en")
    try:
        installed = install_translations(qapp)
        assert "qtbase_id.qm" not in [Path(t.filePath()).name for t in installed]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp._sipdumas_translators = []


def test_every_translation_is_in_the_committed_ts_and_qm(tmp_path):
    """Fails when qt_indonesian.py changed without writing the .ts and building the .qm (its docstring
    has the two commands)."""
    sys.path.insert(0, str(TRANSLATIONS))
    from qt_indonesian import ID, write_ts

    committed = TRANSLATIONS / "qtbase_id.ts"
    fresh = tmp_path / "qtbase_id.ts"
    write_ts(fresh)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
    messages = {
        (context.findtext("name"), m.findtext("source")): m.findtext("translation")
        for context in ET.parse(committed).getroot().iter("context")
        for m in context.iter("message")
    }
    assert messages == ID
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not beside the interpreter")
    built = tmp_path / "qtbase_id.qm"
    subprocess.run([str(lrelease), str(committed), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / "qtbase_id.qm").read_bytes()


def test_qt_ships_no_indonesian_of_its_own():
    """The reason qtbase_id exists: when a PySide6 release brings one, this file may be retired."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert not (folder / "qtbase_id.qm").exists()


def test_routing_rule_kinds_are_named_in_words_not_by_their_stored_keys(qtbot, db, admin, tasks):
    from sipdumas.services import routing
    from ui.settings.agencies_dialog import AgenciesDialog

    agency = routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    routing.save_rule(db, admin, agency_id=agency.id, kind="regex", pattern=r"PKH\s+\d+")
    dialog = AgenciesDialog(db, admin, tasks)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10000):
        dialog.show()
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.rule_table.rowCount() == 1, timeout=10000)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds == [
        "salah satu kata",
        "semua kata",
        "frasa persis",
        "pola teks (ekspresi reguler)",
        "kata mirip, tahan salah OCR",
    ]
    assert dialog.rule_table.item(0, 0).text() == "pola teks (ekspresi reguler)"
    assert dialog.rule_table.item(0, 1).text() == "isi surat"
    assert all(dialog.kind.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(dialog.kind.count()))
