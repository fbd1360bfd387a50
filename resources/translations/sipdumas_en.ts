<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <location filename="../../ui/users_dialog.py" line="53" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="55" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="33" />
        <source>&amp;Teruskan…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="36" />
        <source>Teruskan surat terpilih ke instansi berwenang dan cetak surat penerusannya</source>
        <translation>Forward the selected letter to the competent agency and print its forwarding letter</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="38" />
        <source>&amp;Cetak surat terpilih…</source>
        <translation>&amp;Print selected letters…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="39" />
        <source>Teruskan dan cetak surat penerusan semua surat yang dipilih</source>
        <translation>Forward and print the forwarding letters of all selected letters</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="40" />
        <source>&amp;Disposisi…</source>
        <translation>&amp;Disposition…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_integration.py" line="41" />
        <source>T&amp;elaah…</source>
        <translation>Re&amp;view…</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/forwarding_view.py" line="484" />
        <source>Cetak surat penerusan (%d surat)</source>
        <translation>Print forwarding letters (%d letters)</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="488" />
        <source>Instansi yang disarankan untuk tiap surat</source>
        <translation>Suggested agency for each letter</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="492" />
        <source>Rahasiakan identitas pengadu</source>
        <translation>Keep the complainant's identity confidential</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="494" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="495" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="501" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="502" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="610" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="611" />
        <source>%d surat dicetak, %d gagal</source>
        <translation>%d letters printed, %d failed</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="613" />
        <source> (dibatalkan)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../../ui/app.py" line="202" />
        <source>Membuka basis data…</source>
        <extracomment>How long ``--screenshot`` waits for the first screen of rows before giving up.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="215" />
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="219" />
        <source>Pilih basis data lain…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="221" />
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
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="68" />
        <source>Disposisi surat %s</source>
        <translation>Disposition of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="71" />
        <source>nama pengguna analis</source>
        <translation>analyst's user name</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="74" />
        <source>Catatan untuk penerima disposisi</source>
        <translation>Note for the recipient of the disposition</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="81" />
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="85" />
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="86" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="87" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="100" />
        <source>Hanya supervisor atau administrator yang dapat membuat disposisi.</source>
        <translation>Only a supervisor or an administrator can make a disposition.</translation>
    </message>
