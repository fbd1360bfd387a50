"""More letters in real complainants' styles, several as OCR gives them back from a scan: blank lines
inside blocks, stray marks from specks and signatures, a broken line in the middle of a sentence,
look-alike characters. Written for these tests (no sample letter copied); the field values follow the
styled sample's README conventions. Pure text: fast.
"""

from __future__ import annotations

import datetime

from sipdumas.intake import parse_letter

KOP_KELOMPOK_OCR = """\
KELOMPOK PEREMPUAN PENENUN "SEKAR WANGI"
Desa Pringgasela Selatan, Kecamatan Pringgasela, Kabupaten Lombok Timur - HP 0819 0733 2145

Nomor : 02/KPP-SW/V/2025
Lampiran : -

Perihal : Bantuan alat tenun yang tidak sampai

kepada anggota kelompok
Pringgasela, 19 Mei 2025

Kepada Yth.
Bapak Menteri Koperasi dan UKM

Republik Indonesia

di -

Jakarta

Dengan hormat,

Kami kelompok penenun yang beranggotakan 34 orang ibu rumah tangga menyampaikan bahwa bantuan
alat tenun bukan mesin tahun 2024 yang diumumkan untuk kelompok kami tidak pernah diterima.

Demikian, atas perhatian Bapak kami ucapkan terima kasih.

Hormat kami,
Ketua Kelompok,

ee Nt

Baiq Nurhayati

Tembusan :

1. Bapak Presiden Republik Indonesia
2. Gubernur Nusa Tenggara Barat

3. Arsip

i ;
"""


def test_kop_of_a_group_with_ocr_blank_lines():
    ex = parse_letter(KOP_KELOMPOK_OCR)
    assert ex.sender.name == "Baiq Nurhayati"
    assert ex.sender.address == "Desa Pringgasela Selatan, Kecamatan Pringgasela, Kabupaten Lombok Timur"
    assert ex.sender.phone == "+6281907332145"
    assert ex.subject == "Bantuan alat tenun yang tidak sampai kepada anggota kelompok"
    assert ex.addressee == "Bapak Menteri Koperasi dan UKM Republik Indonesia"
    assert ex.letter_date == datetime.date(2025, 5, 19)
    assert ex.place == "Pringgasela"
    assert ex.cc == ["Bapak Presiden Republik Indonesia", "Gubernur Nusa Tenggara Barat"]
    assert ex.carbon_copy is True


SENTENCE_BROKEN_BY_OCR = """\
Kupang, 2 September 2024

Kepada Yth.
Bapak Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi NTT
di Kupang

Hal : Sertifikat tanah tertahan

Dengan hormat,

Saya yang bernama Agustinus Bria Seran, umur 61 tahun, pekerjaan pensiunan, bertempat tinggal di
Jl. Timor Raya Km. 12, Kelurahan Oesapa, Kecamatan Kelapa Lima, Kota Kupang, dengan ini

menyampaikan bahwa sertifikat tanah saya yang diukur sejak tahun 2021 belum juga terbit. Nomor HP
saya 0852 3900 1167.

Hormat saya,

W Ae

Agustinus Bria Seran
"""


def test_identity_sentence_broken_by_an_ocr_paragraph():
    ex = parse_letter(SENTENCE_BROKEN_BY_OCR)
    assert ex.sender.name == "Agustinus Bria Seran"
    assert ex.sender.address == "Jl. Timor Raya Km. 12, Kelurahan Oesapa, Kecamatan Kelapa Lima, Kota Kupang"
    assert ex.sender.phone == "+6285239001167"
    assert ex.addressee == "Bapak Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi NTT"
    assert ex.subject == "Sertifikat tanah tertahan"


TABLE_OCR_GAPS = """\
Kepada Yth,
Bapak Bupati Bantul

di Bantul

Perihal: Permohonan perbaikan irigasi

Dengan hormat,

Yang bertanda tangan di bawah ini :

Nama : Sukirno

NIK : 3402 1208 0563 0001

Pekerjaan : Petani

Alamat : Dusun Jetis RT 04, Desa Sumberagung, Kecamatan

Jetis, Kabupaten Bantul

No HP : 0878 3912 0045

Dengan ini mohon saluran irigasi tersier di dusun kami diperbaiki karena jebol sejak Februari.

Bantul, 3 Juni 2025
Hormat saya,

Sukirno
"""


