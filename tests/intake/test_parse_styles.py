"""Letters written the way complainants write them, in layouts and wordings written for these tests.

Each letter varies what real letters vary and the sample sets may not have: the order of the head's
parts, odd punctuation after ``Kepada Yth``, an addressee named as a person, a title instead of ``Hal``,
identity inside a sentence, a signature with an address and an e-mail and no ``Hormat saya``, ranks and
degrees in names, a lawyer or an organisation writing, e-mail headers, dates and phones in other
formats, OCR noise in lists. Values follow the conventions of the styled sample's README (name without
honorifics and ranks but with the person's own degrees; addressee without Kepada/Yth/di; tembusan
without numbering, Yth., "di <city>" and Arsip). Pure text: fast.
"""

from __future__ import annotations

import datetime

import pytest

from sipdumas.intake import parse_letter
from sipdumas.intake.names import clean_name

SEMICOLON_DI_TEMPAT = """\
Kepada Yth ;
Ibu Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Depok
Di Tempat

Perihal ; Permohonan percepatan cetak KTP elektronik

Dengan hormat,
Saya yang bertanda tangan di bawah ini, nama saya Yustina Maharani, umur 37 tahun, alamat saya
Perumahan Griya Asri Blok C4 No. 11, Kelurahan Tirtajaya, Kecamatan Sukmajaya, Kota Depok, nomor
telepon 0838 7712 4490, mengajukan permohonan agar KTP elektronik saya yang rusak segera dicetak ulang.

Sudah empat bulan sejak 2 Januari 2025 saya hanya diberi surat keterangan.

Depok, 28 April 2025
Hormat saya,

Yustina Maharani
"""


def test_semicolons_di_tempat_and_identity_sentence():
    ex = parse_letter(SEMICOLON_DI_TEMPAT)
    assert ex.addressee == "Ibu Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Depok"
    assert ex.subject == "Permohonan percepatan cetak KTP elektronik"
    assert ex.sender.name == "Yustina Maharani"
    assert ex.sender.address == (
        "Perumahan Griya Asri Blok C4 No. 11, Kelurahan Tirtajaya, Kecamatan Sukmajaya, Kota Depok"
    )
    assert ex.sender.phone == "+6283877124490"
    assert ex.letter_date == datetime.date(2025, 4, 28)
    assert ex.place == "Depok"


INVERTED_AND_TITLE = """\
Kepada Ibu Wali Kota Surabaya Yth.
di -
Surabaya

PUNGUTAN PARKIR LIAR DI DEPAN PASAR KEPUTRAN

Selamat pagi Ibu Wali Kota,
saya Gregorius Tanoto, pedagang sayur, warga Jl. Keputran Kejambon II No. 8, Kelurahan Keputran,
Kecamatan Tegalsari, Kota Surabaya. Setiap pagi kami ditarik uang parkir dua kali oleh orang yang
berbeda, padahal karcis resmi sudah dibayar.

Mohon ditertibkan. Terima kasih.

Surabaya, 3 Maret 2025
Gregorius Tanoto
WA 0813 3020 5571
"""


def test_inverted_addressee_title_in_capitals_and_no_sign_off():
    ex = parse_letter(INVERTED_AND_TITLE)
    assert ex.addressee == "Ibu Wali Kota Surabaya"
    assert ex.subject.casefold() == "pungutan parkir liar di depan pasar keputran"
    assert ex.subject.startswith("Pungutan parkir")
    assert ex.sender.name == "Gregorius Tanoto"
    assert ex.sender.phone == "+6281330205571"
    assert ex.sender.address.startswith("Jl. Keputran Kejambon II No. 8, Kelurahan Keputran")
    assert ex.sender.address.endswith("Kota Surabaya")
    assert ex.letter_date == datetime.date(2025, 3, 3)
    assert ex.place == "Surabaya"


PERSON_ADDRESSEE = """\
Garut, 14 Agustus 2024

Yth. Bapak Ir. H. Dedi Supriadi, M.T.
Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut
Jl. Pembangunan No. 183
Garut

Hal : Jembatan gantung Kampung Cibunar putus

Dengan hormat,
Kami warga Kampung Cibunar melaporkan bahwa jembatan gantung satu-satunya putus diterjang banjir.

Hormat kami,
Koordinator Warga,

Ujang Komarudin
Kampung Cibunar RT 02 RW 05, Desa Sukamulya, Kecamatan Cikajang
HP. 0852 2233 1098
"""


