"""Field extraction on letters written for these tests, in layouts the sample corpus does not have.

The corpus is one sample of what arrives; these letters vary what real ones vary: identity as a list
or in a sentence, numeric and abbreviated dates, the ways phones are written, OCR look-alikes in a NIK,
a tembusan that runs onto page 2, letters without identity, and text that is not a letter at all.
Pure text: no OCR, fast.
"""

from __future__ import annotations

import datetime
import random
import string

import pytest

from sipdumas.intake import parse_letter
from sipdumas.intake.dates import find_date

LIST_IDENTITY = """\
PENGADUAN MASYARAKAT
Yogyakarta, 7 Des. 2023

Kepada
Yth. Bapak Gubernur DI Yogyakarta
di Yogyakarta

Perihal : Permohonan perlindungan hukum atas
tanah warisan keluarga kami

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama Lengkap : Ahmad Fauzi
NIK : 3404 0712 0385 0001
Pekerjaan : Petani
Alamat : Dusun Krajan RT 003 RW 001,
Desa Sumbersari, Kec. Moyudan,
Kabupaten Sleman, DI Yogyakarta
No. HP/WA : 0856-4321-0987

Pada tanggal 12 Januari 2022 tanah kami diserobot oleh oknum.

Hormat saya,
ttd
Ahmad Fauzi
"""

SENTENCE_IDENTITY = """\
Bandung, 12/03/2025
Nomor : -
Perihal : Permohonan bantuan hukum

Kepada Yth.
Presiden Republik Indonesia
di Jakarta

Dengan hormat,
Saya, Budi Santoso, NIK 3273011205900003, beralamat di Jl. Merdeka No. 10 RT 02/RW 03, Kel. Citarum,
Kota Bandung, Jawa Barat, dengan ini menyampaikan pengaduan tentang pelayanan kelurahan.
Saya dapat dihubungi di nomor 0812-3456-7890.

Hormat saya,

Budi Santoso
"""


def test_identity_as_a_list():
    ex = parse_letter(LIST_IDENTITY)
    s = ex.sender
    assert s.name == "Ahmad Fauzi"
    assert s.nik == "3404071203850001"
    assert s.phone == "+6285643210987"
    assert s.address == (
        "Dusun Krajan RT 003 RW 001, Desa Sumbersari, Kec. Moyudan, Kabupaten Sleman, DI Yogyakarta"
    )
    assert ex.letter_date == datetime.date(2023, 12, 7)
    assert ex.place == "Yogyakarta"
    assert ex.subject == "Permohonan perlindungan hukum atas tanah warisan keluarga kami"
    assert ex.addressee == "Bapak Gubernur DI Yogyakarta"
    assert ex.identity_complete is True
    # A date inside the body is not the letter's date.
    assert ex.letter_date != datetime.date(2022, 1, 12)


def test_identity_in_a_sentence():
    ex = parse_letter(SENTENCE_IDENTITY)
    s = ex.sender
    assert s.name == "Budi Santoso"
    assert s.nik == "3273011205900003"
    assert s.phone == "+6281234567890"
    assert s.address.startswith("Jl. Merdeka No. 10 RT 02/RW 03, Kel. Citarum")
    assert "Kota Bandung" in s.address
    assert ex.letter_date == datetime.date(2025, 3, 12)
    assert ex.subject == "Permohonan bantuan hukum"
    assert ex.addressee == "Presiden Republik Indonesia"
    assert ex.carbon_copy is False
    assert ex.regency == "Kota Bandung"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("12 April 2021", datetime.date(2021, 4, 12)),
        ("12/03/2025", datetime.date(2025, 3, 12)),
        ("12-3-25", datetime.date(2025, 3, 12)),
        ("5.6.2024", datetime.date(2024, 6, 5)),
        ("1 Jan 2024", datetime.date(2024, 1, 1)),
        ("17 Agt 2023", datetime.date(2023, 8, 17)),
        ("17 Agu. 2023", datetime.date(2023, 8, 17)),
        ("3 Sept 2023", datetime.date(2023, 9, 3)),
        ("30 Okt 2022", datetime.date(2022, 10, 30)),
        ("2 Des. 2022", datetime.date(2022, 12, 2)),
        ("9 Nopember 2021", datetime.date(2021, 11, 9)),
        ("9 Pebruari 2021", datetime.date(2021, 2, 9)),
        ("2O Mei 2021", datetime.date(2021, 5, 20)),  # OCR read the zero as O
    ],
)
def test_date_formats_in_the_place_and_date_line(written, expected):
    ex = parse_letter(f"Makassar, {written}\nHal : Pengaduan\n\nDengan hormat,\nIsi surat.\n")
    assert ex.letter_date == expected
    assert ex.place == "Makassar"
    assert 0 < ex.confidence["letter_date"] <= 1


