"""Periodic reports count what the register holds: a register with known letters, every table checked,
in SQL on both databases; the workbook and the PDF say the same; the ``report`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from sipdumas.models.letters import IncomingLetter
from sipdumas.models.workflow import StatusChange
from sipdumas.output.reports import Period, PeriodError, build_report, export_report
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services import workflow as W

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 7, 15)
BANDUNG = L.SenderData(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455")
MEDAN = L.SenderData(name="Andi Harahap", nik="1275302110547688", email="andi@example.com")


def reg(db, admin, received, subject, **kw):
    return L.register_letter(
        db, admin, today=AS_OF, data=L.LetterInput(received_at=received, subject=subject, **kw)
    )


def reviewed_on(db, letter_id, day):
    """Put the letter's first status change (its review) on ``day``."""
    with db.transaction() as session:
        session.execute(
            update(StatusChange)
            .where(StatusChange.letter_id == letter_id)
            .values(at=datetime(day.year, day.month, day.day, 3, tzinfo=UTC))
        )


def build_register(db, admin):
    """2026: five letters with known channels, categories, regions, outcomes and timeliness; one letter
    of 2025 that no 2026 table may count."""
    kota = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    a = reg(
        db,
        admin,
        date(2026, 3, 2),
        "Jalan rusak",
        category="02 Pelayanan publik",
        sender=BANDUNG,
        regency="Kota Bandung",
    )  # Monday: review due Tue 3 March, forwarding due Mon 9 March
    with db.transaction() as session:
        session.get(IncomingLetter, a.id).reported_agency_id = kota.id
    F.forward_letter(db, admin, letter_id=a.id, agency_id=kota.id, today=date(2026, 3, 5))
    reviewed_on(db, a.id, date(2026, 3, 3))  # on time
    b = reg(
        db,
        admin,
        date(2026, 3, 2),
        "Pungli",
        category="03 Korupsi/pungli",
        channel="email",
        addressee="Gubernur Jawa Barat",
        cc=["Presiden Republik Indonesia"],
    )  # anonymous tembusan, never reviewed
    c = reg(
        db,
        admin,
        date(2026, 4, 6),
        "Jalan rusak",
        category="02 Pelayanan publik",
        channel="whatsapp",
        sender=MEDAN,
    )
    with db.transaction() as session:
        session.get(IncomingLetter, c.id).duplicate_of_id = a.id
    for status in ("under_review", "filed"):
        version = L.get_letter(db, admin, letter_id=c.id).row.version
        W.change_status(db, admin, letter_id=c.id, expected_version=version, status=status)
    reviewed_on(db, c.id, date(2026, 4, 10))  # late (due Tue 7 April)
    d = reg(
        db, admin, date(2026, 7, 14), "Bansos", category="02 Pelayanan publik", sender=BANDUNG
    )  # still in time
    e = reg(db, admin, date(2026, 3, 10), "Forwarded late", category="09 Lingkungan hidup", sender=MEDAN)
    F.forward_letter(
        db, admin, letter_id=e.id, agency_name="Pemerintah Kota Bandung", today=date(2026, 3, 20)
    )
    reviewed_on(db, e.id, date(2026, 3, 11))
    reg(db, admin, date(2025, 12, 30), "Tahun lalu", category="02 Pelayanan publik", sender=BANDUNG)
    return a, b, c, d, e


def test_period_parsing():
    assert (Period.parse("2026").start, Period.parse("2026").end) == (date(2026, 1, 1), date(2026, 12, 31))
    q = Period.parse("2026-q2")
    assert (q.start, q.end, q.label) == (date(2026, 4, 1), date(2026, 6, 30), "Triwulan II 2026")
    m = Period.parse("2024-02")
    assert (m.end, m.label, m.code) == (date(2024, 2, 29), "Februari 2024", "2024-02")
    with pytest.raises(PeriodError):
        Period.parse("2026-13")


