"""A third set of letters in complainants' styles, written for these tests: letters typed in capitals,
titles and degrees around names, a signature in brackets under "ttd", a ``Cq.`` line, tembusan entries
that repeat "Kepada Yth.", e-mails to "Bapak/Ibu", dates with a trailing full stop. Pure text: fast."""

from __future__ import annotations

import datetime

from sipdumas.intake import parse_letter

ALL_CAPS_HEAD = """\
AMBON, 03 MARET 2025.

KEPADA YTH.
BAPAK PRESIDEN REPUBLIK INDONESIA
CQ. MENTERI SEKRETARIS NEGARA
DI JAKARTA

PERIHAL : PERMOHONAN BANTUAN RUMAH IBADAH

Dengan hormat,
Saya, Drs. H. Muhammad Yusuf Latuconsina, M.Si., pensiunan guru, alamat Jl. Sultan Hairun No. 4,
Kelurahan Honipopu, Kecamatan Sirimau, Kota Ambon, HP 0813 4300 2211, mengajukan permohonan bantuan
renovasi masjid di kampung kami yang rusak akibat gempa.

Hormat Saya,
Ttd.

( Drs. H. Muhammad Yusuf Latuconsina, M.Si. )
"""


def test_head_in_capitals_titles_and_degrees_and_a_bracketed_signature():
    ex = parse_letter(ALL_CAPS_HEAD)
    assert ex.letter_date == datetime.date(2025, 3, 3)
    assert ex.place.casefold() == "ambon"
    assert ex.addressee.casefold() == "bapak presiden republik indonesia"
    assert ex.subject.casefold() == "permohonan bantuan rumah ibadah"
    assert ex.sender.name == "Drs. H. Muhammad Yusuf Latuconsina, M.Si."
    assert ex.sender.address == "Jl. Sultan Hairun No. 4, Kelurahan Honipopu, Kecamatan Sirimau, Kota Ambon"
    assert ex.sender.phone == "+6281343002211"
    # Addressed to the President through the ministry: not a carbon copy.
    assert ex.carbon_copy is False


MAIL_TO_BAPAK_IBU = """\
Dari: Rina Oktaviani <rina.okta@contoh.id>
Tanggal: Senin, 14 April 2025 21.07
Kepada: humas@contoh.go.id
Subjek: Guru honorer belum digaji 5 bulan

Kepada Yth. Bapak/Ibu Pimpinan Kementerian Pendidikan Dasar dan Menengah

Selamat malam Bapak/Ibu. Saya Rina Oktaviani, guru honorer di SD Negeri 2 Tanjung Selor, Kabupaten
Bulungan, Kalimantan Utara. Sejak November 2024 gaji honor kami belum dibayar sama sekali.

Mohon bantuannya. Terima kasih.

Salam,
Rina Oktaviani
0852 4700 1188
"""


def test_mail_to_bapak_ibu_with_salam():
    ex = parse_letter(MAIL_TO_BAPAK_IBU)
    assert ex.addressee == "Bapak/Ibu Pimpinan Kementerian Pendidikan Dasar dan Menengah"
    assert ex.subject == "Guru honorer belum digaji 5 bulan"
    assert ex.letter_date == datetime.date(2025, 4, 14)
    assert ex.place is None
    assert ex.sender.name == "Rina Oktaviani"
    assert ex.sender.phone == "+6285247001188"
    assert ex.sender.email == "rina.okta@contoh.id"


TABLE_WITH_KTP = """\
Hal   : Pengaduan pungutan PTSL
Lamp. : 3 lembar

Kepada Yth.
Bapak Menteri Agraria dan Tata Ruang/
Kepala Badan Pertanahan Nasional
di Jakarta

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama Lengkap : Hj. Siti Aminah binti Abdullah
No. KTP      : 6371 0555 0960 0002
Alamat Rumah : Jl. Veteran Gg. Sepakat RT 12, Kelurahan Sungai Baru, Kecamatan Banjarmasin Tengah,
               Kota Banjarmasin
Telp./HP     : 0811-5100-992

menyampaikan bahwa panitia PTSL di kelurahan kami memungut biaya Rp 2.500.000 per bidang.

Banjarmasin, 21 Mei 2025
Hormat saya,

Hj. Siti Aminah

Tembusan:
1. Kepada Yth. Bapak Presiden RI
2. Kepada Yth. Gubernur Kalimantan Selatan
"""


