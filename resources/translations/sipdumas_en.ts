<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="52" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="54" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>&amp;Teruskan…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>Teruskan surat terpilih ke instansi berwenang dan cetak surat penerusannya</source>
        <translation>Forward the selected letter to the competent agency and print its forwarding letter</translation>
    </message>
    <message>
        <source>&amp;Cetak surat terpilih…</source>
        <translation>&amp;Print selected letters…</translation>
    </message>
    <message>
        <source>Teruskan dan cetak surat penerusan semua surat yang dipilih</source>
        <translation>Forward and print the forwarding letters of all selected letters</translation>
    </message>
    <message>
        <source>&amp;Disposisi…</source>
        <translation>&amp;Disposition…</translation>
    </message>
    <message>
        <source>T&amp;elaah…</source>
        <translation>Re&amp;view…</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="77" />
        <source>Instansi dan aturan penerusan</source>
        <translation>Agencies and routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="80" />
        <source>salah satu kata (any)</source>
        <translation>any of the words (any)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="81" />
        <source>semua kata (all)</source>
        <translation>all of the words (all)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="82" />
        <source>frasa persis (exact)</source>
        <translation>exact phrase (exact)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="83" />
        <source>ekspresi reguler (regex)</source>
        <translation>regular expression (regex)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="84" />
        <source>kata mirip, tahan salah OCR (fuzzy)</source>
        <translation>similar words, tolerates OCR slips (fuzzy)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="87" />
        <source>isi surat</source>
        <translation>letter text</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="88" />
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="89" />
        <source>wilayah pengadu</source>
        <translation>complainant's region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="106" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="118" />
        <source>Peran Anda hanya dapat melihat daftar instansi dan aturannya.</source>
        <translation>Your role may only view the agencies and their rules.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="130" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="131" />
        <location filename="../../ui/settings/agencies_dialog.py" line="343" />
        <source>Instansi terpilih</source>
        <translation>Selected agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="136" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="137" />
        <source>Yth. (jabatan penerima)</source>
        <translation>Yth. (addressee's position)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="138" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="139" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="151" />
        <source>Tampilkan instansi nonaktif</source>
        <translation>Show inactive agencies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="155" />
        <source>mis. Pemerintah Kota Medan</source>
        <translation>e.g. Pemerintah Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="158" />
        <source>baris «Yth.», mis. Wali Kota Medan</source>
        <translation>the «Yth.» line, e.g. Wali Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="161" />
        <source>satu baris alamat per baris</source>
        <translation>one address line per line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="166" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="168" />
        <source>&amp;Yth.:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="170" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="173" />
        <source>Instansi &amp;baru</source>
        <translation>&amp;New agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="175" />
        <source>&amp;Simpan instansi</source>
        <translation>&amp;Save agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="177" />
        <location filename="../../ui/settings/agencies_dialog.py" line="543" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="186" />
        <source>Nama persis seperti dicetak pada surat; «Yth.» adalah jabatan penerima (tanpa «Yth.»).</source>
        <translation>The name exactly as printed on letters; «Yth.» is the addressee's position (without «Yth.»).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="202" />
        <source>Aturan penerusan</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="206" />
        <source>Surat yang cocok dengan aturan instansi ini akan menyarankan instansi ini saat diteruskan; bobot aturan yang cocok dijumlahkan, ditambah saran dari surat yang dulu diteruskan.</source>
        <translation>Letters matching this agency's rules suggest this agency when forwarded; the weights of the matching rules are added up, plus what was learned from letters forwarded before.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="215" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="215" />
        <source>Bagian surat</source>
        <translation>Part of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="215" />
        <source>Pola</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="215" />
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="215" />
        <source>Uji</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="224" />
        <source>&amp;Hapus aturan</source>
        <translation>&amp;Delete rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="234" />
        <source>kata-kata, frasa, atau ekspresi reguler</source>
        <translation>words, a phrase or a regular expression</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="241" />
        <source>&amp;Tambah aturan</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="249" />
        <source>pada</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="251" />
        <source>bobot</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="257" />
        <source>&amp;Jenis aturan:</source>
        <translation>Rule &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="258" />
        <source>&amp;Pola:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="262" />
        <source>ketik kalimat dari surat, mis. «bantuan PKH tidak cair»</source>
        <translation>type a sentence from a letter, e.g. «bantuan PKH tidak cair»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="272" />
        <source>&amp;Uji teks:</source>
        <translation>&amp;Test text:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="317" />
        <source>(Pimpinan %1)</source>
        <translation>(Head of %1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="319" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="319" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="343" />
        <source>Instansi baru</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="345" />
        <source>Aturan penerusan (pilih instansi)</source>
        <translation>Routing rules (choose an agency)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="352" />
        <source>Aturan penerusan: %1</source>
        <translation>Routing rules: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="369" />
        <source>Instansi %1 disimpan</source>
        <translation>Agency %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="388" />
        <source>Instansi %1 diaktifkan</source>
        <translation>Agency %1 activated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="388" />
        <source>Instansi %1 dinonaktifkan</source>
        <translation>Agency %1 deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="468" />
        <source>Aturan «%1» ditambahkan</source>
        <translation>Rule «%1» added</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="494" />
        <source>Aturan «%1» dihapus</source>
        <translation>Rule «%1» deleted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="513" />
        <source>✓ cocok</source>
        <translation>✓ match</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="521" />
        <source>Instansi ini belum memiliki aturan.</source>
        <translation>This agency has no rules yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="525" />
        <source>Cocok dengan %1 dari %2 aturan (skor +%3).</source>
        <translation>Matches %1 of %2 rules (score +%3).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="543" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="43" />
        <source>Persetujuan peminjaman berkas rahasia</source>
        <translation>Approvals to lend confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="48" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="49" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="50" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="51" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="52" />
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="53" />
        <source>Diminta oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="62" />
        <source>Tidak ada permohonan yang menunggu.</source>
        <translation>No requests are waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="66" />
        <source>Catatan keputusan (opsional), mis. hanya dibaca di ruang arsip</source>
        <translation>Note on the decision (optional), e.g. to be read in the archive room only</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="71" />
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="72" />
        <source>T&amp;olak</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="73" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="74" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="143" />
        <source>Disetujui: %1 boleh meminjam berkas %2</source>
        <translation>Approved: %1 may borrow file %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="145" />
        <source>Ditolak: %1 tidak boleh meminjam berkas %2</source>
        <translation>Refused: %1 may not borrow file %2</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../ui/archive/texts.py" line="18" />
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="19" />
        <source>rusak</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="20" />
        <source>hilang</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="23" />
        <source>musnah</source>
        <translation>destroy</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="24" />
        <source>permanen</source>
        <translation>permanent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="25" />
        <source>dinilai kembali</source>
        <translation>to be reappraised</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="28" />
        <source>pertama</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="29" />
        <source>kedua</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="30" />
        <source>ketiga</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="34" />
        <source>Dipindahkan</source>
        <extracomment>Short names of the actions in a file's history (``archive_file_events.action``).</extracomment>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="35" />
        <source>Keterangan diubah</source>
        <translation>Described</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="36" />
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="37" />
        <source>Menerima gabungan</source>
        <translation>Merged in</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="38" />
        <source>Dipisah</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="39" />
        <source>Hasil pemisahan</source>
        <translation>Split from</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="40" />
        <source>Dipinjamkan</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="41" />
        <source>Diperpanjang</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="42" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="43" />
        <source>Antrean</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="44" />
        <source>Persetujuan diminta</source>
        <translation>Approval requested</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="45" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="46" />
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="47" />
        <source>Pengingat</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="50" />
        <source>kode klasifikasi</source>
        <translation>classification code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="51" />
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="52" />
        <source>retensi aktif</source>
        <translation>active retention</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="53" />
        <source>retensi inaktif</source>
        <translation>inactive retention</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="54" />
        <source>keterangan akhir</source>
        <translation>final disposition</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="55" />
        <source>rahasia</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="78" />
        <source>%1 tahun</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="119" />
        <source>dari %1 ke %2 (%3)</source>
        <translation>from %1 to %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="132" />
        <source>ke berkas %1; surat: %2</source>
        <translation>into file %1; letters: %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="138" />
        <location filename="../../ui/archive/texts.py" line="150" />
        <source>dari berkas %1; surat: %2</source>
        <translation>from file %1; letters: %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="144" />
        <source>ke berkas baru %1; surat: %2</source>
        <translation>into new file %1; letters: %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="156" />
        <source>kepada %1 (%2), jatuh tempo %3</source>
        <translation>to %1 (%2), due %3</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="163" />
        <source>jatuh tempo %1 → %2</source>
        <translation>due %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="169" />
        <source>dari %1, kondisi %2</source>
        <translation>from %1, condition %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="175" />
        <source>permintaan %1</source>
        <translation>request of %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="178" />
        <source>untuk %1 (permohonan %2)</source>
        <translation>for %1 (request %2)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="185" />
        <source>surat pengingat %1, %2 hari kerja terlambat</source>
        <translation>%1 reminder letter, %2 working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="201" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/archive/texts.py" line="203" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ArchiveIntegration</name>
    <message>
        <location filename="../../ui/archive/integration.py" line="46" />
        <source>&amp;Meja Pinjam</source>
        <translation>&amp;Loan Desk</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="48" />
        <source>&amp;Terlambat</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="55" />
        <source>&amp;Meja pinjam</source>
        <translation>&amp;Loan desk</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="58" />
        <source>Pinjamkan dan terima kembali berkas dengan pemindai kode (Ctrl+Shift+P)</source>
        <translation>Lend and take back files with the code scanner (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="61" />
        <source>Peminjaman &amp;terlambat</source>
        <translation>&amp;Overdue loans</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="64" />
        <source>Berkas yang belum kembali setelah jatuh tempo (Ctrl+Shift+T)</source>
        <translation>Files not back after their due date (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="67" />
        <source>&amp;Riwayat berkas…</source>
        <translation>File &amp;history…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="70" />
        <source>Tempat, klasifikasi, isi dan riwayat sebuah berkas (Ctrl+Shift+H)</source>
        <translation>A file's place, classification, contents and history (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="73" />
        <source>&amp;Persetujuan berkas rahasia…</source>
        <translation>&amp;Approvals for confidential files…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="76" />
        <source>Setujui atau tolak peminjaman berkas rahasia (Ctrl+Shift+A)</source>
        <translation>Approve or refuse lending confidential files (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="79" />
        <source>Kirim &amp;pengingat…</source>
        <translation>Send &amp;reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="82" />
        <source>Catat dan cetak surat pengingat peminjaman yang terlambat</source>
        <translation>Record and print reminder letters for overdue loans</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="85" />
        <source>&amp;Ekspor buku peminjaman…</source>
        <translation>&amp;Export the loan register…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="88" />
        <source>Simpan buku peminjaman arsip sebagai Excel atau PDF</source>
        <translation>Save the archive's loan register as Excel or PDF</translation>
    </message>
    <message>
        <location filename="../../ui/archive/integration.py" line="98" />
        <source>&amp;Arsip</source>
        <translation>&amp;Archive</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="143" />
        <source>%1: %2 surat</source>
        <translation>%1: %2 letters</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="146" />
        <source>Klik untuk membuka suratnya di register</source>
        <translation>Click to open these letters in the register</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="427" />
        <source>Cetak surat penerusan (%d surat)</source>
        <translation>Print forwarding letters (%d letters)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="431" />
        <source>Instansi yang disarankan untuk tiap surat</source>
        <translation>Suggested agency for each letter</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="435" />
        <source>Rahasiakan identitas pengadu</source>
        <translation>Keep the complainant's identity confidential</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="437" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="438" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="444" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="445" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="505" />
        <source>sedang diproses…</source>
        <translation>in progress…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="539" />
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="555" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="556" />
        <source>%d surat dicetak, %d gagal</source>
        <translation>%d letters printed, %d failed</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="558" />
        <source> (dibatalkan)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="82" />
        <source>Tenggat dan hari kerja</source>
        <translation>Deadlines and working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="85" />
        <source>Libur nasional</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="86" />
        <source>Libur kantor</source>
        <translation>Office day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="87" />
        <source>Hari kerja khusus</source>
        <translation>Exceptional working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="95" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="106" />
        <source>Hanya administrator yang dapat mengubah tenggat dan kalender kerja.</source>
        <translation>Only administrators may change the deadlines and the working calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="120" />
        <source>Tenggat (hari kerja)</source>
        <translation>Deadlines (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="127" />
        <source>&amp;Simpan tenggat</source>
        <translation>&amp;Save deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="137" />
        <source>&amp;Penelaahan:</source>
        <translation>&amp;Review:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="138" />
        <location filename="../../ui/settings/calendar_dialog.py" line="144" />
        <source>hari kerja sejak surat diterima</source>
        <translation>working days from the date received</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="143" />
        <source>Pene&amp;rusan:</source>
        <translation>Fo&amp;rwarding:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="149" />
        <source>Penyelesaian &amp;oleh instansi:</source>
        <translation>Settlement &amp;by the agency:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="150" />
        <source>hari kerja sejak surat diteruskan</source>
        <translation>working days from the forwarding</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="180" />
        <source>Kalender kerja kantor</source>
        <translation>Office working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="183" />
        <source>Tahun sebelumnya</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="190" />
        <source>Tahun berikutnya</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="197" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="205" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="205" />
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="205" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="205" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="216" />
        <source>mis. Cuti bersama Idul Fitri</source>
        <translation>e.g. Cuti bersama Idul Fitri</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="218" />
        <source>Tambah hari &amp;libur kantor</source>
        <translation>Add an office &amp;day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="221" />
        <source>Tambah hari &amp;kerja khusus</source>
        <translation>Add an exceptional &amp;working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="223" />
        <source>Tanggal yang biasanya libur (Sabtu, Minggu, libur nasional) tetapi kantor bekerja</source>
        <translation>A date usually off (Saturday, Sunday, public holiday) on which the office works</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="226" />
        <source>&amp;Hapus tanggal terpilih</source>
        <translation>&amp;Remove the selected date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="238" />
        <source>Libur nasional berasal dari daftar resmi dan tidak dapat dihapus; cuti bersama dan penutupan kantor dicatat sebagai libur kantor.</source>
        <translation>Public holidays come from the official list and cannot be removed; collective leave and office closures are recorded as office days off.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="246" />
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="285" />
        <source>Surat yang diterima hari ini (%1): telaah paling lambat %2, diteruskan paling lambat %3; bila diteruskan hari ini, instansi menyelesaikan paling lambat %4.</source>
        <translation>A letter received today (%1): review due %2, forwarding due %3; if forwarded today, the agency settles it by %4.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="306" />
        <source>Tenggat disimpan</source>
        <translation>Deadlines saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="339" />
        <source>%1 libur nasional · %2 libur kantor · %3 hari kerja khusus · &lt;b&gt;%4 hari kerja&lt;/b&gt;</source>
        <translation>%1 public holidays · %2 office days off · %3 exceptional working days · &lt;b&gt;%4 working days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="371" />
        <source>%1 dihapus dari kalender</source>
        <translation>%1 removed from the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="371" />
        <source>%1 dicatat</source>
        <translation>%1 recorded</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="24" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="25" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="26" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="27" />
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="28" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../../ui/app.py" line="210" />
        <source>Membuka basis data…</source>
        <extracomment>How long ``--screenshot`` waits for the first screen of rows before giving up.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="223" />
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227" />
        <source>Pilih basis data lain…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="229" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="298" />
        <source>Koneksi ke basis data terputus; mencoba menyambung lagi… Isian yang sedang diketik tetap ada: simpan lagi setelah tersambung.</source>
        <translation>The connection to the database is lost; trying to reconnect… What you are typing stays: save again once connected.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="308" />
        <source>Koneksi ke basis data pulih.</source>
        <translation>The connection to the database is back.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="50" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="52" />
        <source>Berkas SQLite di komputer ini (satu komputer)</source>
        <translation>SQLite file on this computer (one workstation)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="53" />
        <source>Server PostgreSQL (dipakai bersama beberapa komputer)</source>
        <translation>PostgreSQL server (shared by several workstations)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="58" />
        <location filename="../../ui/settings/connection_dialog.py" line="63" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="83" />
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="85" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="86" />
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="90" />
        <source>Folder data (pindaian, berkas keluaran):</source>
        <translation>Data folder (scans, generated files):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="95" />
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="100" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="101" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="111" />
        <source>Catatan: variabel lingkungan SIPDUMAS_DATABASE_URL sedang diisi dan mengalahkan pilihan yang disimpan di sini.</source>
        <translation>Note: the environment variable SIPDUMAS_DATABASE_URL is set and overrides the choice saved here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="135" />
        <source>Berkas basis data SQLite</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="137" />
        <source>Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="144" />
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="153" />
        <source>Pilih berkas basis data SQLite</source>
        <translation>Choose an SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="158" />
        <source>Isi alamat server PostgreSQL, mis. %1</source>
        <translation>Enter the PostgreSQL server address, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="175" />
        <source>Menghubungi basis data…</source>
        <translation>Contacting the database…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="201" />
        <source>Basis data disimpan</source>
        <translation>Database saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="203" />
        <source>Sambungan disimpan dan dipakai setiap kali SIPDUMAS dibuka. Pindah ke basis data ini sekarang? Anda akan diminta masuk lagi.</source>
        <translation>The connection is saved and used whenever SIPDUMAS starts. Switch to this database now? You will be asked to sign in again.</translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="184" />
        <source>Tidak tersedia di basis data ini</source>
        <translation>Not available in this database</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="186" />
        <source>Klik untuk membuka suratnya di register</source>
        <translation>Click to open these letters in the register</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="188" />
        <source>Klik untuk membuka daftarnya</source>
        <translation>Click to open the list</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="218" />
        <source>Belum ada surat dalam 12 bulan terakhir.</source>
        <translation>No letters in the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <location filename="../../ui/dashboard/view.py" line="221" />
        <source>Belum ada surat tahun ini.</source>
        <translation>No letters this year.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="235" />
        <source>tahun %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="235" />
        <source>tahun ini</source>
        <translation>this year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="236" />
        <source>Surat masuk per bulan, 12 bulan terakhir</source>
        <translation>Letters received per month, last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="237" />
        <source>Menurut kategori, %1</source>
        <translation>By category, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="238" />
        <source>Menurut provinsi pengadu, %1</source>
        <translation>By the complainant's province, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="243" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="247" />
        <source>Gagal memuat: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="27" />
        <source>telaah</source>
        <extracomment>The deadlines by the core's names, with what each counts from.</extracomment>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="27" />
        <location filename="../../ui/common/deadline_text.py" line="30" />
        <source>sejak diterima</source>
        <translation>from receipt</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="29" />
        <source>penerusan</source>
        <translation>forwarding</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="33" />
        <source>penyelesaian</source>
        <translation>settlement</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="34" />
        <source>sejak diteruskan</source>
        <translation>from forwarding</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="63" />
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="64" />
        <source>terlambat %1 hari</source>
        <translation>%1 d late</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="74" />
        <source>%1 · hari ini</source>
        <translation>%1 · today</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="84" />
        <source>%1 hari kerja %2</source>
        <translation>%1 working days %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="102" />
        <source>Terlambat %1 hari kerja: lewat batas %2</source>
        <translation>Late by %1 working day(s), past: %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="105" />
        <source>Terlambat: lewat batas %2</source>
        <translation>Late, past: %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="108" />
        <source>Tenggat %1 jatuh hari ini</source>
        <translation>The %1 deadline is today</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="116" />
        <source>lewat</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../ui/common/deadline_text.py" line="118" />
        <source>tahap sekarang</source>
        <translation>current step</translation>
    </message>
</context>
<context>
    <name>DeadlinesIntegration</name>
    <message>
        <location filename="../../ui/workflow/deadlines_integration.py" line="69" />
        <source>%1 terlambat</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/deadlines_integration.py" line="75" />
        <source>Tidak ada yang terlambat</source>
        <translation>Nothing late</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/deadlines_integration.py" line="79" />
        <source>Surat lewat tenggat hari ini: telaah %1, penerusan %2, penyelesaian %3 (satu surat bisa lewat dua tenggat). Klik untuk menampilkannya di register.</source>
        <translation>Letters past a deadline today: review %1, forwarding %2, settlement %3 (a letter can be past two). Click to show them in the register.</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="553" />
        <source>Keterangan berkas %1</source>
        <translation>Description of file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="556" />
        <source>mis. PM.01.02</source>
        <translation>e.g. PM.01.02</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="564" />
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="571" />
        <source>Rahasia (peminjaman perlu persetujuan atasan)</source>
        <translation>Confidential (lending needs a supervisor's approval)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="574" />
        <source>Judul:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="575" />
        <source>Kode klasifikasi:</source>
        <translation>Classification code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="576" />
        <source>Retensi aktif:</source>
        <translation>Active retention:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="577" />
        <source>Retensi inaktif:</source>
        <translation>Inactive retention:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="578" />
        <source>Keterangan akhir:</source>
        <translation>Final disposition:</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="67" />
        <source>Disposisi surat %s</source>
        <translation>Disposition of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="70" />
        <source>nama pengguna analis</source>
        <translation>analyst's user name</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="73" />
        <source>Catatan untuk penerima disposisi</source>
        <translation>Note for the recipient of the disposition</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="80" />
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="84" />
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="85" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="86" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="99" />
        <source>Hanya supervisor atau administrator yang dapat membuat disposisi.</source>
        <translation>Only a supervisor or an administrator can make a disposition.</translation>
    </message>
</context>
<context>
    <name>DuplicateCompareDialog</name>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="129" />
        <source>Bandingkan dengan surat asal</source>
        <extracomment>Background of words only the original has / only this letter has.</extracomment>
        <translation>Compare with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="132" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="154" />
        <source>&lt;span style='background-color:%1;'&gt;&amp;nbsp;hanya di surat asal&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;hanya di surat ini&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background-color:%1;'&gt;&amp;nbsp;only in the original&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;only in this letter&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="162" />
        <source>catatan keputusan untuk jejak audit, mis. isi sama, tanggal baru</source>
        <translation>note for the audit trail, e.g. same content, new date</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="166" />
        <source>&amp;Benar duplikat</source>
        <translation>&amp;Is a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="167" />
        <source>Surat ini memang pengiriman ulang surat asal</source>
        <translation>This letter is indeed a re-sent copy of the original</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="168" />
        <source>Bu&amp;kan duplikat</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="169" />
        <source>Surat ini pengaduan baru; tanda duplikat tidak berlaku lagi</source>
        <translation>This letter is a new complaint; the duplicate flag no longer applies</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="170" />
        <source>&amp;Arsipkan: sudah ditindaklanjuti</source>
        <translation>&amp;File: already handled</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="173" />
        <source>Arsipkan tanpa tindak lanjut baru, dengan catatan apa yang sudah dilakukan atas surat asal</source>
        <translation>File without new follow-up, noting what was done with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="176" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="189" />
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="226" />
        <source>Perbandingan tidak dapat dimuat</source>
        <translation>The comparison cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="234" />
        <source>Surat %1 dibandingkan dengan surat asal %2</source>
        <translation>Letter %1 compared with the original %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="239" />
        <source>kemiripan %1%</source>
        <translation>similarity %1%</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="248" />
        <source>Surat %1 kemungkinan mengulang surat %2</source>
        <translation>Letter %1 possibly repeats letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="258" />
        <source>Surat asal</source>
        <translation>Original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="259" />
        <source>Surat ini</source>
        <translation>This letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="266" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="267" />
        <source>diterima %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="272" />
        <source>✓ Dikonfirmasi: benar pengiriman ulang</source>
        <translation>✓ Confirmed: a re-sent copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="273" />
        <source>Ditolak: bukan duplikat, ditangani sebagai pengaduan baru</source>
        <translation>Rejected: not a duplicate, handled as a new complaint</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="274" />
        <source>Belum ditelaah analis</source>
        <translation>Not yet reviewed by an analyst</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="275" />
        <source>Keputusan: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="336" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu putuskan lagi.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then decide again.</translation>
    </message>
</context>
<context>
    <name>ExportsIntegration</name>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="22" />
        <source>Ekspor &amp;buku agenda…</source>
        <translation>Export the &amp;agenda book…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="25" />
        <source>Simpan buku agenda surat masuk (xlsx dan PDF) sesuai filter register (Ctrl+Shift+E)</source>
        <translation>Save the incoming-letter agenda book (xlsx and PDF) with the register's filters (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="27" />
        <source>&amp;Laporan berkala…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="30" />
        <source>Laporan evaluasi berkala bulanan, triwulanan atau tahunan (xlsx dengan grafik dan PDF)</source>
        <translation>Monthly, quarterly or yearly evaluation report (xlsx with charts, and PDF)</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="131" />
        <source>Riwayat berkas</source>
        <translation>File history</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="135" />
        <source>Pindai atau ketik kode berkas</source>
        <translation>Scan or type the file code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="137" />
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="141" />
        <source>Kode berkas:</source>
        <translation>File code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="153" />
        <source>Lokasi:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="154" />
        <source>Kode klasifikasi:</source>
        <translation>Classification code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="155" />
        <source>Retensi (JRA):</source>
        <translation>Retention (JRA):</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="156" />
        <source>Keterangan akhir:</source>
        <translation>Final disposition:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="157" />
        <source>Sifat:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="158" />
        <source>Surat di dalamnya:</source>
        <translation>Letters inside:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="165" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="165" />
        <location filename="../../ui/archive/file_history_view.py" line="177" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="165" />
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="165" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="170" />
        <source>No. bon</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="171" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="172" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="173" />
        <source>Dipinjam</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="174" />
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="175" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="176" />
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="178" />
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="181" />
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="181" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="181" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="182" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="183" />
        <source>Peminjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="184" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="189" />
        <source>&amp;Pindahkan…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="190" />
        <source>&amp;Ubah keterangan…</source>
        <translation>&amp;Describe…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="191" />
        <source>&amp;Gabungkan…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="192" />
        <source>Pi&amp;sahkan…</source>
        <translation>&amp;Split…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="193" />
        <source>Cetak &amp;label…</source>
        <translation>Print &amp;label…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="194" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="254" />
        <source>Riwayat berkas %1</source>
        <extracomment>The buttons that change the file: shown only to those who may manage the archive.</extracomment>
        <translation>History of file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="258" />
        <source>Digabung ke berkas %1</source>
        <translation>Merged into file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="262" />
        <source>DIPINJAM oleh %1 (%2) sejak %3, jatuh tempo %4</source>
        <translation>LENT to %1 (%2) since %3, due %4</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="270" />
        <source>DI TEMPAT</source>
        <translation>IN PLACE</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="272" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="278" />
        <source>aktif %1, inaktif %2</source>
        <translation>active %1, inactive %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="283" />
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="283" />
        <source>Biasa</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="284" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="301" />
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="310" />
        <source>Riwayat (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="311" />
        <source>Peminjaman (%1)</source>
        <translation>Loans (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="312" />
        <source>Surat (%1)</source>
        <translation>Letters (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="341" />
        <source>Berkas %1 dipindahkan ke %2</source>
        <translation>File %1 moved to %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="351" />
        <source>Keterangan berkas %1 disimpan</source>
        <translation>Description of file %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="361" />
        <source>Berkas %1 kini berisi %2 surat</source>
        <translation>File %1 now holds %2 letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="374" />
        <source>Berkas baru %1 dibuat dengan %2 surat; cetak labelnya</source>
        <translation>New file %1 made with %2 letters; print its label</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="400" />
        <source>Label berkas %1</source>
        <translation>Label of file %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)</source>
        <extracomment>Milliseconds the search box waits after the last key before it asks the database. Starting widths (pixels) of the columns, until the user drags them (then they are remembered). (Sender, subject, category and the flags gave up some width when Tenggat came: it is read more.) LetterQuery fields the filter bar keeps without a widget (see FilterBar.extra).</extracomment>
        <translation>Search subject, sender, NIK, phone, letter number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Tanggal diterima, paling awal</source>
        <translation>Received on or after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Tanggal diterima, paling akhir</source>
        <translation>Received on or before</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Tampilkan seluruh register</source>
        <translation>Show the whole register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Duplikat</source>
        <extracomment>Toggles that narrow the register to letters carrying a flag, by LetterQuery field.</extracomment>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Hanya surat yang ditandai pengiriman ulang (tanda tidak ditolak)</source>
        <translation>Only letters flagged as re-sent (flag not rejected)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Hanya surat yang ditujukan ke kantor ini sebagai tembusan</source>
        <translation>Only letters sent to this office as a carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Hanya surat tanpa nama atau tanpa cara menghubungi pengirim</source>
        <translation>Only letters without a name or a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Hanya surat yang memiliki surat terkait dari pengirim lain</source>
        <translation>Only letters with related letters from other senders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Hanya surat yang lewat tenggat telaah, penerusan atau penyelesaian hari ini</source>
        <translation>Only letters past their review, forwarding or settlement deadline today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Klik untuk melepas filter ini</source>
        <extracomment>Filters without a widget of their own (a dashboard bar's province, the forwarding period of "Diteruskan bulan ini"), shown as one removable chip while they hold.</extracomment>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Tanda:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Diteruskan: %1</source>
        <translation>Forwarded: %1</translation>
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
        <location filename="../../ui/workflow/forwarding_view.py" line="178" />
        <source>Teruskan surat %s</source>
        <translation>Forward letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="192" />
        <source>Rahasiakan identitas pengadu (nama, NIK, alamat, kontak; tanpa lampiran)</source>
        <translation>Keep the complainant's identity confidential (name, NIK, address, contact; no attachment)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="195" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="197" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="200" />
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="201" />
        <source>&amp;Teruskan</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="202" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="203" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="204" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="235" />
        <source>Peran Anda tidak berwenang mencetak atau meneruskan surat.</source>
        <translation>Your role may not print or forward letters.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="236" />
        <source>Memuat daftar instansi…</source>
        <translation>Loading the agencies…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="274" />
        <source>Belum ada instansi tujuan; tambahkan lewat pengaturan instansi.</source>
        <translation>No agencies yet; add them in the agency settings.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="282" />
        <source>Tidak ada saran untuk instansi ini.</source>
        <translation>No suggestion for this agency.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="284" />
        <source>Belum ada saran instansi untuk surat ini.</source>
        <translation>No agency suggested for this letter yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="288" />
        <source>Disarankan (skor %s): %s</source>
        <translation>Suggested (score %s): %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="302" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="316" />
        <source>Pratinjau (draf, belum bernomor: surat belum diteruskan).</source>
        <translation>Preview (draft, not numbered: the letter has not been forwarded).</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="332" />
        <source>Meneruskan surat…</source>
        <translation>Forwarding the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="348" />
        <source> (sudah pernah diteruskan: dicetak ulang)</source>
        <translation> (already forwarded: printed again)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="350" />
        <source>Diteruskan kepada %s, nomor %s%s.</source>
        <translation>Forwarded to %s, number %s%s.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="370" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="379" />
        <source>Surat %s dicetak.</source>
        <translation>Letter %s printed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="388" />
        <source>Simpan surat penerusan</source>
        <translation>Save the forwarding letter</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="397" />
        <source>Disimpan ke %s</source>
        <translation>Saved to %s</translation>
    </message>
</context>
<context>
    <name>ForwardingIntegration</name>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="32" />
        <source>&amp;Teruskan…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="35" />
        <source>Teruskan surat terpilih ke instansi berwenang dan cetak surat penerusannya</source>
        <translation>Forward the selected letter to the competent agency and print its forwarding letter</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="37" />
        <source>&amp;Cetak surat terpilih…</source>
        <translation>&amp;Print selected letters…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="38" />
        <source>Teruskan dan cetak surat penerusan semua surat yang dipilih</source>
        <translation>Forward and print the forwarding letters of all selected letters</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="39" />
        <source>&amp;Disposisi…</source>
        <translation>&amp;Disposition…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_integration.py" line="40" />
        <source>T&amp;elaah…</source>
        <translation>Re&amp;view…</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="80" />
        <source>Nomor agenda</source>
        <extracomment>Characters of a value shown in a cell's tooltip (a letter's full text can be pages long).</extracomment>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="81" />
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="82" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="83" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="84" />
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="85" />
        <source>Tempat surat</source>
        <translation>Place of writing</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="86" />
        <source>Hal/perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="87" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="88" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="89" />
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="90" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="92" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="93" />
        <source>Isi surat</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="94" />
        <source>Pengirim (objek JSON)</source>
        <translation>Sender (JSON object)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="95" />
        <source>Nama pengirim</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="96" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="97" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="98" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="99" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>IntakeIntegration</name>
    <message>
        <location filename="../../ui/intake/integration.py" line="47" />
        <source>&amp;Impor pindaian…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="50" />
        <source>Baca pindaian surat (atau seret berkasnya ke jendela ini), periksa, lalu daftarkan (Ctrl+I)</source>
        <translation>Read letter scans (or drag the files onto this window), check them, then register them (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="57" />
        <source>&amp;Folder pindaian…</source>
        <translation>Scan &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="59" />
        <source>Pilih folder keluaran pemindai yang dipantau dan didaftarkan otomatis</source>
        <translation>Choose the scanner's output folder, watched and registered automatically</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="73" />
        <source>Folder pindaian: %1</source>
        <translation>Scan folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="80" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="125" />
        <source>Surat %1 tercatat dari %2</source>
        <translation>Letter %1 registered from %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="167" />
        <source>Memantau folder pindaian %1</source>
        <translation>Watching scan folder %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="171" />
        <source>Folder pindaian: %1 tercatat sebagai surat %2</source>
        <translation>Scan folder: %1 registered as letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="179" />
        <source>Folder pindaian: %1 sudah terdaftar sebagai surat %2; tidak didaftarkan lagi</source>
        <translation>Scan folder: %1 is already registered as letter %2; not registered again</translation>
    </message>
    <message>
        <location filename="../../ui/intake/integration.py" line="186" />
        <source>Folder pindaian: %1 tidak didaftarkan: %2</source>
        <translation>Scan folder: %1 not registered: %2</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="621" />
        <source>Periksa pindaian — SIPDUMAS</source>
        <extracomment>field key -&gt; tooltip, for the fields marked for checking on the letter now on screen. editor -&gt; field key, to show on the page where the focused field was read.</extracomment>
        <translation>Check scans — SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="666" />
        <source>Surat dalam kelompok ini; pilih untuk membukanya</source>
        <translation>Letters in this batch; select one to open it</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="670" />
        <source>&amp;Lewati</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="672" />
        <source>Jangan daftarkan surat ini sekarang; lanjut ke surat berikutnya</source>
        <translation>Do not register this letter now; go on to the next</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="675" />
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="678" />
        <source>Catat surat ini dengan isian yang telah diperiksa beserta pindaiannya (Ctrl+Enter)</source>
        <translation>Register this letter with the checked fields and its scan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="682" />
        <source>Kedatangan &amp;baru</source>
        <translation>New &amp;arrival</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="685" />
        <source>Berkas ini sudah terdaftar; daftarkan juga sebagai surat baru karena pindaian yang sama benar-benar datang lagi</source>
        <translation>This file is already registered; register it as a new letter as well, because the same scan really arrived again</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="718" />
        <source>satu penerima per baris</source>
        <translation>one recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="723" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="725" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="732" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="737" />
        <source>&amp;Tanggal surat:</source>
        <extracomment>field key (as in ``Extraction.confidence``) -&gt; (editor, label text, error line)</extracomment>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="738" />
        <source>Tem&amp;pat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="739" />
        <source>Peri&amp;hal:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="740" />
        <source>Kep&amp;ada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="741" />
        <source>Tem&amp;busan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="742" />
        <source>&amp;Nama pengirim:</source>
        <translation>Sender's &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="743" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="744" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="745" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="746" />
        <source>Ala&amp;mat:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="747" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="811" />
        <source> — tercatat %1</source>
        <translation> — registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="814" />
        <source> — dilewati</source>
        <translation> — skipped</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="815" />
        <source> — tidak terbaca</source>
        <translation> — unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="816" />
        <source> — sudah terdaftar %1</source>
        <translation> — already registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="865" />
        <source>Surat %1 dari %2:</source>
        <translation>Letter %1 of %2:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="879" />
        <source>Berkas tidak terbaca: %1</source>
        <translation>File unreadable: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="886" />
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="893" />
        <source>Semua surat dalam kelompok ini sudah diperiksa: %1 tercatat, %2 dilewati, %3 tidak terbaca.</source>
        <translation>Every letter in this batch has been checked: %1 registered, %2 skipped, %3 unreadable.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="900" />
        <source>%1 sudah terdaftar sebelumnya dan tidak didaftarkan dua kali.</source>
        <translation>%1 were registered before and are not registered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="966" />
        <source>Periksa: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="968" />
        <source>Periksa: keyakinan %1%</source>
        <translation>Check: confidence %1%</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="970" />
        <source>Periksa: tidak terbaca dari surat</source>
        <translation>Check: not read from the letter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1007" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1061" />
        <source>Tercatat %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1065" />
        <source>Sudah terdaftar sebagai %1</source>
        <translation>Already registered as %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1068" />
        <source>Isi berkas ini sama persis dengan pindaian surat %1: tidak didaftarkan dua kali (kecuali sebagai kedatangan baru)</source>
        <translation>This file is byte for byte the scan of letter %1: it is not registered twice (except as a new arrival)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1083" />
        <source>Hanya tembusan</source>
        <translation>Carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1085" />
        <source>Kantor ini ada di tembusan, bukan di alamat tujuan</source>
        <translation>This office is in the carbon copies, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1089" />
        <source>Identitas lengkap</source>
        <translation>Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1089" />
        <source>Ada nama dan cara menghubungi pengirim</source>
        <translation>There is a name and a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1093" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1095" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1102" />
        <source>Memeriksa duplikat…</source>
        <translation>Checking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1104" />
        <source>Duplikat tidak diperiksa</source>
        <translation>Duplicates not checked</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1109" />
        <source>Kemungkinan duplikat (%1%)</source>
        <translation>Possible duplicate (%1%)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1111" />
        <source>Mirip surat #%1: </source>
        <translation>Similar to letter #%1: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1116" />
        <source>Bukan duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1116" />
        <source>Tidak ada surat terdaftar yang sama</source>
        <translation>No registered letter is the same</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1120" />
        <source>%1 surat terkait</source>
        <translation>%1 related letters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1192" />
        <source>Mendaftarkan %1…</source>
        <translation>Registering %1…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1208" />
        <source>%1 sudah terdaftar sebagai surat %2; tidak didaftarkan lagi.</source>
        <translation>%1 is already registered as letter %2; not registered again.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1218" />
        <source>%1 tercatat sebagai surat %2.</source>
        <translation>%1 registered as letter %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1223" />
        <source>Kemungkinan duplikat surat #%1 (%2%).</source>
        <translation>Possible duplicate of letter #%1 (%2%).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1256" />
        <source>Perbaiki isian yang ditandai merah.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1268" />
        <source>%1 dilewati.</source>
        <translation>%1 skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="1289" />
        <source>%1 surat belum diperiksa dan belum didaftarkan. Tutup juga?</source>
        <translation>%1 letters have not been checked or registered. Close anyway?</translation>
    </message>
</context>
<context>
    <name>LabelSkipDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="417" />
        <source>Cetak label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="420" />
        <source>Lembar label 3 x 8 yang sebagian sudah terpakai: lewati sebanyak ini</source>
        <translation>A partly used 3 x 8 label sheet: skip this many</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="422" />
        <source>Lewati label terpakai:</source>
        <translation>Skip used labels:</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../ui/register/letter_form.py" line="131" />
        <source>Surat baru</source>
        <extracomment>The message box shown after a refused (conflicting) save; kept for tests and for reloading.</extracomment>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="133" />
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="154" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="154" />
        <source>Catat surat</source>
        <translation>Register letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="156" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="157" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="161" />
        <source>Bandingkan dengan surat &amp;asal…</source>
        <translation>Compare with the &amp;original…</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="163" />
        <source>Surat ini ditandai kemungkinan duplikat: lihat kedua surat (Ctrl+D)</source>
        <translation>This letter is flagged as a possible duplicate: see both letters (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="186" />
        <source>Nomor agenda diberikan otomatis saat surat dicatat.</source>
        <translation>The agenda number is assigned when the letter is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="190" />
        <source>Peran Anda hanya boleh melihat surat, tidak mengubahnya.</source>
        <translation>Your role may view letters but not change them.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="199" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="207" />
        <source>nomor pada surat, bila ada</source>
        <translation>number on the letter, if any</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="211" />
        <source>kota tempat surat ditulis</source>
        <translation>city where the letter was written</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="213" />
        <source>hal / perihal surat</source>
        <translation>the letter's subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="215" />
        <source>pokok permasalahan yang diadukan</source>
        <translation>the core of the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="222" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="224" />
        <source>Yth. … (tujuan surat)</source>
        <translation>To … (addressee)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="226" />
        <source>satu tujuan tembusan per baris</source>
        <translation>one carbon-copy recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="230" />
        <source>nama / instansi yang diadukan</source>
        <translation>person / agency complained about</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="240" />
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="244" />
        <source>Tanggal &amp;diterima:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="252" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="254" />
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="255" />
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="256" />
        <source>&amp;Perihal: *</source>
        <translation>Su&amp;bject: *</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="257" />
        <source>&amp;Ringkasan:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="258" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="259" />
        <source>Tu&amp;juan surat:</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="260" />
        <source>Te&amp;mbusan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="261" />
        <source>Te&amp;rlapor:</source>
        <translation>&amp;Reported party:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="262" />
        <source>Jabatan terlapor:</source>
        <translation>Reported party's position:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="268" />
        <source>Pengadu (identitas dirahasiakan)</source>
        <translation>Complainant (identity confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="272" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="275" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="282" />
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="292" />
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="293" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="294" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="295" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="296" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="297" />
        <source>Kabupaten/&amp;kota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="298" />
        <source>Pekerjaan:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="349" />
        <source>No. agenda %1</source>
        <translation>Agenda no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="350" />
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="351" />
        <source>dicatat %1 oleh %2</source>
        <translation>registered %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="356" />
        <source>terakhir diubah oleh %1</source>
        <translation>last changed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="358" />
        <source>berkas %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="360" />
        <source>hanya tembusan</source>
        <translation>carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="373" />
        <source>✓ Dikonfirmasi: pengiriman ulang surat %1</source>
        <translation>✓ Confirmed: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="374" />
        <source>Tanda duplikat ditolak: bukan pengiriman ulang surat %1</source>
        <translation>Duplicate flag rejected: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="375" />
        <source>↺ Kemungkinan pengiriman ulang surat %1</source>
        <translation>↺ Possibly a re-sent copy of letter %1</translation>
    </message>
    <message>
        <source>kemungkinan pengulangan surat id %1</source>
        <translation>possibly repeats letter id %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="452" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="464" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="493" />
        <source>✓ Identitas lengkap</source>
        <translation>✓ Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="497" />
        <source>Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.</source>
        <translation>Identity incomplete: a name and at least a phone, e-mail or address are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="511" />
        <source>Perihal wajib diisi</source>
        <translation>A subject is required</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="514" />
        <source>Tanggal surat tidak boleh setelah tanggal diterima</source>
        <translation>The letter date cannot be after the date received</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="536" />
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="566" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="585" />
        <source>Surat telah diubah pengguna lain</source>
        <translation>Letter changed by another user</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="588" />
        <source>Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda tidak disimpan, agar perubahan mereka tidak tertimpa.</source>
        <translation>Another user changed this letter after you opened it. Your changes were not saved, so that theirs are not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="594" />
        <source>Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. Pilih «Tetap di sini» untuk menyalin isian Anda lebih dulu.</source>
        <translation>Choose «Reload» to show the newest version of the letter, then make your changes again. Choose «Stay here» to copy what you typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="599" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="600" />
        <source>Tetap di sini</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="603" />
        <source>Surat ini telah diubah oleh pengguna lain; muat ulang sebelum menyimpan.</source>
        <translation>Another user changed this letter; reload it before saving.</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="119" />
        <source>Pengaturan surat penerusan</source>
        <extracomment>The settings this dialog edits (the deadlines belong to the calendar dialog).</extracomment>
        <translation>Forwarding letter settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="126" />
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="127" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="128" />
        <source>Penandatangan dan tembusan</source>
        <translation>Signer and copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="129" />
        <source>Isi surat</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="136" />
        <source>&amp;Pratinjau surat contoh</source>
        <translation>&amp;Preview a sample letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="138" />
        <source>Cetak surat contoh dengan pengaturan di layar, sebelum disimpan; tidak mengambil nomor</source>
        <translation>Print a sample letter with the settings on screen, before saving; takes no number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="142" />
        <source>Pratinjau menampilkan surat contoh dengan pengaturan di layar.</source>
        <translation>The preview shows a sample letter with the settings on screen.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="181" />
        <source>Hanya administrator yang dapat mengubah pengaturan surat.</source>
        <translation>Only administrators may change the letter settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="200" />
        <source>satu baris per baris kop, mis. nama kementerian lalu unit</source>
        <translation>one letterhead line per line, e.g. the ministry then the unit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="206" />
        <source>Telepon …, Faksimile …, Laman …</source>
        <translation>Telephone …, Fax …, Website …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="208" />
        <source>mis. Jakarta</source>
        <translation>e.g. Jakarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="210" />
        <source>(logo bawaan)</source>
        <translation>(default logo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="215" />
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="217" />
        <source>Logo ba&amp;waan</source>
        <translation>De&amp;fault logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="228" />
        <source>Berkas PNG atau JPEG yang dapat dibuka dari setiap komputer yang mencetak (folder bersama).</source>
        <translation>A PNG or JPEG file every printing computer can open (a shared folder).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="240" />
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="242" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="244" />
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="246" />
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="248" />
        <source>&amp;Tempat surat:</source>
        <translation>&amp;Place of writing:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="257" />
        <source>mis. D-4</source>
        <translation>e.g. D-4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="259" />
        <source>mis. DM.04.00</source>
        <translation>e.g. DM.04.00</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="262" />
        <source>Isian pola: {code} kode keamanan menurut Sifat, {serial} nomor urut dalam tahun (tidak pernah berulang), {unit} kode unit, {classification} kode klasifikasi arsip, {month:02d} bulan dua digit, {year} tahun. {serial:03d} menulis nomor urut tiga digit (001).</source>
        <translation>Pattern fields: {code} security code by Sifat, {serial} serial within the year (never repeated), {unit} unit code, {classification} archive classification code, {month:02d} two-digit month, {year} year. {serial:03d} writes a three-digit serial (001).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="280" />
        <source>SR sangat rahasia, R rahasia, T terbatas, B biasa.</source>
        <translation>SR top secret, R secret, T restricted, B ordinary.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="293" />
        <source>&amp;Pola nomor:</source>
        <translation>Number &amp;pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="296" />
        <source>Kode &amp;unit:</source>
        <translation>&amp;Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="298" />
        <source>Kode k&amp;lasifikasi:</source>
        <translation>C&amp;lassification code:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="301" />
        <source>Kode &amp;keamanan:</source>
        <translation>Security &amp;codes:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="304" />
        <source>Contoh nomor:</source>
        <translation>Example number:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="311" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="313" />
        <source>18 digit; kosongkan bila penandatangan tidak ber-NIP</source>
        <translation>18 digits; leave empty when the signer has no NIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="315" />
        <source>satu jabatan per baris, tanpa «Yth.»</source>
        <translation>one position per line, without «Yth.»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="320" />
        <source>Tembusan juga kepada pengadu (Sdr. nama pengadu; «Pengadu» bila identitas dirahasiakan)</source>
        <translation>Copy also to the complainant (Sdr. name; «Pengadu» when the identity is confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="324" />
        <source>Tembusan dinomori otomatis pada surat, dengan urutan seperti di sini.</source>
        <translation>Copies are numbered automatically on the letter, in the order given here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="327" />
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="329" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="331" />
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="333" />
        <source>&amp;Tembusan:</source>
        <translation>&amp;Copies to:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="345" />
        <source>Isian</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="345" />
        <source>Dicetak sebagai</source>
        <translation>Prints as</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="361" />
        <source>S&amp;isipkan isian</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="363" />
        <source>Kembalikan ke &amp;bawaan</source>
        <translation>Restore the &amp;default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="365" />
        <source>Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)</source>
        <translation>Replace the text on screen with the default template (stored on Save)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="370" />
        <source>Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian di bawah untuk menyisipkannya di posisi kursor.</source>
        <translation>Paragraphs are separated by an empty line. Write $$ for a plain $ sign. Double-click a placeholder below to insert it at the cursor.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="464" />
        <source>Nomor berikutnya dengan Sifat lain: %1</source>
        <translation>Next numbers with another Sifat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="480" />
        <source>tanpa
logo</source>
        <translation>no
logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="481" />
        <source>Berkas tidak ditemukan atau bukan gambar</source>
        <translation>File not found or not an image</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="486" />
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="488" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="514" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="519" />
        <source>Surat contoh dengan pengaturan di layar (belum disimpan, tidak bernomor resmi).</source>
        <translation>Sample letter with the settings on screen (not saved, no official number).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="551" />
        <source>Pengaturan surat penerusan disimpan</source>
        <translation>Forwarding letter settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="562" />
        <source>Pengaturan belum disimpan: periksa isian yang ditandai merah.</source>
        <translation>Settings not saved: check the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>LoanDeskView</name>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="163" />
        <source>Pindai label berkas atau ketik kodenya, lalu tekan Enter.</source>
        <extracomment>Outcome kinds and their colours: (text, strong background for the flash, background that stays). Categories offered before any rule names one (LoanRule.borrower_category); those of the rules and of past loans are added (:func:`sipdumas.services.archive.loan_settings.borrower_categories`); free text allowed.</extracomment>
        <translation>Scan a file's label or type its code, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="174" />
        <source>Pindai atau ketik kode berkas, lalu Enter</source>
        <translation>Scan or type the file code, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="178" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="179" />
        <source>Cari teks</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="180" />
        <source>Cari berkas menurut kode, judul, klasifikasi atau perihal surat</source>
        <translation>Find files by code, title, classification or a letter's subject</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="182" />
        <source>Mode cepat</source>
        <translation>Quick mode</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="185" />
        <source>Berkas di tempat dipinjamkan langsung kepada peminjam yang terisi; berkas yang dipinjam ditawarkan untuk dikembalikan: pindai sekali lagi untuk menerimanya</source>
        <translation>A file in its place is lent at once to the borrower filled in; a file that is out is offered for return: scan it once more to take it back</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="189" />
        <source>Buka bon setelah meminjamkan</source>
        <translation>Open the slip after lending</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="191" />
        <source>Tampilkan bon peminjaman untuk dicetak setiap kali berkas dipinjamkan</source>
        <translation>Show the loan slip for printing each time a file is lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="223" />
        <source>Jadikan peminjam berikutnya</source>
        <translation>Make them the next borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="240" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="260" />
        <source>Judul:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="261" />
        <source>Lokasi:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="262" />
        <source>Klasifikasi:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="263" />
        <source>Surat:</source>
        <translation>Letters:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="264" />
        <source>Peminjam:</source>
        <translation>Borrower:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="265" />
        <source>Jatuh tempo:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="266" />
        <source>Antrean:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="279" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="283" />
        <source>mis. 0812-3456-7890 atau ext. 221</source>
        <translation>e.g. 0812-3456-7890 or ext. 221</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="288" />
        <source>Golongan peminjam untuk aturan masa pinjam (mis. pimpinan)</source>
        <translation>Borrower category for the loan-period rules (e.g. pimpinan)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="290" />
        <source>mis. bahan telaah, klarifikasi</source>
        <translation>e.g. review material, clarification</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="291" />
        <source>Peminjam baru (F9)</source>
        <translation>New borrower (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="294" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="295" />
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="296" />
        <source>Tele&amp;pon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="297" />
        <source>&amp;Golongan:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="298" />
        <source>&amp;Keperluan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="313" />
        <source>Pengembalian</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="326" />
        <source>mis. sampul sobek, dua lembar hilang</source>
        <translation>e.g. torn cover, two sheets missing</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="329" />
        <source>Kondisi:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="330" />
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="333" />
        <source>Pinjamkan (F2)</source>
        <translation>Lend (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="334" />
        <source>Kembalikan (F3)</source>
        <translation>Return (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="335" />
        <source>Perpanjang (F4)</source>
        <translation>Renew (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="336" />
        <source>Antrekan (F6)</source>
        <translation>Queue (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="337" />
        <source>Minta persetujuan (F7)</source>
        <translation>Request approval (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="338" />
        <source>Cetak bon (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="339" />
        <source>Riwayat berkas (F8)</source>
        <translation>File history (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="340" />
        <source>Persetujuan berkas rahasia…</source>
        <translation>Approvals for confidential files…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="341" />
        <source>Pinjamkan berkas ini kepada peminjam yang terisi</source>
        <translation>Lend this file to the borrower filled in</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="342" />
        <source>Terima kembali berkas ini dengan kondisi yang dipilih</source>
        <translation>Take this file back in the condition chosen</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="343" />
        <source>Perpanjang masa pinjam berkas ini</source>
        <translation>Extend the loan of this file</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="345" />
        <source>Catat permintaan peminjam yang terisi untuk berkas yang sedang dipinjam</source>
        <translation>Queue the filled-in borrower's request for a file that is out</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="347" />
        <source>Minta persetujuan atasan untuk meminjamkan berkas rahasia ini</source>
        <translation>Ask a supervisor's approval to lend this confidential file</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="348" />
        <source>Cetak atau simpan bon peminjaman berkas yang sedang dipinjam</source>
        <translation>Print or save the loan slip of the file that is out</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="478" />
        <source>Isi peminjam lalu tekan Minta persetujuan (F7).</source>
        <translation>Fill in the borrower, then press Request approval (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="492" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="502" />
        <source>RAHASIA</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="504" />
        <source>(tanpa judul)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="505" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="510" />
        <source>… dan %1 surat lain</source>
        <translation>… and %1 more letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="511" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="514" />
        <source>DIGABUNG ke %1</source>
        <translation>MERGED into %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="517" />
        <source>DI TEMPAT</source>
        <translation>IN PLACE</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="520" />
        <source>DIPINJAM</source>
        <translation>LENT</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="529" />
        <source>sejak %1, oleh petugas %2</source>
        <translation>since %1, issued by %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="533" />
        <location filename="../../ui/archive/loan_desk_view.py" line="881" />
        <source>keperluan: %1</source>
        <translation>purpose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="537" />
        <source>(diperpanjang %1 kali)</source>
        <translation>(renewed %1 times)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="547" />
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="612" />
        <source>%1 berkas cocok dengan teks itu: pilih di daftar di bawah.</source>
        <translation>%1 files match that text: pick one in the list below.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="627" />
        <source>Berkas %1 sudah digabung ke berkas %2: pindai atau pinjamkan berkas itu.</source>
        <translation>File %1 was merged into file %2: scan or lend that file.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="636" />
        <source>Berkas %1 ada di tempatnya.</source>
        <translation>File %1 is in its place.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="638" />
        <source>Berkas rahasia: peminjaman perlu persetujuan atasan (F7).</source>
        <translation>Confidential file: lending needs a supervisor's approval (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="640" />
        <source>Isi peminjam lalu tekan Pinjamkan (F2).</source>
        <translation>Fill in the borrower, then press Lend (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="645" />
        <source>Berkas %1 sedang dipinjam oleh %2 (%3), jatuh tempo %4.</source>
        <translation>File %1 is lent to %2 (%3), due %4.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="654" />
        <source>Pindai sekali lagi atau tekan Enter untuk menerimanya kembali (kondisi: %1).</source>
        <translation>Scan it once more or press Enter to take it back (condition: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="659" />
        <source>Kembalikan (F3), perpanjang (F4) atau antrekan (F6).</source>
        <translation>Return (F3), renew (F4) or queue (F6).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="677" />
        <source>%1 berkas cocok dengan «%2»: pilih di daftar di bawah.</source>
        <translation>%1 files match «%2»: pick one in the list below.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="683" />
        <source>Tidak ada berkas yang cocok dengan «%1»</source>
        <translation>No file matches «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="691" />
        <source>dipinjam</source>
        <translation>lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="691" />
        <source>di tempat</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="693" />
        <source>digabung ke %1</source>
        <translation>merged into %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="697" />
        <source>Berkas yang cocok dengan «%1»:</source>
        <translation>Files matching «%1»:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="825" />
        <source>Berkas %1 dipinjamkan kepada %2 (%3), kembali paling lambat %4. Cetak bon: Ctrl+P.</source>
        <translation>File %1 lent to %2 (%3), due back by %4. Print the slip: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="857" />
        <source>Berkas %1 diterima kembali dari %2, kondisi %3. Kembalikan ke %4.</source>
        <translation>File %1 received back from %2, condition %3. Put it back at %4.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="861" />
        <source>tempatnya</source>
        <translation>its place</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="875" />
        <source>Berikutnya dalam antrean: %1 (%2)</source>
        <translation>Next in the queue: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="879" />
        <source>menunggu sejak %1</source>
        <translation>waiting since %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="883" />
        <source>%1 orang dalam antrean</source>
        <translation>%1 people in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="908" />
        <source>Peminjaman berkas %1 oleh %2 diperpanjang sampai %3 (perpanjangan ke-%4).</source>
        <translation>Loan of file %1 to %2 renewed until %3 (renewal %4).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="932" />
        <source>Permintaan %1 (%2) atas berkas %3 dicatat: urutan ke-%4 dalam antrean.</source>
        <translation>Request of %1 (%2) for file %3 recorded: number %4 in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="956" />
        <source>Permohonan persetujuan nomor %1 untuk %2 atas berkas %3 dikirim ke atasan. Pindai berkas lagi setelah disetujui.</source>
        <translation>Approval request %1 for %2 to borrow file %3 sent to the supervisor. Scan the file again once it is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="974" />
        <source>Tidak ada peminjaman yang dapat dicetak bonnya: pindai berkas yang dipinjam.</source>
        <translation>No loan whose slip could be printed: scan a file that is out.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="986" />
        <source>Bon peminjaman</source>
        <translation>Loan slip</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="988" />
        <source>Satu lembar menggantikan berkas di tempatnya, satu dibawa peminjam.</source>
        <translation>One copy stands in the file's place, one goes with the borrower.</translation>
    </message>
</context>
<context>
    <name>LoanSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="84" />
        <source>Pengaturan peminjaman arsip</source>
        <extracomment>The problems of a new rule, all shown on the one line under the rule's fields.</extracomment>
        <translation>Archive lending settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="89" />
        <source>semua berkas</source>
        <translation>all files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="90" />
        <source>berkas rahasia</source>
        <translation>confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="91" />
        <source>berkas tidak rahasia</source>
        <translation>non-confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="96" />
        <location filename="../../ui/settings/loan_settings_dialog.py" line="187" />
        <source>Masa pinjam</source>
        <translation>Loan period</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="97" />
        <source>Surat pengingat</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="114" />
        <source>Hanya administrator yang dapat mengubah pengaturan peminjaman.</source>
        <translation>Only administrators can change the lending settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="131" />
        <source>Masa pinjam dan pengingat</source>
        <translation>Loan period and reminders</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="140" />
        <source>Masa pinjam &amp;bawaan:</source>
        <translation>&amp;Default loan period:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="141" />
        <source>hari kerja (libur nasional dan cuti bersama tidak dihitung)</source>
        <translation>working days (public holidays and collective leave not counted)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="146" />
        <source>Batas &amp;perpanjangan:</source>
        <translation>Renewal &amp;limit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="147" />
        <source>kali per peminjaman</source>
        <translation>times per loan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="158" />
        <source>pertama</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="158" />
        <source>kedua</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="158" />
        <source>ketiga</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="163" />
        <source>hari kerja terlambat</source>
        <translation>working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="165" />
        <source>Surat pe&amp;ngingat:</source>
        <translation>Re&amp;minder letters:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="172" />
        <source>Masa pinjam yang baru berlaku untuk peminjaman dan perpanjangan berikutnya; jatuh tempo yang sudah tercatat tidak berubah. Perubahan di bagian ini tersimpan setelah Simpan.</source>
        <translation>A new loan period applies to later loans and renewals; due dates already recorded do not change. Changes in this part are stored with Save.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="179" />
        <source>Aturan masa pinjam</source>
        <translation>Loan-period rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="183" />
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="184" />
        <source>Golongan peminjam</source>
        <translation>Borrower category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="185" />
        <source>Awalan klasifikasi</source>
        <translation>Classification prefix</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="186" />
        <source>Sifat berkas</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="200" />
        <source>semua golongan</source>
        <translation>any category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="203" />
        <source>mis. HK</source>
        <translation>e.g. HK</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="205" />
        <source>Berkas yang kode klasifikasinya diawali teks ini; kosong: semua kode</source>
        <translation>Files whose classification code starts with this text; empty: every code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="212" />
        <source>&amp;Tambah aturan</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="214" />
        <source>&amp;Hapus aturan terpilih</source>
        <translation>&amp;Delete selected rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="217" />
        <source>&amp;Golongan:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="219" />
        <source>&amp;Klasifikasi:</source>
        <translation>Classi&amp;fication:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="223" />
        <source>hari kerja</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="233" />
        <source>Aturan yang paling banyak menyebut hal yang cocok (golongan, klasifikasi, sifat) yang berlaku; bila sama banyak, yang paling atas. Aturan langsung tersimpan saat ditambah atau dihapus.</source>
        <translation>The rule naming the most matching things (category, classification, confidentiality) applies; on a tie, the one highest in the list. Rules are stored at once when added or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="254" />
        <source>Pengingat pertama</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="255" />
        <source>Pengingat kedua</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="256" />
        <source>Pengingat ketiga</source>
        <translation>Third reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="262" />
        <source>Kembalikan ke &amp;bawaan</source>
        <translation>Restore the &amp;default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="263" />
        <source>Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)</source>
        <translation>Replace the text on screen with the default template (stored on Save)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="275" />
        <source>Isian</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="275" />
        <source>Yang dicetak</source>
        <translation>What it prints</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="288" />
        <source>S&amp;isipkan isian</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="292" />
        <source>Surat dicetak dengan kop kantor, nomor, perihal, alamat peminjam dan tanda tangan; di sini isi suratnya. Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian untuk menyisipkannya di posisi kursor. Surat yang sudah dikirim tidak berubah.</source>
        <translation>The letter is printed with the office letterhead, number, subject, the borrower's address and the signature; here is its body. Separate paragraphs with one blank line. Write $$ for a plain $ sign. Double-click a placeholder to insert it at the cursor. Letters already sent do not change.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="329" />
        <source>semua</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="336" />
        <source>%1 hari kerja</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="403" />
        <source>Pengaturan peminjaman disimpan</source>
        <translation>Lending settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="430" />
        <source>Aturan nomor %1 ditambahkan</source>
        <translation>Rule number %1 added</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="447" />
        <source>Aturan nomor %1 dihapus</source>
        <translation>Rule number %1 deleted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="487" />
        <source>Pengaturan belum disimpan: periksa isian yang ditandai merah.</source>
        <translation>Settings not saved: check the fields marked in red.</translation>
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
        <location filename="../../ui/main_window.py" line="315" />
        <source>SIPDUMAS — Register Surat Masuk</source>
        <extracomment>Letters changed through this window (saved, moved, registered) or F5: views that show letters (e.g. Tugas saya) fetch theirs again. The user saved another database in the connection dialog and wants to switch to it now. What other modules installed into this window (scan intake, …), by name.</extracomment>
        <translation>SIPDUMAS — Incoming Letter Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;Register</source>
        <extracomment>The views of the client, one tab each; the register is always there (see :meth:`add_view`).</extracomment>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370" />
        <source>Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register.</source>
        <translation>No letters match the filter. Click «Clear filters» to see the whole register.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.</source>
        <translation>The register is empty. Press Ctrl+N to register the first letter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Surat &amp;baru…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395" />
        <source>Catat surat masuk baru (Ctrl+N)</source>
        <translation>Register a new incoming letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398" />
        <source>&amp;Ubah surat…</source>
        <translation>&amp;Edit letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401" />
        <source>Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)</source>
        <translation>Open the selected letter to view or edit it (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407" />
        <source>Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)</source>
        <translation>Record the next step: under review, forwarded, filed… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>Bandingkan &amp;duplikat…</source>
        <translation>Compare &amp;duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413" />
        <source>Bandingkan surat terpilih dengan surat asal yang diulangnya, lalu putuskan (Ctrl+D)</source>
        <translation>Compare the selected letter with the original it repeats, then decide (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416" />
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
        <source>Kelola akun pengguna: tambah, nonaktifkan, atur ulang kata sandi</source>
        <translation>Manage user accounts: add, deactivate, reset passwords</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>Ambil ulang register dari basis data (F5)</source>
        <translation>Fetch the register from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429" />
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>&amp;Basis data…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434" />
        <source>Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini</source>
        <translation>Choose the SQLite file or PostgreSQL server this computer uses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437" />
        <source>&amp;Tentang SIPDUMAS</source>
        <translation>&amp;About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449" />
        <source>&amp;Surat</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462" />
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490" />
        <source>Pengguna yang masuk; setiap perubahan dicatat atas nama ini</source>
        <translation>Signed-in user; every change is recorded under this name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500" />
        <source>SQLite lokal</source>
        <translation>Local SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501" />
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592" />
        <source>Tidak ada surat yang cocok dengan filter</source>
        <translation>No letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594" />
        <source>%1 surat cocok dengan filter</source>
        <translation>%1 letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="596" />
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="617" />
        <source>Gagal memuat</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620" />
        <source>Register tidak dapat dimuat</source>
        <translation>The register cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="623" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654" />
        <source>Surat %1 tercatat</source>
        <translation>Letter %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667" />
        <source>Membuka surat %1…</source>
        <translation>Opening letter %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688" />
        <source>Surat tidak dapat dibuka</source>
        <translation>The letter cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694" />
        <source>Perubahan surat %1 disimpan</source>
        <translation>Changes to letter %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716" />
        <source>Status surat %1: %2</source>
        <translation>Status of letter %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="746" />
        <source>dikonfirmasi duplikat</source>
        <translation>confirmed duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="747" />
        <source>bukan duplikat</source>
        <translation>not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750" />
        <source>Surat %1: %2 (%3)</source>
        <translation>Letter %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="806" />
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890" />
        <source>Tentang SIPDUMAS</source>
        <translation>About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="892" />
        <source>&lt;b&gt;SIPDUMAS&lt;/b&gt; — Sistem Informasi Pengaduan Masyarakat&lt;br&gt;Register surat pengaduan masyarakat: pencatatan, penelaahan, penerusan dan arsip.&lt;br&gt;&lt;br&gt;Basis data: %1</source>
        <translation>&lt;b&gt;SIPDUMAS&lt;/b&gt; — public complaint information system&lt;br&gt;Register of complaint letters: recording, review, forwarding and archive.&lt;br&gt;&lt;br&gt;Database: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="605" />
        <source>Gabungkan ke berkas %1</source>
        <translation>Merge into file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="609" />
        <source>Surat dari berkas berikut dipindahkan ke berkas %1. Berkas yang dikosongkan tetap ada dan labelnya menunjuk ke berkas ini.</source>
        <translation>The letters of the following files move into file %1. The emptied files remain and their labels point to this file.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="616" />
        <source>satu kode berkas per baris (pindai labelnya)</source>
        <translation>one file code per line (scan its label)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="626" />
        <source>Tulis atau pindai kode berkas yang digabungkan</source>
        <translation>Type or scan the codes of the files to merge</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="473" />
        <source>Pindahkan berkas %1</source>
        <translation>Move file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="474" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="477" />
        <source>Lokasi baru</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="483" />
        <source>Kode lokasi (label boks):</source>
        <translation>Location code (box label):</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="484" />
        <source>Gedung:</source>
        <translation>Building:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="485" />
        <source>Ruang:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="486" />
        <source>Rak:</source>
        <translation>Shelf:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="487" />
        <source>Boks:</source>
        <translation>Box:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="488" />
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="495" />
        <source>Sekarang:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="496" />
        <source>Pindahkan ke:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="536" />
        <source>Pilih lokasi tujuan</source>
        <translation>Choose where the file goes</translation>
    </message>
</context>
<context>
    <name>MyWorkModel</name>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="134" />
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="135" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="136" />
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="137" />
        <source>Tahap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="138" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="139" />
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="145" />
        <source>Instruksi pada lembar disposisi</source>
        <translation>Instructions on the disposition sheet</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="146" />
        <source>Tenggat yang sedang ditunggu surat: telaah, penerusan atau penyelesaian</source>
        <translation>The deadline the letter is waiting on: review, forwarding or settlement</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="147" />
        <source>Tanggal tenggat tahap itu (hari kerja kantor)</source>
        <translation>The due date of that step (office working days)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="148" />
        <source>Hari kerja lewat tenggat</source>
        <translation>Working days past the deadline</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="169" />
        <source>Disposisi dari %1</source>
        <translation>Disposed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="194" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="199" />
        <source>%1 · hari ini</source>
        <translation>%1 · today</translation>
    </message>
</context>
<context>
    <name>MyWorkView</name>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="222" />
        <source>Lihat daftar tugas analis lain (supervisor dan administrator)</source>
        <translation>See another analyst's work list (supervisors and administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="232" />
        <source>Analis:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="238" />
        <source>Paling mendesak di atas · Enter/klik ganda membuka surat · F5 memuat ulang</source>
        <translation>Most urgent first · Enter/double-click opens the letter · F5 reloads</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="255" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="259" />
        <source>Saya (%1)</source>
        <translation>Me (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="311" />
        <source>Tugas saya</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="311" />
        <source>Tugas %1</source>
        <translation>Work of %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="319" />
        <source>%1 surat, %2 terlambat</source>
        <translation>%1 letters, %2 late</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="325" />
        <source>Tidak ada surat</source>
        <translation>No letters</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="328" />
        <source>Tidak ada surat terbuka yang didisposisikan kepada Anda.</source>
        <translation>No open letters are disposed to you.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="330" />
        <source>Tidak ada surat terbuka yang didisposisikan kepada %1.</source>
        <translation>No open letters are disposed to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/my_work_view.py" line="343" />
        <source>Gagal memuat: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
</context>
<context>
    <name>OcrTextPane</name>
    <message>
        <location filename="../../ui/intake/view.py" line="512" />
        <source>Cari di teks surat… (Ctrl+F)</source>
        <translation>Search the letter's text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="521" />
        <source>&lt;b&gt;Teks hasil OCR&lt;/b&gt;</source>
        <translation>&lt;b&gt;OCR text&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="560" />
        <source>%1 ditemukan</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="563" />
        <source>tidak ditemukan</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="74" />
        <source>Kosongkan tanggal</source>
        <extracomment>The value a :class:`OptionalDateEdit` shows as "no date" (Qt's date edit cannot be empty).</extracomment>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="55" />
        <source>Kode berkas</source>
        <extracomment>(key, header, starting width)</extracomment>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="56" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="57" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="58" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="59" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="60" />
        <source>Dipinjam</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="61" />
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="62" />
        <source>Terlambat (hari kerja)</source>
        <translation>Overdue (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="63" />
        <source>Hari kalender</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="64" />
        <source>Pengingat terkirim</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="65" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="139" />
        <source>Keperluan: %1</source>
        <extracomment>Working days overdue from which a row is marked (the default third reminder threshold).</extracomment>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="142" />
        <source>Dipinjamkan oleh %1</source>
        <translation>Lent by %1</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="165" />
        <source>Keterlambatan dihitung sampai tanggal ini</source>
        <translation>Overdue days are counted up to this date</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="167" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="169" />
        <source>&amp;Kirim pengingat…</source>
        <translation>Send &amp;reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="172" />
        <source>Catat dan cetak surat pengingat yang jatuh tempo (pertama, kedua, ketiga; tiap tingkat sekali)</source>
        <translation>Record and print the reminder letters now due (first, second, third; each level once)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="179" />
        <source>Buku peminjaman: dipinjam sejak tanggal ini (kosong: sejak awal)</source>
        <translation>Loan register: lent from this date (empty: from the start)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="181" />
        <source>Buku peminjaman: dipinjam sampai tanggal ini (kosong: sampai hari ini)</source>
        <translation>Loan register: lent up to this date (empty: up to today)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="183" />
        <source>&amp;Ekspor buku peminjaman…</source>
        <translation>&amp;Export the loan register…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="184" />
        <source>Simpan buku peminjaman arsip sebagai Excel (xlsx) atau PDF</source>
        <translation>Save the archive's loan register as Excel (xlsx) or PDF</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="187" />
        <source>Per tanggal:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="192" />
        <source>Buku peminjaman, dipinjam:</source>
        <translation>Loan register, lent:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="194" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="252" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="265" />
        <source>%1 peminjaman terlambat per %2</source>
        <translation>%1 overdue loans as of %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="272" />
        <source>Tidak ada peminjaman terlambat per %1</source>
        <translation>No overdue loans as of %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="306" />
        <source>Simpan surat pengingat</source>
        <translation>Save the reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="323" />
        <source>Menyiapkan surat pengingat…</source>
        <translation>Preparing the reminder letters…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="333" />
        <source>Tidak ada surat pengingat yang jatuh tempo per %1; tidak ada yang dikirim.</source>
        <translation>No reminder letters due as of %1; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="341" />
        <source>%1 surat pengingat dicatat, tetapi PDF tidak dapat disimpan ke %2 (%3): simpan di tempat lain.</source>
        <translation>%1 reminder letters recorded, but the PDF could not be saved to %2 (%3): save it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="347" />
        <source>%1 surat pengingat dicatat dan disimpan ke %2</source>
        <translation>%1 reminder letters recorded and saved to %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="353" />
        <source>%1 · %2 · pengingat %3 · %4 hari kerja terlambat</source>
        <translation>%1 · %2 · %3 reminder · %4 working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="365" />
        <source>Surat pengingat</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="385" />
        <source>Ekspor buku peminjaman</source>
        <translation>Export the loan register</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="405" />
        <source>Buku peminjaman disimpan ke %1</source>
        <translation>Loan register saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/overdue_view.py" line="408" />
        <source>Mengekspor buku peminjaman…</source>
        <translation>Exporting the loan register…</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../ui/intake/view.py" line="237" />
        <source>Halaman sebelumnya (PgUp)</source>
        <extracomment>A value read with less confidence than this is marked for checking. Fields every letter has; when OCR found none of it, the empty field is marked too. The other fields (tembusan, NIK, phone, e-mail, address) are often genuinely absent, so their emptiness is no warning; the identity badge says when the sender cannot be reached. Longest side of a page as rendered for the screen (pixels): sharp at 100 % on a large monitor, and a 600 dpi scan does not cost hundreds of megabytes per page. The runner's lanes of this view's work beside the database lane. Where the focused field was read, drawn on the page: amber like the form when the value is unsure. The evidence on show: word boxes (page, left, top, width, height) in the pixels of the page image OCR read, those images' sizes per page, and whether the value is unsure (amber).</extracomment>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="238" />
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="242" />
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="246" />
        <source>Perbesar (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="247" />
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="247" />
        <source>Paskan lebar halaman (Ctrl+0)</source>
        <translation>Fit the page width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="249" />
        <source>⟳ Putar</source>
        <translation>⟳ Rotate</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="249" />
        <source>Putar 90° searah jarum jam (Ctrl+R)</source>
        <translation>Rotate 90° clockwise (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="384" />
        <source>Memuat halaman…</source>
        <translation>Loading page…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="425" />
        <source>Halaman tidak dapat ditampilkan: %1</source>
        <translation>The page cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="486" />
        <source>Hal. %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/common/paged_model.py" line="232" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="66" />
        <source>Menyiapkan pratinjau…</source>
        <extracomment>What the PDF holds, one line each (e.g. the reminders just sent), above the pages.</extracomment>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="68" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="69" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="70" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="89" />
        <source>%1 halaman</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="101" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="110" />
        <source>Dicetak.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="124" />
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>PeriodicReportDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="286" />
        <source>Laporan evaluasi berkala</source>
        <translation>Periodic evaluation report</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="290" />
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="290" />
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="290" />
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="299" />
        <source>Hari yang dipakai untuk menilai ketepatan waktu</source>
        <translation>The day timeliness is judged on</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="300" />
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="301" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="302" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="303" />
        <source>Dinilai per:</source>
        <translation>Judged as of:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="323" />
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="341" />
        <source>Laporan %1 (%2 surat) disimpan ke %3.</source>
        <translation>Report %1 (%2 letters) saved to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="347" />
        <source>Versi cetak: %1.</source>
        <translation>Printable version: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="183" />
        <source>Ekspor buku agenda surat masuk</source>
        <translation>Export the incoming-letter agenda book</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="191" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="196" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="199" />
        <source>Semua instansi</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="201" />
        <source>nama pengguna analis (kosong: semua)</source>
        <translation>analyst's user name (empty: all)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="202" />
        <source>Untuk instansi lain: tanpa identitas pengadu</source>
        <translation>For other agencies: without the complainants' identity</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="205" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="207" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="208" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="209" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="210" />
        <source>Instansi:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="211" />
        <source>Analis:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="246" />
        <source>Tanggal awal jatuh setelah tanggal akhir.</source>
        <translation>The start date falls after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="262" />
        <source>%1 surat disimpan ke %2.</source>
        <translation>%1 letters saved to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="267" />
        <source>Versi cetak: %1.</source>
        <translation>Printable version: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="189" />
        <source>Impor register lama</source>
        <extracomment>The field names the core's rejection reasons start with ("nik: NIK harus 16 digit angka"), by field key. Starting widths (pixels) of the preview's columns; other fields get 130.</extracomment>
        <translation>Import a legacy register</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="206" />
        <source>1  Berkas</source>
        <translation>1  File</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="207" />
        <source>2  Pemetaan kolom</source>
        <translation>2  Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="208" />
        <source>3  Pratinjau</source>
        <translation>3  Preview</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="209" />
        <source>4  Impor</source>
        <translation>4  Import</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="218" />
        <source>« &amp;Kembali</source>
        <translation>« &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="220" />
        <location filename="../../ui/register/import_dialog.py" line="443" />
        <source>&amp;Lanjut »</source>
        <translation>&amp;Next »</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="223" />
        <location filename="../../ui/register/import_dialog.py" line="451" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="255" />
        <source>Pilih register lama (buku agenda) dari kantor atau unit: buku kerja Excel (.xlsx), CSV atau JSON Lines (.jsonl). Baris pertama berisi judul kolom. Tidak ada yang disimpan sebelum langkah terakhir; baris yang sudah pernah diimpor tidak diimpor lagi.</source>
        <translation>Choose a legacy register (buku agenda) of an office or unit: an Excel workbook (.xlsx), CSV or JSON Lines (.jsonl). The first row holds the column headings. Nothing is stored before the last step; rows imported before are not imported again.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="262" />
        <source>Seret berkas register ke sini
(.xlsx, .csv, .jsonl)</source>
        <translation>Drop a register file here
(.xlsx, .csv, .jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="268" />
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="270" />
        <location filename="../../ui/register/import_dialog.py" line="543" />
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="290" />
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="290" />
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="290" />
        <source>Kolom register</source>
        <translation>Register field</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="324" />
        <location filename="../../ui/register/import_dialog.py" line="371" />
        <source>&amp;Simpan daftar ditolak…</source>
        <extracomment>The rejected rows of the import, shown once it is done.</extracomment>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="364" />
        <source>%v / %m baris</source>
        <translation>%v / %m rows</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="406" />
        <location filename="../../ui/register/import_dialog.py" line="693" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="406" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="440" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="449" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="483" />
        <source>Pilih register lama</source>
        <translation>Choose a legacy register</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="485" />
        <source>Register lama (*.xlsx *.csv *.jsonl);;Semua berkas (*)</source>
        <translation>Legacy register (*.xlsx *.csv *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="517" />
        <source>Membaca judul kolom %1…</source>
        <translation>Reading the column headings of %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="534" />
        <source>%1: %2 kolom</source>
        <translation>%1: %2 columns</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="545" />
        <location filename="../../ui/register/import_dialog.py" line="771" />
        <source>Berkas «%1» tidak dapat dibaca: %2</source>
        <translation>The file «%1» cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="563" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="568" />
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="579" />
        <source>%1 · %2 kolom. Pemetaan yang tersimpan untuk sumber ini (judul kolom yang sama) dipakai; ubah bila perlu.</source>
        <translation>%1 · %2 columns. The mapping saved for this source (the same column headings) is used; change it if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="584" />
        <source>%1 · %2 kolom. Pemetaan ditebak dari judul kolom: periksa setiap kolom. Kolom yang diabaikan tidak diimpor.</source>
        <translation>%1 · %2 columns. The mapping was guessed from the column headings: check every column. Ignored columns are not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="626" />
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="628" />
        <source>%1 ✗ belum dipetakan</source>
        <translation>%1 ✗ not mapped yet</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="630" />
        <source>Kolom wajib (*): %1</source>
        <translation>Required fields (*): %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="656" />
        <source>Memeriksa seluruh berkas %1…</source>
        <translation>Checking the whole file %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="660" />
        <source>&lt;b&gt;Baris yang akan ditolak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rows that would be rejected&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="664" />
        <source>Membaca baris pertama…</source>
        <translation>Reading the first rows…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="693" />
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="698" />
        <source>✗ ditolak: %1</source>
        <translation>✗ rejected: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="701" />
        <source>↺ sudah ada, dilewati</source>
        <translation>↺ already there, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="704" />
        <source>✓ akan diimpor</source>
        <translation>✓ will be imported</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="723" />
        <source>&lt;b&gt;%1 baris pertama sebagaimana akan disimpan&lt;/b&gt; (baris yang ditolak: abu-abu, sebagaimana terbaca)</source>
        <translation>&lt;b&gt;The first %1 rows as they will be stored&lt;/b&gt; (rejected rows: grey, as read)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="729" />
        <source>Pratinjau tidak dapat dibaca.</source>
        <translation>The preview cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="741" />
        <source>(nomor baru)</source>
        <translation>(new number)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="757" />
        <source>Memeriksa seluruh berkas %1… %2 baris diperiksa</source>
        <translation>Checking the whole file %1… %2 rows checked</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="768" />
        <source>Berkas tidak dapat diimpor.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="780" />
        <source>%1 baris diperiksa: %2 akan diimpor · %3 ditolak · %4 sudah pernah diimpor (dilewati).</source>
        <translation>%1 rows checked: %2 would be imported · %3 rejected · %4 imported before (skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="789" />
        <source>Tidak ada baris baru: berkas ini sudah pernah diimpor.</source>
        <translation>No new rows: this file was imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="791" />
        <source>Berkas tidak berisi baris data.</source>
        <translation>The file holds no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="800" />
        <source>&lt;b&gt;Tidak ada baris yang ditolak.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No rows are rejected.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="803" />
        <source>&lt;b&gt;%1 baris ditolak&lt;/b&gt; (%2 yang pertama dicantumkan)</source>
        <translation>&lt;b&gt;%1 rows rejected&lt;/b&gt; (the first %2 listed)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="807" />
        <source>&lt;b&gt;%1 baris ditolak&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 rows rejected&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="838" />
        <source>Simpan daftar baris ditolak</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="840" />
        <source>Buku kerja Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="849" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="854" />
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="855" />
        <source>Tidak dapat disimpan: %1</source>
        <translation>Cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="870" />
        <source>Mengimpor %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="894" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Membatalkan… tidak ada baris yang disimpan.</source>
        <translation>Cancelling… no rows are stored.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="904" />
        <source>Mengimpor %1… %2 baris dibaca, %3 surat baru sejauh ini</source>
        <translation>Importing %1… %2 rows read, %3 new letters so far</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="916" />
        <source>%1 surat dari bagian sebelumnya sudah tersimpan; impor berkas ini lagi untuk melanjutkan (yang sudah tersimpan dilewati).</source>
        <translation>%1 letters from the parts before are stored; import this file again to continue (what is stored is skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="921" />
        <source>Impor dibatalkan: tidak ada baris yang disimpan, register tetap seperti semula.</source>
        <translation>Import cancelled: no rows were stored, the register is as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="924" />
        <source>Impor dibatalkan.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="927" />
        <source>Impor terhenti.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="929" />
        <source>Impor gagal: tidak ada baris yang disimpan.</source>
        <translation>Import failed: no rows were stored.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="935" />
        <source>Impor selesai: %1 surat baru diimpor, %2 baris ditolak, %3 baris dilewati karena sudah pernah diimpor.</source>
        <translation>Import done: %1 new letters imported, %2 rows rejected, %3 rows skipped as imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="944" />
        <source>Tidak ada yang baru: register tidak berubah.</source>
        <translation>Nothing new: the register is unchanged.</translation>
    </message>
</context>
<context>
    <name>RegisterImportIntegration</name>
    <message>
        <location filename="../../ui/register/import_integration.py" line="49" />
        <source>Impor &amp;register lama…</source>
        <translation>Import legacy &amp;register…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_integration.py" line="52" />
        <source>Impor buku agenda lama dari Excel, CSV atau JSONL: petakan kolom, periksa, lalu impor (Ctrl+Shift+I)</source>
        <translation>Import an old buku agenda from Excel, CSV or JSONL: map the columns, check, then import (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_integration.py" line="91" />
        <source>Register lama %1: %2 surat diimpor, %3 ditolak, %4 sudah ada</source>
        <translation>Legacy register %1: %2 letters imported, %3 rejected, %4 already there</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register/model.py" line="216" />
        <source>No. agenda</source>
        <extracomment>Pages kept in memory; older ones are dropped and fetched again if the user scrolls back. Page requests waiting for the worker; when the user flings the scrollbar, older wishes are dropped. The row's :class:`LetterDeadlines` (None while not fetched). Duplicate flag not reviewed yet (needs the analyst's eye), confirmed, and letters only related. Deadlines of the letters in memory, by letter id (kept and dropped with their pages). The deadline lengths (for the tooltips), fetched with each first page.</extracomment>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="217" />
        <source>Tgl diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="218" />
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="219" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="220" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="221" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="222" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="223" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="224" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="225" />
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="226" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="231" />
        <source>Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat</source>
        <translation>This office is only a carbon-copy recipient, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="233" />
        <source>Identitas lengkap: ada nama pengirim dan paling sedikit satu cara menghubunginya</source>
        <translation>Identity complete: the sender's name and at least one way to reach them</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="236" />
        <source>↺ kemungkinan pengiriman ulang surat lain (kemiripan); ✓ dikonfirmasi analis; abu-abu: ditolak analis. ⇄ surat terkait: hal yang sama dari pengirim lain. Ctrl+D membandingkan.</source>
        <translation>↺ possibly a re-sent copy of another letter (similarity); ✓ confirmed by an analyst; grey: rejected by an analyst. ⇄ related letters: the same matter from other senders. Ctrl+D compares.</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="239" />
        <source>Kode pada label berkas fisik (barcode)</source>
        <translation>Code on the physical file's label (barcode)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="241" />
        <source>Tenggat tahap yang sedang ditunggu surat (telaah, penerusan, penyelesaian), dalam hari kerja; merah: lewat tenggat, dengan jumlah hari kerja keterlambatannya</source>
        <translation>Deadline of the step the letter is waiting on (review, forwarding, settlement), in working days; red: past the deadline, with the working days late</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="244" />
        <source>Tidak dapat diurutkan</source>
        <translation>Cannot be sorted</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="321" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="329" />
        <source>✓ tembusan</source>
        <translation>✓ carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="331" />
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="331" />
        <source>✗ kurang</source>
        <translation>✗ missing</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="343" />
        <source>⇄ %1 terkait</source>
        <translation>⇄ %1 related</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="359" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="369" />
        <source>%1 surat lain tentang hal yang sama dari pengirim lain (bukan duplikat)</source>
        <translation>%1 other letters about the same matter from other senders (not duplicates)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="374" />
        <source>Dikonfirmasi analis: pengiriman ulang surat %1</source>
        <translation>Confirmed by an analyst: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="375" />
        <source>Ditolak analis: bukan pengiriman ulang surat %1</source>
        <translation>Rejected by an analyst: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="377" />
        <source>Kemungkinan pengiriman ulang surat %1 (belum ditelaah)</source>
        <translation>Possibly a re-sent copy of letter %1 (not yet reviewed)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="381" />
        <source>Ctrl+D: bandingkan kedua surat</source>
        <translation>Ctrl+D: compare both letters</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="154" />
        <source>Telaah surat %s</source>
        <translation>Review of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="159" />
        <source>id surat, dipisah koma</source>
        <translation>letter ids, comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="161" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="169" />
        <source>Pokok permasalahan</source>
        <translation>Core problem</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="170" />
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="171" />
        <source>Surat terkait</source>
        <translation>Related letters</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="172" />
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="173" />
        <source>Catatan rekomendasi</source>
        <translation>Recommendation note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="187" />
        <source>Peran Anda tidak berwenang menelaah surat.</source>
        <translation>Your role may not review letters.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="207" />
        <source>Terakhir ditulis oleh %s</source>
        <translation>Last written by %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="215" />
        <source>Surat terkait: tulis id surat (angka) dipisah koma.</source>
        <translation>Related letters: write letter ids (numbers), comma-separated.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29" />
        <source>Analis</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30" />
        <source>Arsiparis</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31" />
        <source>Staf administrasi</source>
        <translation>Administrative staff</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SaveCloseRow</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="141" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="144" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScanFolderDialog</name>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="77" />
        <source>Folder pindaian</source>
        <extracomment>Seconds between two looks at the folder. A file must be unchanged this long before it is taken (the scanner may still be writing it). Seconds :meth:`ScanWatcher.stop` waits for a poll in progress.</extracomment>
        <translation>Scan folder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="81" />
        <source>Pindaian yang disimpan pemindai di folder ini didaftarkan otomatis begitu berkasnya selesai ditulis, lalu dipindah ke subfolder processed/ (atau failed/ beserta alasannya). Berkas yang isinya sudah terdaftar tidak didaftarkan dua kali.</source>
        <translation>Scans the scanner saves in this folder are registered automatically once the file is completely written, then moved to the processed/ subfolder (or failed/ with the reason). A file whose content is already registered is not registered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="89" />
        <source>mis. D:\Pindaian\Masuk</source>
        <translation>e.g. D:\Scans\Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="90" />
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="92" />
        <source>&amp;Pantau folder ini</source>
        <translation>&amp;Watch this folder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="103" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="104" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="116" />
        <source>Folder keluaran pemindai</source>
        <translation>Scanner output folder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="128" />
        <source>Folder tidak ditemukan: %1</source>
        <translation>Folder not found: %1</translation>
    </message>
</context>
<context>
    <name>ScanImportDialog</name>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="102" />
        <source>Impor pindaian</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="111" />
        <source>Seret berkas pindaian ke sini
(PNG, JPEG, TIFF, PDF, TXT, EML; boleh satu folder)</source>
        <translation>Drag scan files here
(PNG, JPEG, TIFF, PDF, TXT, EML; a folder is fine too)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="119" />
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="121" />
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="124" />
        <source>%v / %m halaman</source>
        <translation>%v / %m pages</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="128" />
        <source>&lt;b&gt;Tidak terbaca:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unreadable:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="133" />
        <location filename="../../ui/intake/scan_import_dialog.py" line="197" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="135" />
        <source>P&amp;eriksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="159" />
        <source>Pilih berkas pindaian</source>
        <translation>Choose scan files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="201" />
        <source>Membaca %1 berkas…</source>
        <translation>Reading %1 files…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="223" />
        <source>Berkas %1 dari %2 selesai · sedang membaca %3</source>
        <translation>File %1 of %2 done · reading %3</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="239" />
        <source>Pembacaan berhenti: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="250" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="254" />
        <source>Dibatalkan: %1 dari %2 berkas sudah terbaca.</source>
        <translation>Cancelled: %1 of %2 files were read.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="256" />
        <source>Selesai: %1 dari %2 berkas terbaca; yang tidak terbaca tercantum di bawah.</source>
        <translation>Done: %1 of %2 files read; the unreadable ones are listed below.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="258" />
        <source>Selesai: %1 dari %2 berkas terbaca.</source>
        <translation>Done: %1 of %2 files read.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="260" />
        <source>P&amp;eriksa %1 surat</source>
        <translation>C&amp;heck %1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="270" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SettingsIntegration</name>
    <message>
        <location filename="../../ui/settings/integration.py" line="37" />
        <source>&amp;Instansi dan aturan penerusan…</source>
        <translation>&amp;Agencies and routing rules…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="39" />
        <source>Kelola instansi tujuan penerusan dan aturan yang menyarankan instansi untuk tiap surat</source>
        <translation>Manage the agencies letters are forwarded to and the rules that suggest one for each letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="41" />
        <source>Pengaturan &amp;surat penerusan…</source>
        <translation>Forwarding &amp;letter settings…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="44" />
        <source>Kop surat, pola nomor, penandatangan, tembusan dan isi surat penerusan, dengan pratinjau</source>
        <translation>Letterhead, number pattern, signer, copies and body of forwarding letters, with a preview</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="47" />
        <source>&amp;Tenggat dan hari kerja…</source>
        <translation>&amp;Deadlines and working days…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="49" />
        <source>Tenggat penelaahan, penerusan dan penyelesaian; hari libur kantor</source>
        <translation>Review, forwarding and settlement deadlines; office days off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="51" />
        <source>&amp;Peminjaman arsip…</source>
        <translation>Archive &amp;lending…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="53" />
        <source>Masa pinjam, batas perpanjangan, aturan per golongan dan jenis berkas, surat pengingat</source>
        <translation>Loan period, renewal limit, rules per borrower category and kind of file, reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="66" />
        <source>Pe&amp;ngaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="640" />
        <source>Pisahkan surat dari berkas %1</source>
        <translation>Split letters off file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="651" />
        <source>Judul berkas baru:</source>
        <translation>Title of the new file:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="653" />
        <source>Surat yang dipindahkan ke berkas baru:</source>
        <translation>Letters that move to the new file:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="16" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="17" />
        <source>Ditelaah</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="18" />
        <source>Diteruskan</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="19" />
        <source>Klarifikasi</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="20" />
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="21" />
        <source>Diarsipkan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="22" />
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="23" />
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="44" />
        <source>Ubah status surat %1</source>
        <translation>Change status of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="50" />
        <source>alasan atau keterangan, mis. diteruskan ke Pemkot Medan</source>
        <translation>reason or remark, e.g. forwarded to Medan city government</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="58" />
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="59" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="63" />
        <source>Perihal:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="64" />
        <source>Status sekarang:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="65" />
        <source>Status &amp;baru:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="66" />
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="82" />
        <source>Surat ini sudah selesai; statusnya tidak dapat diubah lagi.</source>
        <translation>This letter is closed; its status cannot change any more.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="85" />
        <source>Langkah berikutnya surat ini bukan wewenang peran Anda (mis. menutup pengaduan).</source>
        <translation>The next step of this letter is not one your role may take (e.g. closing a complaint).</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="114" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu pilih lagi status barunya.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then choose the new status again.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="68" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="73" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="73" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="73" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="73" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="82" />
        <location filename="../../ui/settings/users_dialog.py" line="188" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="84" />
        <source>Atur &amp;ulang kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="91" />
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="93" />
        <source>tanpa spasi, mis. budi.santoso</source>
        <translation>no spaces, e.g. budi.santoso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="101" />
        <source>paling sedikit %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="105" />
        <source>&amp;Tambah akun</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="108" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="109" />
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="110" />
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="111" />
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="112" />
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="117" />
        <source>Basis data ini belum memiliki akun; Anda bekerja sebagai administrator lokal. Setelah akun pertama dibuat, setiap orang harus masuk dengan akunnya dan administrator lokal tidak berlaku lagi: buatlah akun Administrator lebih dulu.</source>
        <translation>This database has no accounts yet; you are working as the local administrator. Once the first account exists, everyone must sign in with an account and the local administrator no longer applies: create an Administrator account first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="128" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="160" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="160" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="188" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="198" />
        <source>Nama pengguna wajib diisi</source>
        <translation>A user name is required</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="200" />
        <source>Nama pengguna tidak boleh memuat spasi</source>
        <translation>The user name may not contain spaces</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="212" />
        <source>Akun %1 dibuat</source>
        <translation>Account %1 created</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="220" />
        <source>Akun %1 diaktifkan</source>
        <translation>Account %1 activated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="220" />
        <source>Akun %1 dinonaktifkan</source>
        <translation>Account %1 deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="232" />
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="233" />
        <source>Kata sandi baru untuk %1 (paling sedikit %2 karakter):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="244" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="250" />
        <source>Kata sandi %1 diganti</source>
        <translation>Password of %1 changed</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="441" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_OutputDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="61" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="63" />
        <source>Cetak juga sebagai PDF (di samping berkas xlsx)</source>
        <translation>Also print as PDF (beside the xlsx file)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="68" />
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="72" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="94" />
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="109" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="117" />
        <source>Pilih berkas tujuan.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="123" />
        <source>Folder %1 tidak ada.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="144" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
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
        <location filename="../../ui/workflow/forwarding_view.py" line="568" />
        <source>Tidak dapat diproses</source>
        <translation>Cannot be processed</translation>
    </message>
</context>
</TS>