</context>
<context>
    <name>DuplicateCompareDialog</name>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="129" />
        <source>Bandingkan dengan surat asal</source>
        <extracomment>Background of words only the original has / only this letter has.</extracomment>
        <translation>Compare with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="132" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="154" />
        <source>&lt;span style='background-color:%1;'&gt;&amp;nbsp;hanya di surat asal&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;hanya di surat ini&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background-color:%1;'&gt;&amp;nbsp;only in the original&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;only in this letter&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="162" />
        <source>catatan keputusan untuk jejak audit, mis. isi sama, tanggal baru</source>
        <translation>note for the audit trail, e.g. same content, new date</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="166" />
        <source>&amp;Benar duplikat</source>
        <translation>&amp;Is a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="167" />
        <source>Surat ini memang pengiriman ulang surat asal</source>
        <translation>This letter is indeed a re-sent copy of the original</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="168" />
        <source>Bu&amp;kan duplikat</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="169" />
        <source>Surat ini pengaduan baru; tanda duplikat tidak berlaku lagi</source>
        <translation>This letter is a new complaint; the duplicate flag no longer applies</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="170" />
        <source>&amp;Arsipkan: sudah ditindaklanjuti</source>
        <translation>&amp;File: already handled</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="173" />
        <source>Arsipkan tanpa tindak lanjut baru, dengan catatan apa yang sudah dilakukan atas surat asal</source>
        <translation>File without new follow-up, noting what was done with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="176" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="189" />
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="226" />
        <source>Perbandingan tidak dapat dimuat</source>
        <translation>The comparison cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="234" />
        <source>Surat %1 dibandingkan dengan surat asal %2</source>
        <translation>Letter %1 compared with the original %2</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="239" />
        <source>kemiripan %1%</source>
        <translation>similarity %1%</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="248" />
        <source>Surat %1 kemungkinan mengulang surat %2</source>
        <translation>Letter %1 possibly repeats letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="258" />
        <source>Surat asal</source>
        <translation>Original letter</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="259" />
        <source>Surat ini</source>
        <translation>This letter</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="266" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="267" />
        <source>diterima %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="272" />
        <source>✓ Dikonfirmasi: benar pengiriman ulang</source>
        <translation>✓ Confirmed: a re-sent copy</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="273" />
        <source>Ditolak: bukan duplikat, ditangani sebagai pengaduan baru</source>
        <translation>Rejected: not a duplicate, handled as a new complaint</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="274" />
        <source>Belum ditelaah analis</source>
        <translation>Not yet reviewed by an analyst</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="275" />
        <source>Keputusan: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_compare.py" line="341" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu putuskan lagi.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then decide again.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)</source>
        <extracomment>Milliseconds the search box waits after the last key before it asks the database. Starting widths (pixels) of the columns, until the user drags them (then they are remembered).</extracomment>
        <translation>Search subject, sender, NIK, phone, letter number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Tanggal diterima, paling awal</source>
        <translation>Received on or after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>Tanggal diterima, paling akhir</source>
        <translation>Received on or before</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Tampilkan seluruh register</source>
        <translation>Show the whole register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Duplikat</source>
        <extracomment>Toggles that narrow the register to letters carrying a flag, by LetterQuery field.</extracomment>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Hanya surat yang ditandai pengiriman ulang (tanda tidak ditolak)</source>
        <translation>Only letters flagged as re-sent (flag not rejected)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Hanya surat yang ditujukan ke kantor ini sebagai tembusan</source>
        <translation>Only letters sent to this office as a carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>Hanya surat tanpa nama atau tanpa cara menghubungi pengirim</source>
        <translation>Only letters without a name or a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Hanya surat yang memiliki surat terkait dari pengirim lain</source>
        <translation>Only letters with related letters from other senders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Tanda:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
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
    <name>ForwardingDialog</name>
    <message>
        <location filename="../../ui/forwarding_view.py" line="235" />
        <source>Teruskan surat %s</source>
        <translation>Forward letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="249" />
        <source>Rahasiakan identitas pengadu (nama, NIK, alamat, kontak; tanpa lampiran)</source>
        <translation>Keep the complainant's identity confidential (name, NIK, address, contact; no attachment)</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="252" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="254" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="257" />
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="258" />
        <source>&amp;Teruskan</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="259" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="260" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="261" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="292" />
        <source>Peran Anda tidak berwenang mencetak atau meneruskan surat.</source>
        <translation>Your role may not print or forward letters.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="293" />
        <source>Memuat daftar instansi…</source>
        <translation>Loading the agencies…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="331" />
        <source>Belum ada instansi tujuan; tambahkan lewat pengaturan instansi.</source>
        <translation>No agencies yet; add them in the agency settings.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="339" />
        <source>Tidak ada saran untuk instansi ini.</source>
        <translation>No suggestion for this agency.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="341" />
        <source>Belum ada saran instansi untuk surat ini.</source>
        <translation>No agency suggested for this letter yet.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="345" />
        <source>Disarankan (skor %s): %s</source>
        <translation>Suggested (score %s): %s</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="359" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="373" />
        <source>Pratinjau (draf, belum bernomor: surat belum diteruskan).</source>
        <translation>Preview (draft, not numbered: the letter has not been forwarded).</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="389" />
        <source>Meneruskan surat…</source>
        <translation>Forwarding the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="405" />
        <source> (sudah pernah diteruskan: dicetak ulang)</source>
        <translation> (already forwarded: printed again)</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="407" />
        <source>Diteruskan kepada %s, nomor %s%s.</source>
        <translation>Forwarded to %s, number %s%s.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="427" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="436" />
        <source>Surat %s dicetak.</source>
        <translation>Letter %s printed.</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="445" />
        <source>Simpan surat penerusan</source>
        <translation>Save the forwarding letter</translation>
    </message>
    <message>
        <location filename="../../ui/forwarding_view.py" line="454" />
        <source>Disimpan ke %s</source>
        <translation>Saved to %s</translation>
    </message>