def test_identity_table_with_ocr_blank_lines_and_a_wrapped_address():
    ex = parse_letter(TABLE_OCR_GAPS)
    assert ex.sender.name == "Sukirno"
    assert ex.sender.nik == "3402120805630001"
    assert ex.sender.address == "Dusun Jetis RT 04, Desa Sumberagung, Kecamatan Jetis, Kabupaten Bantul"
    assert ex.sender.phone == "+6287839120045"
    assert ex.addressee == "Bapak Bupati Bantul"
    assert ex.letter_date == datetime.date(2025, 6, 3)


PETITION = """\
Kepada Yth.
Bapak Kepala Kepolisian Resor Kampar
di Bangkinang

Perihal : Petisi warga menolak galian C ilegal

Dengan hormat,
Kami yang bertanda tangan di bawah ini, warga Desa Rumbio, Kecamatan Kampar, menolak kegiatan galian C
yang merusak tebing Sungai Kampar.

Narahubung: Rizal Effendi, Jl. Raya Rumbio No. 40, Desa Rumbio, Kecamatan Kampar, HP 0813 7100 4521.

Rumbio, 15 Januari 2025

Hormat kami,
Warga Desa Rumbio

No. Nama          Tanda tangan
1.  Rizal Effendi   .........
2.  Syamsiar        .........
3.  Mukhlis         .........
"""


def test_petition_names_the_contact_person():
    ex = parse_letter(PETITION)
    assert ex.sender.name == "Rizal Effendi"
    assert ex.sender.address == "Jl. Raya Rumbio No. 40, Desa Rumbio, Kecamatan Kampar"
    assert ex.sender.phone == "+6281371004521"
    assert ex.subject == "Petisi warga menolak galian C ilegal"
    assert ex.place == "Rumbio"


SUBJECT_AFTER_SALUTATION_LINE = """\
Yth. Ibu Menteri Keuangan Republik Indonesia
Gedung Djuanda I
Jl. Dr. Wahidin Raya No. 1
Jakarta Pusat

Perihal : Pengembalian kelebihan bayar pajak

Salam hormat,

Saya, Lie Kwok Hwa, NIK 3578062011660004, pedagang, beralamat di Jl. Kembang Jepun No. 55, Kelurahan
Bongkaran, Kecamatan Pabean Cantian, Kota Surabaya, ingin menanyakan pengembalian kelebihan bayar pajak
tahun 2023 yang belum dicairkan.

Terima kasih atas perhatiannya.

Hormat saya,
Lie Kwok Hwa
lie.kwokhwa@contoh.id
"""


def test_street_lines_under_the_addressee_and_salam_hormat():
    ex = parse_letter(SUBJECT_AFTER_SALUTATION_LINE)
    assert ex.addressee == "Ibu Menteri Keuangan Republik Indonesia"
    assert ex.subject == "Pengembalian kelebihan bayar pajak"
    assert ex.sender.name == "Lie Kwok Hwa"
    assert ex.sender.nik == "3578062011660004"
    assert ex.sender.address == (
        "Jl. Kembang Jepun No. 55, Kelurahan Bongkaran, Kecamatan Pabean Cantian, Kota Surabaya"
    )
    assert ex.sender.email == "lie.kwokhwa@contoh.id"
    assert ex.letter_date is None


MENSESNEG_ONLY_IN_TEMBUSAN = """\
Palembang, 10-10-2024

Kepada Yth.
Bapak Gubernur Sumatera Selatan
di Palembang

Hal: Ganti rugi lahan jalan tol belum dibayar

Dengan hormat,
Saya Ahmad Rifa'i, NIK 1671030505700004, warga Jl. Sukabangun II Lr. Damai No. 7, Kelurahan
Sukajaya, Kecamatan Sukarami, Kota Palembang, HP 0812-7800-3344, menyampaikan bahwa ganti rugi lahan
saya untuk jalan tol belum dibayar.

Hormat saya,

Ahmad Rifa'i

Tembusan:
- Menteri Sekretaris Negara Republik Indonesia
- Kepala Badan Pertanahan Nasional
"""


