"""The buku agenda as printed: the confidential export names nobody (xlsx, PDF, their properties,
inside the subject and summary, in other forms), every forwarding in "Diteruskan kepada", the
Lampiran column in the PDF, the office and the filter in the title, "Halaman n dari m", an empty
register's header; the workbook opened in LibreOffice prints landscape, all its register columns on
one page width, the header row on every page."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

from openpyxl import load_workbook
from pdf_checks import check_document, page_sizes, page_texts, soffice_pdf, text_of
from test_printed_letters import IDENTITY, LEAKY_SUBJECT, LEAKY_SUMMARY, OFFICE, SLAMET, TODAY, attach, medan

from sipdumas.output.register import PRINTED, export_register
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing


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


def workbook_text(path) -> str:
    """Every cell and every XML part of the workbook (properties included) as one text."""
    with zipfile.ZipFile(path) as zf:
        return " ".join(zf.read(name).decode("utf-8", "replace") for name in zf.namelist())


def test_the_confidential_register_names_nobody_in_either_file(db, admin, tmp_path):
    register(db, admin)
    export_register(db, admin, out=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf", confidential=True)
    xml = workbook_text(tmp_path / "r.xlsx")
    pdf = (tmp_path / "r.pdf").read_bytes()
    text = check_document(pdf, title="Buku Agenda Surat Masuk", author=OFFICE)
    for value in IDENTITY:
        assert value.lower() not in xml.lower(), value
        assert value.lower() not in text.lower(), value
    assert "soal bansos" in text and "[dirahasiakan]" in text and "identitas pengadu dirahasiakan" in text
    assert "<dc:creator>" + OFFICE in xml  # the office, not "openpyxl" or a person


def test_the_printed_register_has_its_columns_title_and_every_forwarding(db, admin, tmp_path):
    medan(db, admin)
    jabar = routing.save_agency(db, admin, name="Pemerintah Provinsi Jawa Barat")
    row = register(db, admin, subject="Jalan rusak", summary="Jalan rusak", category="02 Pelayanan publik")
    attach(db, row.id, b"%PDF-1.4 x", "surat.pdf", "application/pdf")
    first = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    second = F.forward_letter(db, admin, letter_id=row.id, agency_id=jabar.id, today=TODAY)
    export_register(
        db, admin, out=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf", category="02 Pelayanan publik"
    )
    texts = page_texts((tmp_path / "r.pdf").read_bytes())
    page = texts[0]
    assert page.startswith("BUKU AGENDA SURAT MASUK " + OFFICE)
    assert "Semua surat · kategori 02 Pelayanan publik" in page
    assert all(h.split("/")[0].split()[0] in page for h, _ in PRINTED)
    assert "Lampiran" in page and "1 lembar" in page
    squeezed = page.replace(" ", "")  # long numbers wrap inside their cell
    both = f"Pemerintah Kota Medan ({first.number}); Pemerintah Provinsi Jawa Barat ({second.number})"
    assert both.replace(" ", "") in squeezed
    assert page.endswith("Halaman 1 dari 1")
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert ws.cell(2, 9).value == (
        f"Pemerintah Kota Medan ({first.number}); Pemerintah Provinsi Jawa Barat ({second.number})"
    )
    assert ws.auto_filter.ref == "A1:W2"
    assert ws.cell(2, 7).alignment.wrap_text


def test_an_empty_register_still_prints_its_header(db, admin, tmp_path):
    result = export_register(db, admin, out=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf", status="closed")
    assert result.rows == 0
    text = text_of((tmp_path / "r.pdf").read_bytes())
    assert "Nomor agenda" in text and "Hal/ringkasan" in text
    assert "Tidak ada surat yang sesuai dengan filter ini." in text and "status Selesai" in text
    assert [c.value for c in next(load_workbook(tmp_path / "r.xlsx").active.iter_rows())][:3] == [
        "No",
        "Tanggal diterima",
        "Nomor agenda",
    ]


def test_the_register_workbook_prints_landscape_with_its_header_on_every_page(db, admin, tmp_path):
    for i in range(70):
        register(
            db,
            admin,
            subject=f"Pengaduan nomor {i} tentang jalan rusak di lingkungan kami yang belum diperbaiki",
            summary=None,
            sender=L.SenderData(name=f"Warga {i}", phone="081234567890"),
        )
    export_register(db, admin, out=tmp_path / "agenda.xlsx")
    printed = soffice_pdf(tmp_path / "agenda.xlsx", tmp_path)
    sizes = page_sizes(printed)
    assert len(sizes) >= 2 and all(w > h for w, h in sizes)  # landscape, more than one page
    for page in page_texts(printed):
        # the header row repeats, and every register column is on the page (fitted to the width)
        assert "Nomor agenda" in page and "Status" in page and "Diteruskan" in page, page[:200]
        assert re.search(r"Halaman \d+ dari \d+", page)
    numbers = {n for page in page_texts(printed) for n in re.findall(r"D-2026-\d{5}", page)}
    assert len(numbers) == 70


def test_xlsx_properties_never_name_a_complainant(db, admin, tmp_path):
    register(db, admin)
    export_register(db, admin, out=tmp_path / "r.xlsx", confidential=True)
    with zipfile.ZipFile(tmp_path / "r.xlsx") as zf:
        core = zf.read("docProps/core.xml").decode()
    assert "BUKU AGENDA SURAT MASUK" in core and OFFICE in core and "Slamet" not in core
    assert load_workbook(io.BytesIO((tmp_path / "r.xlsx").read_bytes())).properties.creator == OFFICE