def test_yearly_report_counts_what_the_register_holds(db, admin):
    build_register(db, admin)
    r = build_report(db, admin, period=Period.parse("2026"), as_of=AS_OF)
    assert r.total == 5
    assert r.table("ringkasan").as_dict() == {
        "Surat diterima": 5,
        "Diteruskan": 2,
        "Diarsipkan": 1,
        "Duplikat (pengiriman ulang)": 1,
        "Tembusan": 1,
        "Anonim / identitas tidak lengkap": 1,
    }
    assert r.table("status").as_dict() == {"Diterima": 2, "Diteruskan": 2, "Diarsipkan": 1}
    assert r.table("saluran").as_dict() == {"Surat": 3, "E-mail": 1, "WhatsApp": 1}
    assert r.table("kategori").as_dict() == {
        "02 Pelayanan publik": 3,
        "03 Korupsi/pungli": 1,
        "09 Lingkungan hidup": 1,
    }
    assert r.table("provinsi").as_dict() == {"Jawa Barat": 2, "Sumatera Utara": 2, "Tidak diketahui": 1}
    regencies = {(row[0], row[1]): row[2] for row in r.table("kabupaten").rows}
    assert regencies[("Kota Bandung", "Jawa Barat")] == 1 and sum(regencies.values()) == 5
    assert r.table("instansi_terlapor").as_dict() == {"Tidak diketahui": 4, "Pemerintah Kota Bandung": 1}
    assert r.table("instansi_tujuan").as_dict() == {"Pemerintah Kota Bandung": 2}
    assert r.table("topik").rows[0] == ("Jalan rusak", 2)  # in its own case
    trend = r.table("tren").as_dict()
    assert len(trend) == 12 and trend["Mar 2026"] == 3 and trend["Apr 2026"] == 1 and trend["Jul 2026"] == 1
    assert sum(trend.values()) == 5
    review, forward = r.table("ketepatan").rows
    # step, days, on time, late, waiting late, waiting in time, unrecorded, share
    assert review == ("Penelaahan", 1, 2, 1, 1, 1, 0, 66.7)
    assert forward == ("Penerusan", 5, 1, 1, 1, 1, 0, 50.0)


def test_quarterly_and_monthly_reports_narrow_the_letters(db, admin):
    build_register(db, admin)
    q1 = build_report(db, admin, period=Period.parse("2026-Q1"), as_of=AS_OF)
    assert q1.total == 3 and q1.table("kategori").as_dict() == {
        "02 Pelayanan publik": 1,
        "03 Korupsi/pungli": 1,
        "09 Lingkungan hidup": 1,
    }
    april = build_report(db, admin, period=Period.parse("2026-04"), as_of=AS_OF)
    assert april.total == 1 and april.table("ringkasan").as_dict()["Diarsipkan"] == 1
    trend = april.table("tren").rows
    assert trend[0][0] == "Mei 2025" and trend[-1] == ("Apr 2026", 1) and dict(trend)["Des 2025"] == 1


def test_workbook_and_pdf_say_what_the_report_says(db, admin, tmp_path):
    build_register(db, admin)
    reg(db, admin, date(2026, 5, 5), '=HYPERLINK("http://x")', sender=BANDUNG)
    result = export_report(
        db,
        admin,
        period=Period.parse("2026"),
        out=tmp_path / "lap.xlsx",
        pdf=tmp_path / "lap.pdf",
        as_of=AS_OF,
    )
    assert result.to_json() == {
        "file": str(tmp_path / "lap.xlsx"),
        "period": "2026",
        "letters": 6,
        "pdf": str(tmp_path / "lap.pdf"),
    }
    wb = load_workbook(tmp_path / "lap.xlsx")
    report = build_report(db, admin, period=Period.parse("2026"), as_of=AS_OF)
    for table in report.tables:
        ws = wb[table.key]
        assert [c.value for c in ws[2]][: len(table.headers)] == list(table.headers)
        got = [tuple(c.value for c in row[: len(table.headers)]) for row in ws.iter_rows(min_row=3)]
        assert got == table.rows, table.key
        if table.chart:
            assert ws._charts, table.key
    topic = next(
        c for row in wb["topik"].iter_rows(min_row=3) for c in row if c.value == '=HYPERLINK("http://x")'
    )
    assert topic.data_type == "s"
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "lap.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Tahun 2026" in text and "Ketepatan waktu" in text and "Pemerintah Kota Bandung" in text


def test_report_command(db, admin, tmp_path):
    build_register(db, admin)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "report",
            "--period",
            "2026-Q1",
            "--out",
            str(tmp_path / "q1.xlsx"),
            "--as-of",
            "2026-07-15",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"file": str(tmp_path / "q1.xlsx"), "period": "2026-Q1", "letters": 3}
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "report",
            "--period",
            "kemarin",
            "--out",
            str(tmp_path / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and "kemarin" in bad.stderr
