"""Re-sent letters as people really send them: another layout, a cover sentence, other words, a short
angry reminder; found through the sender's identity as well as the text. And what is not a re-send:
the same person about another matter, other people about the same matter. The letters are written for
these tests (not taken from the sample sets)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from sipdumas.detection import index
from sipdumas.detection.identity import Identity, comparable_name, region_code
from sipdumas.detection.index import Fingerprint
from sipdumas.detection.topic import content_words, mentions_date, stem
from sipdumas.detection.verdict import Party, compare
from sipdumas.models.letters import IncomingLetter
from sipdumas.services import letters as L

TODAY = date(2026, 6, 1)

ORIGINAL = """Kepada Yth.
Bapak Menteri Agraria dan Tata Ruang/Kepala BPN
di Jakarta

Perihal : Sertifikat tanah program PTSL belum diterbitkan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama      : Wagiman
Alamat    : Dusun Krajan RT 03 RW 01, Desa Sidorejo, Kecamatan Kemiri, Kabupaten Purworejo
No. HP    : 0857-2900-4411

Pada tahun 2023 tanah pekarangan saya seluas 320 meter persegi didaftarkan dalam program Pendaftaran
Tanah Sistematis Lengkap (PTSL) oleh panitia desa. Saya sudah membayar biaya Rp 500.000 kepada panitia
dan sudah menandatangani berita acara pengukuran. Tetangga-tetangga saya sudah menerima sertifikat
pada bulan Agustus 2024, tetapi sertifikat saya tidak ada dalam daftar. Ketika saya tanyakan ke kantor
pertanahan kabupaten, petugas mengatakan berkas saya tidak lengkap karena patok batas berbeda dengan
peta bidang, padahal pengukuran dilakukan oleh petugas sendiri.

Saya mohon Bapak memerintahkan kantor pertanahan agar sertifikat saya segera diterbitkan.

Demikian pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.

Purworejo, 14 Januari 2025
Hormat saya,

Wagiman
"""

RESENT = """Assalamualaikum wr. wb.

Yth. Bapak Menteri ATR/BPN,

Dengan ini saya kirimkan kembali pengaduan saya tertanggal 14 Januari 2025 mengenai sertifikat tanah
saya yang tidak kunjung terbit. Saya Wagiman, warga Dusun Krajan, Desa Sidorejo, Kemiri, Purworejo,
WA 085729004411.

Tanah pekarangan saya ikut program PTSL tahun 2023 dan biayanya Rp 500.000 sudah saya lunasi ke
panitia desa. Semua tetangga sudah pegang sertifikat sejak Agustus 2024, hanya punya saya yang
tertahan. Kantor pertanahan beralasan patok batas tidak sesuai peta bidang, padahal yang mengukur
petugas mereka sendiri. Sudah lima bulan tidak ada jawaban.

Mohon sekali Bapak membantu agar sertifikat saya diterbitkan.

Wassalamualaikum wr. wb.
Wagiman
"""

REMINDER = """Yth. Bapak Menteri ATR/BPN
Sudah empat bulan surat saya soal sertifikat PTSL tanah pekarangan tidak dijawab! Sertifikat tetangga
sudah terbit, punya saya ditahan kantor pertanahan dengan alasan patok batas. Tolong segera terbitkan.
Wagiman, HP 0857 2900 4411
"""

OTHER_MATTER = """Kepada Yth. Bapak Menteri Pendidikan Dasar dan Menengah
di Jakarta

Hal: Anak saya tidak diterima di SMP negeri karena zonasi

Dengan hormat, saya Wagiman, Dusun Krajan RT 03 RW 01 Desa Sidorejo, Kemiri, Purworejo, HP
0857-2900-4411, mengadukan penerimaan murid baru SMP Negeri 2 Kemiri. Rumah kami hanya 900 meter dari
sekolah, tetapi anak saya dinyatakan tidak lolos seleksi zonasi, sedangkan murid dari kecamatan lain
yang baru pindah kartu keluarga dua bulan sebelumnya diterima. Kami menduga ada permainan domisili.
Mohon penerimaan murid baru di sekolah tersebut diperiksa.

