"""The register of outgoing letters and the dispatch book: every forwarding letter and reminder in
number order, the dispatch recorded and printed with room for the receiver's signature, xlsx and PDF,
and the ``outgoing`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_checks import check_document, page_texts
from test_printed_letters import OFFICE, TODAY, medan

from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.output.outgoing import export_outgoing
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services.outgoing import list_outgoing, record_dispatch

ROOT = Path(__file__).resolve().parents[1]


def two_forwardings(db, admin):
    medan(db, admin)
    out = []
    for i in range(2):
        row = L.register_letter(
            db, admin, today=TODAY, data=L.LetterInput(received_at=date(2026, 5, 28), subject=f"Surat {i}")
        )
        out.append(
            F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
        )
    return out


def test_forwarding_letters_enter_the_register_and_dispatch_is_recorded(db, admin, tmp_path):
    first, second = two_forwardings(db, admin)
    entries = list_outgoing(db, admin)
    assert [(e.kind, e.number, e.addressee) for e in entries] == [
        ("forwarding", first.number, "Wali Kota Medan, Pemerintah Kota Medan"),
        ("forwarding", second.number, "Wali Kota Medan, Pemerintah Kota Medan"),
    ]
    with pytest.raises(NotFound):
        record_dispatch(db, admin, number="X-1", dispatched_on=TODAY, via="Kurir")
    with pytest.raises(ValidationFailed):
        record_dispatch(db, admin, number=first.number, dispatched_on=TODAY, via="Kurir", received_on=TODAY)
    done = record_dispatch(
        db,
        admin,
        number=first.number,
        dispatched_on=date(2026, 6, 3),
        via="Kurir",
        received_by="Sutrisno (Sekretariat Pemkot Medan)",
        received_on=date(2026, 6, 4),
    )
    assert done.dispatch_via == "Kurir" and done.received_on == date(2026, 6, 4)
    book = export_outgoing(
        db, admin, out=tmp_path / "e.xlsx", pdf=tmp_path / "e.pdf", dispatch_book=True, dated_from=TODAY
    )
    assert book.rows == 2
    text = check_document((tmp_path / "e.pdf").read_bytes(), title="Buku Ekspedisi", author=OFFICE)
    squeezed = text.replace(" ", "")
    assert "BUKU EKSPEDISI" in text and "Tanda tangan penerima" in text
    assert first.number.replace(" ", "") in squeezed and "Sutrisno(SekretariatPemkotMedan)" in squeezed
    rows = list(load_workbook(tmp_path / "e.xlsx").active.iter_rows(values_only=True))
    assert (
        rows[0][-1] == "Tanda tangan penerima"
        and rows[1][2] == first.number
        and rows[1][7].startswith("Sutrisno")
    )
    register = export_outgoing(db, admin, out=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    assert register.rows == 2
    page = page_texts((tmp_path / "r.pdf").read_bytes())[0]
    assert page.startswith("AGENDA SURAT KELUAR " + OFFICE) and "Halaman 1 dari 1" in page


def test_outgoing_commands(db, admin, tmp_path):
    first, _second = two_forwardings(db, admin)

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
                "outgoing",
                *args,
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        return [json.loads(line) for line in out.stdout.splitlines()]

    listed = run("list", "--json")
    assert [r["number"] for r in listed] == [first.number, _second.number]
    recorded = run("dispatch", first.number, "--via", "Pos tercatat", "--on", "2026-06-03", "--json")
    assert recorded[0]["dispatch_via"] == "Pos tercatat" and recorded[0]["dispatched_on"] == "2026-06-03"
    written = run("dispatch-book", "--out", str(tmp_path / "b.xlsx"), "--pdf")
    assert written == [{"file": str(tmp_path / "b.xlsx"), "rows": 2, "pdf": str(tmp_path / "b.pdf")}]
