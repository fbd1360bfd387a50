"""The periodic report as an office signs it: letterhead, a narrative of the period with the change
against the previous period and the top categories, regions counted by their codes, subjects in their
own case with identities redacted, each chart with its title, an approval block; the workbook prints
each sheet on one landscape page in LibreOffice, chart included."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from pdf_checks import check_document, page_sizes, page_texts, soffice_pdf, text_of
from test_printed_letters import OFFICE

from sipdumas.output.reports import Period, build_report, export_report
from sipdumas.output.reports.periodic import narrative
from sipdumas.services import letters as L

AS_OF = date(2026, 7, 15)


def reg(db, admin, received, subject, *, regency=None, name="Warga", category=None):
    return L.register_letter(
        db,
        admin,
        today=AS_OF,
        data=L.LetterInput(
            received_at=received,
            subject=subject,
            category=category,
            sender=L.SenderData(name=name, phone="081234567890"),
            regency=regency,
        ),
    )


def build(db, admin):
    reg(db, admin, date(2026, 5, 4), "Jalan rusak", regency="Kota Medan", category="02 Pelayanan publik")
    reg(db, admin, date(2026, 5, 5), "jalan rusak", regency="KOTA MEDAN", category="02 Pelayanan publik")
    reg(db, admin, date(2026, 5, 6), "Jalan Rusak", regency="Medan")
    reg(
        db,
        admin,
        date(2026, 6, 1),
        "Bansos untuk Slamet Riyadi belum cair",
        name="Slamet Riyadi",
        regency="Kab. Bandung",
        category="03 Korupsi/pungli",
    )
    reg(db, admin, date(2026, 4, 1), "Pungli", regency="Kabupaten Bandung", category="03 Korupsi/pungli")
    reg(db, admin, date(2026, 2, 1), "Lama", category="02 Pelayanan publik")  # the previous quarter


def test_regions_are_counted_by_code_and_subjects_keep_their_case_without_names(db, admin):
    build(db, admin)
    r = build_report(db, admin, period=Period.parse("2026-Q2"), as_of=AS_OF)
    assert r.total == 5 and r.previous_total == 1
    assert r.table("kabupaten").rows[:2] == [
        ("Kota Medan", "Sumatera Utara", 3),
        ("Kabupaten Bandung", "Jawa Barat", 2),
    ]
    assert r.table("provinsi").as_dict() == {"Sumatera Utara": 3, "Jawa Barat": 2}
    topics = r.table("topik").as_dict()
    shown = next(k for k in topics if k.lower() == "jalan rusak")
    assert topics[shown] == 3 and shown in ("Jalan rusak", "Jalan Rusak")  # as letters wrote it
    assert "Bansos untuk [dirahasiakan] belum cair" in topics
    sentences = " ".join(narrative(r))
    assert "Selama Triwulan II 2026 (1 April 2026 s.d. 30 Juni 2026) diterima 5 surat pengaduan." in sentences
    assert "naik 4 surat (400,0%) dibandingkan periode sebelumnya (Triwulan I 2026: 1 surat)" in sentences
    assert (
        "Kategori terbanyak: 02 Pelayanan publik (2 surat, 40,0%), 03 Korupsi/pungli (2 surat, 40,0%)"
        in sentences
    )


def test_the_report_pdf_has_letterhead_narrative_charts_with_titles_and_approval(db, admin, tmp_path):
    build(db, admin)
    export_report(
        db,
        admin,
        period=Period.parse("2026-Q2"),
        out=tmp_path / "l.xlsx",
        pdf=tmp_path / "l.pdf",
        as_of=AS_OF,
    )
    data = (tmp_path / "l.pdf").read_bytes()
    text = check_document(data, title="Evaluasi berkala Triwulan II 2026", author=OFFICE)
    pages = page_texts(data)
    assert pages[0].startswith(OFFICE) and "LAPORAN EVALUASI BERKALA PENGADUAN MASYARAKAT" in pages[0]
    assert "diterima 5 surat pengaduan" in pages[0]
    for title in (
        "Menurut kategori masalah",
        "Menurut provinsi pengadu",
        "Tren surat masuk per bulan (12 bulan)",
    ):
        holding = [p for p in pages if f"Grafik: {title}" in p]
        assert len(holding) == 1 and title in holding[0].replace(f"Grafik: {title}", ""), title
    last = pages[-1]
    assert "Disusun oleh" in last and "Mengetahui" in last and "NIP 197001011995031001" in last
    assert "Slamet" not in text


def test_the_report_workbook_prints_each_sheet_on_one_landscape_page(db, admin, tmp_path):
    build(db, admin)
    export_report(db, admin, period=Period.parse("2026-Q2"), out=tmp_path / "lap.xlsx", as_of=AS_OF)
    wb = load_workbook(tmp_path / "lap.xlsx")
    assert wb.properties.creator == OFFICE
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    printed = soffice_pdf(tmp_path / "lap.xlsx", tmp_path)
    sizes = page_sizes(printed)
    assert len(sizes) == len(wb.worksheets)  # one page per sheet: no chart cut at a page edge
    assert all(w > h for w, h in sizes)
    assert "Kategori terbanyak" in text_of(printed)