def test_table_with_ktp_number_and_a_wrapped_addressee():
    ex = parse_letter(TABLE_WITH_KTP)
    assert ex.subject == "Pengaduan pungutan PTSL"
    assert ex.addressee == "Bapak Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional"
    assert ex.sender.name == "Hj. Siti Aminah binti Abdullah"
    assert ex.sender.nik == "6371055509600002"
    assert ex.sender.address == (
        "Jl. Veteran Gg. Sepakat RT 12, Kelurahan Sungai Baru, Kecamatan Banjarmasin Tengah, Kota Banjarmasin"
    )
    assert ex.sender.phone == "+628115100992"
    assert ex.cc == ["Bapak Presiden RI", "Gubernur Kalimantan Selatan"]
    assert ex.carbon_copy is True
    assert ex.letter_date == datetime.date(2025, 5, 21)


NO_SALUTATION_SHORT_LINES = """\
Yth. Bpk. Kapolsek Cibinong

Saya mau lapor.
Motor saya hilang di parkiran pasar tanggal 3 Juni 2025.
Sudah lapor ke satpam tapi tidak ada tindak lanjut.
Tolong dibantu pak.

Dodi Firmansyah
Kp. Pabuaran RT 03/04, Desa Pabuaran, Kec. Cibinong
WA 0896 1234 0087
"""


def test_short_lines_without_salutation_and_a_signature_with_address():
    ex = parse_letter(NO_SALUTATION_SHORT_LINES)
    assert ex.addressee == "Bpk. Kapolsek Cibinong"
    assert ex.sender.name == "Dodi Firmansyah"
    assert ex.sender.address == "Kp. Pabuaran RT 03/04, Desa Pabuaran, Kec. Cibinong"
    assert ex.sender.phone == "+6289612340087"
    assert ex.letter_date is None


SECOND_PAGE_SIGNATURE = """\
Makassar, 9 Januari 2025

Kepada Yth.
Ketua Ombudsman RI Perwakilan Sulawesi Selatan
di Makassar

Perihal: Laporan penundaan berlarut pelayanan IMB

Dengan hormat,
Saya Andi Baso Pawellangi, S.T., beralamat di BTN Minasa Upa Blok K5 No. 2, Kelurahan Gunung Sari,
Kecamatan Rappocini, Kota Makassar, melaporkan bahwa permohonan IMB saya sejak Maret 2024 belum
diproses.

- 1 -
\f- 2 -
Saya mohon Ombudsman memeriksa keterlambatan ini.

Demikian laporan saya.

Hormat saya,


Andi Baso Pawellangi, S.T.
Telp. 0411-866 123

Tembusan:
Wali Kota Makassar
"""


def test_signature_and_tembusan_on_page_two():
    ex = parse_letter(SECOND_PAGE_SIGNATURE)
    assert ex.sender.name == "Andi Baso Pawellangi, S.T."
    assert (
        ex.sender.address
        == "BTN Minasa Upa Blok K5 No. 2, Kelurahan Gunung Sari, Kecamatan Rappocini, Kota Makassar"
    )
    assert ex.sender.phone == "+62411866123"
    assert ex.cc == ["Wali Kota Makassar"]
    assert ex.addressee == "Ketua Ombudsman RI Perwakilan Sulawesi Selatan"
    assert ex.subject == "Laporan penundaan berlarut pelayanan IMB"


def test_sign_off_and_name_on_one_line():
    text = (
        "Kepada Yth. Bapak Camat Sukasari\n\nDengan hormat,\nLampu penerangan jalan di gang kami mati sejak "
        "dua bulan dan belum diperbaiki oleh petugas.\n\nHormat saya, Budi Hartawan\nHP 0813 2211 0099\n"
    )
    ex = parse_letter(text)
    assert ex.sender.name == "Budi Hartawan"
    assert ex.sender.phone == "+6281322110099"


def test_tembusan_entries_on_the_tembusan_line():
    base = "Kepada Yth. Bapak Bupati Cilacap\n\nDengan hormat,\n"
    base += "Jalan desa kami rusak parah sejak tahun lalu.\n\n"
    ex = parse_letter(base + "Tembusan: Bapak Presiden RI; Camat Bantarsari\n")
    assert ex.cc == ["Bapak Presiden RI", "Camat Bantarsari"]
    ex = parse_letter(base + "Tembusan : 1. Gubernur Jawa Tengah 2. Ketua DPRD Kabupaten Cilacap\n")
    assert ex.cc == ["Gubernur Jawa Tengah", "Ketua DPRD Kabupaten Cilacap"]
    ex = parse_letter(base + "Tembusan: Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi\n")
    assert ex.cc == ["Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"]
