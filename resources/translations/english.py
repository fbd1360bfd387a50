"""English for the client's Indonesian interface strings; fills ``sipdumas_en.ts``.

Indonesian is the source language of the interface (the register is kept in Indonesian). To update
after changing strings in ``ui/``:

    pyside6-lupdate ui/*.py -ts resources/translations/sipdumas_en.ts -target-language en
    python resources/translations/english.py          # fills translations known here, lists the rest
    pyside6-lrelease resources/translations/sipdumas_en.ts

Strings missing here stay Indonesian in the English interface (and are listed by the script).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "%1 (%2)": "%1 (%2)",
    "%1 surat": "%1 letters",
    "%1 surat cocok dengan filter": "%1 letters match the filter",
    "&Basis data…": "&Database…",
    "&Berkas": "&File",
    "&Cari": "&Search",
    "&Catatan:": "&Note:",
    "&E-mail:": "&E-mail:",
    "&Hapus filter": "&Clear filters",
    "&Kata sandi:": "&Password:",
    "&Kategori:": "&Category:",
    "&Keluar": "&Quit",
    "&Muat ulang": "&Reload",
    "&Nomor surat:": "Letter &number:",
    "&Perihal: *": "Su&bject: *",
    "&Ringkasan:": "Su&mmary:",
    "&Surat": "&Letter",
    "&Tampilan": "&View",
    "&Tempat:": "&Place:",
    "&Tentang SIPDUMAS": "&About SIPDUMAS",
    "&Ubah surat…": "&Edit letter…",
    "&Uji koneksi": "&Test connection",
    "&Ulangi kata sandi:": "&Repeat password:",
    "(tanpa nama)": "(no name)",
    "16 digit": "16 digits",
    "<b>SIPDUMAS</b> — Sistem Informasi Pengaduan Masyarakat<br>Register surat pengaduan masyarakat: "
    "pencatatan, penelaahan, penerusan dan arsip.<br><br>Basis data: %1": "<b>SIPDUMAS</b> — public "
    "complaint information system<br>Register of complaint letters: recording, review, forwarding and "
    "archive.<br><br>Database: %1",
    "Alamat:": "Address:",
    "Ambil ulang register dari basis data (F5)": "Fetch the register from the database again (F5)",
    "Ba&ntuan": "&Help",
    "Basis data": "Database",
    "Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)": "SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)",
    "Basis data disimpan": "Database saved",
    "Basis data ini belum memiliki akun pengguna. Buat akun administrator pertama; akun lain (analis, "
    "arsiparis, staf) dapat dibuat oleh administrator kemudian.": "This database has no user accounts yet. "
    "Create the first administrator account; the administrator can create other accounts (analysts, "
    "archivists, staff) later.",
    "Basis data tidak dapat dibuka.": "The database cannot be opened.",
    "Basis data: %1": "Database: %1",
    "Batal": "Cancel",
    "Berkas SQLite di komputer ini (satu komputer)": "SQLite file on this computer (one workstation)",
    "Berkas basis data SQLite": "SQLite database file",
    "Berkas:": "File:",
    "Buat akun": "Create account",
    "Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)": "Open the selected letter to view or edit it (Enter, Ctrl+E)",
    "Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)": "Search subject, sender, NIK, phone, letter number… (Ctrl+F)",
    "Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)": "Record the next step: under review, forwarded, filed… (Ctrl+T)",
    "Catat surat": "Register letter",
    "Catat surat masuk baru (Ctrl+N)": "Register a new incoming letter (Ctrl+N)",
    "Catatan: variabel lingkungan SIPDUMAS_DATABASE_URL sedang diisi dan mengalahkan pilihan yang "
    "disimpan di sini.": "Note: the environment variable SIPDUMAS_DATABASE_URL is set and overrides the "
    "choice saved here.",
    "Contoh: %1": "Example: %1",
    "Datang langsung": "Walk-in",
    "Diarsipkan": "Filed",
    "Dijawab": "Answered",
    "Ditelaah": "Under review",
    "Diterima": "Received",
    "Diterima:": "Received:",
    "Diteruskan": "Forwarded",
    "E-mail": "E-mail",
    "Folder data": "Data folder",
    "Folder data (pindaian, berkas keluaran):": "Data folder (scans, generated files):",
    "Gagal memuat": "Loading failed",
    "Hapus filter": "Clear filters",
    "Identitas": "Identity",
    "Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.": "Identity "
    "incomplete: a name and at least a phone, e-mail or address are needed.",
    "Identitas lengkap: ada nama pengirim dan paling sedikit satu cara menghubunginya": "Identity complete: "
    "the sender's name and at least one way to reach them",
    "Isi alamat server PostgreSQL, mis. %1": "Enter the PostgreSQL server address, e.g. %1",
    "Isi nama pengguna dan kata sandi": "Enter user name and password",
    "Jabatan terlapor:": "Reported party's position:",
    "Kabupaten/&kota:": "Regency/&city:",
    "Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat": "This office is only a carbon-copy "
    "recipient, not the addressee",
    "Kata sandi paling sedikit %1 karakter": "The password needs at least %1 characters",
    "Kategori": "Category",
    "Kategori:": "Category:",
    "Kedua kata sandi tidak sama": "The two passwords differ",
    "Keluar": "Quit",
    "Klarifikasi": "Clarification",
    "Kode berkas": "File code",
    "Kode pada label berkas fisik (barcode)": "Code on the physical file's label (barcode)",
    "Kosongkan tanggal": "Clear the date",
    "Masuk": "Sign in",
    "Membuka basis data…": "Opening the database…",
    "Membuka surat %1…": "Opening letter %1…",
    "Memeriksa…": "Checking…",
    "Memuat…": "Loading…",
    "Menghubungi basis data…": "Contacting the database…",
    "Menyimpan…": "Saving…",
    "Muat ulang": "Reload",
    "N&IK:": "N&IK:",
    "N&ama:": "N&ame:",
    "Nama &lengkap:": "&Full name:",
    "Nama &pengguna:": "&User name:",
    "Nama pengguna tidak boleh memuat spasi": "The user name may not contain spaces",
    "Nama pengguna wajib diisi": "A user name is required",
    "Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada": "The sender's name or a "
    "way to reach them (phone, e-mail, address) is missing",
    "No. agenda": "Agenda no.",
    "No. agenda %1": "Agenda no. %1",
    "Nomor agenda diberikan otomatis saat surat dicatat.": "The agenda number is assigned when the letter is registered.",
    "Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)": "Phone number '%1' is not valid (example: 0812-3456-7890)",
    "Pekerjaan:": "Occupation:",
    "Pemantauan": "Monitoring",
    "Pengadu (identitas dirahasiakan)": "Complainant (identity confidential)",
    "Pengguna yang masuk; setiap perubahan dicatat atas nama ini": "Signed-in user; every change is recorded under this name",
    "Pengirim": "Sender",
    "Peran Anda hanya boleh melihat surat, tidak mengubahnya.": "Your role may view letters but not change them.",
    "Perihal": "Subject",
    "Perihal wajib diisi": "A subject is required",
    "Perihal:": "Subject:",
    "Periksa isian yang ditandai merah.": "Check the fields marked in red.",
    "Perubahan surat %1 disimpan": "Changes to letter %1 saved",
    "Pilih basis data lain…": "Choose another database…",
    "Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini": "Choose the SQLite file or "
    "PostgreSQL server this computer uses",
    "Pilih berkas basis data SQLite": "Choose an SQLite database file",
    "Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. Pilih «Tetap di "
    "sini» untuk menyalin isian Anda lebih dulu.": "Choose «Reload» to show the newest version of the letter, "
    "then make your changes again. Choose «Stay here» to copy what you typed first.",
    "Pilih…": "Choose…",
    "PostgreSQL %1": "PostgreSQL %1",
    "Provinsi: %1": "Province: %1",
    "Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.": "The register is empty. Press "
    "Ctrl+N to register the first letter.",
    "Register tidak dapat dimuat": "The register cannot be loaded",
    "SIPDUMAS — Register Surat Masuk": "SIPDUMAS — Incoming Letter Register",
    "SIPDUMAS — akun administrator pertama": "SIPDUMAS — first administrator account",
    "SIPDUMAS — masuk": "SIPDUMAS — sign in",
    "SP4N-LAPOR!": "SP4N-LAPOR!",
    "SQLite lokal": "Local SQLite",
    "Saluran:": "Channel:",
    "Sambungan disimpan dan dipakai setiap kali SIPDUMAS dibuka. Pindah ke basis data ini sekarang? Anda "
    "akan diminta masuk lagi.": "The connection is saved and used whenever SIPDUMAS starts. Switch to this "
    "database now? You will be asked to sign in again.",
    "Selesai": "Closed",
    "Semua kategori": "All categories",
    "Semua status": "All statuses",
    "Server PostgreSQL (dipakai bersama beberapa komputer)": "PostgreSQL server (shared by several workstations)",
    "Simpan": "Save",
    "Simpan (Ctrl+S)": "Save (Ctrl+S)",
    "Status": "Status",
    "Status &baru:": "&New status:",
    "Status sekarang:": "Current status:",
    "Status surat %1: %2": "Status of letter %1: %2",
    "Status:": "Status:",
    "Surat": "Letter",
    "Surat %1": "Letter %1",
    "Surat %1 tercatat": "Letter %1 registered",
    "Surat &baru…": "&New letter…",
    "Surat baru": "New letter",
    "Surat ini sudah selesai; statusnya tidak dapat diubah lagi.": "This letter is closed; its status cannot change any more.",
    "Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda tidak disimpan, agar "
    "perubahan mereka tidak tertimpa.": "Another user changed this letter after you opened it. Your changes "
    "were not saved, so that theirs are not overwritten.",
    "Surat ini telah diubah oleh pengguna lain; muat ulang sebelum menyimpan.": "Another user changed this "
    "letter; reload it before saving.",
    "Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu pilih lagi "
    "status barunya.": "Another user changed this letter; its newest version was loaded. Check it, then "
    "choose the new status again.",
    "Surat telah diubah pengguna lain": "Letter changed by another user",
    "Surat tidak dapat dibuka": "The letter cannot be opened",
    "Tampilkan seluruh register": "Show the whole register",
    "Tanggal &diterima:": "&Date received:",
    "Tanggal diterima, paling akhir": "Received on or before",
    "Tanggal diterima, paling awal": "Received on or after",
    "Tanggal surat tidak boleh setelah tanggal diterima": "The letter date cannot be after the date received",
    "Tanggal:": "Date:",
    "Te&lepon:": "P&hone:",
    "Te&mbusan:": "Carbon &copies:",
    "Te&rlapor:": "&Reported party:",
    "Tembusan": "Carbon copy",
    "Tentang SIPDUMAS": "About SIPDUMAS",
    "Terjadi kesalahan": "An error occurred",
    "Tetap di sini": "Stay here",
    "Tgl diterima": "Received",
    "Tidak ada surat yang cocok dengan filter": "No letters match the filter",
    "Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register.": "No "
    "letters match the filter. Click «Clear filters» to see the whole register.",
    "Tidak dapat diurutkan": "Cannot be sorted",
    "Tindakan": "Actions",
    "Tu&juan surat:": "Add&ressee:",
    "Ubah &status…": "Change &status…",
    "Ubah status": "Change status",
    "Ubah status surat %1": "Change status of letter %1",
    "WhatsApp": "WhatsApp",
    "Yth. … (tujuan surat)": "To … (addressee)",
    "alasan atau keterangan, mis. diteruskan ke Pemkot Medan": "reason or remark, e.g. forwarded to Medan city government",
    "berkas %1": "file %1",
    "dicatat %1 oleh %2": "registered %1 by %2",
    "hal / perihal surat": "the letter's subject",
    "hanya tembusan": "carbon copy only",
    "kabupaten/kota": "regency/city",
    "kemungkinan pengulangan surat id %1": "possibly repeats letter id %1",
    "kota tempat surat ditulis": "city where the letter was written",
    "mis. 0812-3456-7890": "e.g. 0812-3456-7890",
    "nama / instansi yang diadukan": "person / agency complained about",
    "nomor pada surat, bila ada": "number on the letter, if any",
    "paling sedikit %1 karakter": "at least %1 characters",
    "pilih atau ketik kategori": "choose or type a category",
    "pokok permasalahan yang diadukan": "the core of the complaint",
    "s.d.": "to",
    "satu tujuan tembusan per baris": "one carbon-copy recipient per line",
    "status %1": "status %1",
    "tanpa spasi, mis. budi.santoso": "no spaces, e.g. budi.santoso",
    "terakhir diubah oleh %1": "last changed by %1",
    "✓": "✓",
    "✓ Identitas lengkap": "✓ Identity complete",
    "✓ tembusan": "✓ carbon copy",
    "✗ kurang": "✗ missing",
    # Duplicate flags and their comparison, user accounts, views (client).
    "%1 surat lain tentang hal yang sama dari pengirim lain (bukan duplikat)": "%1 other letters about the same matter from other senders (not duplicates)",
    "&Aktifkan": "&Activate",
    "&Arsipkan: sudah ditindaklanjuti": "&File: already handled",
    "&Benar duplikat": "&Is a duplicate",
    "&Nonaktifkan": "&Deactivate",
    "&Pengguna…": "&Users…",
    "&Register": "&Register",
    "&Tambah akun": "&Add account",
    "<span style='background-color:%1;'>&nbsp;hanya di surat asal&nbsp;</span> &nbsp; <span style='background-color:%2;'>&nbsp;hanya di surat ini&nbsp;</span>": "<span style='background-color:%1;'>&nbsp;only in the original&nbsp;</span> &nbsp; <span style='background-color:%2;'>&nbsp;only in this letter&nbsp;</span>",
    "Administrator": "Administrator",
    "Akun %1 diaktifkan": "Account %1 activated",
    "Akun %1 dibuat": "Account %1 created",
    "Akun %1 dinonaktifkan": "Account %1 deactivated",
    "Analis": "Analyst",
    "Arsiparis": "Archivist",
    "Arsipkan tanpa tindak lanjut baru, dengan catatan apa yang sudah dilakukan atas surat asal": "File without new follow-up, noting what was done with the original letter",
    "Atur &ulang kata sandi…": "&Reset password…",
    "Atur ulang kata sandi": "Reset password",
    "Bandingkan &duplikat…": "Compare &duplicate…",
    "Bandingkan dengan surat &asal…": "Compare with the &original…",
    "Bandingkan dengan surat asal": "Compare with the original letter",
    "Bandingkan surat terpilih dengan surat asal yang diulangnya, lalu putuskan (Ctrl+D)": "Compare the selected letter with the original it repeats, then decide (Ctrl+D)",
    "Belum ditelaah analis": "Not yet reviewed by an analyst",
    "Bu&kan duplikat": "&Not a duplicate",
    "Catatan:": "Note:",
    "Ctrl+D: bandingkan kedua surat": "Ctrl+D: compare both letters",
    "Dikonfirmasi analis: pengiriman ulang surat %1": "Confirmed by an analyst: re-sent copy of letter %1",
    "Ditolak analis: bukan pengiriman ulang surat %1": "Rejected by an analyst: not a re-sent copy of letter %1",
    "Ditolak: bukan duplikat, ditangani sebagai pengaduan baru": "Rejected: not a duplicate, handled as a new complaint",
    "Duplikat": "Duplicate",
    "Hanya surat tanpa nama atau tanpa cara menghubungi pengirim": "Only letters without a name or a way to reach the sender",
    "Hanya surat yang ditandai pengiriman ulang (tanda tidak ditolak)": "Only letters flagged as re-sent (flag not rejected)",
    "Hanya surat yang ditujukan ke kantor ini sebagai tembusan": "Only letters sent to this office as a carbon copy",
    "Hanya surat yang memiliki surat terkait dari pengirim lain": "Only letters with related letters from other senders",
    "Identitas kurang": "Identity missing",
    "Kata sandi %1 diganti": "Password of %1 changed",
    "Kata sandi baru untuk %1 (paling sedikit %2 karakter):": "New password for %1 (at least %2 characters):",
    "Kelola akun pengguna: tambah, nonaktifkan, atur ulang kata sandi": "Manage user accounts: add, deactivate, reset passwords",
    "Kemungkinan pengiriman ulang surat %1 (belum ditelaah)": "Possibly a re-sent copy of letter %1 (not yet reviewed)",
    "Keputusan: %1": "Decision: %1",
    "Nama lengkap": "Full name",
    "Nama pengguna": "User name",
    "Pe&ran:": "&Role:",
    "Pengguna": "Users",
    "Peran": "Role",
    "Perbandingan tidak dapat dimuat": "The comparison cannot be loaded",
    "Staf administrasi": "Administrative staff",
    "Supervisor": "Supervisor",
    "Surat %1 dibandingkan dengan surat asal %2": "Letter %1 compared with the original %2",
    "Surat %1 kemungkinan mengulang surat %2": "Letter %1 possibly repeats letter %2",
    "Surat %1: %2 (%3)": "Letter %1: %2 (%3)",
    "Surat asal": "Original letter",
    "Surat ini": "This letter",
    "Surat ini ditandai kemungkinan duplikat: lihat kedua surat (Ctrl+D)": "This letter is flagged as a possible duplicate: see both letters (Ctrl+D)",
    "Surat ini memang pengiriman ulang surat asal": "This letter is indeed a re-sent copy of the original",
    "Surat ini pengaduan baru; tanda duplikat tidak berlaku lagi": "This letter is a new complaint; the duplicate flag no longer applies",
    "Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu putuskan lagi.": "Another user changed this letter; its newest version was loaded. Check it, then decide again.",
    "Tambah akun": "Add account",
    "Tanda duplikat ditolak: bukan pengiriman ulang surat %1": "Duplicate flag rejected: not a re-sent copy of letter %1",
    "Tanda:": "Flags:",
    "Terkait": "Related",
    "Tutup": "Close",
    "aktif": "active",
    "bukan duplikat": "not a duplicate",
    "catatan keputusan untuk jejak audit, mis. isi sama, tanggal baru": "note for the audit trail, e.g. same content, new date",
    "dikonfirmasi duplikat": "confirmed duplicate",
    "diterima %1": "received %1",
    "kemiripan %1%": "similarity %1%",
    "nonaktif": "inactive",
    "↺ Kemungkinan pengiriman ulang surat %1": "↺ Possibly a re-sent copy of letter %1",
    "↺ kemungkinan pengiriman ulang surat lain (kemiripan); ✓ dikonfirmasi analis; abu-abu: ditolak analis. ⇄ surat terkait: hal yang sama dari pengirim lain. Ctrl+D membandingkan.": "↺ possibly a re-sent copy of another letter (similarity); ✓ confirmed by an analyst; grey: rejected by an analyst. ⇄ related letters: the same matter from other senders. Ctrl+D compares.",
    "⇄ %1 terkait": "⇄ %1 related",
    "✓ Dikonfirmasi: benar pengiriman ulang": "✓ Confirmed: a re-sent copy",
    "✓ Dikonfirmasi: pengiriman ulang surat %1": "✓ Confirmed: re-sent copy of letter %1",
    "Basis data ini belum memiliki akun; Anda bekerja sebagai administrator lokal. Setelah akun pertama dibuat, setiap orang harus masuk dengan akunnya dan administrator lokal tidak berlaku lagi: buatlah akun Administrator lebih dulu.": "This database has no accounts yet; you are working as the local administrator. Once the first account exists, everyone must sign in with an account and the local administrator no longer applies: create an Administrator account first.",
}


def fill(ts: Path) -> list[str]:
    """Write the known translations into ``ts``; returns the source texts still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sipdumas_en.ts")
    for text in fill(path):
        print("untranslated:", text)