@pytest.mark.parametrize("impossible", ["31-02-2024", "12/13/2024", "45 Maret 2024", "1.2.34"])
def test_impossible_dates_are_not_dates(impossible):
    assert find_date(impossible) is None
    assert parse_letter(f"Makassar, {impossible}\nHal : Pengaduan\n").letter_date is None


def test_numeric_dates_are_less_sure_than_written_months():
    written = parse_letter("Medan, 12 Maret 2025\nHal : A\n").confidence["letter_date"]
    numeric = parse_letter("Medan, 12/03/2025\nHal : A\n").confidence["letter_date"]
    short = parse_letter("Medan, 12-3-25\nHal : A\n").confidence["letter_date"]
    assert written > numeric > short


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("(021) 555 1234", "+62215551234"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62-812-3456-7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("0274 512345", "+62274512345"),
    ],
)
def test_phone_formats(written, e164):
    ex = parse_letter(f"Nama : Rina Wati\nNo. HP : {written}\n")
    assert ex.sender.phone == e164
    assert ex.identity_complete is True


def test_unlabelled_mobile_number_in_a_sentence_is_less_sure():
    ex = parse_letter("Saya, Rina Wati, dapat dihubungi di 0813-1111-2222 setiap hari.\n")
    assert ex.sender.phone == "+6281311112222"
    labelled = parse_letter("Nama : Rina Wati\nTelp : 0813-1111-2222\n")
    assert ex.confidence["sender.phone"] < labelled.confidence["sender.phone"]


@pytest.mark.parametrize(
    ("written", "nik", "repaired"),
    [
        ("3273 0112 0590 0003", "3273011205900003", False),
        ("3273.0112.0590.0003", "3273011205900003", False),
        ("32730112O59OOOO3", "3273011205900003", True),  # O for 0
        ("327301l205900003", "3273011205900003", True),  # l for 1
    ],
)
def test_nik_written_with_spaces_or_misread(written, nik, repaired):
    ex = parse_letter(f"Nama : Budi Santoso\nNIK : {written}\nAlamat : Jl. Merdeka 1, Kota Bandung\n")
    assert ex.sender.nik == nik
    clean = parse_letter("Nama : Budi Santoso\nNIK : 3273011205900003\n").confidence["sender.nik"]
    assert (ex.confidence["sender.nik"] < clean) is repaired


@pytest.mark.parametrize(
    "not_a_nik",
    [
        "1234567890123456",  # province 12, but district 56 / birth date 78-90: invalid
        "3273011205900000",  # serial 0000
        "32730112059",  # too short
        "9973011205900003",  # no such province
    ],
)
def test_invalid_nik_is_null_not_a_guess(not_a_nik):
    assert parse_letter(f"Nama : Budi Santoso\nNIK : {not_a_nik}\n").sender.nik is None


def test_account_number_is_not_taken_for_a_nik():
    ex = parse_letter("Mohon dana dikembalikan ke rekening 3273011205900003 atas nama saya.\n")
    assert ex.sender.nik is None


TWO_PAGES = """\
Semarang, 4 Mei 2024
Hal : Laporan dugaan pungutan liar

Yth. Ketua Ombudsman Republik Indonesia
di Jakarta

Dengan hormat,
Saya, Dewi Lestari, warga Kota Semarang, melaporkan pungutan liar di kantor kelurahan.

Hormat saya,

Dewi Lestari
Telp. 0821-2345-6789
- 1 -
\f- 2 -
Tembusan:
1. Bapak Presiden RI
2. Menteri Sekretaris Negara RI
3. Wali Kota Semarang
"""


def test_tembusan_on_page_two_and_the_carbon_copy_rule():
    ex = parse_letter(TWO_PAGES)
    assert ex.cc == ["Bapak Presiden RI", "Menteri Sekretaris Negara RI", "Wali Kota Semarang"]
    assert ex.addressee == "Ketua Ombudsman Republik Indonesia"
    assert ex.carbon_copy is True
    assert ex.sender.name == "Dewi Lestari"
    assert ex.sender.phone == "+6282123456789"


