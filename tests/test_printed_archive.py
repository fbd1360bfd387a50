"""The archive desk's paper as an archivist checks it: the loan slip with the whole place and title
wrapped, the borrower's NIP, the approval of a confidential file, a reprint that shows the return;
labels printed within the printable area whose codes decode at 300 dpi; reminder letters numbered in
the office's outgoing series, on its letterhead, signed by the configured official; the loan
register with its office and page count."""

from __future__ import annotations

from datetime import date, datetime, time

import pypdfium2 as pdfium
import zxingcpp
from pdf_checks import check_document, text_of
from sqlalchemy import select
from test_printed_letters import OFFICE, TODAY, medan

from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.outgoing import OutgoingLetter
from sipdumas.output.pdfium import PDFIUM_LOCK
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services.archive import approvals as A
from sipdumas.services.archive import files as AF
from sipdumas.services.archive import labels
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.archive import loan_settings as LS
from sipdumas.services.archive import loans as S

LONG_TITLE = (
    "Berkas pengaduan masyarakat tentang penyaluran bantuan sosial Program Keluarga Harapan di Kecamatan "
    "Medan Sunggal yang tidak diterima oleh keluarga penerima manfaat sejak triwulan pertama tahun 2026"
)


def at(d: date) -> datetime:
    return datetime.combine(d, time(9)).astimezone()


def a_file(db, admin, subject="Bansos") -> str:
    code = L.register_letter(
        db, admin, today=TODAY, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject)
    ).archive_code
    AF.add_location(
        db,
        admin,
        code="GA-R2-07-12",
        building="Gedung Arsip A",
        room="Ruang Arsip Inaktif 2",
        shelf="7",
        box="12",
        folder="4",
    )
    AF.move_file(db, admin, code=code, location_code="GA-R2-07-12")
    AF.describe_file(db, admin, code=code, title=LONG_TITLE)
    return code


def test_the_loan_slip_wraps_the_place_and_title_and_a_reprint_shows_the_return(db, admin):
    code = a_file(db, admin)
    loan = S.lend_file(
        db,
        admin,
        code=code,
        borrower=S.Borrower("Rina Marlina", "Bagian Telaah", "081234567890", nip="198703152010122001"),
        purpose="Telaah ulang",
        now=at(date(2026, 3, 4)),
    )
    slip = P.loan_slip_pdf(db, admin, loan_id=loan.loan_id).data
    text = check_document(slip, title="Bon peminjaman", author=OFFICE)
    squeezed = " ".join(text.split())
    assert "Gedung Arsip A / Ruang Arsip Inaktif 2, Rak 7, Boks 12, Map 4" in squeezed
    assert LONG_TITLE in squeezed  # wrapped, not cut
    assert "NIP : 198703152010122001" in squeezed
    assert "Tanggal kembali : ....." in squeezed and "baik / rusak / hilang" in squeezed
    S.return_file(db, admin, code=code, condition="rusak", now=at(date(2026, 3, 9)))
    again = " ".join(text_of(P.loan_slip_pdf(db, admin, loan_id=loan.loan_id).data).split())
    assert "Tanggal kembali : 9 Maret 2026" in again and "Kondisi saat kembali : rusak" in again
    assert "baik / rusak / hilang" not in again


def test_a_confidential_file_slip_names_its_approval_and_is_marked(db, admin):
    code = a_file(db, admin)
    AF.describe_file(db, admin, code=code, confidential=True)
    borrower = S.Borrower("Rina Marlina", "Bagian Telaah")
    desk = Actor("wati", Role.ARCHIVIST)  # four eyes: the archivist asks, another decides
    approval = A.request_approval(db, desk, code=code, borrower=borrower, purpose="Telaah")
    A.decide_approval(db, admin, approval_id=approval.id, approve=True, now=at(date(2026, 3, 3)))
    loan = S.lend_file(db, admin, code=code, borrower=borrower, now=at(date(2026, 3, 4)))
    text = " ".join(text_of(P.loan_slip_pdf(db, admin, loan_id=loan.loan_id).data).split())
    assert (
        f"Persetujuan : Persetujuan nomor {approval.id} oleh Administrator lokal tanggal 3 Maret 2026" in text
    )
    assert text.count("RAHASIA") >= 2


def test_labels_stay_in_the_printable_area_and_decode_at_300_dpi(db, admin):
    codes = [
        L.register_letter(
            db, admin, today=TODAY, data=L.LetterInput(received_at=date(2026, 3, 2), subject=f"Surat {i}")
        ).archive_code
        for i in range(24)
    ]
    pdf = labels.file_labels_pdf(db, admin, codes=codes)
    check_document(pdf, title="Label berkas arsip", author=OFFICE)  # includes the 5 mm margin
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            image = doc[0].render(scale=300 / 72).to_pil().convert("L")
        finally:
            doc.close()
    found = zxingcpp.read_barcodes(image)
    by_format: dict[str, set[str]] = {}
    for result in found:
        by_format.setdefault(result.format.name, set()).add(result.text)
    assert by_format.get("Code128") == set(codes)
    assert by_format.get("QRCode") == set(codes)


def test_reminders_take_the_office_number_letterhead_and_signer(db, admin):
    medan(db, admin)
    LS.save_lending_settings(
        db,
        admin,
        settings={
            "reminder_signer_position": "Kepala Bagian Arsip",
            "reminder_signer_name": "Drs. Bambang Sutrisno",
            "reminder_signer_nip": "196912311994031005",
            "reminder_on_behalf_of": "Deputi Bidang Administrasi",
        },
    )
    letter = L.register_letter(
        db, admin, today=TODAY, data=L.LetterInput(received_at=date(2026, 3, 2), subject="Jalan")
    )
    forwarded = F.forward_letter(
        db, admin, letter_id=letter.id, agency_name="Pemerintah Kota Medan", today=date(2026, 3, 3)
    )
    code = a_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=S.Borrower("Rina", "Bagian Telaah"), now=at(date(2026, 3, 2)))
    batch = P.send_reminders(db, admin, as_of=date(2026, 3, 10))
    assert [r.number for r in batch.sent] == ["B-2/D-4/KA.02.01/03/2026"]  # after forwarding letter 1
    assert forwarded.number == "B-1/D-4/DM.04.00/03/2026"
    text = check_document(batch.pdf, title="Surat pengingat pengembalian arsip", author=OFFICE)
    assert text.startswith(OFFICE)
    assert "Nomor : B-2/D-4/KA.02.01/03/2026" in text and "Sifat : Segera" in text
    assert "a.n. Deputi Bidang Administrasi Kepala Bagian Arsip," in text
    assert "Drs. Bambang Sutrisno NIP 196912311994031005" in text
    assert "Administrator lokal" not in text  # the user who printed it does not sign it
    with db.session() as session:
        kinds = [
            (o.kind, o.number)
            for o in session.scalars(select(OutgoingLetter).order_by(OutgoingLetter.serial))
        ]
    assert kinds == [("forwarding", forwarded.number), ("reminder", "B-2/D-4/KA.02.01/03/2026")]


def test_the_loan_register_pdf_names_the_office_and_counts_its_pages(db, admin):
    code = a_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=S.Borrower("Rina", "Telaah"), now=at(date(2026, 3, 4)))
    pdf = P.loan_register_pdf(db, admin)
    text = check_document(pdf.data, title="Buku Peminjaman Arsip", author=OFFICE)
    assert OFFICE in text and "Halaman 1 dari 1" in text and "Rina" in text
