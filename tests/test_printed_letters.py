"""Forwarding letters as an archivist signs them: no number spent on a letter that did not print,
text and e-mail letters attached as text, confidential letters that name nobody (also in other forms
and in the file's properties), RAHASIA on every page, "a.n."/"u.b." signing lines, page numbers after
the first page, a signature never alone on its page, the embedded font and PDF/A-2b properties."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_checks import band_texts, check_document, check_fonts, page_texts, properties, text_of
from sqlalchemy import func, select

from sipdumas.db.storage import CorruptFile, FileStore
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.forwarding import ForwardingCounter, ForwardingLetter
from sipdumas.models.letters import Document
from sipdumas.models.outgoing import OutgoingLetter
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.admin import workflow_settings as ws

TODAY = date(2026, 6, 2)
OFFICE = "KEMENTERIAN SEKRETARIAT NEGARA REPUBLIK INDONESIA"
SLAMET = L.SenderData(
    name="Slamet Riyadi",
    nik="3273014507850003",
    phone="0812-2233-4455",
    email="slamet.riyadi@example.com",
    address="Jalan Mawar Nomor 5, Desa Sumberrejo RT 06/RW 08",
)
#: The same identity as it appears in the subject and summary, in the forms letters write it.
LEAKY_SUBJECT = "Pengaduan a.n. Slamet Riyadi (HP 0812 2233 4455) soal bansos"
LEAKY_SUMMARY = (
    "Pak Slamet, warga Desa Sumberrejo RT 06/RW 08, bersama Bu Slamet melaporkan bantuan PKH tidak "
    "diterima. NIK 3273-0145-0785-0003, telepon +62 812-2233-4455, e-mail slamet.riyadi@example.com, "
    "alamat Jl. Mawar No. 5. Keluarga Riyadi di Sumberrejo menunggu."
)
IDENTITY = (
    "Slamet",
    "Riyadi",
    "3273014507850003",
    "3273-0145",
    "2233",
    "4455",
    "slamet.riyadi",
    "Mawar",
    "Sumberrejo",
    "RT 06",
    "RW 08",
)


def medan(db, admin):
    return routing.save_agency(
        db,
        admin,
        name="Pemerintah Kota Medan",
        addressee_position="Wali Kota Medan",
        address="Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )


def register(db, admin, *, subject=LEAKY_SUBJECT, summary=LEAKY_SUMMARY, sender=SLAMET, name="Ḥasan Ĕni"):
    return L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 5, 28),
            letter_no="01/V/2026",
            letter_date=date(2026, 5, 25),
            subject=subject,
            summary=summary,
            sender=sender,
            regency="Kota Medan",
        ),
    )


def attach(db, letter_id: int, data: bytes, name: str, media_type: str) -> None:
    sha = FileStore(db.data_dir).put_bytes(data)
    with db.transaction() as session:
        session.add(
            Document(
                letter_id=letter_id,
                sha256=sha,
                file_name=name,
                media_type=media_type,
                size=len(data),
                page_count=1,
            )
        )


def counter(db) -> int:
    with db.session() as session:
        row = session.get(ForwardingCounter, TODAY.year)
        return row.last_serial if row else 0


def test_a_text_letter_forwards_with_its_text_printed_as_pages(db, admin):
    medan(db, admin)
    row = register(db, admin, subject="Jalan rusak", summary="Jalan di depan rumah rusak berat")
    body = "Kepada Yth. Menteri Sekretaris Negara\n\nDengan hormat, jalan di kampung kami rusak berat.\n"
    attach(db, row.id, body.encode(), "pengaduan.txt", "text/plain")
    mail = (
        "From: Warga <warga@example.com>\nTo: dumas@setneg.go.id\nSubject: Lampu jalan padam\n"
        "Date: Mon, 25 May 2026 08:00:00 +0700\nContent-Type: text/plain; charset=utf-8\n\n"
        "Lampu jalan di RT kami padam sejak sebulan.\n"
    )
    attach(db, row.id, mail.encode(), "surel.eml", "message/rfc822")
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    texts = page_texts(result.pdf)
    assert "Lampiran : 2 (dua) berkas" in texts[0]
    whole = " ".join(texts)
    assert "berkas 1 dari 2 (pengaduan.txt)" in whole and "jalan di kampung kami rusak berat" in whole
    assert "berkas 2 dari 2 (surel.eml)" in whole and "Hal: Lampu jalan padam" in whole
    assert "Lampu jalan di RT kami padam sejak sebulan." in whole
    assert F.verify_forwarding(db, admin, F.qr_payload(result.number, result.checksum)).valid


def test_a_letter_that_cannot_print_spends_no_number_and_changes_nothing(db, admin):
    medan(db, admin)
    row = register(db, admin)
    attach(db, row.id, b"\x89PNG broken", "scan.png", "image/png")
    with db.session() as session:
        sha = session.scalar(select(Document.sha256).where(Document.letter_id == row.id))
    # the stored scan no longer matches its hash
    FileStore(db.data_dir).path_for(sha).write_bytes(b"damaged on the disk")
    with pytest.raises(CorruptFile):
        F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    assert counter(db) == 0
    assert L.get_letter(db, admin, letter_id=row.id).row.status == LetterStatus.RECEIVED
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ForwardingLetter)) == 0
        assert session.scalar(select(func.count()).select_from(OutgoingLetter)) == 0
    number = "B-1/D-4/DM.04.00/06/2026"
    assert not F.verify_forwarding(db, admin, F.qr_payload(number, "0" * 16)).valid
    # an unreadable (but intact) attachment is named on a page of its own: the letter prints
    other = register(db, admin, subject="Lain", summary="Lain")
    attach(db, other.id, b"\x89PNG not really a picture", "rusak.png", "image/png")
    result = F.forward_letter(db, admin, letter_id=other.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    assert result.number == number and "rusak.png (image/png) tidak dapat dicetak" in text_of(result.pdf)


def test_verify_refuses_a_number_that_never_printed(db, admin):
    medan(db, admin)
    row = register(db, admin)
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    payload = F.qr_payload(result.number, result.checksum)
    assert F.verify_forwarding(db, admin, payload).valid
    with db.transaction() as session:  # as a crash of an earlier version left it: numbered, never printed
        session.get(ForwardingLetter, result.id).file_sha256 = None
    answer = F.verify_forwarding(db, admin, payload)
    assert not answer.valid and "tidak pernah tercetak" in answer.reason


def test_confidential_letter_names_nobody_in_any_form_nor_in_its_properties(db, admin):
    medan(db, admin)
    row = register(db, admin)
    result = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", confidential=True, today=TODAY
    )
    text = check_document(result.pdf, title=f"Surat penerusan {result.number}", author=OFFICE)
    props = " ".join(properties(result.pdf).values())
    for value in IDENTITY:
        assert value.lower() not in text.lower(), value
        assert value.lower() not in props.lower(), value
    assert "Pak [dirahasiakan]" not in text and "[dirahasiakan]" in text
    assert "Mahkamah" not in text  # sanity: the text is the letter's own
    assert "Pemerintah Kota Medan" in text and "Wali Kota Medan" in text  # the agency is not redacted


def test_rahasia_letter_is_marked_on_every_page_and_pages_after_the_first_are_numbered(db, admin):
    medan(db, admin)
    row = register(db, admin, subject="Pungutan liar", summary="Pungutan liar di kantor kelurahan")
    image = _scan_png()
    attach(db, row.id, image, "scan.png", "image/png")
    attach(db, row.id, image + b"\x00", "scan2.png", "image/png")
    result = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", urgency="Rahasia", today=TODAY
    )
    assert result.number.startswith("R-")
    texts = page_texts(result.pdf)
    assert len(texts) == 3
    tops = band_texts(result.pdf, from_top_mm=0, to_top_mm=12)
    feet = band_texts(result.pdf, from_top_mm=-15, to_top_mm=0)
    for number, (top, foot) in enumerate(zip(tops, feet, strict=True), 1):
        assert top == "RAHASIA" and "RAHASIA" in foot, (top, foot)
        assert (f"- {number} -" in foot) == (number > 1), foot
    check_document(result.pdf, title="Surat penerusan", author=OFFICE)


def test_signing_on_behalf_prints_an_and_ub_lines_and_the_signature_is_never_alone(db, admin):
    medan(db, admin)
    ws.update(
        db,
        admin,
        changes={
            "signer_on_behalf_of": "Menteri Sekretaris Negara",
            "signer_through": "Deputi Bidang Hubungan Kemasyarakatan dan Pengaduan Masyarakat",
            "signer_position": "Asisten Deputi Pengaduan Masyarakat",
            "signer_name": "Dr. Hendra Kusuma",
        },
    )
    # a summary long enough to bring the signature near the foot of the first page
    for words in range(150, 420, 15):
        summary = " ".join(
            ["Pengadu menyampaikan keluhan tentang layanan administrasi kependudukan."] * (words // 8)
        )
        row = register(db, admin, subject="Layanan", summary=summary)
        pdf = F.preview_forwarding(db, admin, letter_id=row.id, agency_id=1, today=TODAY)
        texts = page_texts(pdf)
        signed = [t for t in texts if "Dr. Hendra Kusuma" in t]
        assert len(signed) == 1
        page = signed[0]
        assert (
            "a.n. Menteri Sekretaris Negara Deputi Bidang Hubungan Kemasyarakatan dan Pengaduan Masyarakat, u.b."
            in page
        )
        assert "Asisten Deputi Pengaduan Masyarakat," in page
        # the closing paragraph stands on the signature's page
        assert "terima kasih" in page
    check_fonts(pdf)


def test_names_in_other_scripts_print_as_written(db, admin):
    medan(db, admin)
    sender = L.SenderData(name="Ḥasan Ĕni Сергей", phone="081299998888")
    row = register(
        db, admin, subject="Bantuan untuk Ḥasan Ĕni", summary="Ḥasan Ĕni Сергей mengadu", sender=sender
    )
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    text = text_of(result.pdf)
    assert "Bantuan untuk Ḥasan Ĕni" in text and "Sdr. Ḥasan Ĕni Сергей" in text
    check_fonts(result.pdf)


def _scan_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(image).text((80, 80), "SURAT PENGADUAN ASLI", fill="black")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def test_forward_command_prints_a_letter_ingested_from_a_text_file(db, admin, tmp_path):
    """The path of the report: ``ingest`` a .txt letter, then ``forward`` it, then ``verify``."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    medan(db, admin)
    letter = tmp_path / "pengaduan.txt"
    letter.write_text(
        "Medan, 25 Mei 2026\n\nKepada Yth. Menteri Sekretaris Negara\n\nHal: Jalan rusak di Kelurahan Sei "
        "Sikambing\n\nDengan hormat,\nSaya Budi Santoso menyampaikan bahwa jalan di depan rumah kami rusak berat "
        "sejak tiga bulan.\n\nHormat saya,\nBudi Santoso\nHP 081234567890\n",
        encoding="utf-8",
    )

    def run(*args):
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "sipdumas",
                "--db",
                db.location.database_url,
                "--data-dir",
                str(db.location.data_dir),
                *args,
            ],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
            timeout=300,
        )
        assert out.returncode == 0, out.stderr
        return [json.loads(line) for line in out.stdout.splitlines()]

    ingested = run("ingest", str(letter), "--json")[0]
    forwarded = run(
        "forward", str(ingested["id"]), "--agency", "Pemerintah Kota Medan", "--out", str(tmp_path / "f.pdf")
    )[0]
    text = text_of((tmp_path / "f.pdf").read_bytes())
    assert "Lampiran : 1 (satu) berkas" in text and "jalan di depan rumah kami rusak berat" in text
    payload = F.qr_payload(forwarded["number"], forwarded["checksum"])
    assert run("verify", payload)[0]["valid"] is True
