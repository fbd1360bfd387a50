"""WhatsApp chats exported as text (Android and iOS formats, with their media files beside them), and
complaints typed by staff for walk-in and telephone complainants: one register, one extraction, one
duplicate and complainant matching."""

from __future__ import annotations

from datetime import datetime

import pytest
from channel_samples import text_pdf
from letter_texts import COMPLAINTS, REQUEST
from sqlalchemy import select

from sipdumas.intake.whatsapp import NotAChat, complaint_of, parse_chat
from sipdumas.models.letters import Document, IncomingLetter
from sipdumas.services.letters import LetterInput, SenderData, channel_of, register_letter
from sipdumas.services.whatsapp import import_whatsapp_chats

ANDROID = f"""12/03/24 14.04 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya.
12/03/24 14.05 - +62 812-3456-7890: Selamat siang, saya Rahmat Hidayat NIK 3273012304850099 ingin mengadu.
12/03/24 14.05 - +62 812-3456-7890: {COMPLAINTS["bansos"]}
{REQUEST}
12/03/24 14.07 - Dumas Setneg: Baik Bapak, mohon kirimkan foto kartu keluarga.
12/03/24 14.09 - +62 812-3456-7890: IMG-20240312-WA0001.jpg (file terlampir)
ini fotonya
12/03/24 14.10 - +62 812-3456-7890: surat.pdf (file terlampir)
12/03/24 14.11 - +62 812-3456-7890: <Media tidak disertakan>
"""

IOS = f"""\u200e[12/03/24 14.05.33] Rahmat Hidayat: Selamat siang, saya ingin mengadu.
[12/03/24 14.06.02] Rahmat Hidayat: {COMPLAINTS["bansos"]}
{REQUEST}
Nomor saya 0812-3456-7890.
[12/03/24 14.07.10] Dumas Setneg: Baik Bapak, laporan kami terima.
\u200e[12/03/24 14.09.41] Rahmat Hidayat: \u200e<terlampir: 00000012-PHOTO-2024-03-12-14-09-41.jpg>
"""


def test_android_export_is_read():
    messages = parse_chat(ANDROID)
    assert [m.author for m in messages] == ["+62 812-3456-7890"] * 2 + ["Dumas Setneg"] + [
        "+62 812-3456-7890"
    ] * 3
    assert messages[0].at == datetime(2024, 3, 12, 14, 5)
    assert REQUEST in messages[1].text  # a message of several lines stays one message
    assert messages[3].attachment == "IMG-20240312-WA0001.jpg" and messages[3].text == "ini fotonya"
    assert messages[5].text == "" and messages[5].attachment is None
    complaint = complaint_of(messages, office_names=("Dumas Setneg",))
    assert complaint.phone == "+6281234567890" and complaint.name is None
    assert complaint.attachments == ["IMG-20240312-WA0001.jpg", "surat.pdf"]
    assert "Baik Bapak" not in complaint.text


def test_ios_export_is_read():
    messages = parse_chat(IOS)
    assert messages[0].at == datetime(2024, 3, 12, 14, 5, 33)
    assert messages[0].author == "Rahmat Hidayat"
    assert messages[-1].attachment == "00000012-PHOTO-2024-03-12-14-09-41.jpg"
    complaint = complaint_of(messages, office_names=("Dumas Setneg",))
    assert complaint.name == "Rahmat Hidayat" and complaint.phone is None


def test_month_first_and_twelve_hour_clocks():
    text = "3/14/24, 2:05 PM - Ani: pesan pertama\n3/14/24, 12:10 AM - Ani: pesan kedua\n"
    first, second = parse_chat(text)
    assert first.at == datetime(2024, 3, 14, 14, 5) and second.at == datetime(2024, 3, 14, 0, 10)


def test_not_a_chat_is_refused():
    with pytest.raises(NotAChat):
        parse_chat("Kepada Yth. Bapak Presiden\nDengan hormat,\n")


def test_a_chat_becomes_one_letter_with_its_media(db, admin, tmp_path):
    chat = tmp_path / "Chat WhatsApp dengan +62 812-3456-7890.txt"
    chat.write_text(ANDROID, encoding="utf-8")
    (tmp_path / "surat.pdf").write_bytes(text_pdf("Lampiran: kartu keluarga Rahmat Hidayat"))
    (result,) = import_whatsapp_chats(db, admin, paths=[chat], office_names=["Dumas Setneg"])
    assert result.error is None and result.channel == "whatsapp"
    with db.session() as session:
        letter = session.get(IncomingLetter, result.id)
        assert letter.channel == "whatsapp"
        assert letter.complainant.phone == "+6281234567890"
        assert letter.complainant.nik == "3273012304850099"
        assert letter.received_at.isoformat() == "2024-03-12"
        assert "IMG-20240312-WA0001.jpg" in letter.text  # named as missing: the export left it out
        docs = session.scalars(
            select(Document).where(Document.letter_id == letter.id).order_by(Document.id)
        ).all()
        assert [d.file_name for d in docs] == [chat.name, "surat.pdf"]
    (again,) = import_whatsapp_chats(db, admin, paths=[chat])
    assert again.skipped and again.id == result.id


def test_walk_in_and_telephone_complaints_share_the_register_and_the_matching(db, admin):
    assert channel_of("telepon") == "telepon" and channel_of("Telepon") == "telepon"
    text = COMPLAINTS["tanah"] + " " + REQUEST
    walk_in = register_letter(
        db,
        admin,
        data=LetterInput(
            channel="datang_langsung",
            subject="Sengketa tanah",
            text=text,
            sender=SenderData(name="Yusuf Maulana", phone="0812-7777-8888"),
        ),
    )
    phoned = register_letter(
        db,
        admin,
        data=LetterInput(
            channel="telepon",
            subject="Sengketa tanah",
            text=text,
            sender=SenderData(name="Yusuf Maulana", phone="+62 812 7777 8888"),
        ),
    )
    assert (walk_in.channel, phoned.channel) == ("datang_langsung", "telepon")
    assert phoned.duplicate_of == walk_in.id
    with db.session() as session:
        persons = {session.get(IncomingLetter, i).person_id for i in (walk_in.id, phoned.id)}
    assert len(persons) == 1 and None not in persons
