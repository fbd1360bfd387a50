"""Bantuan: a short manual and the list of keyboard shortcuts.

The manual is ``resources/help/panduan.html`` (Indonesian, the interface's language), shown in a
:class:`QTextBrowser`. The shortcuts are read from the window itself when the dialog opens, from every
menu entry that has keys (so the list can never disagree with the menus, whatever features are
installed), followed by the keys that work inside forms and views rather than through a menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sipdumas.resources import RESOURCES
from ui.common.widgets import list_table

MANUAL = RESOURCES / "help" / "panduan.html"


def install_help(window) -> None:
    """Add **Panduan singkat** (F1) and **Pintasan keyboard** (Ctrl+/) to the window's Bantuan menu."""
    manual = QAction(window.tr("&Panduan singkat"), window)
    manual.setShortcut(QKeySequence("F1"))
    manual.setStatusTip(window.tr("Cara memakai SIPDUMAS dalam beberapa halaman (F1)"))
    manual.triggered.connect(lambda: open_help(window, page=0))
    keys = QAction(window.tr("Pintasan &keyboard"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.setStatusTip(window.tr("Daftar tombol pintas (Ctrl+/)"))
    keys.triggered.connect(lambda: open_help(window, page=1))
    for action in (manual, keys):
        window.addAction(action)
        window.help_menu.addAction(action)
    window.help_menu.addSeparator()
    window.act_manual, window.act_shortcuts = manual, keys


def open_help(window, *, page: int = 0) -> HelpDialog:
    dialog = HelpDialog(window, parent=window)
    dialog.tabs.setCurrentIndex(page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.help_dialog = dialog
    return dialog


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def menu_shortcuts(window) -> list[tuple[str, str, str]]:
    """``(menu, entry, keys)`` for every visible menu entry of ``window`` that has keys, menu by menu."""
    out = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {_plain(action.text())}")
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                out.append((path, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None and top.isVisible():
            walk(top.menu(), _plain(top.text()))
    return out


class HelpDialog(QDialog):
    """Two tabs: the manual and the shortcuts (``tabs``; ``manual`` and ``keys`` are their widgets)."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bantuan SIPDUMAS"))
        self.setSizeGripEnabled(True)
        self.manual = QTextBrowser(self)
        self.manual.setOpenExternalLinks(True)
        self.manual.setHtml(MANUAL.read_text(encoding="utf-8"))
        self.keys = list_table(self, [self.tr("Menu"), self.tr("Perintah"), self.tr("Tombol")])
        rows = [*menu_shortcuts(window), *self.other_keys()]
        self.keys.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.keys.setItem(row, column, QTableWidgetItem(text))
        header = self.keys.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.manual, self.tr("Panduan singkat"))
        self.tabs.addTab(self.keys, self.tr("Pintasan keyboard"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        width, height = 860, 640
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def other_keys(self) -> list[tuple[str, str, str]]:
        """Keys that work inside forms and views, not through a menu."""
        form, register, intake = self.tr("Formulir"), self.tr("Register"), self.tr("Periksa pindaian")
        desk = self.tr("Meja pinjam")
        return [
            (form, self.tr("Simpan isian"), "Ctrl+Enter"),
            (form, self.tr("Simpan surat (formulir surat)"), "Ctrl+S"),
            (form, self.tr("Tutup; bila ada isian yang belum disimpan, ditanyakan dulu"), "Esc"),
            (form, self.tr("Pindah ke isian berikutnya / sebelumnya"), "Tab, Shift+Tab"),
            (register, self.tr("Buka surat terpilih"), "Enter"),
            (register, self.tr("Kosongkan kotak pencarian"), self.tr("Esc (di kotak pencarian)")),
            (register, self.tr("Pilih beberapa surat"), self.tr("Shift/Ctrl+klik")),
            (intake, self.tr("Daftarkan surat"), "Ctrl+Enter"),
            (intake, self.tr("Halaman berikutnya / sebelumnya"), "PgDown, PgUp"),
            (intake, self.tr("Perbesar / perkecil / paskan lebar"), "Ctrl+=, Ctrl+-, Ctrl+0"),
            (intake, self.tr("Putar halaman"), "Ctrl+R"),
            (intake, self.tr("Cari dalam teks OCR"), "Ctrl+F"),
            (desk, self.tr("Pinjamkan, kembalikan, perpanjang"), "F2, F3, F4"),
            (desk, self.tr("Antrekan, minta persetujuan, riwayat berkas"), "F6, F7, F8"),
            (desk, self.tr("Peminjam baru, cetak bon"), "F9, Ctrl+P"),
        ]