def test_tembusan_list_that_continues_after_a_page_break():
    text = TWO_PAGES.replace(
        "- 1 -\n\f- 2 -\nTembusan:\n1. Bapak Presiden RI\n", "Tembusan:\n1. Bapak Presiden RI\n\f"
    )
    ex = parse_letter(text)
    assert ex.cc == ["Bapak Presiden RI", "Menteri Sekretaris Negara RI", "Wali Kota Semarang"]


def test_addressed_to_the_office_is_not_a_carbon_copy_even_if_also_in_tembusan():
    text = TWO_PAGES.replace(
        "Yth. Ketua Ombudsman Republik Indonesia", "Yth. Bapak Presiden Republik Indonesia"
    )
    assert parse_letter(text).carbon_copy is False


def test_ocr_damage_to_ri_does_not_hide_the_office():
    text = TWO_PAGES.replace("1. Bapak Presiden RI", "1. Bapak Presiden Rl")
    text = text.replace("2. Menteri Sekretaris Negara RI", "2. Dinas Sosial")
    assert parse_letter(text).carbon_copy is True


def test_office_names_come_from_the_caller():
    ex = parse_letter(TWO_PAGES, office_names=["Ombudsman Republik Indonesia", "Ketua Ombudsman"])
    assert ex.carbon_copy is False  # addressed to this (configured) office
    other = parse_letter(TWO_PAGES, office_names=["Wali Kota Semarang"])
    assert other.carbon_copy is True


def test_addressee_routed_through_the_office():
    text = "Kepada Yth.\nGubernur Jawa Tengah c.q. Kepala Dinas Sosial\n\nTembusan:\n1. Presiden RI\n"
    ex = parse_letter(text)
    assert ex.carbon_copy is True
    routed = "Kepada Yth.\nPresiden RI c.q. Menteri Sekretaris Negara\n\nTembusan:\n1. Presiden RI\n"
    assert parse_letter(routed).carbon_copy is False


ANONYMOUS = """\
Kepada Yth. Bapak Presiden

Kami warga masyarakat ingin melaporkan pungutan liar di jalan raya desa kami.
Mohon segera ditindaklanjuti.

Warga yang peduli
"""


def test_no_identity_gives_nulls_not_guesses():
    ex = parse_letter(ANONYMOUS)
    assert ex.sender.to_json() == {"name": None, "nik": None, "phone": None, "email": None, "address": None}
    assert ex.identity_complete is False
    assert ex.letter_date is None and ex.place is None and ex.subject is None
    assert ex.cc == []
    assert ex.addressee == "Bapak Presiden"
    for field in ("sender.name", "sender.nik", "sender.phone", "sender.address", "letter_date", "subject"):
        assert field not in ex.confidence


def test_name_without_any_contact_is_not_a_complete_identity():
    ex = parse_letter(
        "Dengan hormat,\nSaya, Joko Susilo, menyampaikan keluhan.\n\nHormat saya,\nJoko Susilo\n"
    )
    assert ex.sender.name == "Joko Susilo"
    assert ex.identity_complete is False
    ex = parse_letter("Dengan hormat,\nSaya menyampaikan keluhan.\nHP: 0812-3456-7890\n")
    assert ex.sender.name is None
    assert ex.identity_complete is False  # a phone without a name is not an identity


def test_email_is_a_way_to_reach_the_sender():
    ex = parse_letter("Nama : Rina Wati\nE-mail : Rina.Wati@Example.co.id\n")
    assert ex.sender.email == "rina.wati@example.co.id"
    assert ex.identity_complete is True


def test_signature_only_name():
    text = "Dengan hormat,\nJalan di desa kami rusak parah.\n\nHormat saya,\n\n(ttd)\nSuryadi Wijaya\nHP 0812-9999-0000\n"
    ex = parse_letter(text)
    assert ex.sender.name == "Suryadi Wijaya"
    # Read from the signature alone: less sure than a labelled name.
    assert ex.confidence["sender.name"] < parse_letter("Nama : Suryadi Wijaya\n").confidence["sender.name"]


def test_every_confidence_is_a_probability_and_only_for_found_fields():
    for text in (LIST_IDENTITY, SENTENCE_IDENTITY, TWO_PAGES, ANONYMOUS):
        ex = parse_letter(text)
        assert all(0.0 <= c <= 1.0 for c in ex.confidence.values())
        as_json = ex.to_json()
        for key, value in as_json["sender"].items():
            assert (f"sender.{key}" in ex.confidence) == (value is not None)


