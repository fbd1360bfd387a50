<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="54" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="56" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="78" />
        <source>Instansi dan aturan penerusan</source>
        <translation>Agencies and routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="81" />
        <source>salah satu kata</source>
        <translation>any of the words</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="82" />
        <source>semua kata</source>
        <translation>all of the words</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="83" />
        <source>frasa persis</source>
        <translation>exact phrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="84" />
        <source>pola teks (ekspresi reguler)</source>
        <translation>text pattern (regular expression)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="85" />
        <source>kata mirip, tahan salah OCR</source>
        <translation>similar words, tolerates OCR slips</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="88" />
        <source>Cocok bila satu saja dari kata-kata pola ada dalam surat</source>
        <translation>Matches when any one of the pattern's words is in the letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="89" />
        <source>Cocok bila semua kata pola ada dalam surat, di mana pun letaknya</source>
        <translation>Matches when all of the pattern's words are in the letter, wherever they are</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="90" />
        <source>Cocok bila kata-kata pola ada dalam surat persis berurutan</source>
        <translation>Matches when the pattern's words are in the letter exactly in that order</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="91" />
        <source>Ekspresi reguler, untuk pola yang rumit (mis. nomor dengan format tertentu)</source>
        <translation>A regular expression, for complex patterns (e.g. numbers in a given format)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="93" />
        <source>Seperti «semua kata», tetapi kata yang sedikit berbeda (salah baca OCR) tetap cocok</source>
        <translation>Like «all of the words», but slightly different words (OCR misreadings) still match</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="97" />
        <source>isi surat</source>
        <translation>letter text</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="98" />
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="99" />
        <source>wilayah pengadu</source>
        <translation>complainant's region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="116" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="128" />
        <source>Peran Anda hanya dapat melihat daftar instansi dan aturannya.</source>
        <translation>Your role may only view the agencies and their rules.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="142" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="143" />
        <location filename="../../ui/settings/agencies_dialog.py" line="356" />
        <source>Instansi terpilih</source>
        <translation>Selected agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="148" />
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="149" />
        <source>Yth. (jabatan penerima)</source>
        <translation>Yth. (addressee's position)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="150" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="151" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="163" />
        <source>Tampilkan instansi nonaktif</source>
        <translation>Show inactive agencies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="167" />
        <source>mis. Pemerintah Kota Medan</source>
        <translation>e.g. Pemerintah Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="170" />
        <source>baris «Yth.», mis. Wali Kota Medan</source>
        <translation>the «Yth.» line, e.g. Wali Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="173" />
        <source>satu baris alamat per baris</source>
        <translation>one address line per line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="178" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="180" />
        <source>&amp;Yth.:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="182" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="185" />
        <source>Instansi &amp;baru</source>
        <translation>&amp;New agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="187" />
        <source>&amp;Simpan instansi</source>
        <translation>&amp;Save agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="189" />
        <location filename="../../ui/settings/agencies_dialog.py" line="559" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="198" />
        <source>Nama persis seperti dicetak pada surat; «Yth.» adalah jabatan penerima (tanpa «Yth.»).</source>
        <translation>The name exactly as printed on letters; «Yth.» is the addressee's position (without «Yth.»).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="214" />
        <source>Aturan penerusan</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="218" />
        <source>Surat yang cocok dengan aturan instansi ini akan menyarankan instansi ini saat diteruskan; bobot aturan yang cocok dijumlahkan, ditambah saran dari surat yang dulu diteruskan.</source>
        <translation>Letters matching this agency's rules suggest this agency when forwarded; the weights of the matching rules are added up, plus what was learned from letters forwarded before.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="227" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="227" />
        <source>Bagian surat</source>
        <translation>Part of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="227" />
        <source>Pola</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="227" />
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="227" />
        <source>Uji</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="236" />
        <source>&amp;Hapus aturan</source>
        <translation>&amp;Delete rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="247" />
        <source>kata-kata, frasa, atau ekspresi reguler</source>
        <translation>words, a phrase or a regular expression</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="254" />
        <source>&amp;Tambah aturan</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="262" />
        <source>pada</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="264" />
        <source>bobot</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="270" />
        <source>&amp;Jenis aturan:</source>
        <translation>Rule &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="271" />
        <source>&amp;Pola:</source>
        <translation>&amp;Pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="275" />
        <source>ketik kalimat dari surat, mis. «bantuan PKH tidak cair»</source>
        <translation>type a sentence from a letter, e.g. «bantuan PKH tidak cair»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="285" />
        <source>&amp;Uji teks:</source>
        <translation>&amp;Test text:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="330" />
        <source>(Pimpinan %1)</source>
        <translation>(Head of %1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="332" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="332" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="356" />
        <source>Instansi baru</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="358" />
        <source>Aturan penerusan (pilih instansi)</source>
        <translation>Routing rules (choose an agency)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="365" />
        <source>Aturan penerusan: %1</source>
        <translation>Routing rules: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="384" />
        <source>Instansi %1 disimpan</source>
        <translation>Agency %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="403" />
        <source>Instansi %1 diaktifkan</source>
        <translation>Agency %1 activated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="403" />
        <source>Instansi %1 dinonaktifkan</source>
        <translation>Agency %1 deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="483" />
        <source>Aturan «%1» ditambahkan</source>
        <translation>Rule «%1» added</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="510" />
        <source>Aturan «%1» dihapus</source>
        <translation>Rule «%1» deleted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="529" />
        <source>✓ cocok</source>
        <translation>✓ match</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="537" />
        <source>Instansi ini belum memiliki aturan.</source>
        <translation>This agency has no rules yet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="541" />
        <source>Cocok dengan %1 dari %2 aturan (skor +%3).</source>
        <translation>Matches %1 of %2 rules (score +%3).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/agencies_dialog.py" line="559" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="44" />
        <source>Persetujuan peminjaman berkas rahasia</source>
        <translation>Approvals to lend confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="49" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="50" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="51" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="52" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="53" />
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="54" />
        <source>Diminta oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="63" />
        <source>Tidak ada permohonan yang menunggu.</source>
        <translation>No requests are waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="67" />
        <source>Catatan keputusan (opsional), mis. hanya dibaca di ruang arsip</source>
        <translation>Note on the decision (optional), e.g. to be read in the archive room only</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="72" />
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="73" />
        <source>T&amp;olak</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="74" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="75" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="144" />
        <source>Disetujui: %1 boleh meminjam berkas %2</source>
        <translation>Approved: %1 may borrow file %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/approvals_dialog.py" line="146" />
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
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="45" />
        <source>Belum pernah ada cadangan</source>
        <extracomment>How often an administrator's client looks whether the daily backup is due (milliseconds). The first look, a little after the client opened, so start-up is not slowed.</extracomment>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="48" />
        <source>Cadangan terakhir %1: berhasil</source>
        <translation>Last backup %1: succeeded</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="51" />
        <source>Cadangan terakhir %1: GAGAL (%2)</source>
        <translation>Last backup %1: FAILED (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="66" />
        <source>Cadangan dan jejak audit</source>
        <translation>Backups and audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="69" />
        <source>Cadangan harian</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="70" />
        <source>Cadangkan &amp;setiap hari</source>
        <translation>Back up &amp;every day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="72" />
        <source>folder tujuan, sebaiknya di komputer atau diska lain</source>
        <translation>target folder, preferably on another computer or disk</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="73" />
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="81" />
        <source> cadangan terakhir</source>
        <translation> latest backups</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="84" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="85" />
        <source>Si&amp;mpan:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="86" />
        <location filename="../../ui/settings/backup_dialog.py" line="103" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="88" />
        <source>Terakhir:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="93" />
        <source>Simpan &amp;jadwal</source>
        <translation>Save &amp;schedule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="95" />
        <source>Cadangkan &amp;sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="102" />
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="108" />
        <source>Catat atau cetak sidik ini; bila kelak 'sipdumas audit verify --expect SIDIK' gagal, jejak audit telah diubah sejak sidik ini dicatat</source>
        <translation>Note or print this hash; if 'sipdumas audit verify --expect HASH' later fails, the audit trail was changed after it was noted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="114" />
        <source>&amp;Periksa keutuhan</source>
        <translation>&amp;Check integrity</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="151" />
        <source>%1 entri; sidik terakhir (SHA-256):
%2</source>
        <translation>%1 entries; latest hash (SHA-256):
%2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="167" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="221" />
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="227" />
        <source>Utuh: %1 entri, semua mata rantai cocok</source>
        <translation>Intact: %1 entries, every link matches</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_dialog.py" line="233" />
        <source>TIDAK UTUH: %1 masalah. %2</source>
        <translation>NOT INTACT: %1 problems. %2</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="172" />
        <source>%1: %2 surat</source>
        <extracomment>From this width (pixels) the counters stand in one row and the lower charts side by side.</extracomment>
        <translation>%1: %2 letters</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="175" />
        <source>Klik untuk membuka suratnya di register</source>
        <translation>Click to open these letters in the register</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="504" />
        <source>Cetak surat penerusan (%d surat)</source>
        <translation>Print forwarding letters (%d letters)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="508" />
        <source>Instansi yang disarankan untuk tiap surat</source>
        <translation>Suggested agency for each letter</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="512" />
        <source>Rahasiakan identitas pengadu</source>
        <translation>Keep the complainant's identity confidential</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="514" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="515" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="521" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="522" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="597" />
        <source>sedang diproses…</source>
        <translation>in progress…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="631" />
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="647" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="648" />
        <source>%d surat dicetak, %d gagal</source>
        <translation>%d letters printed, %d failed</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="650" />
        <source> (dibatalkan)</source>
        <translation> (cancelled)</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="83" />
        <source>Tenggat dan hari kerja</source>
        <translation>Deadlines and working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="86" />
        <source>Libur nasional</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="87" />
        <source>Libur kantor</source>
        <translation>Office day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="88" />
        <source>Hari kerja khusus</source>
        <translation>Exceptional working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="96" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="107" />
        <source>Hanya administrator yang dapat mengubah tenggat dan kalender kerja.</source>
        <translation>Only administrators may change the deadlines and the working calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="123" />
        <source>Tenggat (hari kerja)</source>
        <translation>Deadlines (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="130" />
        <source>&amp;Simpan tenggat</source>
        <translation>&amp;Save deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="140" />
        <source>&amp;Penelaahan:</source>
        <translation>&amp;Review:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="141" />
        <location filename="../../ui/settings/calendar_dialog.py" line="147" />
        <source>hari kerja sejak surat diterima</source>
        <translation>working days from the date received</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="146" />
        <source>Pene&amp;rusan:</source>
        <translation>Fo&amp;rwarding:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="152" />
        <source>Penyelesaian &amp;oleh instansi:</source>
        <translation>Settlement &amp;by the agency:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="153" />
        <source>hari kerja sejak surat diteruskan</source>
        <translation>working days from the forwarding</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="183" />
        <source>Kalender kerja kantor</source>
        <translation>Office working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="186" />
        <source>Tahun sebelumnya</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="193" />
        <source>Tahun berikutnya</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="200" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="208" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="208" />
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="208" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="208" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="219" />
        <source>mis. Cuti bersama Idul Fitri</source>
        <translation>e.g. Cuti bersama Idul Fitri</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="221" />
        <source>Tambah hari &amp;libur kantor</source>
        <translation>Add an office &amp;day off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="224" />
        <source>Tambah hari &amp;kerja khusus</source>
        <translation>Add an exceptional &amp;working day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="226" />
        <source>Tanggal yang biasanya libur (Sabtu, Minggu, libur nasional) tetapi kantor bekerja</source>
        <translation>A date usually off (Saturday, Sunday, public holiday) on which the office works</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="229" />
        <source>&amp;Hapus tanggal terpilih</source>
        <translation>&amp;Remove the selected date</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="241" />
        <source>Libur nasional berasal dari daftar resmi dan tidak dapat dihapus; cuti bersama dan penutupan kantor dicatat sebagai libur kantor.</source>
        <translation>Public holidays come from the official list and cannot be removed; collective leave and office closures are recorded as office days off.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="249" />
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="289" />
        <source>Surat yang diterima hari ini (%1): telaah paling lambat %2, diteruskan paling lambat %3; bila diteruskan hari ini, instansi menyelesaikan paling lambat %4.</source>
        <translation>A letter received today (%1): review due %2, forwarding due %3; if forwarded today, the agency settles it by %4.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="310" />
        <source>Tenggat disimpan</source>
        <translation>Deadlines saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="343" />
        <source>%1 libur nasional · %2 libur kantor · %3 hari kerja khusus · &lt;b&gt;%4 hari kerja&lt;/b&gt;</source>
        <translation>%1 public holidays · %2 office days off · %3 exceptional working days · &lt;b&gt;%4 working days&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="375" />
        <source>%1 dihapus dari kalender</source>
        <translation>%1 removed from the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_dialog.py" line="375" />
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
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="29" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="46" />
        <source>Saluran dan pertukaran</source>
        <translation>Channels and exchange</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="48" />
        <source>E-mail (IMAP)</source>
        <translation>E-mail (IMAP)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="49" />
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="50" />
        <source>Kotak keluar</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="51" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="71" />
        <source>Periksa kotak surat ini secara berkala</source>
        <translation>Check this mailbox regularly</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="78" />
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (port 993)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="79" />
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="80" />
        <source>Tanpa enkripsi (hanya server lokal)</source>
        <translation>No encryption (local server only)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="87" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="88" />
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="94" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="95" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="96" />
        <source>Pengamanan:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="97" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="98" />
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="99" />
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="100" />
        <source>Periksa setiap:</source>
        <translation>Check every:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="107" />
        <source>Kirim dan ambil laporan LAPOR!</source>
        <translation>Send and fetch LAPOR! reports</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="115" />
        <location filename="../../ui/exchange/channels_dialog.py" line="146" />
        <location filename="../../ui/exchange/channels_dialog.py" line="149" />
        <source> detik</source>
        <translation> seconds</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="116" />
        <source>U&amp;ji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="123" />
        <source>Pemetaan kolom dan status diatur dengan `sipdumas lapor settings --mapping FILE.json` (lihat docs/exchange.md).</source>
        <translation>The field and status mapping is set with `sipdumas lapor settings --mapping FILE.json` (see docs/exchange.md).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="131" />
        <source>Alamat API:</source>
        <translation>API address:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="132" />
        <source>Kode instansi:</source>
        <translation>Agency code:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="133" />
        <source>Token akses:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="134" />
        <source>Batas waktu:</source>
        <translation>Time-out:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="150" />
        <source>Percobaan paling banyak:</source>
        <translation>Most attempts:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="151" />
        <source>Jeda pertama:</source>
        <translation>First wait:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="152" />
        <source>Jeda paling lama:</source>
        <translation>Longest wait:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="160" />
        <source>Kode unit:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="161" />
        <source>Nama unit:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="191" />
        <source>(tersimpan di keyring; kosongkan untuk tetap memakainya)</source>
        <translation>(kept in the keyring; leave empty to keep it)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="260" />
        <source>Pengaturan saluran disimpan</source>
        <translation>Channel settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="270" />
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="275" />
        <source>✓ Tersambung: %1 pesan di folder %2</source>
        <translation>✓ Connected: %1 messages in folder %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="292" />
        <source>Menghubungi LAPOR!…</source>
        <translation>Contacting LAPOR!…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/channels_dialog.py" line="296" />
        <source>✓ LAPOR! menjawab</source>
        <translation>✓ LAPOR! answered</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../../ui/app.py" line="228" />
        <source>Membuka basis data…</source>
        <extracomment>How long ``--screenshot`` waits for the first screen of rows before giving up.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="241" />
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="245" />
        <source>Pilih basis data lain…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="247" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="340" />
        <source>Koneksi ke basis data terputus; mencoba menyambung lagi… Isian yang sedang diketik tetap ada: simpan lagi setelah tersambung.</source>
        <translation>The connection to the database is lost; trying to reconnect… What you are typing stays: save again once connected.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="350" />
        <source>Koneksi ke basis data pulih.</source>
        <translation>The connection to the database is back.</translation>
    </message>
</context>
<context>
    <name>ComplainantHistoryBox</name>
    <message>
        <location filename="../../ui/register/complainants.py" line="156" />
        <source>Riwayat pengadu</source>
        <translation>Complainant's history</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="168" />
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="168" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="168" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="168" />
        <source>Diteruskan</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="171" />
        <source>Tampilkan di register</source>
        <translation>Show in the register</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="172" />
        <source>Saring register pada surat-surat pengadu ini</source>
        <translation>Narrow the register to this complainant's letters</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="173" />
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="175" />
        <source>Pengadu lain sebenarnya orang yang sama: pindahkan surat-suratnya ke pengadu ini</source>
        <translation>Another complainant is really the same person: move their letters to this complainant</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="177" />
        <source>Pisahkan surat ini</source>
        <translation>Split this letter off</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="178" />
        <source>Surat ini dari orang lain: jadikan pengadu tersendiri</source>
        <translation>This letter is from someone else: make it a complainant of its own</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="196" />
        <source>Memuat riwayat…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="207" />
        <source>Surat ini tanpa identitas pengirim: tidak ada riwayat pengadu.</source>
        <translation>This letter has no sender identity: there is no complainant's history.</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="210" />
        <source>%1 · %2 surat sejak %3</source>
        <translation>%1 · %2 letters since %3</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="219" />
        <source>ulang %1</source>
        <translation>re-sends %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="269" />
        <source>Gabungkan ke %1: pilih pengadu yang sama orangnya</source>
        <translation>Merge into %1: choose the complainant who is the same person</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="295" />
        <source>Pisahkan surat</source>
        <translation>Split letter off</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="297" />
        <source>Surat ini akan dijadikan pengadu tersendiri, terpisah dari surat-surat lain pengadu ini. Lanjutkan?</source>
        <translation>This letter will become a complainant of its own, apart from this complainant's other letters. Continue?</translation>
    </message>
</context>
<context>
    <name>ComplainantPicker</name>
    <message>
        <location filename="../../ui/register/complainants.py" line="71" />
        <source>Pilih pengadu</source>
        <extracomment>Milliseconds of quiet typing before the picker searches.</extracomment>
        <translation>Choose a complainant</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="73" />
        <source>Nama, NIK, telepon atau e-mail pengadu</source>
        <translation>The complainant's name, NIK, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="81" />
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="82" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="103" />
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="116" />
        <source>%1 surat, terakhir %2</source>
        <translation>%1 letters, last %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/complainants.py" line="123" />
        <source>Tidak ada pengadu yang cocok</source>
        <translation>No complainant matches</translation>
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
        <location filename="../../ui/settings/connection_dialog.py" line="136" />
        <source>Berkas basis data SQLite</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="138" />
        <source>Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="145" />
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="154" />
        <source>Pilih berkas basis data SQLite</source>
        <translation>Choose an SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="159" />
        <source>Isi alamat server PostgreSQL, mis. %1</source>
        <translation>Enter the PostgreSQL server address, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="176" />
        <source>Menghubungi basis data…</source>
        <translation>Contacting the database…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="202" />
        <source>Basis data disimpan</source>
        <translation>Database saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/connection_dialog.py" line="204" />
        <source>Sambungan disimpan dan dipakai setiap kali SIPDUMAS dibuka. Pindah ke basis data ini sekarang? Anda akan diminta masuk lagi.</source>
        <translation>The connection is saved and used whenever SIPDUMAS starts. Switch to this database now? You will be asked to sign in again.</translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="213" />
        <source>Tidak tersedia di basis data ini</source>
        <translation>Not available in this database</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="215" />
        <source>Klik untuk membuka suratnya di register</source>
        <translation>Click to open these letters in the register</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="217" />
        <source>Klik untuk membuka daftarnya</source>
        <translation>Click to open the list</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="247" />
        <source>Belum ada surat dalam 12 bulan terakhir.</source>
        <translation>No letters in the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="249" />
        <location filename="../../ui/dashboard/view.py" line="250" />
        <source>Belum ada surat tahun ini.</source>
        <translation>No letters this year.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="287" />
        <source>tahun %1</source>
        <extracomment>Counters per row and whether the two lower charts are side by side, for the width on hand.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="287" />
        <source>tahun ini</source>
        <translation>this year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="288" />
        <source>Surat masuk per bulan, 12 bulan terakhir</source>
        <translation>Letters received per month, last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="289" />
        <source>Menurut kategori, %1</source>
        <translation>By category, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="290" />
        <source>Menurut provinsi pengadu, %1</source>
        <translation>By the complainant's province, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="295" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="299" />
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
        <location filename="../../ui/archive/file_history_view.py" line="558" />
        <source>Keterangan berkas %1</source>
        <translation>Description of file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="561" />
        <source>mis. PM.01.02</source>
        <translation>e.g. PM.01.02</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="569" />
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="576" />
        <source>Rahasia (peminjaman perlu persetujuan atasan)</source>
        <translation>Confidential (lending needs a supervisor's approval)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="579" />
        <source>Judul:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="580" />
        <source>Kode klasifikasi:</source>
        <translation>Classification code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="581" />
        <source>Retensi aktif:</source>
        <translation>Active retention:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="582" />
        <source>Retensi inaktif:</source>
        <translation>Inactive retention:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="583" />
        <source>Keterangan akhir:</source>
        <translation>Final disposition:</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="68" />
        <source>Disposisi surat %s</source>
        <translation>Disposition of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="71" />
        <source>nama pengguna analis</source>
        <translation>analyst's user name</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="74" />
        <source>Catatan untuk penerima disposisi</source>
        <translation>Note for the recipient of the disposition</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="81" />
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="85" />
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="86" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="87" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="100" />
        <source>Hanya supervisor atau administrator yang dapat membuat disposisi.</source>
        <translation>Only a supervisor or an administrator can make a disposition.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/register/document_pane.py" line="97" />
        <source>&amp;Buka surat…</source>
        <extracomment>Milliseconds a selection must stay before its letter is fetched. A letter's view is on screen (tests and screenshots wait for it).</extracomment>
        <translation>&amp;Open letter…</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="98" />
        <source>Buka surat ini di formulir surat (Enter)</source>
        <translation>Open this letter in the letter form (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="109" />
        <source>&amp;Pindaian</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="110" />
        <source>Teks &amp;OCR</source>
        <translation>&amp;OCR text</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="111" />
        <source>&amp;Isian</source>
        <translation>&amp;Fields</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="137" />
        <source>Tidak ada surat terpilih</source>
        <translation>No letter selected</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="138" />
        <source>Pilih surat di register untuk melihat pindaian, teks dan isiannya.</source>
        <translation>Select a letter in the register to see its scan, text and fields.</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="144" />
        <source>Memuat surat…</source>
        <translation>Loading letter…</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="173" />
        <source>(tanpa perihal)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="175" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="176" />
        <source>%1 halaman</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="181" />
        <source>diterima %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="183" />
        <source>tanpa pindaian</source>
        <translation>no scan</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="198" />
        <source>Surat tidak dapat ditampilkan</source>
        <translation>The letter cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="217" />
        <source>Tunjukkan di pindaian</source>
        <translation>Show on the scan</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="222" />
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="223" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="224" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="225" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="227" />
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="230" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="231" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="232" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="233" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="234" />
        <source>Tujuan surat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="235" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="236" />
        <source>Terlapor</source>
        <translation>Reported party</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="237" />
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="238" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="239" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="240" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="241" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/register/document_pane.py" line="242" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
</context>
<context>
    <name>DuplicateCompareDialog</name>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="194" />
        <source>Bandingkan dengan surat asal</source>
        <extracomment>Background of words only the original has / only this letter has.</extracomment>
        <translation>Compare with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="199" />
        <source>Memuat…</source>
        <extracomment>A view of the pages or the texts is on screen (tests and screenshots wait for it).</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="221" />
        <source>&lt;span style='background-color:%1;'&gt;&amp;nbsp;hanya di surat asal&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;hanya di surat ini&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background-color:%1;'&gt;&amp;nbsp;only in the original&amp;nbsp;&lt;/span&gt; &amp;nbsp; &lt;span style='background-color:%2;'&gt;&amp;nbsp;only in this letter&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="229" />
        <source>catatan keputusan untuk jejak audit, mis. isi sama, tanggal baru</source>
        <translation>note for the audit trail, e.g. same content, new date</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="233" />
        <source>&amp;Benar duplikat</source>
        <translation>&amp;Is a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="234" />
        <source>Surat ini memang pengiriman ulang surat asal</source>
        <translation>This letter is indeed a re-sent copy of the original</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="235" />
        <source>Bu&amp;kan duplikat</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="236" />
        <source>Surat ini pengaduan baru; tanda duplikat tidak berlaku lagi</source>
        <translation>This letter is a new complaint; the duplicate flag no longer applies</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="237" />
        <source>&amp;Arsipkan: sudah ditindaklanjuti</source>
        <translation>&amp;File: already handled</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="240" />
        <source>Arsipkan tanpa tindak lanjut baru, dengan catatan apa yang sudah dilakukan atas surat asal</source>
        <translation>File without new follow-up, noting what was done with the original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="243" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="267" />
        <source>&amp;Pindaian berdampingan</source>
        <translation>&amp;Scans side by side</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="268" />
        <source>&amp;Teks berdampingan (beda ditandai)</source>
        <translation>&amp;Texts side by side (differences marked)</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="274" />
        <source>Surat ini belum didaftarkan: keputusan atas tanda duplikat diambil setelah didaftarkan.</source>
        <translation>This letter is not registered yet: the duplicate flag is decided once it is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="282" />
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="348" />
        <source>Pindaian %1 dibandingkan dengan surat %2</source>
        <translation>Scan %1 compared with letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="358" />
        <source>Pindaian %1 mirip surat %2</source>
        <translation>Scan %1 resembles letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="365" />
        <source>Belum didaftarkan</source>
        <translation>Not registered yet</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="367" />
        <source>Surat terdaftar</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="368" />
        <source>Pindaian ini: %1</source>
        <translation>This scan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="384" />
        <source>Perbandingan tidak dapat dimuat</source>
        <translation>The comparison cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="392" />
        <source>Surat %1 dibandingkan dengan surat asal %2</source>
        <translation>Letter %1 compared with the original %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="353" />
        <location filename="../../ui/register/duplicate_compare.py" line="397" />
        <source>kemiripan %1%</source>
        <translation>similarity %1%</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="406" />
        <source>Surat %1 kemungkinan mengulang surat %2</source>
        <translation>Letter %1 possibly repeats letter %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="416" />
        <source>Surat asal</source>
        <translation>Original letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="417" />
        <source>Surat ini</source>
        <translation>This letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="424" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="425" />
        <source>diterima %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="430" />
        <source>✓ Dikonfirmasi: benar pengiriman ulang</source>
        <translation>✓ Confirmed: a re-sent copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="431" />
        <source>Ditolak: bukan duplikat, ditangani sebagai pengaduan baru</source>
        <translation>Rejected: not a duplicate, handled as a new complaint</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="432" />
        <source>Belum ditelaah analis</source>
        <translation>Not yet reviewed by an analyst</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="433" />
        <source>Keputusan: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/duplicate_compare.py" line="494" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu putuskan lagi.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then decide again.</translation>
    </message>
</context>
<context>
    <name>ExchangeIntegration</name>
    <message>
        <location filename="../../ui/exchange/integration.py" line="46" />
        <source>Kotak &amp;keluar</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="50" />
        <source>Impor &amp;e-mail atau chat WhatsApp…</source>
        <translation>Import &amp;e-mail or WhatsApp chat…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="52" />
        <source>Catat berkas .eml dan ekspor chat WhatsApp (.txt) sebagai surat masuk</source>
        <translation>Register .eml files and WhatsApp chat exports (.txt) as incoming letters</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="61" />
        <source>&amp;Saluran dan pertukaran…</source>
        <translation>&amp;Channels and exchange…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="63" />
        <source>Kotak surat e-mail, SP4N-LAPOR!, kotak keluar dan kode unit, dengan uji koneksi</source>
        <translation>E-mail mailbox, SP4N-LAPOR!, outbox and unit code, with a connection test</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="102" />
        <source>Impor e-mail atau chat WhatsApp</source>
        <translation>Import e-mail or WhatsApp chat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="104" />
        <source>E-mail dan chat (*.eml *.txt);;Semua berkas (*)</source>
        <translation>E-mails and chats (*.eml *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="141" />
        <source>%1 pesan dicatat, %2 sudah ada sebelumnya, %3 gagal</source>
        <translation>%1 messages registered, %2 already there, %3 failed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="196" />
        <source>Pesan %1 dicatat sebagai %2</source>
        <translation>Message %1 registered as %2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/integration.py" line="203" />
        <source>Kotak surat: %1</source>
        <translation>Mailbox: %1</translation>
    </message>
</context>
<context>
    <name>ExportsIntegration</name>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="23" />
        <source>Ekspor &amp;buku agenda…</source>
        <translation>Export the &amp;agenda book…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="26" />
        <source>Simpan buku agenda surat masuk (xlsx dan PDF) sesuai filter register (Ctrl+Shift+E)</source>
        <translation>Save the incoming-letter agenda book (xlsx and PDF) with the register's filters (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="28" />
        <source>&amp;Laporan berkala…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="31" />
        <source>Laporan evaluasi berkala bulanan, triwulanan atau tahunan (xlsx dengan grafik dan PDF)</source>
        <translation>Monthly, quarterly or yearly evaluation report (xlsx with charts, and PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="33" />
        <source>A&amp;genda surat keluar…</source>
        <translation>Outgoin&amp;g letters register…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="35" />
        <source>Daftar surat keluar (surat penerusan dan surat pengingat) sebagai xlsx dan PDF</source>
        <translation>The outgoing letters (forwarding letters and reminders) as xlsx and PDF</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="37" />
        <source>Buku &amp;ekspedisi…</source>
        <translation>Dispatch book…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_integration.py" line="39" />
        <source>Buku ekspedisi surat keluar dengan kolom tanda tangan penerima (xlsx dan PDF)</source>
        <translation>Dispatch book of outgoing letters with a column for the receiver's signature (xlsx and PDF)</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="133" />
        <source>Riwayat berkas</source>
        <translation>File history</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="137" />
        <source>Pindai atau ketik kode berkas</source>
        <translation>Scan or type the file code</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="139" />
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="143" />
        <source>Kode berkas:</source>
        <translation>File code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="155" />
        <source>Lokasi:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="156" />
        <source>Kode klasifikasi:</source>
        <translation>Classification code:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="157" />
        <source>Retensi (JRA):</source>
        <translation>Retention (JRA):</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="158" />
        <source>Keterangan akhir:</source>
        <translation>Final disposition:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="159" />
        <source>Sifat:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="160" />
        <source>Surat di dalamnya:</source>
        <translation>Letters inside:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="167" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="167" />
        <location filename="../../ui/archive/file_history_view.py" line="179" />
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="167" />
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="167" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="172" />
        <source>No. bon</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="173" />
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="174" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="175" />
        <source>Dipinjam</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="176" />
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="177" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="178" />
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="180" />
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="183" />
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="183" />
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="183" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="184" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="185" />
        <source>Peminjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="186" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="191" />
        <source>&amp;Pindahkan…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="192" />
        <source>&amp;Ubah keterangan…</source>
        <translation>&amp;Describe…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="193" />
        <source>&amp;Gabungkan…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="194" />
        <source>Pi&amp;sahkan…</source>
        <translation>&amp;Split…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="195" />
        <source>Cetak &amp;label…</source>
        <translation>Print &amp;label…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="196" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="256" />
        <source>Riwayat berkas %1</source>
        <extracomment>The buttons that change the file: shown only to those who may manage the archive.</extracomment>
        <translation>History of file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="260" />
        <source>Digabung ke berkas %1</source>
        <translation>Merged into file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="264" />
        <source>DIPINJAM oleh %1 (%2) sejak %3, jatuh tempo %4</source>
        <translation>LENT to %1 (%2) since %3, due %4</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="272" />
        <source>DI TEMPAT</source>
        <translation>IN PLACE</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="274" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="280" />
        <source>aktif %1, inaktif %2</source>
        <translation>active %1, inactive %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="285" />
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="285" />
        <source>Biasa</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="286" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="303" />
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="312" />
        <source>Riwayat (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="313" />
        <source>Peminjaman (%1)</source>
        <translation>Loans (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="314" />
        <source>Surat (%1)</source>
        <translation>Letters (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="343" />
        <source>Berkas %1 dipindahkan ke %2</source>
        <translation>File %1 moved to %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="353" />
        <source>Keterangan berkas %1 disimpan</source>
        <translation>Description of file %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="363" />
        <source>Berkas %1 kini berisi %2 surat</source>
        <translation>File %1 now holds %2 letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="376" />
        <source>Berkas baru %1 dibuat dengan %2 surat; cetak labelnya</source>
        <translation>New file %1 made with %2 letters; print its label</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="402" />
        <source>Label berkas %1</source>
        <translation>Label of file %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Cari perihal, pengirim, NIK, telepon, nomor surat… (Ctrl+F)</source>
        <extracomment>Milliseconds the search box waits after the last key before it asks the database. Starting widths (pixels) of the columns, until the user drags them (then they are remembered). The subject takes what the others leave of the screen (at least its width here); the flags are icons. The window's size on a screen with room for it; on a smaller one it opens maximised. LetterQuery fields the filter bar keeps without a widget (see FilterBar.extra). The "Pengadu…" button was clicked: the window offers the complainants to choose from.</extracomment>
        <translation>Search subject, sender, NIK, phone, letter number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Tanggal diterima, paling awal</source>
        <translation>Received on or after</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Tanggal diterima, paling akhir</source>
        <translation>Received on or before</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Tampilkan seluruh register</source>
        <translation>Show the whole register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Duplikat</source>
        <extracomment>Toggles that narrow the register to letters carrying a flag, by LetterQuery field.</extracomment>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Hanya surat yang ditandai pengiriman ulang (tanda tidak ditolak)</source>
        <translation>Only letters flagged as re-sent (flag not rejected)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Hanya surat yang ditujukan ke kantor ini sebagai tembusan</source>
        <translation>Only letters sent to this office as a carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Hanya surat tanpa nama atau tanpa cara menghubungi pengirim</source>
        <translation>Only letters without a name or a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>Terkait</source>
        <translation>Related</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>Hanya surat yang memiliki surat terkait dari pengirim lain</source>
        <translation>Only letters with related letters from other senders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Hanya surat yang lewat tenggat telaah, penerusan atau penyelesaian hari ini</source>
        <translation>Only letters past their review, forwarding or settlement deadline today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Klik untuk melepas filter ini</source>
        <extracomment>Filters without a widget of their own (a dashboard bar's province, the forwarding period of "Diteruskan bulan ini"), shown as one removable chip while they hold.</extracomment>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>Pengadu…</source>
        <translation>Complainant…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>Hanya surat dari satu pengadu (cari nama, NIK atau telepon)</source>
        <translation>Only the letters of one complainant (find by name, NIK or phone)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>Tanda:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Semua kategori</source>
        <extracomment>The rows of the filter bar, wide and narrow: group names, with their stretch factors.</extracomment>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372" />
        <source>Diteruskan: %1</source>
        <translation>Forwarded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>terpilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375" />
        <source>Pengadu: %1</source>
        <translation>Complainant: %1</translation>
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
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="158" />
        <source>Perubahan belum disimpan</source>
        <extracomment>The keys that save a form (the main Enter key and the keypad's).</extracomment>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="159" />
        <source>Ada isian yang diubah tetapi belum disimpan.</source>
        <translation>Some fields were changed but not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="160" />
        <source>Simpan dulu, buang perubahan itu, atau kembali ke isian?</source>
        <translation>Save first, discard the changes, or go back to the form?</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="163" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="164" />
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/common/form_dialog.py" line="165" />
        <source>&amp;Kembali ke isian</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>ForwardingDialog</name>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="241" />
        <source>Teruskan surat %s</source>
        <extracomment>The signer is still the placeholder and the user has not said to go on regardless.</extracomment>
        <translation>Forward letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="255" />
        <source>Rahasiakan identitas pengadu (nama, NIK, alamat, kontak; tanpa lampiran)</source>
        <translation>Keep the complainant's identity confidential (name, NIK, address, contact; no attachment)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="258" />
        <source>Instansi tujuan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="260" />
        <source>Sifat</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="263" />
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="264" />
        <source>&amp;Teruskan</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="265" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="266" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="267" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="298" />
        <source>Peran Anda tidak berwenang mencetak atau meneruskan surat.</source>
        <translation>Your role may not print or forward letters.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="299" />
        <source>Memuat daftar instansi…</source>
        <translation>Loading the agencies…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="337" />
        <source>Belum ada instansi tujuan; tambahkan lewat pengaturan instansi.</source>
        <translation>No agencies yet; add them in the agency settings.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="345" />
        <source>Tidak ada saran untuk instansi ini.</source>
        <translation>No suggestion for this agency.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="347" />
        <source>Belum ada saran instansi untuk surat ini.</source>
        <translation>No agency suggested for this letter yet.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="351" />
        <source>Disarankan (skor %s): %s</source>
        <translation>Suggested (score %s): %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="365" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="379" />
        <source>Pratinjau (draf, belum bernomor: surat belum diteruskan).</source>
        <translation>Preview (draft, not numbered: the letter has not been forwarded).</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="398" />
        <source>Meneruskan surat…</source>
        <translation>Forwarding the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="414" />
        <source> (sudah pernah diteruskan: dicetak ulang)</source>
        <translation> (already forwarded: printed again)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="416" />
        <source>Diteruskan kepada %s, nomor %s%s.</source>
        <translation>Forwarded to %s, number %s%s.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="444" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="453" />
        <source>Surat %s dicetak.</source>
        <translation>Letter %s printed.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="462" />
        <source>Simpan surat penerusan</source>
        <translation>Save the forwarding letter</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="471" />
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
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="88" />
        <source>Bantuan SIPDUMAS</source>
        <translation>SIPDUMAS help</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="93" />
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="93" />
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="93" />
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="104" />
        <source>Panduan singkat</source>
        <translation>Short manual</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="105" />
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="119" />
        <source>Formulir</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="119" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="119" />
        <source>Periksa pindaian</source>
        <translation>Checking scans</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="120" />
        <source>Meja pinjam</source>
        <translation>Loan desk</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="122" />
        <source>Simpan isian</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="123" />
        <source>Simpan surat (formulir surat)</source>
        <translation>Save the letter (letter form)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="124" />
        <source>Tutup; bila ada isian yang belum disimpan, ditanyakan dulu</source>
        <translation>Close; asks first when something is not saved</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="125" />
        <source>Pindah ke isian berikutnya / sebelumnya</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="126" />
        <source>Buka surat terpilih</source>
        <translation>Open the selected letter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="127" />
        <source>Kosongkan kotak pencarian</source>
        <translation>Empty the search box</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="127" />
        <source>Esc (di kotak pencarian)</source>
        <translation>Esc (in the search box)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="128" />
        <source>Pilih beberapa surat</source>
        <translation>Select several letters</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="128" />
        <source>Shift/Ctrl+klik</source>
        <translation>Shift/Ctrl+click</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="129" />
        <source>Daftarkan surat</source>
        <translation>Register the letter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="130" />
        <source>Halaman berikutnya / sebelumnya</source>
        <translation>Next / previous page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="131" />
        <source>Perbesar / perkecil / paskan lebar</source>
        <translation>Zoom in / out / fit width</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="132" />
        <source>Putar halaman</source>
        <translation>Rotate the page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="133" />
        <source>Cari dalam teks OCR</source>
        <translation>Find in the OCR text</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="134" />
        <source>Pinjamkan, kembalikan, perpanjang</source>
        <translation>Lend, return, renew</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="135" />
        <source>Antrekan, minta persetujuan, riwayat berkas</source>
        <translation>Queue, ask for approval, file history</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="136" />
        <source>Peminjam baru, cetak bon</source>
        <translation>New borrower, print slip</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="82" />
        <source>Nomor agenda</source>
        <extracomment>Characters of a value shown in a cell's tooltip (a letter's full text can be pages long).</extracomment>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="83" />
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="84" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="85" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="86" />
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="87" />
        <source>Tempat surat</source>
        <translation>Place of writing</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="88" />
        <source>Hal/perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="89" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="90" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="91" />
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="92" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="93" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="94" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="95" />
        <source>Isi surat</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="96" />
        <source>Pengirim (objek JSON)</source>
        <translation>Sender (JSON object)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="97" />
        <source>Nama pengirim</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="98" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="99" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="100" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="101" />
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
        <location filename="../../ui/intake/view.py" line="175" />
        <source>Periksa pindaian — SIPDUMAS</source>
        <extracomment>A value read with less confidence than this is marked for checking. Fields every letter has; when OCR found none of it, the empty field is marked too. The other fields (tembusan, NIK, phone, e-mail, address) are often genuinely absent, so their emptiness is no warning; the identity badge says when the sender cannot be reached. The runner's lane of the duplicate check, beside the database lane and the pages' lane (PAGES). What the analyst had typed in the form when moving to another letter of the batch, and which fields were still marked as doubtful, restored on coming back (:meth:`IntakeView.go_to`). The category suggested for each letter of the batch (by index), once worked out. field key -&gt; tooltip, for the fields marked for checking on the letter now on screen. editor -&gt; field key, to show on the page where the focused field was read.</extracomment>
        <translation>Check scans — SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="221" />
        <source>Surat dalam kelompok ini; pilih untuk membukanya</source>
        <translation>Letters in this batch; select one to open it</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="225" />
        <source>&amp;Lewati</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="227" />
        <source>Jangan daftarkan surat ini sekarang; lanjut ke surat berikutnya</source>
        <translation>Do not register this letter now; go on to the next</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="230" />
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="233" />
        <source>Catat surat ini dengan isian yang telah diperiksa beserta pindaiannya (Ctrl+Enter)</source>
        <translation>Register this letter with the checked fields and its scan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="237" />
        <source>Kedatangan &amp;baru</source>
        <translation>New &amp;arrival</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="240" />
        <source>Berkas ini sudah terdaftar; daftarkan juga sebagai surat baru karena pindaian yang sama benar-benar datang lagi</source>
        <translation>This file is already registered; register it as a new letter as well, because the same scan really arrived again</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="273" />
        <source>Tanggal surat diterima kantor; bawaannya hari ini</source>
        <translation>The date the office received the letter; today by default</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="279" />
        <source>satu penerima per baris</source>
        <translation>one recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="284" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="286" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="293" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="298" />
        <source>Tanggal dite&amp;rima:</source>
        <extracomment>field key (as in ``Extraction.confidence``) -&gt; (editor, label text, error line)</extracomment>
        <translation>Date &amp;received:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="299" />
        <source>&amp;Tanggal surat:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="300" />
        <source>Tem&amp;pat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="301" />
        <source>Peri&amp;hal:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="302" />
        <source>Kep&amp;ada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="303" />
        <source>Tem&amp;busan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="304" />
        <source>&amp;Nama pengirim:</source>
        <translation>Sender's &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="305" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="306" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="307" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="308" />
        <source>Ala&amp;mat:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="309" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="327" />
        <source>&amp;Pakai</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="328" />
        <source>Isi kategori dengan saran ini</source>
        <translation>Fill in the category with this suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="389" />
        <source> — tercatat %1</source>
        <translation> — registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="392" />
        <source> — dilewati</source>
        <translation> — skipped</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="393" />
        <source> — tidak terbaca</source>
        <translation> — unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="394" />
        <source> — sudah terdaftar %1</source>
        <translation> — already registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="447" />
        <source>Surat %1 dari %2:</source>
        <translation>Letter %1 of %2:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="461" />
        <source>Berkas tidak terbaca: %1</source>
        <translation>File unreadable: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="471" />
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="478" />
        <source>Semua surat dalam kelompok ini sudah diperiksa: %1 tercatat, %2 dilewati, %3 tidak terbaca.</source>
        <translation>Every letter in this batch has been checked: %1 registered, %2 skipped, %3 unreadable.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="485" />
        <source>%1 sudah terdaftar sebelumnya dan tidak didaftarkan dua kali.</source>
        <translation>%1 were registered before and are not registered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="557" />
        <source>Periksa: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="559" />
        <source>Periksa: keyakinan %1%</source>
        <translation>Check: confidence %1%</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="561" />
        <source>Periksa: tidak terbaca dari surat</source>
        <translation>Check: not read from the letter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="603" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="677" />
        <source>Saran: %1 (%2%) — %3</source>
        <translation>Suggested: %1 (%2%) — %3</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="719" />
        <source>Tercatat %1</source>
        <translation>Registered %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="723" />
        <source>Sudah terdaftar sebagai %1</source>
        <translation>Already registered as %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="726" />
        <source>Isi berkas ini sama persis dengan pindaian surat %1: tidak didaftarkan dua kali (kecuali sebagai kedatangan baru)</source>
        <translation>This file is byte for byte the scan of letter %1: it is not registered twice (except as a new arrival)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="741" />
        <source>Hanya tembusan</source>
        <translation>Carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="743" />
        <source>Kantor ini ada di tembusan, bukan di alamat tujuan</source>
        <translation>This office is in the carbon copies, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="747" />
        <source>Identitas lengkap</source>
        <translation>Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="747" />
        <source>Ada nama dan cara menghubungi pengirim</source>
        <translation>There is a name and a way to reach the sender</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="751" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="753" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="760" />
        <source>Memeriksa duplikat…</source>
        <translation>Checking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="762" />
        <source>Duplikat tidak diperiksa</source>
        <translation>Duplicates not checked</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="765" />
        <source>terdaftar</source>
        <translation>already registered</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="767" />
        <source>Kemungkinan duplikat (%1%)</source>
        <translation>Possible duplicate (%1%)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="769" />
        <source>Mirip surat %1: </source>
        <translation>Similar to letter %1: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="772" />
        <source>Klik untuk membandingkan kedua surat berdampingan</source>
        <translation>Click to compare both letters side by side</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="775" />
        <source>Bandingkan dengan surat %1</source>
        <translation>Compare with letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="914" />
        <source>Kemungkinan duplikat surat %1 (%2%).</source>
        <translation>Possible duplicate of letter %1 (%2%).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="778" />
        <source>Bukan duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="778" />
        <source>Tidak ada surat terdaftar yang sama</source>
        <translation>No registered letter is the same</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="783" />
        <source>%1 surat terkait</source>
        <translation>%1 related letters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="785" />
        <source>Hal yang sama dari pengirim lain: %1</source>
        <translation>Same matter from other senders: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="883" />
        <source>Mendaftarkan %1…</source>
        <translation>Registering %1…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="899" />
        <source>%1 sudah terdaftar sebagai surat %2; tidak didaftarkan lagi.</source>
        <translation>%1 is already registered as letter %2; not registered again.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="909" />
        <source>%1 tercatat sebagai surat %2.</source>
        <translation>%1 registered as letter %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="947" />
        <source>Perbaiki isian yang ditandai merah.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="959" />
        <source>%1 dilewati.</source>
        <translation>%1 skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/view.py" line="978" />
        <source>%1 surat belum diperiksa dan belum didaftarkan. Tutup juga?</source>
        <translation>%1 letters have not been checked or registered. Close anyway?</translation>
    </message>
</context>
<context>
    <name>LabelSkipDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="419" />
        <source>Cetak label</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="422" />
        <source>Lembar label 3 x 8 yang sebagian sudah terpakai: lewati sebanyak ini</source>
        <translation>A partly used 3 x 8 label sheet: skip this many</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="424" />
        <source>Lewati label terpakai:</source>
        <translation>Skip used labels:</translation>
    </message>
</context>
<context>
    <name>LetterExchangeBox</name>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="34" />
        <source>Pertukaran (LAPOR! dan unit lain)</source>
        <translation>Exchange (LAPOR! and other units)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="45" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="45" />
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="45" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="47" />
        <source>Kirim ke &amp;LAPOR!</source>
        <translation>Send to &amp;LAPOR!</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="48" />
        <source>Masukkan surat ini ke kotak keluar untuk SP4N-LAPOR!</source>
        <translation>Put this letter in the outbox for SP4N-LAPOR!</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="63" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="73" />
        <source>Nomor pelacakan LAPOR!: %1</source>
        <translation>LAPOR! tracking ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="75" />
        <source>LAPOR!: menunggu di kotak keluar</source>
        <translation>LAPOR!: waiting in the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="77" />
        <source>Belum dikirim ke LAPOR!</source>
        <translation>Not sent to LAPOR! yet</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="82" />
        <source>Kotak keluar: %1 (%2)</source>
        <translation>Outbox: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/letter_box.py" line="84" />
        <source>belum dicoba</source>
        <translation>not tried yet</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../ui/register/letter_form.py" line="171" />
        <source>Surat baru</source>
        <extracomment>A value OCR read with less confidence than this has its place marked amber on the scan. The form's size without a scan and with one beside the fields (until the user resizes it). The scan and links of the letter are on screen (also when it has none). editor -&gt; the key of the field OCR read into it, to mark the place on the scan The message box shown after a refused (conflicting) save; kept for tests and for reloading.</extracomment>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="173" />
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="210" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="210" />
        <source>Catat surat</source>
        <translation>Register letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="212" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="213" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="217" />
        <source>Bandingkan dengan surat &amp;asal…</source>
        <translation>Compare with the &amp;original…</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="219" />
        <source>Surat ini ditandai kemungkinan duplikat: lihat kedua surat (Ctrl+D)</source>
        <translation>This letter is flagged as a possible duplicate: see both letters (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="265" />
        <source>Nomor agenda diberikan otomatis saat surat dicatat.</source>
        <translation>The agenda number is assigned when the letter is registered.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="269" />
        <source>Peran Anda hanya boleh melihat surat, tidak mengubahnya.</source>
        <translation>Your role may view letters but not change them.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="283" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="291" />
        <source>nomor pada surat, bila ada</source>
        <translation>number on the letter, if any</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="295" />
        <source>kota tempat surat ditulis</source>
        <translation>city where the letter was written</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="297" />
        <source>hal / perihal surat</source>
        <translation>the letter's subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="299" />
        <source>pokok permasalahan yang diadukan</source>
        <translation>the core of the complaint</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="306" />
        <source>pilih atau ketik kategori</source>
        <translation>choose or type a category</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="308" />
        <source>Yth. … (tujuan surat)</source>
        <translation>To … (addressee)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="310" />
        <source>satu tujuan tembusan per baris</source>
        <translation>one carbon-copy recipient per line</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="314" />
        <source>nama / instansi yang diadukan</source>
        <translation>person / agency complained about</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="324" />
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="328" />
        <source>Tanggal &amp;diterima:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="336" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="338" />
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="339" />
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="340" />
        <source>&amp;Perihal: *</source>
        <translation>Su&amp;bject: *</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="341" />
        <source>&amp;Ringkasan:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="342" />
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="343" />
        <source>Tu&amp;juan surat:</source>
        <translation>Add&amp;ressee:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="344" />
        <source>Te&amp;mbusan:</source>
        <translation>Carbon &amp;copies:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="345" />
        <source>Te&amp;rlapor:</source>
        <translation>&amp;Reported party:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="346" />
        <source>Jabatan terlapor:</source>
        <translation>Reported party's position:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="352" />
        <source>Pengadu (identitas dirahasiakan)</source>
        <translation>Complainant (identity confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="356" />
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="359" />
        <source>mis. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="366" />
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="376" />
        <source>N&amp;ama:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="377" />
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="378" />
        <source>Te&amp;lepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="379" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="380" />
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="381" />
        <source>Kabupaten/&amp;kota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="382" />
        <source>Pekerjaan:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="433" />
        <source>No. agenda %1</source>
        <translation>Agenda no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="434" />
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="435" />
        <source>dicatat %1 oleh %2</source>
        <translation>registered %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="440" />
        <source>terakhir diubah oleh %1</source>
        <translation>last changed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="442" />
        <source>berkas %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="444" />
        <source>hanya tembusan</source>
        <translation>carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="462" />
        <source>✓ Dikonfirmasi: pengiriman ulang surat %1</source>
        <translation>✓ Confirmed: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="463" />
        <source>Tanda duplikat ditolak: bukan pengiriman ulang surat %1</source>
        <translation>Duplicate flag rejected: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="464" />
        <source>↺ Kemungkinan pengiriman ulang surat %1</source>
        <translation>↺ Possibly a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="518" />
        <source>Pindaian tidak dapat dimuat: %1</source>
        <translation>The scan could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="613" />
        <source>Provinsi: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="625" />
        <source>Nomor telepon '%1' tidak valid (contoh: 0812-3456-7890)</source>
        <translation>Phone number '%1' is not valid (example: 0812-3456-7890)</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="654" />
        <source>✓ Identitas lengkap</source>
        <translation>✓ Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="658" />
        <source>Identitas belum lengkap: perlu nama dan paling sedikit telepon, e-mail atau alamat.</source>
        <translation>Identity incomplete: a name and at least a phone, e-mail or address are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="672" />
        <source>Perihal wajib diisi</source>
        <translation>A subject is required</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="675" />
        <source>Tanggal surat tidak boleh setelah tanggal diterima</source>
        <translation>The letter date cannot be after the date received</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="697" />
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="727" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="746" />
        <source>Surat telah diubah pengguna lain</source>
        <translation>Letter changed by another user</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="749" />
        <source>Surat ini telah diubah oleh pengguna lain sejak Anda membukanya. Perubahan Anda tidak disimpan, agar perubahan mereka tidak tertimpa.</source>
        <translation>Another user changed this letter after you opened it. Your changes were not saved, so that theirs are not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="755" />
        <source>Pilih «Muat ulang» untuk menampilkan versi terbaru surat, lalu ulangi perubahan Anda. Pilih «Tetap di sini» untuk menyalin isian Anda lebih dulu.</source>
        <translation>Choose «Reload» to show the newest version of the letter, then make your changes again. Choose «Stay here» to copy what you typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="760" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="761" />
        <source>Tetap di sini</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../../ui/register/letter_form.py" line="764" />
        <source>Surat ini telah diubah oleh pengguna lain; muat ulang sebelum menyimpan.</source>
        <translation>Another user changed this letter; reload it before saving.</translation>
    </message>
</context>
<context>
    <name>LetterLinks</name>
    <message>
        <location filename="../../ui/register/links.py" line="23" />
        <source>dikonfirmasi</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="24" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="25" />
        <source>belum ditelaah</source>
        <translation>not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="40" />
        <source>pengiriman ulang dari %1</source>
        <translation>re-sent copy of %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="41" />
        <source>dikirim ulang sebagai %1</source>
        <translation>re-sent as %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="48" />
        <source>terkait dengan %1 (hal yang sama dari pengirim lain)</source>
        <translation>related to %1 (same matter from other senders)</translation>
    </message>
    <message>
        <location filename="../../ui/register/links.py" line="60" />
        <source>Surat terkait: %1</source>
        <translation>Related letters: %1</translation>
    </message>
</context>
<context>
    <name>LetterScanView</name>
    <message>
        <location filename="../../ui/common/scan_view.py" line="507" />
        <location filename="../../ui/common/scan_view.py" line="508" />
        <source>Berkas surat ini</source>
        <translation>This letter’s file</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="533" />
        <source>%1 hal.</source>
        <translation>%1 p.</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="542" />
        <source>Memuat pindaian…</source>
        <translation>Loading scan…</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="549" />
        <source>Surat ini dicatat tanpa pindaian.</source>
        <translation>This letter was recorded without a scan.</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="552" />
        <source>Pindaian tidak dapat ditampilkan: %1</source>
        <translation>The scan could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="123" />
        <source>Pengaturan surat penerusan</source>
        <extracomment>The settings this dialog edits (the deadlines belong to the calendar dialog).</extracomment>
        <translation>Forwarding letter settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="130" />
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="131" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="132" />
        <source>Penandatangan dan tembusan</source>
        <translation>Signer and copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="133" />
        <source>Isi surat</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="140" />
        <source>&amp;Pratinjau surat contoh</source>
        <translation>&amp;Preview a sample letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="142" />
        <source>Cetak surat contoh dengan pengaturan di layar, sebelum disimpan; tidak mengambil nomor</source>
        <translation>Print a sample letter with the settings on screen, before saving; takes no number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="146" />
        <source>Pratinjau menampilkan surat contoh dengan pengaturan di layar.</source>
        <translation>The preview shows a sample letter with the settings on screen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="185" />
        <source>Hanya administrator yang dapat mengubah pengaturan surat.</source>
        <translation>Only administrators may change the letter settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="205" />
        <source>satu baris per baris kop, mis. nama kementerian lalu unit</source>
        <translation>one letterhead line per line, e.g. the ministry then the unit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="211" />
        <source>Telepon …, Faksimile …, Laman …</source>
        <translation>Telephone …, Fax …, Website …</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="213" />
        <source>mis. Jakarta</source>
        <translation>e.g. Jakarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="215" />
        <source>(logo bawaan)</source>
        <translation>(default logo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="220" />
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="222" />
        <source>Logo ba&amp;waan</source>
        <translation>De&amp;fault logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="233" />
        <source>Berkas PNG atau JPEG yang dapat dibuka dari setiap komputer yang mencetak (folder bersama).</source>
        <translation>A PNG or JPEG file every printing computer can open (a shared folder).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="245" />
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="247" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="249" />
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="251" />
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="253" />
        <source>&amp;Tempat surat:</source>
        <translation>&amp;Place of writing:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="262" />
        <source>mis. D-4</source>
        <translation>e.g. D-4</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="264" />
        <source>mis. DM.04.00</source>
        <translation>e.g. DM.04.00</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="267" />
        <source>Isian pola: {code} kode keamanan menurut Sifat, {serial} nomor urut dalam tahun (tidak pernah berulang), {unit} kode unit, {classification} kode klasifikasi arsip, {month:02d} bulan dua digit, {year} tahun. {serial:03d} menulis nomor urut tiga digit (001).</source>
        <translation>Pattern fields: {code} security code by Sifat, {serial} serial within the year (never repeated), {unit} unit code, {classification} archive classification code, {month:02d} two-digit month, {year} year. {serial:03d} writes a three-digit serial (001).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="285" />
        <source>SR sangat rahasia, R rahasia, T terbatas, B biasa.</source>
        <translation>SR top secret, R secret, T restricted, B ordinary.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="298" />
        <source>&amp;Pola nomor:</source>
        <translation>Number &amp;pattern:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="301" />
        <source>Kode &amp;unit:</source>
        <translation>&amp;Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="303" />
        <source>Kode k&amp;lasifikasi:</source>
        <translation>C&amp;lassification code:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="306" />
        <source>Kode &amp;keamanan:</source>
        <translation>Security &amp;codes:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="309" />
        <source>Contoh nomor:</source>
        <translation>Example number:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="316" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="318" />
        <source>18 digit; kosongkan bila penandatangan tidak ber-NIP</source>
        <translation>18 digits; leave empty when the signer has no NIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="321" />
        <source>jabatan pimpinan yang diwakili; kosongkan bila pimpinan menandatangani sendiri</source>
        <translation>position of the head signed for; empty when the head signs</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="324" />
        <source>jabatan di antara pimpinan dan penandatangan (u.b.)</source>
        <translation>position between the head and the signer (u.b.)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="326" />
        <source>satu unit atau jabatan per baris</source>
        <translation>one unit or position per line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="330" />
        <source>satu jabatan per baris, tanpa «Yth.»</source>
        <translation>one position per line, without «Yth.»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="334" />
        <source>Tembusan juga kepada pengadu (Sdr. nama pengadu; tidak bila identitas dirahasiakan)</source>
        <translation>Copy also to the complainant (Sdr. name; not when the identity is confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="337" />
        <source>Tembusan dinomori otomatis pada surat, dengan urutan seperti di sini.</source>
        <translation>Copies are numbered automatically on the letter, in the order given here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="340" />
        <source>a.n. (&amp;atas nama):</source>
        <translation>a.n. (&amp;on behalf of):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="342" />
        <source>u.b. (&amp;untuk beliau):</source>
        <translation>u.b. (&amp;for the official):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="344" />
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="346" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="348" />
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="350" />
        <source>&amp;Tembusan:</source>
        <translation>&amp;Copies to:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="355" />
        <source>Tujuan &amp;disposisi:</source>
        <translation>&amp;Disposition recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="373" />
        <source>Isian</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="373" />
        <source>Dicetak sebagai</source>
        <translation>Prints as</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="389" />
        <source>S&amp;isipkan isian</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="391" />
        <source>Kembalikan ke &amp;bawaan</source>
        <translation>Restore the &amp;default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="393" />
        <source>Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)</source>
        <translation>Replace the text on screen with the default template (stored on Save)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="398" />
        <source>Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian di bawah untuk menyisipkannya di posisi kursor.</source>
        <translation>Paragraphs are separated by an empty line. Write $$ for a plain $ sign. Double-click a placeholder below to insert it at the cursor.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="499" />
        <source>Nomor berikutnya dengan Sifat lain: %1</source>
        <translation>Next numbers with another Sifat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="515" />
        <source>tanpa
logo</source>
        <translation>no
logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="516" />
        <source>Berkas tidak ditemukan atau bukan gambar</source>
        <translation>File not found or not an image</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="521" />
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="523" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="549" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="554" />
        <source>Surat contoh dengan pengaturan di layar (belum disimpan, tidak bernomor resmi).</source>
        <translation>Sample letter with the settings on screen (not saved, no official number).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="586" />
        <source>Pengaturan surat penerusan disimpan</source>
        <translation>Forwarding letter settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/letter_settings_dialog.py" line="597" />
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
        <location filename="../../ui/archive/loan_desk_view.py" line="285" />
        <source>18 digit, dicetak pada bon peminjaman (boleh kosong)</source>
        <translation>18 digits, printed on the loan slip (may be empty)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="290" />
        <source>Golongan peminjam untuk aturan masa pinjam (mis. pimpinan)</source>
        <translation>Borrower category for the loan-period rules (e.g. pimpinan)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="292" />
        <source>mis. bahan telaah, klarifikasi</source>
        <translation>e.g. review material, clarification</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="293" />
        <source>Peminjam baru (F9)</source>
        <translation>New borrower (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="296" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="297" />
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="298" />
        <source>Tele&amp;pon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="299" />
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="300" />
        <source>&amp;Golongan:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="301" />
        <source>&amp;Keperluan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="316" />
        <source>Pengembalian</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="329" />
        <source>mis. sampul sobek, dua lembar hilang</source>
        <translation>e.g. torn cover, two sheets missing</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="332" />
        <source>Kondisi:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="333" />
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="336" />
        <source>Pinjamkan (F2)</source>
        <translation>Lend (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="337" />
        <source>Kembalikan (F3)</source>
        <translation>Return (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="338" />
        <source>Perpanjang (F4)</source>
        <translation>Renew (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="339" />
        <source>Antrekan (F6)</source>
        <translation>Queue (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="340" />
        <source>Minta persetujuan (F7)</source>
        <translation>Request approval (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="341" />
        <source>Cetak bon (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="342" />
        <source>Riwayat berkas (F8)</source>
        <translation>File history (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="343" />
        <source>Persetujuan berkas rahasia…</source>
        <translation>Approvals for confidential files…</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="344" />
        <source>Pinjamkan berkas ini kepada peminjam yang terisi</source>
        <translation>Lend this file to the borrower filled in</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="345" />
        <source>Terima kembali berkas ini dengan kondisi yang dipilih</source>
        <translation>Take this file back in the condition chosen</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="346" />
        <source>Perpanjang masa pinjam berkas ini</source>
        <translation>Extend the loan of this file</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="348" />
        <source>Catat permintaan peminjam yang terisi untuk berkas yang sedang dipinjam</source>
        <translation>Queue the filled-in borrower's request for a file that is out</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="350" />
        <source>Minta persetujuan atasan untuk meminjamkan berkas rahasia ini</source>
        <translation>Ask a supervisor's approval to lend this confidential file</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="351" />
        <source>Cetak atau simpan bon peminjaman berkas yang sedang dipinjam</source>
        <translation>Print or save the loan slip of the file that is out</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="481" />
        <source>Isi peminjam lalu tekan Minta persetujuan (F7).</source>
        <translation>Fill in the borrower, then press Request approval (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="495" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="505" />
        <source>RAHASIA</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="507" />
        <source>(tanpa judul)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="508" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="513" />
        <source>… dan %1 surat lain</source>
        <translation>… and %1 more letters</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="514" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="517" />
        <source>DIGABUNG ke %1</source>
        <translation>MERGED into %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="520" />
        <source>DI TEMPAT</source>
        <translation>IN PLACE</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="523" />
        <source>DIPINJAM</source>
        <translation>LENT</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="532" />
        <source>sejak %1, oleh petugas %2</source>
        <translation>since %1, issued by %2</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="536" />
        <location filename="../../ui/archive/loan_desk_view.py" line="886" />
        <source>keperluan: %1</source>
        <translation>purpose: %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="540" />
        <source>(diperpanjang %1 kali)</source>
        <translation>(renewed %1 times)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="550" />
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="615" />
        <source>%1 berkas cocok dengan teks itu: pilih di daftar di bawah.</source>
        <translation>%1 files match that text: pick one in the list below.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="630" />
        <source>Berkas %1 sudah digabung ke berkas %2: pindai atau pinjamkan berkas itu.</source>
        <translation>File %1 was merged into file %2: scan or lend that file.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="639" />
        <source>Berkas %1 ada di tempatnya.</source>
        <translation>File %1 is in its place.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="641" />
        <source>Berkas rahasia: peminjaman perlu persetujuan atasan (F7).</source>
        <translation>Confidential file: lending needs a supervisor's approval (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="643" />
        <source>Isi peminjam lalu tekan Pinjamkan (F2).</source>
        <translation>Fill in the borrower, then press Lend (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="648" />
        <source>Berkas %1 sedang dipinjam oleh %2 (%3), jatuh tempo %4.</source>
        <translation>File %1 is lent to %2 (%3), due %4.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="657" />
        <source>Pindai sekali lagi atau tekan Enter untuk menerimanya kembali (kondisi: %1).</source>
        <translation>Scan it once more or press Enter to take it back (condition: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="662" />
        <source>Kembalikan (F3), perpanjang (F4) atau antrekan (F6).</source>
        <translation>Return (F3), renew (F4) or queue (F6).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="680" />
        <source>%1 berkas cocok dengan «%2»: pilih di daftar di bawah.</source>
        <translation>%1 files match «%2»: pick one in the list below.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="686" />
        <source>Tidak ada berkas yang cocok dengan «%1»</source>
        <translation>No file matches «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="694" />
        <source>dipinjam</source>
        <translation>lent</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="694" />
        <source>di tempat</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="696" />
        <source>digabung ke %1</source>
        <translation>merged into %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="700" />
        <source>Berkas yang cocok dengan «%1»:</source>
        <translation>Files matching «%1»:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="830" />
        <source>Berkas %1 dipinjamkan kepada %2 (%3), kembali paling lambat %4. Cetak bon: Ctrl+P.</source>
        <translation>File %1 lent to %2 (%3), due back by %4. Print the slip: Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="862" />
        <source>Berkas %1 diterima kembali dari %2, kondisi %3. Kembalikan ke %4.</source>
        <translation>File %1 received back from %2, condition %3. Put it back at %4.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="866" />
        <source>tempatnya</source>
        <translation>its place</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="880" />
        <source>Berikutnya dalam antrean: %1 (%2)</source>
        <translation>Next in the queue: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="884" />
        <source>menunggu sejak %1</source>
        <translation>waiting since %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="888" />
        <source>%1 orang dalam antrean</source>
        <translation>%1 people in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="913" />
        <source>Peminjaman berkas %1 oleh %2 diperpanjang sampai %3 (perpanjangan ke-%4).</source>
        <translation>Loan of file %1 to %2 renewed until %3 (renewal %4).</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="937" />
        <source>Permintaan %1 (%2) atas berkas %3 dicatat: urutan ke-%4 dalam antrean.</source>
        <translation>Request of %1 (%2) for file %3 recorded: number %4 in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="961" />
        <source>Permohonan persetujuan nomor %1 untuk %2 atas berkas %3 dikirim ke atasan. Pindai berkas lagi setelah disetujui.</source>
        <translation>Approval request %1 for %2 to borrow file %3 sent to the supervisor. Scan the file again once it is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="979" />
        <source>Tidak ada peminjaman yang dapat dicetak bonnya: pindai berkas yang dipinjam.</source>
        <translation>No loan whose slip could be printed: scan a file that is out.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="991" />
        <source>Bon peminjaman</source>
        <translation>Loan slip</translation>
    </message>
    <message>
        <location filename="../../ui/archive/loan_desk_view.py" line="993" />
        <source>Satu lembar menggantikan berkas di tempatnya, satu dibawa peminjam.</source>
        <translation>One copy stands in the file's place, one goes with the borrower.</translation>
    </message>
</context>
<context>
    <name>LoanSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="85" />
        <source>Pengaturan peminjaman arsip</source>
        <extracomment>The problems of a new rule, all shown on the one line under the rule's fields.</extracomment>
        <translation>Archive lending settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="90" />
        <source>semua berkas</source>
        <translation>all files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="91" />
        <source>berkas rahasia</source>
        <translation>confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="92" />
        <source>berkas tidak rahasia</source>
        <translation>non-confidential files</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="97" />
        <location filename="../../ui/settings/loan_settings_dialog.py" line="189" />
        <source>Masa pinjam</source>
        <translation>Loan period</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="98" />
        <source>Surat pengingat</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="115" />
        <source>Hanya administrator yang dapat mengubah pengaturan peminjaman.</source>
        <translation>Only administrators can change the lending settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="133" />
        <source>Masa pinjam dan pengingat</source>
        <translation>Loan period and reminders</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="142" />
        <source>Masa pinjam &amp;bawaan:</source>
        <translation>&amp;Default loan period:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="143" />
        <source>hari kerja (libur nasional dan cuti bersama tidak dihitung)</source>
        <translation>working days (public holidays and collective leave not counted)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="148" />
        <source>Batas &amp;perpanjangan:</source>
        <translation>Renewal &amp;limit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="149" />
        <source>kali per peminjaman</source>
        <translation>times per loan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="160" />
        <source>pertama</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="160" />
        <source>kedua</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="160" />
        <source>ketiga</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="165" />
        <source>hari kerja terlambat</source>
        <translation>working days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="167" />
        <source>Surat pe&amp;ngingat:</source>
        <translation>Re&amp;minder letters:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="174" />
        <source>Masa pinjam yang baru berlaku untuk peminjaman dan perpanjangan berikutnya; jatuh tempo yang sudah tercatat tidak berubah. Perubahan di bagian ini tersimpan setelah Simpan.</source>
        <translation>A new loan period applies to later loans and renewals; due dates already recorded do not change. Changes in this part are stored with Save.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="181" />
        <source>Aturan masa pinjam</source>
        <translation>Loan-period rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="185" />
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="186" />
        <source>Golongan peminjam</source>
        <translation>Borrower category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="187" />
        <source>Awalan klasifikasi</source>
        <translation>Classification prefix</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="188" />
        <source>Sifat berkas</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="202" />
        <source>semua golongan</source>
        <translation>any category</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="205" />
        <source>mis. HK</source>
        <translation>e.g. HK</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="207" />
        <source>Berkas yang kode klasifikasinya diawali teks ini; kosong: semua kode</source>
        <translation>Files whose classification code starts with this text; empty: every code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="214" />
        <source>&amp;Tambah aturan</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="216" />
        <source>&amp;Hapus aturan terpilih</source>
        <translation>&amp;Delete selected rule</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="219" />
        <source>&amp;Golongan:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="221" />
        <source>&amp;Klasifikasi:</source>
        <translation>Classi&amp;fication:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="225" />
        <source>hari kerja</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="235" />
        <source>Aturan yang paling banyak menyebut hal yang cocok (golongan, klasifikasi, sifat) yang berlaku; bila sama banyak, yang paling atas. Aturan langsung tersimpan saat ditambah atau dihapus.</source>
        <translation>The rule naming the most matching things (category, classification, confidentiality) applies; on a tie, the one highest in the list. Rules are stored at once when added or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="256" />
        <source>Pengingat pertama</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="257" />
        <source>Pengingat kedua</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="258" />
        <source>Pengingat ketiga</source>
        <translation>Third reminder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="264" />
        <source>Kembalikan ke &amp;bawaan</source>
        <translation>Restore the &amp;default</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="265" />
        <source>Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)</source>
        <translation>Replace the text on screen with the default template (stored on Save)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="277" />
        <source>Isian</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="277" />
        <source>Yang dicetak</source>
        <translation>What it prints</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="290" />
        <source>S&amp;isipkan isian</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="294" />
        <source>Surat dicetak dengan kop kantor, nomor, perihal, alamat peminjam dan tanda tangan; di sini isi suratnya. Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian untuk menyisipkannya di posisi kursor. Surat yang sudah dikirim tidak berubah.</source>
        <translation>The letter is printed with the office letterhead, number, subject, the borrower's address and the signature; here is its body. Separate paragraphs with one blank line. Write $$ for a plain $ sign. Double-click a placeholder to insert it at the cursor. Letters already sent do not change.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="309" />
        <source>a.n. (&amp;atas nama):</source>
        <translation>a.n. (&amp;on behalf of):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="310" />
        <source>kosongkan bila tidak atas nama</source>
        <translation>empty when not signed on behalf</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="312" />
        <source>&amp;Jabatan penanda tangan:</source>
        <translation>Signer's &amp;position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="313" />
        <source>Na&amp;ma penanda tangan:</source>
        <translation>Signer's na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="313" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="314" />
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="314" />
        <source>18 digit; boleh kosong</source>
        <translation>18 digits; may be empty</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="317" />
        <source>&amp;Kode klasifikasi:</source>
        <translation>&amp;Classification code:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="318" />
        <source>untuk nomor surat, mis. KA.02.01</source>
        <translation>for the letter number, e.g. KA.02.01</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="358" />
        <source>semua</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="365" />
        <source>%1 hari kerja</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="433" />
        <source>Pengaturan peminjaman disimpan</source>
        <translation>Lending settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="462" />
        <source>Aturan nomor %1 ditambahkan</source>
        <translation>Rule number %1 added</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="479" />
        <source>Aturan nomor %1 dihapus</source>
        <translation>Rule number %1 deleted</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_settings_dialog.py" line="519" />
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
        <location filename="../../ui/main_window.py" line="471" />
        <source>SIPDUMAS — Register Surat Masuk</source>
        <extracomment>Letters changed through this window (saved, moved, registered) or F5: views that show letters (e.g. Tugas saya) fetch theirs again. The user saved another database in the connection dialog and wants to switch to it now. Berkas → Ganti pengguna…: close this window and let someone else sign in, without quitting. What other modules installed into this window (scan intake, …), by name. Whether the window guides a fresh installation's set-up (the client asks for it; a window that only renders itself, ``--screenshot``, or a test's window does not). Kept within the screen once shown; ``gui --screenshot --size`` renders a larger window.</extracomment>
        <translation>SIPDUMAS — Incoming Letter Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502" />
        <source>&amp;Register</source>
        <extracomment>The selected letter's scan, text and fields beside the register (Tampilan → Panel dokumen). The views of the client, one tab each; the register is always there (see :meth:`add_view`).</extracomment>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="583" />
        <source>Kembalikan kolom bawaan</source>
        <translation>Restore default columns</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="599" />
        <source>Tidak ada surat yang cocok dengan filter. Klik «Hapus filter» untuk melihat seluruh register.</source>
        <translation>No letters match the filter. Click «Clear filters» to see the whole register.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602" />
        <source>Register masih kosong. Tekan Ctrl+N untuk mencatat surat pertama.</source>
        <translation>The register is empty. Press Ctrl+N to register the first letter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621" />
        <source>Surat &amp;baru…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624" />
        <source>Catat surat masuk baru (Ctrl+N)</source>
        <translation>Register a new incoming letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="627" />
        <source>&amp;Ubah surat…</source>
        <translation>&amp;Edit letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630" />
        <source>Buka surat terpilih untuk dilihat atau diubah (Enter, Ctrl+E)</source>
        <translation>Open the selected letter to view or edit it (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633" />
        <source>Ubah &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="636" />
        <source>Catat langkah berikutnya: ditelaah, diteruskan, diarsipkan… (Ctrl+T)</source>
        <translation>Record the next step: under review, forwarded, filed… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="639" />
        <source>Bandingkan &amp;duplikat…</source>
        <translation>Compare &amp;duplicate…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642" />
        <source>Bandingkan surat terpilih dengan surat asal yang diulangnya, lalu putuskan (Ctrl+D)</source>
        <translation>Compare the selected letter with the original it repeats, then decide (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645" />
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="648" />
        <source>Kelola akun pengguna: tambah, nonaktifkan, atur ulang kata sandi</source>
        <translation>Manage user accounts: add, deactivate, reset passwords</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654" />
        <source>Ambil ulang register dari basis data (F5)</source>
        <translation>Fetch the register from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658" />
        <source>Panel &amp;dokumen</source>
        <translation>&amp;Document pane</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662" />
        <source>Tampilkan pindaian, teks OCR dan isian surat terpilih di samping register (Ctrl+Shift+D)</source>
        <translation>Show the selected letter’s scan, OCR text and fields beside the register (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667" />
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="669" />
        <source>&amp;Basis data…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672" />
        <source>Pilih berkas SQLite atau server PostgreSQL yang dipakai komputer ini</source>
        <translation>Choose the SQLite file or PostgreSQL server this computer uses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675" />
        <source>&amp;Ganti pengguna…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>Keluar dari akun ini dan masuk sebagai pengguna lain tanpa menutup SIPDUMAS</source>
        <translation>Leave this account and sign in as someone else without closing SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682" />
        <source>&amp;Tentang SIPDUMAS</source>
        <translation>&amp;About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695" />
        <source>&amp;Surat</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714" />
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="743" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="748" />
        <source>Pengguna yang masuk; setiap perubahan dicatat atas nama ini</source>
        <translation>Signed-in user; every change is recorded under this name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="758" />
        <source>SQLite lokal</source>
        <translation>Local SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="759" />
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="854" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="859" />
        <source>Sedikitnya %1 surat cocok dengan filter; menghitung…</source>
        <translation>At least %1 letters match the filter; counting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="861" />
        <source>Sedikitnya %1 surat; menghitung…</source>
        <translation>At least %1 letters; counting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="866" />
        <source>Tidak ada surat yang cocok dengan filter</source>
        <translation>No letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="868" />
        <source>%1 surat cocok dengan filter</source>
        <translation>%1 letters match the filter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="870" />
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="891" />
        <source>Gagal memuat</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="894" />
        <source>Register tidak dapat dimuat</source>
        <translation>The register cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="897" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948" />
        <source>Surat %1 tercatat</source>
        <translation>Letter %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="963" />
        <source>Membuka surat %1…</source>
        <translation>Opening letter %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="963" />
        <source>Membuka surat…</source>
        <translation>Opening letter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990" />
        <source>Surat tidak dapat dibuka</source>
        <translation>The letter cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996" />
        <source>Perubahan surat %1 disimpan</source>
        <translation>Changes to letter %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018" />
        <source>Status surat %1: %2</source>
        <translation>Status of letter %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1048" />
        <source>dikonfirmasi duplikat</source>
        <translation>confirmed duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1049" />
        <source>bukan duplikat</source>
        <translation>not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1052" />
        <source>Surat %1: %2 (%3)</source>
        <translation>Letter %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1112" />
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1211" />
        <source>Tentang SIPDUMAS</source>
        <translation>About SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1213" />
        <source>&lt;b&gt;SIPDUMAS&lt;/b&gt; — Sistem Informasi Pengaduan Masyarakat&lt;br&gt;Register surat pengaduan masyarakat: pencatatan, penelaahan, penerusan dan arsip.&lt;br&gt;&lt;br&gt;Basis data: %1</source>
        <translation>&lt;b&gt;SIPDUMAS&lt;/b&gt; — public complaint information system&lt;br&gt;Register of complaint letters: recording, review, forwarding and archive.&lt;br&gt;&lt;br&gt;Database: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="610" />
        <source>Gabungkan ke berkas %1</source>
        <translation>Merge into file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="614" />
        <source>Surat dari berkas berikut dipindahkan ke berkas %1. Berkas yang dikosongkan tetap ada dan labelnya menunjuk ke berkas ini.</source>
        <translation>The letters of the following files move into file %1. The emptied files remain and their labels point to this file.</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="621" />
        <source>satu kode berkas per baris (pindai labelnya)</source>
        <translation>one file code per line (scan its label)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="631" />
        <source>Tulis atau pindai kode berkas yang digabungkan</source>
        <translation>Type or scan the codes of the files to merge</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="477" />
        <source>Pindahkan berkas %1</source>
        <translation>Move file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="478" />
        <source>(belum ditempatkan)</source>
        <translation>(not placed yet)</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="481" />
        <source>Lokasi baru</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="487" />
        <source>Kode lokasi (label boks):</source>
        <translation>Location code (box label):</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="488" />
        <source>Gedung:</source>
        <translation>Building:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="489" />
        <source>Ruang:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="490" />
        <source>Rak:</source>
        <translation>Shelf:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="491" />
        <source>Boks:</source>
        <translation>Box:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="492" />
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="499" />
        <source>Sekarang:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="500" />
        <source>Pindahkan ke:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="541" />
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
        <location filename="../../ui/common/scan_view.py" line="434" />
        <source>Cari di teks surat… (Ctrl+F)</source>
        <translation>Search the letter's text… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="443" />
        <source>&lt;b&gt;Teks hasil OCR&lt;/b&gt;</source>
        <translation>&lt;b&gt;OCR text&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="482" />
        <source>%1 ditemukan</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="485" />
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
    <name>Outbox</name>
    <message>
        <location filename="../../ui/exchange/texts.py" line="10" />
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="11" />
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="12" />
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="13" />
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="14" />
        <source>Kirim laporan</source>
        <translation>Send report</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="15" />
        <source>Perubahan status</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/texts.py" line="16" />
        <location filename="../../ui/exchange/texts.py" line="34" />
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="54" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="65" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="66" />
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="67" />
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="68" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="69" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="70" />
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="71" />
        <source>Berikutnya</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="72" />
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="77" />
        <source>&amp;Kirim sekarang</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="78" />
        <source>Kirim semua pesan yang sudah waktunya</source>
        <translation>Send every message that is due</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="79" />
        <source>Coba &amp;lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="81" />
        <source>Kirim ulang pesan terpilih sekarang, percobaan dihitung dari awal</source>
        <translation>Send the selected message again now, counting attempts afresh</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="83" />
        <source>&amp;Batalkan</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="84" />
        <source>Jangan kirim pesan terpilih</source>
        <translation>Do not send the selected message</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="85" />
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="95" />
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="126" />
        <source>%1 menunggu · %2 gagal · %3 terkirim</source>
        <translation>%1 pending · %2 failed · %3 sent</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="135" />
        <source>Nomor pelacakan %1</source>
        <translation>Tracking ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="186" />
        <source>Mengirim…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="203" />
        <source>Terkirim %1, dicoba lagi nanti %2, gagal %3</source>
        <translation>Sent %1, to be retried %2, failed %3</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="232" />
        <source>Batalkan pesan</source>
        <translation>Cancel message</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="232" />
        <source>Alasan (boleh kosong):</source>
        <translation>Reason (may be empty):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/outbox_view.py" line="247" />
        <source>Pesan %1: %2</source>
        <translation>Message %1: %2</translation>
    </message>
</context>
<context>
    <name>OutgoingExportDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="370" />
        <source>Buku ekspedisi surat keluar</source>
        <translation>Dispatch book of outgoing letters</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="370" />
        <source>Agenda surat keluar</source>
        <translation>Outgoing letters register</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="379" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="381" />
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="399" />
        <source>Tanggal awal jatuh setelah tanggal akhir.</source>
        <translation>The start date falls after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="408" />
        <source>%1 surat keluar disimpan ke %2.</source>
        <translation>%1 outgoing letters saved to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="413" />
        <source>Versi cetak: %1.</source>
        <translation>Printable version: %1.</translation>
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
        <location filename="../../ui/common/scan_view.py" line="141" />
        <source>Halaman sebelumnya (PgUp)</source>
        <extracomment>The runner's lane for drawing pages, beside the database lane. Where a field was read, drawn on the page: amber like the intake form when the value is unsure. The evidence on show: word boxes (page, left, top, width, height) in the pixels of the page image OCR read, those images' sizes per page, and whether the value is unsure (amber).</extracomment>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="142" />
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="146" />
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="150" />
        <source>Perbesar (Ctrl+=)</source>
        <translation>Zoom in (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="151" />
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="151" />
        <source>Paskan lebar halaman (Ctrl+0)</source>
        <translation>Fit the page width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="153" />
        <source>⟳ Putar</source>
        <translation>⟳ Rotate</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="153" />
        <source>Putar 90° searah jarum jam (Ctrl+R)</source>
        <translation>Rotate 90° clockwise (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="291" />
        <source>Memuat halaman…</source>
        <translation>Loading page…</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="347" />
        <source>Halaman tidak dapat ditampilkan: %1</source>
        <translation>The page cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/scan_view.py" line="408" />
        <source>Hal. %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/common/paged_model.py" line="266" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="67" />
        <source>Menyiapkan pratinjau…</source>
        <extracomment>What the PDF holds, one line each (e.g. the reminders just sent), above the pages.</extracomment>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="69" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="70" />
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="71" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="90" />
        <source>%1 halaman</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="102" />
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="111" />
        <source>Dicetak.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location filename="../../ui/common/pdf_dialog.py" line="125" />
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>PeriodicReportDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="288" />
        <source>Laporan evaluasi berkala</source>
        <translation>Periodic evaluation report</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="292" />
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="292" />
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="292" />
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="301" />
        <source>Hari yang dipakai untuk menilai ketepatan waktu</source>
        <translation>The day timeliness is judged on</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="302" />
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="303" />
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="304" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="305" />
        <source>Dinilai per:</source>
        <translation>Judged as of:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="325" />
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="343" />
        <source>Laporan %1 (%2 surat) disimpan ke %3.</source>
        <translation>Report %1 (%2 letters) saved to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="349" />
        <source>Versi cetak: %1.</source>
        <translation>Printable version: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="185" />
        <source>Ekspor buku agenda surat masuk</source>
        <translation>Export the incoming-letter agenda book</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="193" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="198" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="201" />
        <source>Semua instansi</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="203" />
        <source>nama pengguna analis (kosong: semua)</source>
        <translation>analyst's user name (empty: all)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="204" />
        <source>Untuk instansi lain: tanpa identitas pengadu</source>
        <translation>For other agencies: without the complainants' identity</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="207" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="209" />
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="210" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="211" />
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="212" />
        <source>Instansi:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="213" />
        <source>Analis:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="248" />
        <source>Tanggal awal jatuh setelah tanggal akhir.</source>
        <translation>The start date falls after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="264" />
        <source>%1 surat disimpan ke %2.</source>
        <translation>%1 letters saved to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="269" />
        <source>Versi cetak: %1.</source>
        <translation>Printable version: %1.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="191" />
        <source>Impor register lama</source>
        <extracomment>The field names the core's rejection reasons start with ("nik: NIK harus 16 digit angka"), by field key. Starting widths (pixels) of the preview's columns; other fields get 130.</extracomment>
        <translation>Import a legacy register</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="208" />
        <source>1  Berkas</source>
        <translation>1  File</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="209" />
        <source>2  Pemetaan kolom</source>
        <translation>2  Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="210" />
        <source>3  Pratinjau</source>
        <translation>3  Preview</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="211" />
        <source>4  Impor</source>
        <translation>4  Import</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="220" />
        <source>« &amp;Kembali</source>
        <translation>« &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="222" />
        <location filename="../../ui/register/import_dialog.py" line="445" />
        <source>&amp;Lanjut »</source>
        <translation>&amp;Next »</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="225" />
        <location filename="../../ui/register/import_dialog.py" line="453" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="257" />
        <source>Pilih register lama (buku agenda) dari kantor atau unit: buku kerja Excel (.xlsx), CSV atau JSON Lines (.jsonl). Baris pertama berisi judul kolom. Tidak ada yang disimpan sebelum langkah terakhir; baris yang sudah pernah diimpor tidak diimpor lagi.</source>
        <translation>Choose a legacy register (buku agenda) of an office or unit: an Excel workbook (.xlsx), CSV or JSON Lines (.jsonl). The first row holds the column headings. Nothing is stored before the last step; rows imported before are not imported again.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="264" />
        <source>Seret berkas register ke sini
(.xlsx, .csv, .jsonl)</source>
        <translation>Drop a register file here
(.xlsx, .csv, .jsonl)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="270" />
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="272" />
        <location filename="../../ui/register/import_dialog.py" line="547" />
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="292" />
        <source>Kolom di berkas</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="292" />
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="292" />
        <source>Kolom register</source>
        <translation>Register field</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="326" />
        <location filename="../../ui/register/import_dialog.py" line="373" />
        <source>&amp;Simpan daftar ditolak…</source>
        <extracomment>The rejected rows of the import, shown once it is done.</extracomment>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="366" />
        <source>%v / %m baris</source>
        <translation>%v / %m rows</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="408" />
        <location filename="../../ui/register/import_dialog.py" line="699" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="408" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="442" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="451" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="485" />
        <source>Pilih register lama</source>
        <translation>Choose a legacy register</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="487" />
        <source>Register lama (*.xlsx *.csv *.jsonl);;Semua berkas (*)</source>
        <translation>Legacy register (*.xlsx *.csv *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="519" />
        <source>Membaca judul kolom %1…</source>
        <translation>Reading the column headings of %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="536" />
        <source>%1: %2 kolom</source>
        <translation>%1: %2 columns</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="549" />
        <location filename="../../ui/register/import_dialog.py" line="777" />
        <source>Berkas «%1» tidak dapat dibaca: %2</source>
        <translation>The file «%1» cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="567" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="572" />
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="583" />
        <source>%1 · %2 kolom. Pemetaan yang tersimpan untuk sumber ini (judul kolom yang sama) dipakai; ubah bila perlu.</source>
        <translation>%1 · %2 columns. The mapping saved for this source (the same column headings) is used; change it if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="588" />
        <source>%1 · %2 kolom. Pemetaan ditebak dari judul kolom: periksa setiap kolom. Kolom yang diabaikan tidak diimpor.</source>
        <translation>%1 · %2 columns. The mapping was guessed from the column headings: check every column. Ignored columns are not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="630" />
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="632" />
        <source>%1 ✗ belum dipetakan</source>
        <translation>%1 ✗ not mapped yet</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="634" />
        <source>Kolom wajib (*): %1</source>
        <translation>Required fields (*): %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="661" />
        <source>Memeriksa seluruh berkas %1…</source>
        <translation>Checking the whole file %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="666" />
        <source>&lt;b&gt;Baris yang akan ditolak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rows that would be rejected&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="670" />
        <source>Membaca baris pertama…</source>
        <translation>Reading the first rows…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="699" />
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="704" />
        <source>✗ ditolak: %1</source>
        <translation>✗ rejected: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="707" />
        <source>↺ sudah ada, dilewati</source>
        <translation>↺ already there, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="710" />
        <source>✓ akan diimpor</source>
        <translation>✓ will be imported</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="729" />
        <source>&lt;b&gt;%1 baris pertama sebagaimana akan disimpan&lt;/b&gt; (baris yang ditolak: abu-abu, sebagaimana terbaca)</source>
        <translation>&lt;b&gt;The first %1 rows as they will be stored&lt;/b&gt; (rejected rows: grey, as read)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="735" />
        <source>Pratinjau tidak dapat dibaca.</source>
        <translation>The preview cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="747" />
        <source>(nomor baru)</source>
        <translation>(new number)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="763" />
        <source>Memeriksa seluruh berkas %1… %2 baris diperiksa</source>
        <translation>Checking the whole file %1… %2 rows checked</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="774" />
        <source>Berkas tidak dapat diimpor.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="786" />
        <source>%1 baris diperiksa: %2 akan diimpor · %3 ditolak · %4 sudah pernah diimpor (dilewati).</source>
        <translation>%1 rows checked: %2 would be imported · %3 rejected · %4 imported before (skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="795" />
        <source>Tidak ada baris baru: berkas ini sudah pernah diimpor.</source>
        <translation>No new rows: this file was imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="797" />
        <source>Berkas tidak berisi baris data.</source>
        <translation>The file holds no data rows.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="806" />
        <source>&lt;b&gt;Tidak ada baris yang ditolak.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No rows are rejected.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="809" />
        <source>&lt;b&gt;%1 baris ditolak&lt;/b&gt; (%2 yang pertama dicantumkan)</source>
        <translation>&lt;b&gt;%1 rows rejected&lt;/b&gt; (the first %2 listed)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="813" />
        <source>&lt;b&gt;%1 baris ditolak&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 rows rejected&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="844" />
        <source>Simpan daftar baris ditolak</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="846" />
        <source>Buku kerja Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="855" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="860" />
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="861" />
        <source>Tidak dapat disimpan: %1</source>
        <translation>Cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="876" />
        <source>Mengimpor %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="901" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="911" />
        <source>Mengimpor %1… %2 baris dibaca, %3 surat baru sejauh ini</source>
        <translation>Importing %1… %2 rows read, %3 new letters so far</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="923" />
        <source>%1 surat dari bagian sebelumnya sudah tersimpan; impor berkas ini lagi untuk melanjutkan (yang sudah tersimpan dilewati).</source>
        <translation>%1 letters from the parts before are stored; import this file again to continue (what is stored is skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="928" />
        <source>Impor dibatalkan: tidak ada baris yang disimpan, register tetap seperti semula.</source>
        <translation>Import cancelled: no rows were stored, the register is as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="931" />
        <source>Impor dibatalkan.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="934" />
        <source>Impor terhenti.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="936" />
        <source>Impor gagal: tidak ada baris yang disimpan.</source>
        <translation>Import failed: no rows were stored.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="942" />
        <source>Impor selesai: %1 surat baru diimpor, %2 baris ditolak, %3 baris dilewati karena sudah pernah diimpor.</source>
        <translation>Import done: %1 new letters imported, %2 rows rejected, %3 rows skipped as imported before.</translation>
    </message>
    <message>
        <location filename="../../ui/register/import_dialog.py" line="951" />
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
        <location filename="../../ui/register/model.py" line="233" />
        <source>No. agenda</source>
        <extracomment>Pages kept in memory; older ones are dropped and fetched again if the user scrolls back. Page requests waiting for the worker; when the user flings the scrollbar, older wishes are dropped. The row's :class:`LetterDeadlines` (None while not fetched). The icon a flag column's heading shows. Deadlines of the letters in memory, by letter id (kept and dropped with their pages). The deadline lengths (for the tooltips), fetched with each first page.</extracomment>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="234" />
        <source>Tgl diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="235" />
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="236" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="237" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="238" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="239" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="240" />
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="241" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="242" />
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="243" />
        <source>Kode berkas</source>
        <translation>File code</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="244" />
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="245" />
        <source>Tgl surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="246" />
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="270" />
        <source>Kantor ini hanya disebut dalam tembusan, bukan sebagai tujuan surat</source>
        <translation>This office is only a carbon-copy recipient, not the addressee</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="272" />
        <source>Tanda silang merah: identitas kurang, tanpa nama pengirim atau tanpa cara menghubunginya (telepon, e-mail, alamat); kosong: identitas lengkap</source>
        <translation>Red cross: identity incomplete, no sender name or no way to reach the sender (phone, e-mail, address); empty: identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="276" />
        <source>jingga: kemungkinan pengiriman ulang surat lain; merah tua: dikonfirmasi analis; abu-abu dicoret: ditolak analis; biru: surat terkait (hal yang sama dari pengirim lain). Arahkan penunjuk ke tanda untuk nomor agenda suratnya; Ctrl+D membandingkan.</source>
        <translation>orange: possibly a re-sent copy of another letter; dark red: confirmed by an analyst; grey struck through: rejected by an analyst; blue: related letters (same matter from other senders). Point at the mark for the letters’ agenda numbers; Ctrl+D compares.</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="350" />
        <source>Hanya tembusan</source>
        <translation>Carbon copy only</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="352" />
        <source>Identitas lengkap</source>
        <translation>Identity complete</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="352" />
        <source>Identitas kurang</source>
        <translation>Identity missing</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="402" />
        <source>Terkait: %1</source>
        <translation>Related: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="406" />
        <source>Dikonfirmasi: pengiriman ulang %1</source>
        <translation>Confirmed: re-sent copy of %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="407" />
        <source>Ditolak: bukan pengiriman ulang %1</source>
        <translation>Rejected: not a re-sent copy of %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="408" />
        <source>Kemungkinan pengiriman ulang %1</source>
        <translation>Possibly a re-sent copy of %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="433" />
        <source>Terkait dengan surat %1: hal yang sama dari pengirim lain (bukan duplikat)</source>
        <translation>Related to letter %1: the same matter from another sender (not a duplicate)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="280" />
        <source>Kode pada label berkas fisik (barcode)</source>
        <translation>Code on the physical file's label (barcode)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="282" />
        <source>Tenggat tahap yang sedang ditunggu surat (telaah, penerusan, penyelesaian), dalam hari kerja; merah: lewat tenggat, dengan jumlah hari kerja keterlambatannya</source>
        <translation>Deadline of the step the letter is waiting on (review, forwarding, settlement), in working days; red: past the deadline, with the working days late</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="377" />
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="422" />
        <source>Nama pengirim atau cara menghubunginya (telepon, e-mail, alamat) tidak ada</source>
        <translation>The sender's name or a way to reach them (phone, e-mail, address) is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="438" />
        <source>Dikonfirmasi analis: pengiriman ulang surat %1</source>
        <translation>Confirmed by an analyst: re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="439" />
        <source>Ditolak analis: bukan pengiriman ulang surat %1</source>
        <translation>Rejected by an analyst: not a re-sent copy of letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="441" />
        <source>Kemungkinan pengiriman ulang surat %1 (belum ditelaah)</source>
        <translation>Possibly a re-sent copy of letter %1 (not yet reviewed)</translation>
    </message>
    <message>
        <location filename="../../ui/register/model.py" line="445" />
        <source>Ctrl+D: bandingkan kedua surat</source>
        <translation>Ctrl+D: compare both letters</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="158" />
        <source>Telaah surat %s</source>
        <translation>Review of letter %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="163" />
        <source>id surat, dipisah koma</source>
        <translation>letter ids, comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="165" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="173" />
        <source>Pokok permasalahan</source>
        <translation>Core problem</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="174" />
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="175" />
        <source>Surat terkait</source>
        <translation>Related letters</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="176" />
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="177" />
        <source>Catatan rekomendasi</source>
        <translation>Recommendation note</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="191" />
        <source>Peran Anda tidak berwenang menelaah surat.</source>
        <translation>Your role may not review letters.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="212" />
        <source>Terakhir ditulis oleh %s</source>
        <translation>Last written by %s</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/review_dialogs.py" line="223" />
        <source>Surat terkait: tulis id surat (angka) dipisah koma.</source>
        <translation>Related letters: write letter ids (numbers), comma-separated.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/common/value_labels.py" line="30" />
        <source>Analis</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="31" />
        <source>Arsiparis</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="32" />
        <source>Staf administrasi</source>
        <translation>Administrative staff</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="33" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/common/value_labels.py" line="34" />
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
        <location filename="../../ui/intake/scan_watcher.py" line="117" />
        <source>Folder keluaran pemindai</source>
        <translation>Scanner output folder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_watcher.py" line="129" />
        <source>Folder tidak ditemukan: %1</source>
        <translation>Folder not found: %1</translation>
    </message>
</context>
<context>
    <name>ScanImportDialog</name>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="103" />
        <source>Impor pindaian</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="112" />
        <source>Seret berkas pindaian ke sini
(PNG, JPEG, TIFF, PDF, TXT, EML; boleh satu folder)</source>
        <translation>Drag scan files here
(PNG, JPEG, TIFF, PDF, TXT, EML; a folder is fine too)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="120" />
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="122" />
        <source>Belum ada berkas.</source>
        <translation>No files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="125" />
        <location filename="../../ui/intake/scan_import_dialog.py" line="201" />
        <source>%v / %m halaman</source>
        <translation>%v / %m pages</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="129" />
        <source>&lt;b&gt;Tidak terbaca:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unreadable:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="134" />
        <location filename="../../ui/intake/scan_import_dialog.py" line="198" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="136" />
        <source>P&amp;eriksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="160" />
        <source>Pilih berkas pindaian</source>
        <translation>Choose scan files</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="203" />
        <source>Membaca %1 berkas…</source>
        <translation>Reading %1 files…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="226" />
        <source>Berkas %1 dari %2 selesai · sedang membaca %3</source>
        <translation>File %1 of %2 done · reading %3</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="242" />
        <source>Pembacaan berhenti: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="253" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="257" />
        <source>Dibatalkan: %1 dari %2 berkas sudah terbaca.</source>
        <translation>Cancelled: %1 of %2 files were read.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="260" />
        <source>%v / %m halaman terbaca (dibatalkan)</source>
        <translation>%v / %m pages read (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="262" />
        <source>Selesai: %1 dari %2 berkas terbaca; yang tidak terbaca tercantum di bawah.</source>
        <translation>Done: %1 of %2 files read; the unreadable ones are listed below.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="264" />
        <source>Selesai: %1 dari %2 berkas terbaca.</source>
        <translation>Done: %1 of %2 files read.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="266" />
        <source>P&amp;eriksa %1 surat</source>
        <translation>C&amp;heck %1 letters</translation>
    </message>
    <message>
        <location filename="../../ui/intake/scan_import_dialog.py" line="276" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SettingsIntegration</name>
    <message>
        <location filename="../../ui/settings/integration.py" line="44" />
        <source>&amp;Instansi dan aturan penerusan…</source>
        <translation>&amp;Agencies and routing rules…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="46" />
        <source>Kelola instansi tujuan penerusan dan aturan yang menyarankan instansi untuk tiap surat</source>
        <translation>Manage the agencies letters are forwarded to and the rules that suggest one for each letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="48" />
        <source>Pengaturan &amp;surat penerusan…</source>
        <translation>Forwarding &amp;letter settings…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="51" />
        <source>Kop surat, pola nomor, penandatangan, tembusan dan isi surat penerusan, dengan pratinjau</source>
        <translation>Letterhead, number pattern, signer, copies and body of forwarding letters, with a preview</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="54" />
        <source>&amp;Tenggat dan hari kerja…</source>
        <translation>&amp;Deadlines and working days…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="56" />
        <source>Tenggat penelaahan, penerusan dan penyelesaian; hari libur kantor</source>
        <translation>Review, forwarding and settlement deadlines; office days off</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="58" />
        <source>&amp;Peminjaman arsip…</source>
        <translation>Archive &amp;lending…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="60" />
        <source>Masa pinjam, batas perpanjangan, aturan per golongan dan jenis berkas, surat pengingat</source>
        <translation>Loan period, renewal limit, rules per borrower category and kind of file, reminder letters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="62" />
        <source>&amp;Cadangan dan jejak audit…</source>
        <translation>&amp;Backups and audit trail…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="64" />
        <source>Cadangan harian basis data dan berkas, cadangan sekarang, dan sidik jejak audit</source>
        <translation>Daily backup of the database and files, a backup now, and the audit trail's hash</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="67" />
        <source>Penyiapan a&amp;wal…</source>
        <translation>First-time &amp;set-up…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="69" />
        <source>Panduan penyiapan: kop surat, penandatangan dan instansi tujuan, langkah demi langkah</source>
        <translation>Set-up guide: letterhead, signer and agencies, step by step</translation>
    </message>
    <message>
        <location filename="../../ui/settings/integration.py" line="85" />
        <source>Pe&amp;ngaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="93" />
        <source>Penyiapan awal SIPDUMAS</source>
        <extracomment>The settings each page sets (to show the service's refusal on the right page).</extracomment>
        <translation>SIPDUMAS first-time set-up</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="113" />
        <source>Selamat datang di SIPDUMAS</source>
        <translation>Welcome to SIPDUMAS</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="114" />
        <source>Sebelum surat penerusan pertama dicetak, lengkapi tiga hal berikut.</source>
        <translation>Before the first forwarding letter is printed, complete these three things.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="122" />
        <source>1. Kop surat: nama kantor, alamat dan kontak yang dicetak di atas setiap surat.
2. Penandatangan: jabatan, nama dan NIP pejabat yang menandatangani surat penerusan.
3. Instansi tujuan: paling sedikit satu instansi yang menerima surat penerusan.

Semua dapat diubah kemudian di menu Pengaturan.</source>
        <translation>1. Letterhead: the office's name, address and contact printed at the top of every letter.
2. Signer: position, name and NIP of the official who signs forwarding letters.
3. Agencies: at least one agency that receives forwarding letters.

Everything can be changed later in the Settings menu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="136" />
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="137" />
        <source>Nama kantor persis seperti dicetak pada kop surat, satu baris per baris.</source>
        <translation>The office's name exactly as printed on the letterhead, one line per line.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="144" />
        <source>kota yang ditulis sebelum tanggal, mis. Jakarta</source>
        <translation>the city written before the date, e.g. Jakarta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="148" />
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="149" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="150" />
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="151" />
        <source>&amp;Tempat surat:</source>
        <translation>&amp;Place of writing:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="159" />
        <source>Penandatangan surat penerusan</source>
        <translation>Signer of forwarding letters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="160" />
        <source>Pejabat yang menandatangani surat penerusan atas nama kantor.</source>
        <translation>The official who signs forwarding letters for the office.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="163" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="165" />
        <source>18 digit; kosongkan bila tidak ada</source>
        <translation>18 digits; leave empty if there is none</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="169" />
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="170" />
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="171" />
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="180" />
        <source>Instansi tujuan penerusan</source>
        <translation>Agencies letters are forwarded to</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="183" />
        <source>Tambahkan paling sedikit satu instansi; aturannya diatur kemudian di Pengaturan → Instansi dan aturan penerusan.</source>
        <translation>Add at least one agency; its rules are set later in Settings → Agencies and routing rules.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="189" />
        <source>mis. Pemerintah Kota Medan</source>
        <translation>e.g. Pemerintah Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="191" />
        <source>baris «Yth.», mis. Wali Kota Medan</source>
        <translation>the «Yth.» line, e.g. Wali Kota Medan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="193" />
        <source>&amp;Tambah instansi</source>
        <translation>&amp;Add agency</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="198" />
        <source>Na&amp;ma instansi:</source>
        <translation>Agency na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="199" />
        <source>&amp;Yth.:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="200" />
        <source>A&amp;lamat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="205" />
        <source>Instansi yang sudah ada:</source>
        <translation>Agencies already there:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="233" />
        <source>Penyiapan sudah lengkap; Anda dapat memeriksa dan mengubahnya di sini.</source>
        <translation>The set-up is complete; you can check and change it here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="236" />
        <source>nama penandatangan masih «%1»</source>
        <translation>the signer's name is still «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="238" />
        <source>belum ada instansi tujuan</source>
        <translation>no agency yet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="239" />
        <source>Belum lengkap: %1.</source>
        <translation>Not complete yet: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/setup_wizard.py" line="260" />
        <source>Nama instansi wajib diisi</source>
        <translation>The agency's name is required</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="645" />
        <source>Pisahkan surat dari berkas %1</source>
        <translation>Split letters off file %1</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="656" />
        <source>Judul berkas baru:</source>
        <translation>Title of the new file:</translation>
    </message>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="658" />
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
        <location filename="../../ui/workflow/status_dialog.py" line="83" />
        <source>Surat ini sudah selesai; statusnya tidak dapat diubah lagi.</source>
        <translation>This letter is closed; its status cannot change any more.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="86" />
        <source>Langkah berikutnya surat ini bukan wewenang peran Anda (mis. menutup pengaduan).</source>
        <translation>The next step of this letter is not one your role may take (e.g. closing a complaint).</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/status_dialog.py" line="115" />
        <source>Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. Periksa lalu pilih lagi status barunya.</source>
        <translation>Another user changed this letter; its newest version was loaded. Check it, then choose the new status again.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="70" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="75" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="75" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="75" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="84" />
        <location filename="../../ui/settings/users_dialog.py" line="201" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="86" />
        <source>Atur &amp;ulang kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="88" />
        <source>&amp;Jabatan dan NIP…</source>
        <translation>&amp;Position and NIP…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="91" />
        <source>Jabatan dan NIP yang dicetak pada tanda terima dan lembar disposisi yang ditandatangani akun ini</source>
        <translation>The position and NIP printed on the receipts and disposition sheets this account signs</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="101" />
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="103" />
        <source>tanpa spasi, mis. budi.santoso</source>
        <translation>no spaces, e.g. budi.santoso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="111" />
        <source>paling sedikit %1 karakter</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="115" />
        <source>&amp;Tambah akun</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="118" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="119" />
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="120" />
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="121" />
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="122" />
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="127" />
        <source>Basis data ini belum memiliki akun; Anda bekerja sebagai administrator lokal. Setelah akun pertama dibuat, setiap orang harus masuk dengan akunnya dan administrator lokal tidak berlaku lagi: buatlah akun Administrator lebih dulu.</source>
        <translation>This database has no accounts yet; you are working as the local administrator. Once the first account exists, everyone must sign in with an account and the local administrator no longer applies: create an Administrator account first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="138" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="172" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="172" />
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="201" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="211" />
        <source>Nama pengguna wajib diisi</source>
        <translation>A user name is required</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="213" />
        <source>Nama pengguna tidak boleh memuat spasi</source>
        <translation>The user name may not contain spaces</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="225" />
        <source>Akun %1 dibuat</source>
        <translation>Account %1 created</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="233" />
        <source>Akun %1 diaktifkan</source>
        <translation>Account %1 activated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="233" />
        <source>Akun %1 dinonaktifkan</source>
        <translation>Account %1 deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="245" />
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="246" />
        <source>Kata sandi baru untuk %1 (paling sedikit %2 karakter):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="260" />
        <location filename="../../ui/settings/users_dialog.py" line="269" />
        <source>Jabatan dan NIP</source>
        <translation>Position and NIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="261" />
        <source>Jabatan %1:</source>
        <translation>Position of %1:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="270" />
        <source>NIP %1 (18 digit; kosongkan bila tidak ber-NIP):</source>
        <translation>NIP of %1 (18 digits; empty when there is none):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="281" />
        <source>Jabatan dan NIP %1 disimpan</source>
        <translation>Position and NIP of %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="287" />
        <source>Kata sandi paling sedikit %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_dialog.py" line="293" />
        <source>Kata sandi %1 diganti</source>
        <translation>Password of %1 changed</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../ui/archive/file_history_view.py" line="443" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_OutputDialog</name>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="63" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="65" />
        <source>Cetak juga sebagai PDF (di samping berkas xlsx)</source>
        <translation>Also print as PDF (beside the xlsx file)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="70" />
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="74" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="96" />
        <source>Simpan ke:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="111" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="119" />
        <source>Pilih berkas tujuan.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="125" />
        <source>Folder %1 tidak ada.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/register/exports_dialog.py" line="146" />
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
        <location filename="../../ui/workflow/forwarding_view.py" line="172" />
        <source>Penandatangan belum diatur</source>
        <translation>The signer is not set</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="175" />
        <source>Surat penerusan akan diberi nomor dan ditandatangani «%1», nama contoh bawaan SIPDUMAS.</source>
        <translation>The forwarding letter will be numbered and signed «%1», the sample name SIPDUMAS ships with.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="180" />
        <source>Atur nama pejabat penandatangan lebih dulu di Pengaturan → Pengaturan surat penerusan… (tab Penandatangan dan tembusan), atau teruskan juga bila memang disengaja.</source>
        <translation>Set the signing official's name first in Settings → Forwarding-letter settings… (tab Signer and carbon copies), or forward anyway if that is intended.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="186" />
        <source>&amp;Atur penandatangan…</source>
        <translation>&amp;Set the signer…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="187" />
        <source>&amp;Teruskan juga</source>
        <translation>&amp;Forward anyway</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="188" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/forwarding_view.py" line="660" />
        <source>Tidak dapat diproses</source>
        <translation>Cannot be processed</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/help.py" line="33" />
        <source>&amp;Panduan singkat</source>
        <translation>Short &amp;manual</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="35" />
        <source>Cara memakai SIPDUMAS dalam beberapa halaman (F1)</source>
        <translation>How to use SIPDUMAS in a few pages (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="37" />
        <source>Pintasan &amp;keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39" />
        <source>Daftar tombol pintas (Ctrl+/)</source>
        <translation>The list of shortcut keys (Ctrl+/)</translation>
    </message>
</context>
</TS>