def test_addressee_named_as_a_person_is_the_office_on_the_next_line():
    ex = parse_letter(PERSON_ADDRESSEE)
    assert ex.addressee == "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut"
    assert ex.sender.name == "Ujang Komarudin"
    assert ex.sender.address == "Kampung Cibunar RT 02 RW 05, Desa Sukamulya, Kecamatan Cikajang"
    assert ex.sender.phone == "+6285222331098"
    assert ex.subject == "Jembatan gantung Kampung Cibunar putus"


SIGNATURE_WITH_EMAIL = """\
Yth. Direktur Utama PT PLN (Persero)
di Jakarta

Sejak tiga bulan listrik di gang kami padam hampir setiap malam selama dua sampai tiga jam tanpa
pemberitahuan. Kulkas dan pompa air warga rusak. Laporan ke nomor pengaduan selalu dijawab sedang
dalam penanganan.

Mohon perhatian dan perbaikan jaringan.

Kolonel (Purn.) Drs. Bambang Sutejo
Jl. Cempaka Putih Raya Gg. Haji Ung No. 21, Kelurahan Cempaka Putih Timur, Kota Jakarta Pusat
bambang.sutejo@contoh.id
"""


def test_signature_with_address_and_email_and_no_sign_off_and_a_rank():
    ex = parse_letter(SIGNATURE_WITH_EMAIL)
    assert ex.sender.name == "Drs. Bambang Sutejo"
    assert ex.sender.email == "bambang.sutejo@contoh.id"
    assert ex.sender.address.startswith("Jl. Cempaka Putih Raya Gg. Haji Ung No. 21")
    assert ex.identity_complete is True
    assert ex.addressee == "Direktur Utama PT PLN (Persero)"
    assert ex.letter_date is None and ex.place is None
    assert ex.subject is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bapak Kolonel (Purn.) H. Suparman", "H. Suparman"),
        ("Purnawirawan TNI Sutarji", "Sutarji"),
        ("Serka (Purn) Made Wirawan", "Made Wirawan"),
        ("AKBP (Purn.) Drs. Tigor Simanjuntak, M.H.", "Drs. Tigor Simanjuntak, M.H."),
        ("Sdri. Ni Luh Putu Ariani, S.E.", "Ni Luh Putu Ariani, S.E."),
        ("Ny. Hj. Rahmawati", "Hj. Rahmawati"),
        ("Ibu dr. Lestiani Wulandari, Sp.A.", None),  # a lower-case title that starts the name: see below
        ("Pak Lurah", None),
        ("Warga RT 04", None),
        ("A.n. Keluarga Besar Almarhum Sukirman", None),
        ("Ketua Kelompok Tani", None),
    ],
)
def test_names_lose_honorifics_and_ranks_but_keep_degrees(written, name):
    got = clean_name(written)
    if written.startswith("Ibu dr."):
        assert got is None or got.endswith("Lestiani Wulandari, Sp.A.")
    else:
        assert got == name


LAWYER_TABLE = """\
KANTOR HUKUM ADNAN NASUTION & REKAN
Advokat - Konsultan Hukum
Jl. Gatot Subroto No. 77 Medan, Telp. (061) 4550 123, e-mail: adnan.law@contoh.id

Nomor : 12/AN/III/2025
Perihal : Pengaduan atas penyerobotan tanah klien kami

Kepada Yth.
Bapak Gubernur Sumatera Utara
di Medan

Dengan hormat,
Kami, Adnan Nasution, S.H., M.H., Advokat, berdasarkan Surat Kuasa Khusus tanggal 3 Maret 2025
bertindak untuk dan atas nama:
Nama        : Tn. Rudolf Sitorus
NIK         : 1271 0412 0567 0003
Alamat      : Jl. Sei Padang Gg. Mawar No. 3, Kelurahan Padang Bulan Selayang I,
              Kecamatan Medan Selayang, Kota Medan
selanjutnya disebut Pemberi Kuasa.

Tanah klien kami seluas 400 m2 dipagar orang tak dikenal sejak Januari 2025.

Medan, 10 Maret 2025
Hormat kami,
Kuasa Hukum,

Adnan Nasution, S.H., M.H.
"""