def test_the_ministry_only_in_the_tembusan_is_a_carbon_copy():
    ex = parse_letter(MENSESNEG_ONLY_IN_TEMBUSAN)
    assert ex.carbon_copy is True
    assert ex.cc == ["Menteri Sekretaris Negara Republik Indonesia", "Kepala Badan Pertanahan Nasional"]
    assert ex.sender.name == "Ahmad Rifa'i"
    assert (
        ex.sender.address
        == "Jl. Sukabangun II Lr. Damai No. 7, Kelurahan Sukajaya, Kecamatan Sukarami, Kota Palembang"
    )
    assert ex.letter_date == datetime.date(2024, 10, 10)
    assert ex.place == "Palembang"


DATE_ONLY_AT_TOP_NO_HAL = """\
17 Maret 2025

Kepada Yth. Kepala Sekolah SMA Negeri 3 Pematangsiantar

Saya orang tua murid kelas XI IPA 2 ingin bertanya kenapa anak saya diminta membayar uang study tour
Rp 3.500.000 padahal kami tidak mampu. Kalau tidak bayar katanya nilai sikap dikurangi.

Hormat saya,
Ibu Rosdiana br. Purba
HP 0821 6644 9012
"""


def test_date_alone_at_the_top_and_a_name_with_br():
    ex = parse_letter(DATE_ONLY_AT_TOP_NO_HAL)
    assert ex.letter_date == datetime.date(2025, 3, 17)
    assert ex.place is None
    assert ex.subject is None
    assert ex.addressee == "Kepala Sekolah SMA Negeri 3 Pematangsiantar"
    assert ex.sender.name == "Rosdiana br. Purba"
    assert ex.sender.phone == "+6282166449012"


CQ_AND_KEPADA_ALONE = """\
Kepada
Yth. Bapak Presiden Republik Indonesia
c.q. Menteri Agama Republik Indonesia
di
Jakarta

Perihal : Dana BOP madrasah dipotong

Assalamu'alaikum warahmatullahi wabarakatuh,
Dengan hormat, saya Ahmad Zainuri, S.Ag., kepala Madrasah Ibtidaiyah swasta di Kabupaten Pamekasan,
beralamat di Dusun Lebak, Desa Bujur Barat, Kecamatan Batumarmar, Kabupaten Pamekasan, melaporkan
pemotongan dana BOP madrasah oleh oknum sebesar 20 persen.

Wassalamu'alaikum warahmatullahi wabarakatuh.

Pamekasan, 6 Januari 2025

Ahmad Zainuri, S.Ag.
0823 3011 5678
"""


def test_cq_line_and_salutation_with_the_sentence_on_one_line():
    ex = parse_letter(CQ_AND_KEPADA_ALONE)
    assert ex.addressee == "Bapak Presiden Republik Indonesia"
    assert ex.subject == "Dana BOP madrasah dipotong"
    assert ex.sender.name == "Ahmad Zainuri, S.Ag."
    assert ex.sender.address == "Dusun Lebak, Desa Bujur Barat, Kecamatan Batumarmar, Kabupaten Pamekasan"
    assert ex.sender.phone == "+6282330115678"
    assert ex.letter_date == datetime.date(2025, 1, 6)
    assert ex.carbon_copy is False


LOOKALIKES = """\
Kepada Yth.
Bapak Walikota Tangerang Selatan
di Tempat

Hal : Banjir di perumahan

Dengan hormat,
Nama : Stefanus Halim
NIK : 3674O5121O880OO3
Alamat : Perumahan Bukit Indah Blok D2 No. 7, Kelurahan Serua, Kecamatan Ciputat,
Kota Tangerang Selatan
Telp : O812-88O1-2233

Hormat saya,

Stefanus Halim
"""


def test_ocr_lookalikes_in_numbers_are_repaired_with_less_confidence():
    ex = parse_letter(LOOKALIKES)
    assert ex.sender.nik == "3674051210880003"
    assert ex.sender.phone == "+6281288012233"
    assert ex.confidence["sender.nik"] < 0.9
    assert ex.sender.address == (
        "Perumahan Bukit Indah Blok D2 No. 7, Kelurahan Serua, Kecamatan Ciputat, Kota Tangerang Selatan"
    )
    assert ex.addressee == "Bapak Walikota Tangerang Selatan"