</context>
<context>
    <name>IntakeIntegration</name>
    <message>
        <location filename="../../ui/intake_integration.py" line="47" />
        <source>&amp;Impor pindaian…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="50" />
        <source>Baca pindaian surat (atau seret berkasnya ke jendela ini), periksa, lalu daftarkan (Ctrl+I)</source>
        <translation>Read letter scans (or drag the files onto this window), check them, then register them (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="57" />
        <source>&amp;Folder pindaian…</source>
        <translation>Scan &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="59" />
        <source>Pilih folder keluaran pemindai yang dipantau dan didaftarkan otomatis</source>
        <translation>Choose the scanner's output folder, watched and registered automatically</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="72" />
        <source>Folder pindaian: %1</source>
        <translation>Scan folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="79" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="124" />
        <source>Surat %1 tercatat dari %2</source>
        <translation>Letter %1 registered from %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="166" />
        <source>Memantau folder pindaian %1</source>
        <translation>Watching scan folder %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="170" />
        <source>Folder pindaian: %1 tercatat sebagai surat %2</source>
        <translation>Scan folder: %1 registered as letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake_integration.py" line="178" />
        <source>Folder pindaian: %1 tidak didaftarkan: %2</source>
        <translation>Scan folder: %1 not registered: %2</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake_view.py" line="519" />
        <source>Periksa pindaian — SIPDUMAS</source>
        <extracomment>field key -&gt; tooltip, for the fields marked for checking on the letter now on screen.</extracomment>
        <translation>Check scans — SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="564" />
        <source>Surat dalam kelompok ini; pilih untuk membukanya</source>
        <translation>Letters in this batch; select one to open it</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="568" />
        <source>&amp;Lewati</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="570" />
        <source>Jangan daftarkan surat ini sekarang; lanjut ke surat berikutnya</source>
        <translation>Do not register this letter now; go on to the next</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="573" />
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="576" />
        <source>Catat surat ini dengan isian yang telah diperiksa beserta pindaiannya (Ctrl+Enter)</source>
        <translation>Register this letter with the checked fields and its scan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="606" />
        <source>satu penerima per baris</source>
        <translation>one recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="611" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="613" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="620" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="625" />
        <source>&amp;Tanggal surat:</source>
        <extracomment>field key (as in ``Extraction.confidence``) -&gt; (editor, label text, error line)</extracomment>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="626" />
        <source>Tem&amp;pat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="627" />
        <source>Peri&amp;hal:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="628" />
        <source>Kep&amp;ada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="629" />
        <source>Tem&amp;busan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="630" />
        <source>&amp;Nama pengirim:</source>
        <translation>Sender's &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="631" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="632" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="633" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="634" />
        <source>Ala&amp;mat:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="635" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="695" />
        <source> — tercatat %1</source>
        <translation> — registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="698" />
        <source> — dilewati</source>
        <translation> — skipped</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="699" />
        <source> — tidak terbaca</source>
        <translation> — unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="741" />
        <source>Surat %1 dari %2:</source>
        <translation>Letter %1 of %2:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="754" />
        <source>Berkas tidak terbaca: %1</source>
        <translation>File unreadable: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="761" />
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="767" />
        <source>Semua surat dalam kelompok ini sudah diperiksa: %1 tercatat, %2 dilewati, %3 tidak terbaca.</source>
        <translation>Every letter in this batch has been checked: %1 registered, %2 skipped, %3 unreadable.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="815" />
        <source>Periksa: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="817" />
        <source>Periksa: keyakinan %1%</source>
        <translation>Check: confidence %1%</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="819" />
        <source>Periksa: tidak terbaca dari surat</source>
        <translation>Check: not read from the letter</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="856" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="909" />
        <source>Tercatat %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="920" />
        <source>Hanya tembusan</source>
        <translation>Carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="922" />
        <source>Kantor ini ada di tembusan, bukan di alamat tujuan</source>
        <translation>This office is in the carbon copies, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="926" />
        <source>Identitas lengkap</source>
        <translation>Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="926" />
        <source>Ada nama dan cara menghubungi pengirim</source>
        <translation>There is a name and a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="930" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="932" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="938" />
        <source>Memeriksa duplikat…</source>
        <translation>Checking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="940" />
        <source>Duplikat tidak diperiksa</source>
        <translation>Duplicates not checked</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="945" />
        <source>Kemungkinan duplikat (%1%)</source>
        <translation>Possible duplicate (%1%)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="947" />
        <source>Mirip surat #%1: </source>
        <translation>Similar to letter #%1: </translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="952" />
        <source>Bukan duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="952" />
        <source>Tidak ada surat terdaftar yang sama</source>
        <translation>No registered letter is the same</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="956" />
        <source>%1 surat terkait</source>
        <translation>%1 related letters</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1002" />
        <source>Mendaftarkan %1…</source>
        <translation>Registering %1…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1017" />
        <source>%1 tercatat sebagai surat %2.</source>
        <translation>%1 registered as letter %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1022" />
        <source>Kemungkinan duplikat surat #%1 (%2%).</source>
        <translation>Possible duplicate of letter #%1 (%2%).</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1054" />
        <source>Perbaiki isian yang ditandai merah.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1066" />
        <source>%1 dilewati.</source>
        <translation>%1 skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="1088" />
        <source>%1 surat belum diperiksa dan belum didaftarkan. Tutup juga?</source>
        <translation>%1 letters have not been checked or registered. Close anyway?</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../ui/letter_form.py" line="130" />
        <source>Surat baru</source>
        <extracomment>The message box shown after a refused (conflicting) save; kept for tests and for reloading.</extracomment>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="132" />
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="153" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="153" />
        <source>Catat surat</source>
        <translation>Register letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="155" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="156" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="160" />
        <source>Bandingkan dengan surat &amp;asal…</source>
        <translation>Compare with the &amp;original…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="162" />
        <source>Surat ini ditandai kemungkinan duplikat: lihat kedua surat (Ctrl+D)</source>
        <translation>This letter is flagged as a possible duplicate: see both letters (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="185" />
        <source>Nomor agenda diberikan otomatis saat surat dicatat.</source>
        <translation>The agenda number is assigned when the letter is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="189" />
        <source>Peran Anda hanya boleh melihat surat, tidak mengubahnya.</source>
        <translation>Your role may view letters but not change them.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="198" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="206" />
        <source>nomor pada surat, bila ada</source>
        <translation>number on the letter, if any</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="210" />
        <source>kota tempat surat ditulis</source>
        <translation>city where the letter was written</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="212" />
        <source>hal / perihal surat</source>
        <translation>the letter's subject</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="214" />
        <source>pokok permasalahan yang diadukan</source>
        <translation>the core of the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="221" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="223" />
        <source>Yth. … (tujuan surat)</source>
        <translation>To … (addressee)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="225" />
        <source>satu tujuan tembusan per baris</source>
        <translation>one carbon-copy recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="229" />
        <source>nama / instansi yang diadukan</source>
        <translation>person / agency complained about</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="239" />
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="243" />
        <source>Tanggal &amp;diterima:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="251" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="253" />
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="254" />
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="255" />
        <source>&amp;Perihal: *</source>
        <translation>Su&amp;bject: *</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="256" />
        <source>&amp;Ringkasan:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="257" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="258" />
        <source>Tu&amp;juan surat:</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="259" />
        <source>Te&amp;mbusan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="260" />
        <source>Te&amp;rlapor:</source>
        <translation>&amp;Reported party:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="261" />
        <source>Jabatan terlapor:</source>
        <translation>Reported party's position:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="267" />
        <source>Pengadu (identitas dirahasiakan)</source>
        <translation>Complainant (identity confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="271" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="274" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="281" />
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="291" />
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="292" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="293" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="294" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="295" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="296" />
        <source>Kabupaten/&amp;kota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="297" />
        <source>Pekerjaan:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="348" />
        <source>No. agenda %1</source>
        <translation>Agenda no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="349" />
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="350" />
        <source>dicatat %1 oleh %2</source>
        <translation>registered %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="355" />
        <source>terakhir diubah oleh %1</source>
        <translation>last changed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="357" />
        <source>berkas %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="359" />
        <source>hanya tembusan</source>
        <translation>carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="372" />
        <source>✓ Dikonfirmasi: pengiriman ulang surat %1</source>
        <translation>✓ Confirmed: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="373" />
        <source>Tanda duplikat ditolak: bukan pengiriman ulang surat %1</source>
        <translation>Duplicate flag rejected: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="374" />
        <source>↺ Kemungkinan pengiriman ulang surat %1</source>
        <translation>↺ Possibly a re-sent copy of letter %1</translation>
    </message>
    <message>
        <source>kemungkinan pengulangan surat id %1</source>
        <translation>possibly repeats letter id %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="451" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="463" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="492" />
        <source>✓ Identitas lengkap</source>
        <translation>✓ Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="496" />
        <source>Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.</source>
        <translation>Identity incomplete: a name and at least a phone, e-mail or address are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="510" />
        <source>Perihal wajib diisi</source>
        <translation>A subject is required</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="513" />
        <source>Tanggal surat tidak boleh setelah tanggal diterima</source>
        <translation>The letter date cannot be after the date received</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="535" />
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="565" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="584" />
        <source>Surat telah diubah pengguna lain</source>
        <translation>Letter changed by another user</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="587" />
        <source>Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda tidak disimpan, agar perubahan mereka tidak tertimpa.</source>
        <translation>Another user changed this letter after you opened it. Your changes were not saved, so that theirs are not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="593" />
        <source>Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. Pilih «Tetap di sini» untuk menyalin isian Anda lebih dulu.</source>
        <translation>Choose «Reload» to show the newest version of the letter, then make your changes again. Choose «Stay here» to copy what you typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="598" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="599" />
        <source>Tetap di sini</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../../ui/letter_form.py" line="602" />
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
        <location filename="../../ui/main_window.py" line="260" />
        <source>SIPDUMAS — Register Surat Masuk</source>
        <extracomment>The user saved another database in the connection dialog and wants to switch to it now. What other modules installed into this window (scan intake, …), by name.</extracomment>
        <translation>SIPDUMAS — Incoming Letter Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>&amp;Register</source>
        <extracomment>The views of the client, one tab each; the register is always there (see :meth:`add_view`).</extracomment>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <source>Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register.</source>
        <translation>No letters match the filter. Click «Clear filters» to see the whole register.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.</source>
        <translation>The register is empty. Press Ctrl+N to register the first letter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>Surat &amp;baru…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>Catat surat masuk baru (Ctrl+N)</source>
        <translation>Register a new incoming letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>&amp;Ubah surat…</source>
        <translation>&amp;Edit letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)</source>
        <translation>Open the selected letter to view or edit it (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)</source>
        <translation>Record the next step: under review, forwarded, filed… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Bandingkan &amp;duplikat…</source>
        <translation>Compare &amp;duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383" />
        <source>Bandingkan surat terpilih dengan surat asal yang diulangnya, lalu putuskan (Ctrl+D)</source>
        <translation>Compare the selected letter with the original it repeats, then decide (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386" />
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389" />
        <source>Kelola akun pengguna: tambah, nonaktifkan, atur ulang kata sandi</source>
        <translation>Manage user accounts: add, deactivate, reset passwords</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395" />
        <source>Ambil ulang register dari basis data (F5)</source>
        <translation>Fetch the register from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399" />
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401" />
        <source>&amp;Basis data…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini</source>
        <translation>Choose the SQLite file or PostgreSQL server this computer uses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407" />
        <source>&amp;Tentang SIPDUMAS</source>
        <translation>&amp;About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
        <source>&amp;Surat</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432" />
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460" />
        <source>Pengguna yang masuk; setiap perubahan dicatat atas nama ini</source>
        <translation>Signed-in user; every change is recorded under this name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>SQLite lokal</source>
        <translation>Local SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471" />
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561" />
        <source>Tidak ada surat yang cocok dengan filter</source>
        <translation>No letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563" />
        <source>%1 surat cocok dengan filter</source>
        <translation>%1 letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565" />
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586" />
        <source>Gagal memuat</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589" />
        <source>Register tidak dapat dimuat</source>
        <translation>The register cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="623" />
        <source>Surat %1 tercatat</source>
        <translation>Letter %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632" />
        <source>Membuka surat %1…</source>
        <translation>Opening letter %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653" />
        <source>Surat tidak dapat dibuka</source>
        <translation>The letter cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658" />
        <source>Perubahan surat %1 disimpan</source>
        <translation>Changes to letter %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679" />
        <source>Status surat %1: %2</source>
        <translation>Status of letter %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708" />
        <source>dikonfirmasi duplikat</source>
        <translation>confirmed duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="709" />
        <source>bukan duplikat</source>
        <translation>not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="712" />
        <source>Surat %1: %2 (%3)</source>
        <translation>Letter %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="747" />
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="821" />
        <source>Tentang SIPDUMAS</source>
        <translation>About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="823" />
        <source>&lt;b&gt;SIPDUMAS&lt;/b&gt; — Sistem Informasi Pengaduan Masyarakat&lt;br&gt;Register surat pengaduan masyarakat: pencatatan, penelaahan, penerusan dan arsip.&lt;br&gt;&lt;br&gt;Basis data: %1</source>
        <translation>&lt;b&gt;SIPDUMAS&lt;/b&gt; — public complaint information system&lt;br&gt;Register of complaint letters: recording, review, forwarding and archive.&lt;br&gt;&lt;br&gt;Database: %1</translation>
    </message>
</context>
<context>
    <name>OcrTextPane</name>
    <message>
        <location filename="../../ui/intake_view.py" line="410" />
        <source>Cari di teks surat… (Ctrl+F)</source>
        <translation>Search the letter's text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="419" />
        <source>&lt;b&gt;Teks hasil OCR&lt;/b&gt;</source>
        <translation>&lt;b&gt;OCR text&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="458" />
        <source>%1 ditemukan</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="461" />
        <source>tidak ditemukan</source>
        <translation>not found</translation>
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
    <name>PageView</name>
    <message>
        <location filename="../../ui/intake_view.py" line="205" />
        <source>Halaman sebelumnya (PgUp)</source>
        <extracomment>A value read with less confidence than this is marked for checking. Fields every letter has; when OCR found none of it, the empty field is marked too. The other fields (tembusan, NIK, phone, e-mail, address) are often genuinely absent, so their emptiness is no warning; the identity badge says when the sender cannot be reached. Longest side of a page as rendered for the screen (pixels): sharp at 100 % on a large monitor, and a 600 dpi scan does not cost hundreds of megabytes per page.</extracomment>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="206" />
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="210" />
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="214" />
        <source>Perbesar (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="215" />
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="215" />
        <source>Paskan lebar halaman (Ctrl+0)</source>
        <translation>Fit the page width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="217" />
        <source>⟳ Putar</source>
        <translation>⟳ Rotate</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="217" />
        <source>Putar 90° searah jarum jam (Ctrl+R)</source>
        <translation>Rotate 90° clockwise (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="284" />
        <source>Memuat halaman…</source>
        <translation>Loading page…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="324" />
        <source>Halaman tidak dapat ditampilkan: %1</source>
        <translation>The page cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake_view.py" line="384" />
        <source>Hal. %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="260" />
        <source>No. agenda</source>
        <extracomment>Pages kept in memory; older ones are dropped and fetched again if the user scrolls back. Page requests waiting for the worker; when the user flings the scrollbar, older wishes are dropped. Duplicate flag not reviewed yet (needs the analyst's eye), confirmed, and letters only related.</extracomment>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="261" />
        <source>Tgl diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="262" />
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="263" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="264" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="265" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="266" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="267" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="268" />
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="269" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="274" />
        <source>Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat</source>
        <translation>This office is only a carbon-copy recipient, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="276" />
        <source>Identitas lengkap: ada nama pengirim dan paling sedikit satu cara menghubunginya</source>
        <translation>Identity complete: the sender's name and at least one way to reach them</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="279" />
        <source>↺ kemungkinan pengiriman ulang surat lain (kemiripan); ✓ dikonfirmasi analis; abu-abu: ditolak analis. ⇄ surat terkait: hal yang sama dari pengirim lain. Ctrl+D membandingkan.</source>
        <translation>↺ possibly a re-sent copy of another letter (similarity); ✓ confirmed by an analyst; grey: rejected by an analyst. ⇄ related letters: the same matter from other senders. Ctrl+D compares.</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="282" />
        <source>Kode pada label berkas fisik (barcode)</source>
        <translation>Code on the physical file's label (barcode)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="283" />
        <source>Tidak dapat diurutkan</source>
        <translation>Cannot be sorted</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="298" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="350" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="358" />
        <source>✓ tembusan</source>
        <translation>✓ carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="360" />
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="360" />
        <source>✗ kurang</source>
        <translation>✗ missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="372" />
        <source>⇄ %1 terkait</source>
        <translation>⇄ %1 related</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="388" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="398" />
        <source>%1 surat lain tentang hal yang sama dari pengirim lain (bukan duplikat)</source>
        <translation>%1 other letters about the same matter from other senders (not duplicates)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="403" />
        <source>Dikonfirmasi analis: pengiriman ulang surat %1</source>
        <translation>Confirmed by an analyst: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="404" />
        <source>Ditolak analis: bukan pengiriman ulang surat %1</source>
        <translation>Rejected by an analyst: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="406" />
        <source>Kemungkinan pengiriman ulang surat %1 (belum ditelaah)</source>
        <translation>Possibly a re-sent copy of letter %1 (not yet reviewed)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="410" />
        <source>Ctrl+D: bandingkan kedua surat</source>
        <translation>Ctrl+D: compare both letters</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="155" />
        <source>Telaah surat %s</source>
        <translation>Review of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="160" />
        <source>id surat, dipisah koma</source>
        <translation>letter ids, comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="162" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="170" />
        <source>Pokok permasalahan</source>
        <translation>Core problem</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="171" />
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="172" />
        <source>Surat terkait</source>
        <translation>Related letters</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="173" />
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="174" />
        <source>Catatan rekomendasi</source>
        <translation>Recommendation note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="188" />
        <source>Peran Anda tidak berwenang menelaah surat.</source>
        <translation>Your role may not review letters.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="208" />
        <source>Terakhir ditulis oleh %s</source>
        <translation>Last written by %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_dialogs.py" line="216" />
        <source>Surat terkait: tulis id surat (angka) dipisah koma.</source>
        <translation>Related letters: write letter ids (numbers), comma-separated.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Analis</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Arsiparis</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Staf administrasi</source>
        <translation>Administrative staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ScanFolderDialog</name>
    <message>
        <location filename="../../ui/scan_watcher.py" line="71" />
        <source>Folder pindaian</source>
        <extracomment>Seconds between two looks at the folder. A file must be unchanged this long before it is taken (the scanner may still be writing it).</extracomment>
        <translation>Scan folder</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="75" />
        <source>Pindaian yang disimpan pemindai di folder ini didaftarkan otomatis begitu berkasnya selesai ditulis, lalu dipindah ke subfolder processed/ (atau failed/ beserta alasannya). Berkas yang isinya sudah terdaftar tidak didaftarkan dua kali.</source>
        <translation>Scans the scanner saves in this folder are registered automatically once the file is completely written, then moved to the processed/ subfolder (or failed/ with the reason). A file whose content is already registered is not registered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="83" />
        <source>mis. D:\Pindaian\Masuk</source>
        <translation>e.g. D:\Scans\Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="84" />
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="86" />
        <source>&amp;Pantau folder ini</source>
        <translation>&amp;Watch this folder</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="97" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="98" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="110" />
        <source>Folder keluaran pemindai</source>
        <translation>Scanner output folder</translation>
    </message>
    <message>
        <location filename="../../ui/scan_watcher.py" line="122" />
        <source>Folder tidak ditemukan: %1</source>
        <translation>Folder not found: %1</translation>
    </message>
</context>
<context>
    <name>ScanImportDialog</name>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="87" />
        <source>Impor pindaian</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="97" />
        <source>Seret berkas pindaian ke sini
(PNG, JPEG, TIFF, PDF, TXT, EML; boleh satu folder)</source>
        <translation>Drag scan files here
(PNG, JPEG, TIFF, PDF, TXT, EML; a folder is fine too)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="105" />
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="107" />
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="110" />
        <source>%v / %m halaman</source>
        <translation>%v / %m pages</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="114" />
        <source>&lt;b&gt;Tidak terbaca:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unreadable:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="119" />
        <location filename="../../ui/scan_import_dialog.py" line="184" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="121" />
        <source>P&amp;eriksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="145" />
        <source>Pilih berkas pindaian</source>
        <translation>Choose scan files</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="188" />
        <source>Membaca %1 berkas…</source>
        <translation>Reading %1 files…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="203" />
        <source>Berkas %1 dari %2 selesai · sedang membaca %3</source>
        <translation>File %1 of %2 done · reading %3</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="218" />
        <source>Pembacaan berhenti: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="227" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="231" />
        <source>Dibatalkan: %1 dari %2 berkas sudah terbaca.</source>
        <translation>Cancelled: %1 of %2 files were read.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="233" />
        <source>Selesai: %1 dari %2 berkas terbaca; yang tidak terbaca tercantum di bawah.</source>
        <translation>Done: %1 of %2 files read; the unreadable ones are listed below.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="235" />
        <source>Selesai: %1 dari %2 berkas terbaca.</source>
        <translation>Done: %1 of %2 files read.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="237" />
        <source>P&amp;eriksa %1 surat</source>
        <translation>C&amp;heck %1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/scan_import_dialog.py" line="247" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Ditelaah</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Diteruskan</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Klarifikasi</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Diarsipkan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
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
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="69" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="83" />
        <location filename="../../ui/users_dialog.py" line="191" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="85" />
        <source>Atur &amp;ulang kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="92" />
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="94" />
        <source>tanpa spasi, mis. budi.santoso</source>
        <translation>no spaces, e.g. budi.santoso</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="102" />
        <source>paling sedikit %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="106" />
        <source>&amp;Tambah akun</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="109" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="110" />
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="111" />
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="112" />
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="113" />
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="118" />
        <source>Basis data ini belum memiliki akun; Anda bekerja sebagai administrator lokal. Setelah akun pertama dibuat, setiap orang harus masuk dengan akunnya dan administrator lokal tidak berlaku lagi: buatlah akun Administrator lebih dulu.</source>
        <translation>This database has no accounts yet; you are working as the local administrator. Once the first account exists, everyone must sign in with an account and the local administrator no longer applies: create an Administrator account first.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="131" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="163" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="163" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="191" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="201" />
        <source>Nama pengguna wajib diisi</source>
        <translation>A user name is required</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="203" />
        <source>Nama pengguna tidak boleh memuat spasi</source>
        <translation>The user name may not contain spaces</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="215" />
        <source>Akun %1 dibuat</source>
        <translation>Account %1 created</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223" />
        <source>Akun %1 diaktifkan</source>
        <translation>Account %1 activated</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="223" />
        <source>Akun %1 dinonaktifkan</source>
        <translation>Account %1 deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="235" />
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="236" />
        <source>Kata sandi baru untuk %1 (paling sedikit %2 karakter):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="247" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="253" />
        <source>Kata sandi %1 diganti</source>
        <translation>Password of %1 changed</translation>
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
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/forwarding_view.py" line="623" />
        <source>Tidak dapat diproses</source>
        <translation>Cannot be processed</translation>
    </message>
</context>
</TS>