def test_a_lawyers_letter_is_the_clients_complaint():
    ex = parse_letter(LAWYER_TABLE)
    assert ex.sender.name == "Rudolf Sitorus"
    assert ex.sender.nik == "1271041205670003"
    assert ex.sender.address == (
        "Jl. Sei Padang Gg. Mawar No. 3, Kelurahan Padang Bulan Selayang I, Kecamatan Medan Selayang, "
        "Kota Medan"
    )
    # The law office's phone and e-mail are not the client's.
    assert ex.sender.phone is None
    assert ex.sender.email is None
    assert ex.subject == "Pengaduan atas penyerobotan tanah klien kami"
    assert ex.addressee == "Bapak Gubernur Sumatera Utara"
    assert ex.letter_date == datetime.date(2025, 3, 10)


LAWYER_SENTENCE = """\
Jakarta, 2 Juni 2025

Kepada Yth.
Ketua Komisi Yudisial Republik Indonesia
di Jakarta

Perihal: Laporan dugaan pelanggaran kode etik hakim

Dengan hormat,
Yang bertanda tangan di bawah ini, Maria Goreti Lumbantobing, S.H., advokat pada LBH Keadilan Rakyat,
dalam hal ini bertindak untuk dan atas nama klien kami, Sdr. Hendrikus Bata, beralamat di Jl. Kenari
II No. 5, Kelurahan Kenari, Kecamatan Senen, Kota Jakarta Pusat, menyampaikan laporan berikut.

Hormat kami,
Kuasa Hukum Pelapor

Maria Goreti Lumbantobing, S.H.
HP 0811 9090 1234
"""


def test_a_lawyer_naming_the_client_in_a_sentence():
    ex = parse_letter(LAWYER_SENTENCE)
    assert ex.sender.name == "Hendrikus Bata"
    assert ex.sender.address == "Jl. Kenari II No. 5, Kelurahan Kenari, Kecamatan Senen, Kota Jakarta Pusat"
    assert ex.sender.phone is None  # the lawyer's own number


ORGANISATION = """\
PAGUYUBAN PEDAGANG PASAR BARU "MAJU BERSAMA"
Sekretariat: Jl. Pasar Baru Blok A No. 1, Kelurahan Pasar Baru, Kecamatan Sawah Besar, Kota Jakarta Pusat
Telp. 021-3841 2277

Nomor    : 05/PPPB/II/2025
Lampiran : -
Hal      : Keberatan atas kenaikan retribusi kios

Jakarta, 17 Februari 2025

Kepada Yth.
Bapak Direktur Utama Perumda Pasar Jaya
di -
Tempat

Dengan hormat,
Kami pengurus paguyuban menyampaikan keberatan atas kenaikan retribusi kios sebesar 60 persen.

Hormat kami,
Ketua,                              Sekretaris,


H. Abdul Rozak                      Siti Nurjanah

Tembusan Yth.:
- Bapak Gubernur DKI Jakarta
- Ketua DPRD Provinsi DKI Jakarta
- Arsip
"""


def test_an_organisation_is_its_chairman_with_the_kop_address_and_phone():
    ex = parse_letter(ORGANISATION)
    assert ex.sender.name == "H. Abdul Rozak"
    assert ex.sender.address == (
        "Jl. Pasar Baru Blok A No. 1, Kelurahan Pasar Baru, Kecamatan Sawah Besar, Kota Jakarta Pusat"
    )
    assert ex.sender.phone == "+622138412277"
    assert ex.subject == "Keberatan atas kenaikan retribusi kios"
    assert ex.addressee == "Bapak Direktur Utama Perumda Pasar Jaya"
    assert ex.cc == ["Bapak Gubernur DKI Jakarta", "Ketua DPRD Provinsi DKI Jakarta"]
    assert ex.letter_date == datetime.date(2025, 2, 17)


