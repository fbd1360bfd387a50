"""Labels round trip: a label printed by our own code, rasterised like a scan, is read back and the
scan is attached to its letter."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import pytest
from PIL import Image

from sipdumas.models.letters import Document
from sipdumas.services import letters as L
from sipdumas.services.archive import files as A
from sipdumas.services.archive import labels as B


def rasterise(pdf: bytes, path, dpi=200) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    return image


def scan_with_label(label_pdf: bytes, tmp_path, name="scan.png"):
    """A 'scanned letter': an A4 page of text with the first label of the sheet stuck on top."""
    sheet = rasterise(label_pdf, tmp_path)
    w, h = sheet.size
    label = sheet.crop((0, 0, w // 3, h // 8))
    page = Image.new("L", (w, h), 255)
    page.paste(label, (w - label.width - 60, 60))
    path = tmp_path / name
    page.save(path)
    return path


def test_agenda_label_scan_attaches_to_its_letter(db, admin, tmp_path):
    one = L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="a"))
    two = L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="b"))
    pdf = B.agenda_labels_pdf(db, admin, letter_ids=[two.id, one.id])
    scan = scan_with_label(pdf, tmp_path)
    assert B.read_codes(scan) == [two.agenda_no]
    got = B.attach_scan_by_code(db, admin, scan)
    assert (got.letter_id, got.agenda_no, got.already_attached) == (two.id, two.agenda_no, False)
    again = B.attach_scan_by_code(db, admin, scan)
    assert again.already_attached and again.document_id == got.document_id
    with db.session() as s:
        docs = s.query(Document).filter_by(letter_id=two.id).all()
        assert [d.file_name for d in docs] == ["scan.png"] and docs[0].page_count == 1
    from sipdumas.db.storage import FileStore

    assert FileStore(db.data_dir).read(docs[0].sha256) == scan.read_bytes()


def test_file_label_and_pdf_scan_resolve_single_letter_files(db, admin, tmp_path):
    row = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="Berkas tunggal")
    )
    pdf = B.file_labels_pdf(db, admin, codes=[row.archive_code])
    scan = scan_with_label(pdf, tmp_path, "scan.pdf.png")
    pdf_scan = tmp_path / "scan.pdf"
    Image.open(scan).convert("RGB").save(pdf_scan)
    got = B.attach_scan_by_code(db, admin, pdf_scan)
    assert got.letter_id == row.id and got.code == row.archive_code


def test_box_labels_carry_qr_and_code128(db, admin, tmp_path):
    A.add_location(db, admin, code="G1-R1-B07", building="Gedung A", shelf="1", box="07")
    pdf = B.box_labels_pdf(db, admin, location_codes=["G1-R1-B07"])
    image = rasterise(pdf, tmp_path, dpi=300)
    import zxingcpp

    formats = {r.format.name: r.text for r in zxingcpp.read_barcodes(image)}
    assert formats.get("QRCode") == "G1-R1-B07" and formats.get("Code128") == "G1-R1-B07"


def test_a_page_without_label_is_refused(db, admin, tmp_path):
    blank = tmp_path / "kosong.png"
    Image.new("L", (800, 1000), 255).save(blank)
    with pytest.raises(B.NoLabelFound, match="tidak ada label"):
        B.attach_scan_by_code(db, admin, blank)
