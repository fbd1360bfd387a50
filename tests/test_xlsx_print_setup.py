"""Every workbook the product writes carries a print set-up: A4 landscape fitted to the page width,
its header rows repeated on every page, and properties naming the office, never a person."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook
from test_printed_letters import OFFICE, TODAY, medan

from sipdumas.output.outgoing import export_outgoing
from sipdumas.output.register import export_register
from sipdumas.output.reports import Period, export_report
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.imports.mapping import write_rejections


def check(wb, *, creator: str = OFFICE) -> None:
    assert wb.properties.creator == creator
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.paperSize in (9, "9"), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.fitToWidth) == 1, ws.title
        assert "Halaman &P dari &N" in ws.oddFooter.right.text, ws.title


def test_every_workbook_prints_landscape_fitted_with_repeated_headers(db, admin, tmp_path):
    medan(db, admin)
    row = L.register_letter(
        db, admin, today=TODAY, data=L.LetterInput(received_at=date(2026, 5, 28), subject="Jalan rusak")
    )
    F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    export_register(db, admin, out=tmp_path / "agenda.xlsx")
    export_outgoing(db, admin, out=tmp_path / "keluar.xlsx", dispatch_book=True)
    export_report(db, admin, period=Period.parse("2026-Q2"), out=tmp_path / "lap.xlsx", as_of=TODAY)
    (tmp_path / "pinjam.xlsx").write_bytes(P.loan_register_xlsx(db, admin))
    for name in ("agenda", "keluar", "pinjam"):
        wb = load_workbook(tmp_path / f"{name}.xlsx")
        check(wb)
        assert wb.active.print_title_rows.replace("$", "") == "1:1", name
    report = load_workbook(tmp_path / "lap.xlsx")
    check(report)
    assert all(ws.print_title_rows.replace("$", "") == "1:2" for ws in report.worksheets[1:])
    write_rejections(tmp_path / "tolak.xlsx", source="lama.xlsx", rejected=[(3, "tanggal tidak valid")])
    check(load_workbook(io.BytesIO((tmp_path / "tolak.xlsx").read_bytes())), creator="SIPDUMAS")