ENGLISH_MAIL_HEADERS = """\
From: Nyoman Sudarsana <nyoman.s@contoh.id>
Sent: Wednesday, 9 April 2025 08:15
To: pengaduan@contoh.go.id
Subject: Izin usaha homestay tidak kunjung terbit

Yth. Bapak Menteri Pariwisata,

Om Swastiastu. Saya Nyoman Sudarsana, pemilik homestay kecil di Desa Penglipuran, Kecamatan Bangli,
Kabupaten Bangli. Permohonan izin saya lewat OSS sudah enam bulan berstatus menunggu verifikasi.

Om Shanti Shanti Shanti Om.
Nyoman Sudarsana
0812-3650-7788
"""


def test_mail_with_english_headers():
    ex = parse_letter(ENGLISH_MAIL_HEADERS)
    assert ex.letter_date == datetime.date(2025, 4, 9)
    assert ex.place is None
    assert ex.subject == "Izin usaha homestay tidak kunjung terbit"
    assert ex.addressee == "Bapak Menteri Pariwisata"
    assert ex.sender.name == "Nyoman Sudarsana"
    assert ex.sender.phone == "+6281236507788"
    assert ex.sender.email == "nyoman.s@contoh.id"  # the sender's mailbox, not the office's


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("Bandung, Senin, 3 Maret 2025", datetime.date(2025, 3, 3), "Bandung"),
        ("Bandung, Senin 3 Maret 2025", datetime.date(2025, 3, 3), "Bandung"),
        ("Kab. Bogor, 05/06/2025", datetime.date(2025, 6, 5), "Kab. Bogor"),
        ("Pangkal Pinang, 12 Okt. 2024", datetime.date(2024, 10, 12), "Pangkal Pinang"),
        ("Tulungagung, tanggal 7-8-2024", datetime.date(2024, 8, 7), "Tulungagung"),
        ("Gresik 12 Juni 2025", datetime.date(2025, 6, 12), "Gresik"),
        ("1 September 2024", datetime.date(2024, 9, 1), None),
        ("Kamis, 1 Mei 2025", datetime.date(2025, 5, 1), None),
    ],
)
def test_place_and_date_line_formats_at_the_bottom(line, date, place):
    text = (
        "Kepada Yth. Bapak Bupati\n\nDengan hormat,\nPada tanggal 2 Januari 2024 jalan desa kami longsor "
        "dan sampai sekarang belum diperbaiki oleh dinas.\n\n" + line + "\nHormat saya,\n\nSuwarni\n"
    )
    ex = parse_letter(text)
    assert ex.letter_date == date
    assert ex.place == place


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("WA 0812 1234 5678", "+6281212345678"),
        ("HP/WA: +62 813-2211-4455", "+6281322114455"),
        ("Telp/WA : (0274) 512345", "+62274512345"),
        ("No. HP saya 0857.1122.3344", "+6285711223344"),
        ("nomor WhatsApp 62 878 9900 1122", "+6287899001122"),
    ],
)
def test_phone_written_in_a_sentence_or_label(written, e164):
    text = (
        "Dengan hormat,\nSaya, Sri Mulyani, warga Desa Karangrejo, Kecamatan Garum, "
        f"{written}, melaporkan hal ini.\n"
    )
    assert parse_letter(text).sender.phone == e164


NIP_AND_BODY_DATES = """\
Kepada Yth.
Kepala Badan Kepegawaian Daerah Provinsi Jambi
di Jambi

Hal: Gaji dipotong tanpa penjelasan

Dengan hormat,
Saya Hasanudin, S.Pd., NIP 198204152009011003, NIK 1571021504820002, guru SD di Kota Jambi,
beralamat di Jl. Kapten Pattimura No. 9, Kelurahan Kenali Besar, Kecamatan Alam Barajo, Kota Jambi.
Sejak 1 Oktober 2024 gaji saya dipotong Rp 750.000 tanpa surat apa pun.

Jambi, 20 Desember 2024
Hormat saya,

Hasanudin, S.Pd.
"""


def test_nip_is_not_the_nik_and_body_dates_are_not_the_letter_date():
    ex = parse_letter(NIP_AND_BODY_DATES)
    assert ex.sender.nik == "1571021504820002"
    assert ex.sender.name == "Hasanudin, S.Pd."
    assert ex.letter_date == datetime.date(2024, 12, 20)
    assert (
        ex.sender.address
        == "Jl. Kapten Pattimura No. 9, Kelurahan Kenali Besar, Kecamatan Alam Barajo, Kota Jambi"
    )


