<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../../ui/app.py" line="180" />
        <source>Membuka basis data…</source>
        <extracomment>How long ``--screenshot`` waits for the first screen of rows before giving up.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="193" />
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="197" />
        <source>Pilih basis data lain…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="199" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connection.py" line="50" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="52" />
        <source>Berkas SQLite di komputer ini (satu komputer)</source>
        <translation>SQLite file on this computer (one workstation)</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="53" />
        <source>Server PostgreSQL (dipakai bersama beberapa komputer)</source>
        <translation>PostgreSQL server (shared by several workstations)</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="58" />
        <location filename="../../ui/connection.py" line="63" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="83" />
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="85" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="86" />
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="90" />
        <source>Folder data (pindaian, berkas keluaran):</source>
        <translation>Data folder (scans, generated files):</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="95" />
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="100" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="101" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="111" />
        <source>Catatan: variabel lingkungan SIPDUMAS_DATABASE_URL sedang diisi dan mengalahkan pilihan yang disimpan di sini.</source>
        <translation>Note: the environment variable SIPDUMAS_DATABASE_URL is set and overrides the choice saved here.</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="135" />
        <source>Berkas basis data SQLite</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="137" />
        <source>Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="144" />
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="153" />
        <source>Pilih berkas basis data SQLite</source>
        <translation>Choose an SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="158" />
        <source>Isi alamat server PostgreSQL, mis. %1</source>
        <translation>Enter the PostgreSQL server address, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="175" />
        <source>Menghubungi basis data…</source>
        <translation>Contacting the database…</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="201" />
        <source>Basis data disimpan</source>
        <translation>Database saved</translation>
    </message>
    <message>
        <location filename="../../ui/connection.py" line="203" />
        <source>Sambungan disimpan dan dipakai setiap kali SIPDUMAS dibuka. Pindah ke basis data ini sekarang? Anda akan diminta masuk lagi.</source>
        <translation>The connection is saved and used whenever SIPDUMAS starts. Switch to this database now? You will be asked to sign in again.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)</source>
        <extracomment>Milliseconds the search box waits after the last key before it asks the database. Starting widths (pixels) of the columns, until the user drags them (then they are remembered).</extracomment>
        <translation>Search subject, sender, NIK, phone, letter number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Tanggal diterima, paling awal</source>
        <translation>Received on or after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Tanggal diterima, paling akhir</source>
        <translation>Received on or before</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Tampilkan seluruh register</source>
        <translation>Show the whole register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="72" />
        <source>SIPDUMAS — akun administrator pertama</source>
        <translation>SIPDUMAS — first administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75" />
        <source>Basis data ini belum memiliki akun pengguna. Buat akun administrator pertama; akun lain (analis, arsiparis, staf) dapat dibuat oleh administrator kemudian.</source>
        <translation>This database has no user accounts yet. Create the first administrator account; the administrator can create other accounts (analysts, archivists, staff) later.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82" />
        <source>tanpa spasi, mis. budi.santoso</source>
        <translation>no spaces, e.g. budi.santoso</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="87" />
        <source>paling sedikit %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="92" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="93" />
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94" />
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95" />
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96" />
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="110" />
        <source>Nama pengguna wajib diisi</source>
        <translation>A user name is required</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="112" />
        <source>Nama pengguna tidak boleh memuat spasi</source>
        <translation>The user name may not contain spaces</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="114" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../ui/letter_form.py" line="129" />
        <source>Surat baru</source>
        <extracomment>The message box shown after a refused (conflicting) save; kept for tests and for reloading.</extracomment>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="131" />
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="148" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="148" />
        <source>Catat surat</source>
        <translation>Register letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="150" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="151" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="169" />
        <source>Nomor agenda diberikan otomatis saat surat dicatat.</source>
        <translation>The agenda number is assigned when the letter is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="173" />
        <source>Peran Anda hanya boleh melihat surat, tidak mengubahnya.</source>
        <translation>Your role may view letters but not change them.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="182" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="190" />
        <source>nomor pada surat, bila ada</source>
        <translation>number on the letter, if any</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="194" />
        <source>kota tempat surat ditulis</source>
        <translation>city where the letter was written</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="196" />
        <source>hal / perihal surat</source>
        <translation>the letter's subject</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="198" />
        <source>pokok permasalahan yang diadukan</source>
        <translation>the core of the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="205" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="207" />
        <source>Yth. … (tujuan surat)</source>
        <translation>To … (addressee)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="209" />
        <source>satu tujuan tembusan per baris</source>
        <translation>one carbon-copy recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="213" />
        <source>nama / instansi yang diadukan</source>
        <translation>person / agency complained about</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="223" />
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="227" />
        <source>Tanggal &amp;diterima:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="235" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="237" />
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="238" />
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="239" />
        <source>&amp;Perihal: *</source>
        <translation>Su&amp;bject: *</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="240" />
        <source>&amp;Ringkasan:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="241" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="242" />
        <source>Tu&amp;juan surat:</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="243" />
        <source>Te&amp;mbusan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="244" />
        <source>Te&amp;rlapor:</source>
        <translation>&amp;Reported party:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="245" />
        <source>Jabatan terlapor:</source>
        <translation>Reported party's position:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="251" />
        <source>Pengadu (identitas dirahasiakan)</source>
        <translation>Complainant (identity confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="255" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="258" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="265" />
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="275" />
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="276" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="277" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="278" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="279" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="280" />
        <source>Kabupaten/&amp;kota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="281" />
        <source>Pekerjaan:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="332" />
        <source>No. agenda %1</source>
        <translation>Agenda no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="333" />
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="334" />
        <source>dicatat %1 oleh %2</source>
        <translation>registered %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="339" />
        <source>terakhir diubah oleh %1</source>
        <translation>last changed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="341" />
        <source>berkas %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="343" />
        <source>hanya tembusan</source>
        <translation>carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="345" />
        <source>kemungkinan pengulangan surat id %1</source>
        <translation>possibly repeats letter id %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="394" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="406" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="435" />
        <source>✓ Identitas lengkap</source>
        <translation>✓ Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="439" />
        <source>Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.</source>
        <translation>Identity incomplete: a name and at least a phone, e-mail or address are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="453" />
        <source>Perihal wajib diisi</source>
        <translation>A subject is required</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="456" />
        <source>Tanggal surat tidak boleh setelah tanggal diterima</source>
        <translation>The letter date cannot be after the date received</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="478" />
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="508" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="527" />
        <source>Surat telah diubah pengguna lain</source>
        <translation>Letter changed by another user</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="530" />
        <source>Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda tidak disimpan, agar perubahan mereka tidak tertimpa.</source>
        <translation>Another user changed this letter after you opened it. Your changes were not saved, so that theirs are not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="536" />
        <source>Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. Pilih «Tetap di sini» untuk menyalin isian Anda lebih dulu.</source>
        <translation>Choose «Reload» to show the newest version of the letter, then make your changes again. Choose «Stay here» to copy what you typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="541" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="542" />
        <source>Tetap di sini</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="545" />
        <source>Surat ini telah diubah oleh pengguna lain; muat ulang sebelum menyimpan.</source>
        <translation>Another user changed this letter; reload it before saving.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="149" />
        <source>SIPDUMAS — masuk</source>
        <translation>SIPDUMAS — sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="154" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="155" />
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="156" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="169" />
        <source>Isi nama pengguna dan kata sandi</source>
        <translation>Enter user name and password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>SIPDUMAS — Register Surat Masuk</source>
        <extracomment>The user saved another database in the connection dialog and wants to switch to it now.</extracomment>
        <translation>SIPDUMAS — Incoming Letter Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register.</source>
        <translation>No letters match the filter. Click «Clear filters» to see the whole register.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.</source>
        <translation>The register is empty. Press Ctrl+N to register the first letter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>Surat &amp;baru…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Catat surat masuk baru (Ctrl+N)</source>
        <translation>Register a new incoming letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;Ubah surat…</source>
        <translation>&amp;Edit letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)</source>
        <translation>Open the selected letter to view or edit it (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)</source>
        <translation>Record the next step: under review, forwarded, filed… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Ambil ulang register dari basis data (F5)</source>
        <translation>Fetch the register from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>&amp;Basis data…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini</source>
        <translation>Choose the SQLite file or PostgreSQL server this computer uses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>&amp;Tentang SIPDUMAS</source>
        <translation>&amp;About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>&amp;Surat</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>Pengguna yang masuk; setiap perubahan dicatat atas nama ini</source>
        <translation>Signed-in user; every change is recorded under this name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>SQLite lokal</source>
        <translation>Local SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>Tidak ada surat yang cocok dengan filter</source>
        <translation>No letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>%1 surat cocok dengan filter</source>
        <translation>%1 letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <source>Gagal memuat</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="486" />
        <source>Register tidak dapat dimuat</source>
        <translation>The register cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517" />
        <source>Surat %1 tercatat</source>
        <translation>Letter %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526" />
        <source>Membuka surat %1…</source>
        <translation>Opening letter %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546" />
        <source>Surat tidak dapat dibuka</source>
        <translation>The letter cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551" />
        <source>Perubahan surat %1 disimpan</source>
        <translation>Changes to letter %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571" />
        <source>Status surat %1: %2</source>
        <translation>Status of letter %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590" />
        <source>Tentang SIPDUMAS</source>
        <translation>About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592" />
        <source>&lt;b&gt;SIPDUMAS&lt;/b&gt; — Sistem Informasi Pengaduan Masyarakat&lt;br&gt;Register surat pengaduan masyarakat: pencatatan, penelaahan, penerusan dan arsip.&lt;br&gt;&lt;br&gt;Basis data: %1</source>
        <translation>&lt;b&gt;SIPDUMAS&lt;/b&gt; — public complaint information system&lt;br&gt;Register of complaint letters: recording, review, forwarding and archive.&lt;br&gt;&lt;br&gt;Database: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="56" />
        <source>Kosongkan tanggal</source>
        <extracomment>The value a :class:`OptionalDateEdit` shows as "no date" (Qt's date edit cannot be empty).</extracomment>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="255" />
        <source>No. agenda</source>
        <extracomment>Pages kept in memory; older ones are dropped and fetched again if the user scrolls back. Page requests waiting for the worker; when the user flings the scrollbar, older wishes are dropped.</extracomment>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="256" />
        <source>Tgl diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="257" />
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="258" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="259" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="260" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="261" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="262" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="263" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="268" />
        <source>Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat</source>
        <translation>This office is only a carbon-copy recipient, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="270" />
        <source>Identitas lengkap: ada nama pengirim dan paling sedikit satu cara menghubunginya</source>
        <translation>Identity complete: the sender's name and at least one way to reach them</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="272" />
        <source>Kode pada label berkas fisik (barcode)</source>
        <translation>Code on the physical file's label (barcode)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="273" />
        <source>Tidak dapat diurutkan</source>
        <translation>Cannot be sorted</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="288" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="322" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="330" />
        <source>✓ tembusan</source>
        <translation>✓ carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="332" />
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="332" />
        <source>✗ kurang</source>
        <translation>✗ missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="344" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Ditelaah</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Diteruskan</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Klarifikasi</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Diarsipkan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="42" />
        <source>Ubah status surat %1</source>
        <translation>Change status of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="48" />
        <source>alasan atau keterangan, mis. diteruskan ke Pemkot Medan</source>
        <translation>reason or remark, e.g. forwarded to Medan city government</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="56" />
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="57" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="61" />
        <source>Perihal:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="62" />
        <source>Status sekarang:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="63" />
        <source>Status &amp;baru:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="64" />
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="80" />
        <source>Surat ini sudah selesai; statusnya tidak dapat diubah lagi.</source>
        <translation>This letter is closed; its status cannot change any more.</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="108" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu pilih lagi status barunya.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then choose the new status again.</translation>
    </message>
</context>
<context>
    <name>_SignInDialog</name>
    <message>
        <location filename="../../ui/login.py" line="52" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
</TS>