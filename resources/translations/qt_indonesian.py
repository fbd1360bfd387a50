"""Indonesian for Qt's own strings (standard buttons, message boxes, the text fields' context menu, the
file, print and page dialogs, wizards); writes ``qtbase_id.ts``.

PySide6 ships Qt's translations for some thirty languages, but not Indonesian, so without this file the
Indonesian interface shows "Yes", "Cancel", "Copy" and a whole English print dialog. The sources are
Qt's own texts, by the context Qt asks them in (``QPlatformTheme`` for the buttons of
``QDialogButtonBox`` and ``QMessageBox``, ``QGnomeTheme`` for the same on GNOME desktops, ``QLineEdit``
and ``QWidgetTextControl`` for the context menus, ``QFileDialog``, ``QPrintDialog`` ...); a text Qt asks
for that is not here stays English. To update after changing this file:

    python resources/translations/qt_indonesian.py          # writes qtbase_id.ts
    pyside6-lrelease resources/translations/qtbase_id.ts    # writes qtbase_id.qm (committed)

``ui.app.install_translations`` loads ``qtbase_id.qm`` whenever the interface is Indonesian.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: (context, Qt's English source) -> Indonesian.
ID: dict[tuple[str, str], str] = {}


def _add(context: str, pairs: dict[str, str]) -> None:
    for source, indonesian in pairs.items():
        ID[context, source] = indonesian


_add(
    "QPlatformTheme",
    {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan Semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &Semua",
        "&No": "&Tidak",
        "N&o to All": "T&idak untuk Semua",
        "Abort": "Hentikan",
        "Retry": "Coba Lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur Ulang",
        "Restore Defaults": "Kembalikan Bawaan",
    },
)
_add(
    "QGnomeTheme",
    {
        "&OK": "&OK",
        "&Save": "&Simpan",
        "&Cancel": "&Batal",
        "&Close": "&Tutup",
        "Close without Saving": "Tutup tanpa Menyimpan",
    },
)
_add("QDialogButtonBox", {"OK": "OK"})
_add("QDialog", {"What's This?": "Apa Ini?"})
_add(
    "QMessageBox",
    {
        "Show Details...": "Tampilkan Rincian…",
        "Hide Details...": "Sembunyikan Rincian…",
        "About Qt": "Tentang Qt",
        "<h3>About Qt</h3><p>This program uses Qt version %1.</p>": (
            "<h3>Tentang Qt</h3><p>Program ini memakai Qt versi %1.</p>"
        ),
    },
)
_EDIT_MENU = {
    "&Undo": "&Urungkan",
    "&Redo": "U&langi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "T&empel",
    "Delete": "Hapus",
    "Select All": "Pilih Semua",
}
_add("QLineEdit", _EDIT_MENU)
_add("QWidgetTextControl", {**_EDIT_MENU, "Copy &Link Location": "Salin &Alamat Tautan"})
_add(
    "QAbstractSpinBox",
    {"&Select All": "&Pilih Semua", "&Step up": "&Naikkan", "Step &down": "&Turunkan"},
)
_add(
    "QComboBox",
    {"False": "Salah", "True": "Benar", "Open the combo box selection popup": "Buka daftar pilihan"},
)
_add("QInputDialog", {"Enter a value:": "Masukkan nilai:"})
_add("QProgressDialog", {"Cancel": "Batal"})
_add("QProgressBar", {"%p%": "%p%"})
_add("QWidget", {"*": "*"})
_add(
    "QScrollBar",
    {
        "Scroll here": "Gulir ke sini",
        "Left edge": "Tepi kiri",
        "Top": "Paling atas",
        "Right edge": "Tepi kanan",
        "Bottom": "Paling bawah",
        "Page left": "Satu halaman ke kiri",
        "Page up": "Satu halaman ke atas",
        "Page right": "Satu halaman ke kanan",
        "Page down": "Satu halaman ke bawah",
        "Scroll left": "Gulir ke kiri",
        "Scroll up": "Gulir ke atas",
        "Scroll right": "Gulir ke kanan",
        "Scroll down": "Gulir ke bawah",
    },
)
_add("QTabBar", {"Scroll Left": "Gulir ke Kiri", "Scroll Right": "Gulir ke Kanan"})
_add(
    "QUnicodeControlCharacterMenu",
    {
        "Insert Unicode control character": "Sisipkan karakter kendali Unicode",
        "LRM Left-to-right mark": "LRM Tanda kiri-ke-kanan",
        "RLM Right-to-left mark": "RLM Tanda kanan-ke-kiri",
        "ZWJ Zero width joiner": "ZWJ Penyambung lebar nol",
        "ZWNJ Zero width non-joiner": "ZWNJ Pemisah lebar nol",
        "ZWSP Zero width space": "ZWSP Spasi lebar nol",
        "LRE Start of left-to-right embedding": "LRE Awal sisipan kiri-ke-kanan",
        "RLE Start of right-to-left embedding": "RLE Awal sisipan kanan-ke-kiri",
        "LRO Start of left-to-right override": "LRO Awal paksaan kiri-ke-kanan",
        "RLO Start of right-to-left override": "RLO Awal paksaan kanan-ke-kiri",
        "PDF Pop directional formatting": "PDF Akhir format arah",
        "LRI Left-to-right isolate": "LRI Isolasi kiri-ke-kanan",
        "RLI Right-to-left isolate": "RLI Isolasi kanan-ke-kiri",
        "FSI First strong isolate": "FSI Isolasi arah kuat pertama",
        "PDI Pop directional isolate": "PDI Akhir isolasi arah",
    },
)
_add(
    "QWizard",
    {
        "< &Back": "< &Kembali",
        "&Next >": "&Lanjut >",
        "&Next": "&Lanjut",
        "&Finish": "&Selesai",
        "&Help": "&Bantuan",
        "Cancel": "Batal",
        "Commit": "Terapkan",
        "Continue": "Lanjutkan",
        "Done": "Selesai",
        "Go Back": "Kembali",
        "Help": "Bantuan",
    },
)
_add(
    "QAbstractFileIconProvider",
    {
        "Alias": "Alias",
        "Drive": "Drive",
        "File": "Berkas",
        "File Folder": "Folder Berkas",
        "Folder": "Folder",
        "Shortcut": "Pintasan",
        "Unknown": "Tidak dikenal",
    },
)
_add(
    "QFileSystemModel",
    {
        "Computer": "Komputer",
        "Date Modified": "Tanggal Diubah",
        "Kind": "Jenis",
        "My Computer": "Komputer Saya",
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Tipe",
    },
)
_add(
    "QFileDialog",
    {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFolder tidak ditemukan.\nPeriksa apakah nama folder sudah benar."
        ),
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa apakah nama berkas sudah benar."
        ),
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "&Choose": "&Pilih",
        "&Delete": "&Hapus",
        "&Look in:": "&Cari di:",
        "&New Folder": "Folder &Baru",
        "&Open": "&Buka",
        "&Rename": "&Ganti Nama",
        "&Save": "&Simpan",
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "'%1' dilindungi dari penulisan.\nTetap hapus?"
        ),
        "All Files (*)": "Semua Berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right",
        "Alt+Up": "Alt+Up",
        "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
        "Back": "Kembali",
        "Change to detail view mode": "Beralih ke tampilan rinci",
        "Change to list view mode": "Beralih ke tampilan daftar",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "Create New Folder": "Buat Folder Baru",
        "Create a New Folder": "Buat Folder Baru",
        "Delete": "Hapus",
        "Detail View": "Tampilan Rinci",
        "Directories": "Folder",
        "Directory:": "Folder:",
        "File &name:": "&Nama berkas:",
        "Files": "Berkas",
        "Files of &type:": "&Jenis berkas:",
        "Find Directory": "Cari Folder",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Go to the parent directory": "Ke folder induk",
        "List View": "Tampilan Daftar",
        "List of places and bookmarks": "Daftar tempat dan markah",
        "New Folder": "Folder Baru",
        "Open": "Buka",
        "Parent Directory": "Folder Induk",
        "Recent Places": "Tempat Terakhir",
        "Remove": "Hapus",
        "Save As": "Simpan Sebagai",
        "Show ": "Tampilkan ",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "Sidebar": "Bilah samping",
    },
)
_add(
    "QPrintDialog",
    {
        "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define "
        "ranges and make sure ranges do not intersect with each other.": (
            "%1 tidak ditulis dengan benar. Pakai ',' untuk memisahkan halaman dan rentang, '-' untuk "
            "menandai rentang, dan pastikan rentang tidak saling tumpang tindih."
        ),
        "%1 is a directory.\nPlease choose a different file name.": "%1 adalah folder.\nPilih nama berkas lain.",
        "&Options <<": "&Opsi <<",
        "&Options >>": "&Opsi >>",
        "&Print": "&Cetak",
        "All Pages": "Semua Halaman",
        "Bottom to Top, Left to Right": "Bawah ke atas, kiri ke kanan",
        "Bottom to Top, Right to Left": "Bawah ke atas, kanan ke kiri",
        "Duplex Settings Conflicts": "Pengaturan Cetak Bolak-balik Bertentangan",
        "Even Pages": "Halaman Genap",
        "File %1 is not writable.\nPlease choose a different file name.": (
            "Berkas %1 tidak dapat ditulis.\nPilih nama berkas lain."
        ),
        "Invalid Pages Definition": "Penulisan Halaman Tidak Valid",
        "Left to Right, Bottom to Top": "Kiri ke kanan, bawah ke atas",
        "Left to Right, Top to Bottom": "Kiri ke kanan, atas ke bawah",
        "Local file": "Berkas lokal",
        "Odd Pages": "Halaman Ganjil",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those "
        "options off.": (
            "Opsi 'Halaman per lembar' dan 'Kelompok halaman' tidak dapat dipakai bersama.\n"
            "Matikan salah satunya."
        ),
        "Print": "Cetak",
        "Print To File ...": "Cetak ke Berkas …",
        "Print to File (PDF)": "Cetak ke Berkas (PDF)",
        "Right to Left, Bottom to Top": "Kanan ke kiri, bawah ke atas",
        "Right to Left, Top to Bottom": "Kanan ke kiri, atas ke bawah",
        "The 'From' value cannot be greater than the 'To' value.": (
            "Nilai 'Dari' tidak boleh lebih besar daripada nilai 'Sampai'."
        ),
        "There are conflicts in duplex settings. Do you want to fix them?": (
            "Pengaturan cetak bolak-balik saling bertentangan. Perbaiki sekarang?"
        ),
        "Top to Bottom, Left to Right": "Atas ke bawah, kiri ke kanan",
        "Top to Bottom, Right to Left": "Atas ke bawah, kanan ke kiri",
        "Write PDF file": "Tulis berkas PDF",
    },
)
_add(
    "QPrintPreviewDialog",
    {
        "Export to PDF": "Ekspor ke PDF",
        "First page": "Halaman pertama",
        "Fit page": "Paskan halaman",
        "Fit width": "Paskan lebar",
        "Landscape": "Lanskap",
        "Last page": "Halaman terakhir",
        "Next page": "Halaman berikutnya",
        "Page Setup": "Pengaturan Halaman",
        "Page setup": "Pengaturan halaman",
        "Portrait": "Potret",
        "Previous page": "Halaman sebelumnya",
        "Print": "Cetak",
        "Print Preview": "Pratinjau Cetak",
        "Show facing pages": "Tampilkan halaman berhadapan",
        "Show overview of all pages": "Tampilkan semua halaman sekaligus",
        "Show single page": "Tampilkan satu halaman",
        "Zoom in": "Perbesar",
        "Zoom out": "Perkecil",
    },
)
_add(
    "QPrintPropertiesDialog",
    {
        "Advanced Option Conflicts": "Opsi Lanjutan Bertentangan",
        "Job Options": "Opsi Pekerjaan Cetak",
        "Page Setup Conflicts": "Pengaturan Halaman Bertentangan",
        "Printer Properties": "Properti Printer",
        "There are conflicts in page setup options. Do you want to fix them?": (
            "Opsi pengaturan halaman saling bertentangan. Perbaiki sekarang?"
        ),
        "There are conflicts in some advanced options. Do you want to fix them?": (
            "Beberapa opsi lanjutan saling bertentangan. Perbaiki sekarang?"
        ),
    },
)
_add(
    "QPrintPropertiesWidget",
    {
        "Advanced": "Lanjutan",
        "Form": "Formulir",
        "Page": "Halaman",
        "There are conflicts in some options. Please fix them.": (
            "Beberapa opsi saling bertentangan. Perbaikilah lebih dulu."
        ),
    },
)
_add(
    "QPrintSettingsOutput",
    {
        "Collate": "Susun per salinan",
        "Color": "Berwarna",
        "Color Mode": "Mode Warna",
        "Copies": "Salinan",
        "Copies:": "Jumlah salinan:",
        "Current Page": "Halaman Ini",
        "Double Sided Printing": "Cetak Bolak-balik",
        "Form": "Formulir",
        "Grayscale": "Hitam putih",
        "Long side binding": "Jilid sisi panjang",
        "Off": "Mati",
        "Options": "Opsi",
        "Output Settings": "Pengaturan Keluaran",
        "Page &Set:": "&Kelompok halaman:",
        "Pages": "Halaman",
        "Pages from": "Halaman dari",
        "Print all": "Cetak semua",
        "Print range": "Rentang cetak",
        "Reverse": "Urutan terbalik",
        "Selection": "Yang dipilih",
        "Short side binding": "Jilid sisi pendek",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a "
        "hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
            "Tulis halaman atau rentang halaman dipisah koma; rentang ditulis dengan dua angka dipisah tanda "
            "hubung. Mis.: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9."
        ),
        "to": "sampai",
    },
)
_add(
    "QPrintWidget",
    {
        "&Name:": "&Nama:",
        "...": "…",
        "Form": "Formulir",
        "Location:": "Lokasi:",
        "Output &file:": "&Berkas keluaran:",
        "P&roperties": "P&roperti",
        "Preview": "Pratinjau",
        "Printer": "Printer",
        "Type:": "Tipe:",
    },
)
_add(
    "QPageSetupWidget",
    {
        "Custom": "Ukuran khusus",
        "Form": "Formulir",
        "Height:": "Tinggi:",
        "Inches (in)": "Inci (in)",
        "Landscape": "Lanskap",
        "Margins": "Margin",
        "Millimeters (mm)": "Milimeter (mm)",
        "Orientation": "Orientasi",
        "Page &order:": "&Urutan halaman:",
        "Page Layout": "Tata Letak Halaman",
        "Page size:": "Ukuran halaman:",
        "Pages &per sheet:": "Halaman &per lembar:",
        "Paper": "Kertas",
        "Paper source:": "Sumber kertas:",
        "Points (pt)": "Poin (pt)",
        "Portrait": "Potret",
        "Reverse landscape": "Lanskap terbalik",
        "Reverse portrait": "Potret terbalik",
        "Width:": "Lebar:",
        "bottom margin": "margin bawah",
        "left margin": "margin kiri",
        "right margin": "margin kanan",
        "top margin": "margin atas",
    },
)
_add(
    "QPageSize",
    {
        "Postcard": "Kartu pos",
        "Double Postcard": "Kartu pos ganda",
        "Note": "Catatan",
        **{f"Envelope {size}": f"Amplop {size}" for size in ("C4", "C5", "C6", "DL", "B4", "B5", "B6")},
    },
)
_add(
    "QCupsJobWidget",
    {
        "&Billing information:": "Informasi &penagihan:",
        "&End:": "&Akhir:",
        "&Start:": "A&wal:",
        "Banner Pages": "Halaman Sampul",
        "Classified": "Terbatas",
        "Confidential": "Rahasia",
        "Day (06:00 to 17:59)": "Siang (06.00 sampai 17.59)",
        "Hold Indefinitely": "Tahan tanpa batas",
        "Job": "Pekerjaan cetak",
        "Job &priority:": "&Prioritas pekerjaan:",
        "Job Control": "Kendali Pekerjaan Cetak",
        "Night (18:00 to 05:59)": "Malam (18.00 sampai 05.59)",
        "None": "Tidak ada",
        "Print Immediately": "Cetak segera",
        "Scheduled &printing:": "Jadwal &cetak:",
        "Second Shift (16:00 to 23:59)": "Giliran kedua (16.00 sampai 23.59)",
        "Secret": "Sangat rahasia",
        "Specific Time": "Waktu tertentu",
        "Standard": "Standar",
        "Third Shift (00:00 to 07:59)": "Giliran ketiga (00.00 sampai 07.59)",
        "Top Secret": "Paling rahasia",
        "Unclassified": "Tidak dirahasiakan",
        "Weekend (Saturday to Sunday)": "Akhir pekan (Sabtu sampai Minggu)",
    },
)
_add(
    "QCupsPrinterSupport",
    {
        "Authentication Needed": "Perlu Autentikasi",
        "Authentication needed to use %1 on %2.": "Perlu autentikasi untuk memakai %1 di %2.",
        "Authentication needed to use %1.": "Perlu autentikasi untuk memakai %1.",
        "Password:": "Kata sandi:",
        "Username:": "Nama pengguna:",
    },
)
_add("Print Device Input Slot", {"Automatic": "Otomatis"})
_add("Print Device Output Bin", {"Automatic": "Otomatis"})


def write_ts(path: Path) -> None:
    """Write every translation of :data:`ID` as a Qt Linguist file (contexts in order, sources sorted)."""
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), indonesian in ID.items():
        contexts.setdefault(context, []).append((source, indonesian))
    for context in sorted(contexts):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, indonesian in sorted(contexts[context]):
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = indonesian
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n{body}\n", encoding="utf-8")


if __name__ == "__main__":
    write_ts(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("qtbase_id.ts"))
