"""The buku agenda exported to xlsx: the register's rows in order, period filter, formulas kept as text,
identity left out for other agencies."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from sipdumas.output.register import HEADERS, export_register
from sipdumas.services import letters as L

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 6, 1)


def reg(db, admin, subject, name, received, **kw):
    data = L.LetterInput(
        received_at=received, subject=subject, sender=L.SenderData(name=name, phone="081234567890"), **kw
    )
    return L.register_letter(db, admin, data=data, today=TODAY)


def sheet_rows(path):
    ws = load_workbook(path).active
    return [[c for c in row] for row in ws.iter_rows()]


def test_register_rows_in_order_with_flags_and_formulas_as_text(db, admin, tmp_path):
    reg(db, admin, '=HYPERLINK("http://x","klik")', "@SUM(1)", date(2026, 3, 2))
    reg(
        db,
        admin,
        "Jalan rusak",
        "Budi",
        date(2026, 3, 1),
        cc=["Presiden Republik Indonesia"],
        addressee="Gubernur Jawa Barat",
    )
    result = export_register(db, admin, out=tmp_path / "agenda.xlsx")
    assert result.rows == 2
    rows = sheet_rows(tmp_path / "agenda.xlsx")
    assert [c.value for c in rows[0]] == list(HEADERS)
    first, second = rows[1], rows[2]
    assert first[2].value == "D-2026-00002" and first[3].value == "Budi"  # oldest received first
    assert "Tembusan" in first[9].value
    assert second[6].value == '=HYPERLINK("http://x","klik")' and second[6].data_type == "s"
    assert second[3].value == "@SUM(1)" and second[3].data_type == "s"


def test_period_filter_and_confidential_export(db, admin, tmp_path):
    reg(db, admin, "Pungli", "Siti Rahmawati", date(2026, 1, 5))
    reg(db, admin, "Tanah", "Joko Susilo", date(2026, 2, 5))
    reg(db, admin, "Bansos", "Rina Wati", date(2026, 3, 5))
    out = tmp_path / "rahasia.xlsx"
    result = export_register(
        db, admin, out=out, received_from=date(2026, 2, 1), received_to=date(2026, 3, 31), confidential=True
    )
    assert result.rows == 2
    cells = [c.value for row in sheet_rows(out) for c in row if c.value is not None]
    assert not any(isinstance(v, str) and ("Joko" in v or "Rina" in v or "Siti" in v) for v in cells)
    assert "(dirahasiakan)" in cells


def test_export_command(db, admin, tmp_path):
    reg(db, admin, "Jalan rusak", "Budi", date(2026, 3, 1))
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "export",
            "register",
            "--out",
            str(tmp_path / "a.xlsx"),
            "--from",
            "2026-01-01",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"file": str(tmp_path / "a.xlsx"), "rows": 1}
    assert load_workbook(tmp_path / "a.xlsx").active.max_row == 2


# ---------------------------------------------------------------- flags, identity, filters, PDF

RISKY = ("=1+1", "+62 812", "-2+3", "@SUM(A1)")


def full_sender(name):
    return L.SenderData(
        name=name,
        nik="3273014507850003",
        phone="0812-2233-4455",
        email="siti.r@example.com",
        address="Jalan Mawar Nomor 5 Bandung",
    )


def test_every_formula_start_is_stored_as_text(db, admin, tmp_path):
    for i, risky in enumerate(RISKY):
        L.register_letter(
            db,
            admin,
            today=TODAY,
            data=L.LetterInput(
                received_at=date(2026, 3, 1 + i),
                subject=risky,
                letter_no=risky,
                category=risky,
                sender=L.SenderData(name=risky, address=risky),
            ),
        )
    export_register(db, admin, out=tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx").active
    col = {h: i for i, h in enumerate(HEADERS)}
    for row, risky in zip(list(ws.iter_rows(min_row=2)), RISKY, strict=True):
        for name in ("Pengirim", "Nomor surat", "Hal/ringkasan", "Kategori", "Alamat"):
            cell = row[col[name]]
            assert (cell.value, cell.data_type) == (risky, "s"), name


def test_flag_columns_and_identity_columns(db, admin, tmp_path):
    first = L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 3, 1),
            subject="Bansos tidak diterima",
            sender=full_sender("Siti Rahmawati"),
        ),
    )
    L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 3, 2),
            subject="Surat tanpa nama",
            cc=["Presiden Republik Indonesia"],
            addressee="Gubernur Jawa Barat",
            channel="email",
        ),
    )
    with db.transaction() as session:
        from sipdumas.models.letters import IncomingLetter

        second = session.query(IncomingLetter).filter(IncomingLetter.id != first.id).one()
        second.duplicate_of_id = first.id
    export_register(db, admin, out=tmp_path / "r.xlsx")
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "r.xlsx").active.iter_rows()]
    head = rows[0]
    a, b = dict(zip(head, rows[1], strict=False)), dict(zip(head, rows[2], strict=False))
    assert a["NIK"] == "3273014507850003" and a["Telepon"] == "+6281222334455"
    assert a["E-mail"] == "siti.r@example.com" and a["Alamat"] == "Jalan Mawar Nomor 5 Bandung"
    assert a["Tembusan"] == "Tidak" and a["Identitas lengkap"] == "Ya" and a["Duplikat dari"] is None
    assert (
        b["Tembusan"] == "Ya" and b["Identitas lengkap"] == "Tidak" and b["Duplikat dari"] == first.agenda_no
    )
    assert b["Saluran"] == "E-mail" and a["Status"] == "Diterima"


def test_confidential_export_has_no_identity_column_or_value(db, admin, tmp_path):
    L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 3, 1), subject="Bansos", sender=full_sender("Siti Rahmawati")
        ),
    )
    export_register(db, admin, out=tmp_path / "c.xlsx", confidential=True, pdf=tmp_path / "c.pdf")
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "c.xlsx").active.iter_rows()]
    assert not set(rows[0]) & {"NIK", "Telepon", "E-mail", "Alamat"}
    text = " ".join(str(v) for row in rows for v in row if v is not None)
    for secret in ("Siti", "3273014507850003", "6281222334455", "siti.r@example.com", "Mawar"):
        assert secret not in text
    pdf = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Bansos" in pdf and "Siti" not in pdf and "dirahasiakan" in pdf


def test_filters_status_category_agency_analyst(db, admin, tmp_path):
    from sipdumas.services import routing
    from sipdumas.services import workflow as W

    rows = [
        L.register_letter(
            db,
            admin,
            today=TODAY,
            data=L.LetterInput(
                received_at=date(2026, 3, 1 + i),
                subject=f"Surat {i}",
                category=cat,
                sender=full_sender(f"Orang {i}"),
            ),
        )
        for i, cat in enumerate(["02 Pelayanan publik", "03 Korupsi/pungli", "02 Pelayanan publik"])
    ]
    agency = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    with db.transaction() as session:
        from sipdumas.models.letters import IncomingLetter

        session.get(IncomingLetter, rows[1].id).reported_agency_id = agency.id
    W.dispose(db, admin, letter_id=rows[2].id, assignee="ana", instructions=["Telaah"])
    W.change_status(db, admin, letter_id=rows[0].id, expected_version=rows[0].version, status="under_review")

    def agenda(**kw):
        export_register(db, admin, out=tmp_path / "f.xlsx", **kw)
        return [r[2].value for r in load_workbook(tmp_path / "f.xlsx").active.iter_rows(min_row=2)]

    assert agenda(category="02 Pelayanan publik") == [rows[0].agenda_no, rows[2].agenda_no]
    assert agenda(status="under_review") == [rows[0].agenda_no]
    assert agenda(agency_id=agency.id) == [rows[1].agenda_no]
    assert agenda(analyst="ana") == [rows[2].agenda_no]
    assert agenda(received_from=date(2026, 3, 2), received_to=date(2026, 3, 2)) == [rows[1].agenda_no]


def test_pdf_repeats_the_header_on_every_page(db, admin, tmp_path):
    from sipdumas.services.imports.legacy_register import import_register

    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "received_at": f"2026-0{1 + i % 5}-{1 + i % 28:02d}",
                    "subject": f"Pengaduan nomor {i} " + "tentang jalan rusak " * (i % 4),
                    "sender": {"name": f"Pengadu {i}"},
                }
            )
            + "\n"
            for i in range(150)
        ),
        encoding="utf-8",
    )
    assert import_register(db, admin, path=path, today=TODAY).imported == 150
    result = export_register(db, admin, out=tmp_path / "r.xlsx", pdf=tmp_path / "r.pdf")
    assert result.rows == 150 and result.to_json()["pdf"] == str(tmp_path / "r.pdf")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True
    ).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    assert all("Nomor agenda" in p and "Hal/ringkasan" in p for p in pages)
    printed = {n for p in pages for n in __import__("re").findall(r"D-2026-\d{5}", p)}
    assert len(printed) == 150


def test_export_command_with_pdf_and_filters(db, admin, tmp_path):
    reg(db, admin, "Jalan rusak", "Budi", date(2026, 3, 1), category="02 Pelayanan publik")
    reg(db, admin, "Pungli", "Ani", date(2026, 3, 2), category="03 Korupsi/pungli")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "export",
            "register",
            "--out",
            str(tmp_path / "a.xlsx"),
            "--pdf",
            "--confidential",
            "--category",
            "03 Korupsi/pungli",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "file": str(tmp_path / "a.xlsx"),
        "rows": 1,
        "pdf": str(tmp_path / "a.pdf"),
    }
    assert (tmp_path / "a.pdf").stat().st_size > 1000
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "export",
            "register",
            "--out",
            str(tmp_path / "b.xlsx"),
            "--agency",
            "Tidak Ada",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and "Tidak Ada" in bad.stderr
