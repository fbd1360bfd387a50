"""The lembar disposisi and the tanda terima as a records officer checks them: the office's units to
tick, the completion deadline, names and positions instead of user names, ruled lines where a person
writes by hand; the letter's date, its attachments, the officer's name and NIP, a QR code that
decodes at 300 dpi and that ``verify`` accepts; the copy for an agency names nobody."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import zxingcpp
from pdf_checks import check_document, text_of
from test_printed_letters import IDENTITY, LEAKY_SUBJECT, LEAKY_SUMMARY, OFFICE, SLAMET, TODAY, attach

from sipdumas.domain.permissions import Actor, Role
from sipdumas.output.pdfium import PDFIUM_LOCK
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import workflow as W
from sipdumas.services.admin import users
from sipdumas.services.letter_papers import disposition_sheet_pdf, receipt_pdf


def register(db, admin, **kw):
    data = dict(
        received_at=date(2026, 5, 28),
        letter_no="01/V/2026",
        letter_date=date(2026, 5, 25),
        subject=LEAKY_SUBJECT,
        summary=LEAKY_SUMMARY,
        sender=SLAMET,
        regency="Kota Medan",
    )
    data.update(kw)
    return L.register_letter(db, admin, today=TODAY, data=L.LetterInput(**data))


def people(db, admin):
    users.create_user(
        db, admin, username="ana", full_name="Ana Lestari", password="telaah-2026-ana", role=Role.ANALYST
    )
    users.set_profile(
        db, admin, username="ana", nip="198503122010012004", position="Analis Pengaduan Masyarakat"
    )
    users.create_user(
        db, admin, username="budi", full_name="Budi Santoso", password="kabid-2026-budi", role=Role.SUPERVISOR
    )
    users.set_profile(
        db, admin, username="budi", nip="197805052005011002", position="Kepala Bidang Penelaahan Pengaduan"
    )
    return Actor("budi", Role.SUPERVISOR, full_name="Budi Santoso")


def qr_codes(data: bytes) -> list[str]:
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            image = pdf[0].render(scale=300 / 72).to_pil()
        finally:
            pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_a_blank_disposition_sheet_offers_the_office_units_and_lines_to_write_on(db, admin):
    row = register(db, admin)
    sheet = disposition_sheet_pdf(db, admin, letter_id=row.id)
    text = check_document(sheet.data, title=f"Lembar disposisi {row.agenda_no}", author=OFFICE)
    assert (
        "\u2610 Kepala Bidang Penelaahan Pengaduan" in text and "\u2610 Analis Pengaduan Masyarakat" in text
    )
    assert "\u2610 Tanggapan dan saran" in text and "\u2612 Biasa" in text
    # 28 May 2026 + 5 working days (1 June is Pancasila day)
    assert "Batas waktu penyelesaian 5 Juni 2026 (5 hari kerja sejak diterima)" in text
    assert " - " not in text.replace("- 2 -", "")  # nothing printed as "-" where a person writes


def test_a_filled_disposition_sheet_names_people_with_their_positions(db, admin):
    budi = people(db, admin)
    row = register(db, admin)
    W.dispose(
        db,
        budi,
        letter_id=row.id,
        assignee="ana",
        instructions=["Proses lebih lanjut"],
        note="Segera telaah",
        urgency="Segera",
    )
    text = text_of(disposition_sheet_pdf(db, admin, letter_id=row.id).data)
    assert "\u2612 Analis Pengaduan Masyarakat" in text
    assert "Ana Lestari (Analis Pengaduan Masyarakat)" in text
    assert "Budi Santoso (Kepala Bidang Penelaahan Pengaduan)" in text
    assert "\u2612 Proses lebih lanjut" in text and "\u2612 Segera" in text and "Segera telaah" in text
    assert " ana" not in text and "budi," not in text


def test_the_receipt_shows_the_letter_date_attachments_officer_and_a_verifiable_qr(db, admin):
    budi = people(db, admin)
    row = register(db, admin)
    attach(db, row.id, b"%PDF-1.4 two pages", "surat.pdf", "application/pdf")
    receipt = receipt_pdf(db, budi, letter_id=row.id)
    text = check_document(receipt.data, title=f"Tanda terima {row.agenda_no}", author=OFFICE)
    assert "Tanggal surat : 25 Mei 2026" in text and "Lampiran : 1 (satu) berkas, 1 lembar" in text
    assert "Budi Santoso NIP 197805052005011002" in text
    codes = qr_codes(receipt.data)
    assert len(codes) == 1 and codes[0].startswith(f"{F.RECEIPT_PREFIX}|{row.agenda_no}|")
    answer = F.verify_forwarding(db, admin, codes[0])
    assert answer.valid and answer.kind == "receipt" and answer.letter_id == row.id
    assert not F.verify_forwarding(db, admin, codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")).valid


def test_the_receipt_copy_for_an_agency_names_nobody(db, admin):
    row = register(db, admin)
    text = text_of(receipt_pdf(db, admin, letter_id=row.id, confidential=True).data)
    for value in IDENTITY:
        assert value.lower() not in text.lower(), value
    assert "Salinan untuk instansi" in text and "[dirahasiakan]" in text