Hormat saya,
Wagiman
"""

NEIGHBOUR = """Kepada Yth.
Bapak Menteri Agraria dan Tata Ruang/Kepala BPN
di Jakarta

Perihal : Sertifikat PTSL Desa Sidorejo tertahan

Dengan hormat, saya Sukarti, warga Dusun Krajan RT 02 RW 01 Desa Sidorejo, Kemiri, Purworejo,
HP 0813-2744-5501. Tanah saya ikut program PTSL tahun 2023 dan biaya Rp 500.000 sudah dibayar ke
panitia desa, tetapi sertifikat saya belum terbit, sementara tetangga sudah menerima pada Agustus 2024.
Kantor pertanahan mengatakan patok batas tidak sesuai peta bidang. Mohon sertifikat kami diterbitkan.

Hormat saya,
Sukarti
"""

WAGIMAN = {
    "name": "Wagiman",
    "phone": "0857-2900-4411",
    "address": "Dusun Krajan RT 03 RW 01, Desa Sidorejo, Kecamatan Kemiri, Kabupaten Purworejo",
}


def register(db, actor, text, sender, *, subject=None, letter_date=None, received=date(2026, 3, 1), **kw):
    data = L.LetterInput(
        received_at=received,
        subject=subject or "Pengaduan",
        text=text,
        letter_date=letter_date,
        sender=L.SenderData(**sender),
        **kw,
    )
    return L.register_letter(db, actor, data=data, today=TODAY)


def person(db, row):
    with db.session() as session:
        return session.scalar(select(IncomingLetter.person_id).where(IncomingLetter.id == row.id))


def test_resent_in_other_words_and_layout_with_a_cover_sentence_is_flagged(db, admin):
    first = register(
        db,
        admin,
        ORIGINAL,
        WAGIMAN,
        subject="Sertifikat tanah program PTSL belum diterbitkan",
        letter_date=date(2025, 1, 14),
        regency="Kabupaten Purworejo",
    )
    again = register(
        db, admin, RESENT, {"name": "Wagiman", "phone": "085729004411"}, received=date(2026, 5, 20)
    )
    assert again.duplicate_of == first.id
    reasons = again.duplicate_reasons
    assert f"nama pengirim sama dengan surat {first.agenda_no}" in reasons
    assert f"nomor telepon sama dengan surat {first.agenda_no}" in reasons
    assert f"menyebut tanggal surat {first.agenda_no} (14 Januari 2025)" in reasons
    assert f"perihal surat {first.agenda_no} juga menjadi perihal surat ini" in reasons
    assert "surat menyebut dirinya pengiriman ulang" in reasons
    assert any(r.startswith("pokok pengaduan ") for r in reasons)
    assert person(db, again) == person(db, first)


def test_short_angry_reminder_is_found_through_the_sender(db, admin):
    first = register(db, admin, ORIGINAL, WAGIMAN, subject="Sertifikat tanah program PTSL belum diterbitkan")
    reminder = register(db, admin, REMINDER, {"name": "Wagiman", "phone": "0857 2900 4411"})
    assert reminder.duplicate_of == first.id


def test_same_person_about_another_matter_is_grouped_but_not_flagged(db, admin):
    first = register(db, admin, ORIGINAL, WAGIMAN, subject="Sertifikat tanah program PTSL belum diterbitkan")
    later = register(
        db, admin, OTHER_MATTER, WAGIMAN, subject="Anak saya tidak diterima di SMP negeri karena zonasi"
    )
    assert later.duplicate_of is None and later.related_ids == ()
    assert person(db, later) == person(db, first)


def test_another_person_about_the_same_matter_is_not_a_resend(db, admin):
    first = register(db, admin, ORIGINAL, WAGIMAN, subject="Sertifikat tanah program PTSL belum diterbitkan")
    neighbour = register(
        db,
        admin,
        NEIGHBOUR,
        {"name": "Sukarti", "phone": "0813-2744-5501"},
        subject="Sertifikat PTSL Desa Sidorejo tertahan",
    )
    assert neighbour.duplicate_of is None
    assert person(db, neighbour) != person(db, first)
    # the verdict itself: the same matter, another sender
    c = compare(
        Party.of(NEIGHBOUR, name="Sukarti", phone="+6281327445501"),
        Party.of(ORIGINAL, name="Wagiman", phone="+6285729004411"),
    )
    assert c.conflict == "nama pengirim berbeda" and c.is_related()


def test_earlier_letter_of_the_same_sender_is_a_candidate_whatever_its_text(db, admin):
    sender = {"name": "Heru Santosa", "nik": "3374102206710002", "phone": "(024) 7472318"}
    long_first = register(
        db,
        admin,
        ORIGINAL.replace("Wagiman", "Heru Santosa"),
        sender,
        subject="Sertifikat tanah program PTSL belum diterbitkan",
    )
    short_again = "Sertifikat tanah program PTSL belum diterbitkan. Mohon ditindaklanjuti. Heru Santosa"
    identity = Identity.of(name=sender["name"], nik=sender["nik"], phone="+62247472318")
    with db.session() as session:
        found = index.candidates(session, Fingerprint.of(short_again), identity=identity)
    assert long_first.id not in [i for i, _ in found.by_text]  # too little text to share a band
    assert found.by_identity == [long_first.id]
    again = register(db, admin, short_again, sender, subject=long_first.subject)
    assert again.duplicate_of == long_first.id
    assert f"NIK sama dengan surat {long_first.agenda_no}" in again.duplicate_reasons


def test_names_regions_words_and_cited_dates_are_compared_as_people_write_them():
    assert comparable_name("Drs. H. Syamsudin Noor, M.Si.") == comparable_name("Syamsudin Noor")
    assert comparable_name("Bapak Purn. TNI Sugeng Riyadi") == "riyadi sugeng"
    assert comparable_name("Moh. Nur Hadi, S.Pd.I.") == comparable_name("Muhammad Nur Hadi")
    assert comparable_name("Ibu") is None
    assert region_code(regency="Kota Semarang") == region_code(nik="3374102206710002") == "33"
    assert region_code(regency="Kab. Purworejo") == "33" and region_code(province="Jawa Barat") == "32"
    assert stem("dibayarkan") == stem("pembayaran") == stem("membayar") == "bayar"
    words = content_words("Tagihan air PDAM melonjak, meteran tidak dibaca petugas. Hormat saya")
    assert {stem("tagihan"), "pdam", stem("meteran"), stem("dibaca")} <= words and "hormat" not in words
    assert mentions_date("kami kirim surat tanggal 10/3/2025 kepada Bapak", date(2025, 3, 10))
    assert mentions_date("pengaduan saya tertanggal 10 Mar 2025", date(2025, 3, 10))
    assert not mentions_date("pada 10 Maret 2025 jalan itu longsor", date(2025, 3, 10))
    nik_twin = Identity.of(name="Budi", nik="3273011203800007")
    nik_misread = Identity.of(name="Ani", nik="3273011203800008")
    assert Identity.of(name="Budi", nik="3273011203800007").index_keys() == nik_twin.index_keys()
    c = compare(Party.of("x", name="Budi", nik=nik_twin.nik), Party.of("x", name="Ani", nik=nik_misread.nik))
    assert c.conflict == "NIK berbeda" and not c.same_nik  # twins' NIKs differ in one digit


def test_one_phone_two_names_is_a_resend_only_of_the_same_matter(db, admin):
    first = register(db, admin, ORIGINAL, WAGIMAN, subject="Sertifikat tanah program PTSL belum diterbitkan")
    wife = {"name": "Suparmi", "phone": "085729004411"}
    for_him = register(db, admin, RESENT.replace("Saya Wagiman,", "Saya Suparmi, istri Wagiman,"), wife)
    assert for_him.duplicate_of == first.id
    assert "nama pengirim berbeda, tetapi nomor telepon atau e-mail sama" in for_him.duplicate_reasons
    assert person(db, for_him) not in (None, person(db, first))  # her letter, his complaint
    her_own = register(
        db,
        admin,
        OTHER_MATTER.replace("Wagiman", "Suparmi"),
        wife,
        subject="Anak saya tidak diterima di SMP negeri karena zonasi",
    )
    assert her_own.duplicate_of is None
    assert person(db, her_own) == person(db, for_him)