ANONYMOUS_GROUP = """\
Kepada Yth. Bapak Kapolres Lombok Timur

Kami warga Dusun Lendang Bedurik resah karena judi sabung ayam setiap malam Minggu di lapangan dusun.
Kami tidak berani menyebut nama.

Lombok Timur, 8 Juni 2025

A.n. Warga Dusun Lendang Bedurik
"""


def test_anonymous_group_letter_has_no_sender():
    ex = parse_letter(ANONYMOUS_GROUP)
    assert ex.sender.to_json() == {"name": None, "nik": None, "phone": None, "email": None, "address": None}
    assert ex.identity_complete is False
    assert ex.addressee == "Bapak Kapolres Lombok Timur"
    assert ex.letter_date == datetime.date(2025, 6, 8)
    assert ex.place == "Lombok Timur"


TEMBUSAN_STYLES = """\
Kepada Yth.
Bapak Bupati Lamongan
di Lamongan

Dengan hormat,
Saya Siti Khotijah, warga Desa Sendangharjo, Kecamatan Brondong, menyampaikan keluhan soal air PDAM.

Hormat saya,

Siti Khotijah

Tembusan disampaikan kepada :
1. Yth. Bapak Presiden Republik Indonesia di Jakarta;
2. Yth. Menteri Pekerjaan Umum di Jakarta;
3. Yth. Gubernur Jawa Timur di Surabaya; dan
4. Arsip.
"""


def test_tembusan_without_yth_di_city_and_file_copy():
    ex = parse_letter(TEMBUSAN_STYLES)
    assert ex.cc == ["Bapak Presiden Republik Indonesia", "Menteri Pekerjaan Umum", "Gubernur Jawa Timur"]
    assert ex.carbon_copy is True


OCR_DAMAGED_LIST = """\
Kepada Yth.
Bapak Gubernur Jawa Barat
di Bandung

Dengan hormat,
Saya Darsono, warga Desa Cibeureum, Kecamatan Sukamantri, melaporkan jalan provinsi yang rusak.

Hormat saya,

Darsono

Tembusan :

|. Bapak Presiden RI

- 2. Menteri Pekerjaan Umum
. Kepala Dinas Bina Marga Provinsi Jawa Barat

Bupati Ciamis

5. Arsip

aon
"""


def test_tembusan_survives_ocr_damage_to_numbers_and_blank_lines():
    ex = parse_letter(OCR_DAMAGED_LIST)
    assert ex.cc == [
        "Bapak Presiden RI",
        "Menteri Pekerjaan Umum",
        "Kepala Dinas Bina Marga Provinsi Jawa Barat",
        "Bupati Ciamis",
    ]


TERLAPOR_TABLE = """\
Kepada Yth.
Ketua Ombudsman Republik Indonesia Perwakilan Sulawesi Tengah
di Palu

Perihal : Laporan maladministrasi pelayanan sertifikat

Dengan hormat,
Identitas terlapor:
Nama    : Drs. Hamka Lasaka
Jabatan : Kepala Seksi pada Kantor Pertanahan

Saya yang bernama Fransiska Tandi, umur 52 tahun, pekerjaan petani, tinggal di Desa Lolu,
Kecamatan Sigi Biromaru, Kabupaten Sigi, HP 0852 4100 7766, melaporkan bahwa permohonan sertifikat
saya ditahan dengan alasan yang tidak jelas.

Palu, 11 November 2024
Hormat saya,

Fransiska Tandi
"""


def test_a_table_about_the_person_complained_of_is_not_the_sender():
    ex = parse_letter(TERLAPOR_TABLE)
    assert ex.sender.name == "Fransiska Tandi"
    assert ex.sender.address == "Desa Lolu, Kecamatan Sigi Biromaru, Kabupaten Sigi"
    assert ex.sender.phone == "+6285241007766"