@pytest.mark.parametrize(
    "hostile",
    [
        "",
        "\x00\x01\x02\x03",
        "\f\f\f",
        "NIK: 1234567890123456\nHP: 12345\nNama: 12345",
        "Nama : '; DROP TABLE incoming_letter; --\nTelp : 0812-3456-7890",
        "Perihal : " + "A" * 5000,
        "Tembusan:\n" + "1. Presiden\n" * 2000,
        "Saya, " + "Abc " * 3000,
        "".join(random.Random(7).choice(string.printable) for _ in range(100_000)),
    ],
)
def test_hostile_text_neither_crashes_nor_hangs_nor_invents(hostile):
    ex = parse_letter(hostile)
    data = ex.to_json()
    assert data["error"] is None
    assert "\x00" not in (ex.text or "")
    assert ex.sender.nik is None or len(ex.sender.nik) == 16
    assert ex.sender.name is None or not any(ch.isdigit() or ch in ";'" for ch in ex.sender.name)
    assert ex.sender.phone is None or ex.sender.phone.startswith("+62")


def test_text_is_kept_as_given_with_page_breaks():
    ex = parse_letter("Halaman satu\fHalaman dua")
    assert ex.text == "Halaman satu\fHalaman dua"


INFORMAL = """\
Kepada Yth.
Bapak Menteri Sosial Republik Indonesia
Di Tempat

Perihal: Bansos tidak diterima

Dengan hormat,
Perkenalkan saya Sri Wahyuni, bertempat tinggal di Dusun Ngemplak RT 04 RW 02, Desa Wonosari,
Kecamatan Ngaliyan, Kota Semarang. Nomor KTP saya 3374 1046 0179 0002 dan nomor WhatsApp 0857 1234 5678.
Saya ingin melaporkan bahwa bantuan sosial tidak saya terima sejak Maret 2023.

Semarang, 2 Oktober 2023
Hormat saya,

Sri Wahyuni

Tembusan disampaikan kepada Yth.:
1. Presiden Republik Indonesia;
2. Menteri Sekretaris Negara; dan
3. Arsip.
"""


def test_informal_letter_with_date_at_the_end():
    ex = parse_letter(INFORMAL)
    assert ex.sender.name == "Sri Wahyuni"
    assert ex.sender.nik == "3374104601790002"
    assert ex.sender.phone == "+6285712345678"
    assert ex.sender.address == "Dusun Ngemplak RT 04 RW 02, Desa Wonosari, Kecamatan Ngaliyan, Kota Semarang"
    assert ex.letter_date == datetime.date(2023, 10, 2)
    assert ex.place == "Semarang"
    assert ex.subject == "Bansos tidak diterima"
    assert ex.addressee == "Bapak Menteri Sosial Republik Indonesia"
    # The sender's own file copy ("Arsip") is not a recipient.
    assert ex.cc == ["Presiden Republik Indonesia", "Menteri Sekretaris Negara"]
    assert ex.carbon_copy is True


OFFICIAL = """\
Jakarta, 1 Juli 2024

No    : 12/PM/VII/2024
Lamp  : 1 berkas
Hal   : Pengaduan atas pemotongan gaji honorer

Yth. Kepala Badan Kepegawaian Negara
Jl. Mayjen Sutoyo No. 12
Jakarta Timur

Dengan hormat,
Kami yang bertanda tangan di bawah ini:
Nama: Hendra Gunawan
NIK: 3175 0601 0188 0004
Alamat: Jl. Kramat Raya 45, Jakarta Pusat
Telepon: 021-3456789

Hormat kami,
Hendra Gunawan

Tembusan :
1. Yth. Bapak Presiden RI (sebagai laporan)
2. Yth. Mensesneg RI
"""


def test_official_layout_with_number_and_attachment_lines():
    ex = parse_letter(OFFICIAL)
    assert ex.subject == "Pengaduan atas pemotongan gaji honorer"
    assert ex.addressee == "Kepala Badan Kepegawaian Negara"
    assert ex.sender.nik == "3175060101880004"
    assert ex.sender.phone == "+62213456789"
    assert ex.cc == ["Bapak Presiden RI", "Mensesneg RI"]
    assert ex.carbon_copy is True
    assert ex.province == "DKI Jakarta"