OFFICIAL_ORDER = """\
Nomor   : -
Lampiran: 2 lembar
Hal     : Permohonan pemeriksaan penyaluran BLT Dana Desa
                                                    Wonosobo, 4 Juli 2025
Kepada
Yth. Inspektur Kabupaten Wonosobo
di
WONOSOBO

Assalamu'alaikum Wr. Wb.
Yang bertanda tangan di bawah ini:
Nama             : Slamet Riyadi
Tempat/Tgl Lahir : Wonosobo, 2 Februari 1971
Alamat           : Dusun Krajan RT 001 RW 002, Desa Kalikajar,
                   Kecamatan Kalikajar, Kabupaten Wonosobo
No. Telp/HP      : 0822-4310-9876
mengajukan permohonan pemeriksaan penyaluran BLT Dana Desa tahun 2025.

Wassalamu'alaikum Wr. Wb.
Hormat saya,


( Slamet Riyadi )
"""


def test_official_order_with_greeting_and_a_signature_in_brackets():
    ex = parse_letter(OFFICIAL_ORDER)
    assert ex.subject == "Permohonan pemeriksaan penyaluran BLT Dana Desa"
    assert ex.letter_date == datetime.date(2025, 7, 4)
    assert ex.place == "Wonosobo"
    assert ex.addressee == "Inspektur Kabupaten Wonosobo"
    assert ex.sender.name == "Slamet Riyadi"
    assert ex.sender.address == (
        "Dusun Krajan RT 001 RW 002, Desa Kalikajar, Kecamatan Kalikajar, Kabupaten Wonosobo"
    )
    assert ex.sender.phone == "+6282243109876"


SHORT_ANGRY = """\
yth bapak presiden
tolong pak jalan di kampung kami sudah 10 tahun tidak pernah diaspal, tiap hujan jadi sungai lumpur!!
anak2 sekolah jatuh terus. kami capek lapor ke desa tidak ada hasil
warga kampung
"""


def test_short_angry_letter():
    ex = parse_letter(SHORT_ANGRY)
    assert ex.addressee.casefold() == "bapak presiden"
    assert ex.sender.name is None
    assert ex.subject is None
    assert ex.letter_date is None


TITLE_TWO_LINES_AFTER_ADDRESSEE = """\
Kepada Yth:
Bapak Ketua Dewan Perwakilan Rakyat Daerah
Kabupaten Kutai Kartanegara
di Tenggarong

LAPORAN PENCEMARAN SUNGAI MAHAKAM OLEH
LIMBAH TAMBANG BATU BARA

Salam sejahtera,
Nama saya Yohanes Lawing, nelayan di Kelurahan Loa Kulu Kota, Kecamatan Loa Kulu. Sejak bulan
lalu air sungai berwarna hitam dan ikan banyak yang mati.

Tenggarong, Jumat 6 Juni 2025

Yohanes Lawing
Telp. 0853 4822 1190
"""


def test_title_over_two_lines_and_addressee_over_two_lines():
    ex = parse_letter(TITLE_TWO_LINES_AFTER_ADDRESSEE)
    assert ex.subject.casefold() == "laporan pencemaran sungai mahakam oleh limbah tambang batu bara"
    assert ex.addressee == "Bapak Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Kutai Kartanegara"
    assert ex.sender.name == "Yohanes Lawing"
    assert ex.sender.phone == "+6285348221190"
    assert ex.letter_date == datetime.date(2025, 6, 6)
    assert ex.place == "Tenggarong"


def test_values_not_in_the_letter_stay_null_and_evidence_points_at_lines():
    ex = parse_letter(SIGNATURE_WITH_EMAIL)
    for key in ("letter_date", "place", "subject", "sender.nik", "sender.phone"):
        assert key not in ex.confidence and key not in ex.evidence
    assert ex.evidence["sender.name"].lines == ["Kolonel (Purn.) Drs. Bambang Sutejo"]
    assert ex.evidence["sender.email"].lines == ["bambang.sutejo@contoh.id"]
    assert ex.evidence["addressee"].lines == ["Yth. Direktur Utama PT PLN (Persero)"]
    data = ex.to_json()
    assert data["evidence"]["sender.name"]["lines"] == ["Kolonel (Purn.) Drs. Bambang Sutejo"]
    assert set(data["confidence"]) == set(ex.confidence)
