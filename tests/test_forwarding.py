"""Forwarding letters (surat penerusan): what the printed PDF says, confidential mode, escaping,
numbering that never repeats, QR verification, role rules and the ``forward`` command."""

from __future__ import annotations

import io
import json
import multiprocessing as mp
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.storage import FileStore
from sipdumas.domain.errors import NotFound, PermissionDenied
from sipdumas.domain.permissions import Actor, Role
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.letters import Document
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services import workflow as W

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 6, 2)
ANALYST = Actor("ana", Role.ANALYST)
STAFF = Actor("stef", Role.STAFF)
SITI = L.SenderData(
    name="Siti Rahmawati",
    nik="3273014507850003",
    phone="0812-2233-4455",
    email="siti.r@example.com",
    address="Jalan Mawar Nomor 5 Kelurahan Sei Sikambing",
)


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdf)
    finally:
        pdf.close()


def medan(db, admin):
    return routing.save_agency(
        db,
        admin,
        name="Pemerintah Kota Medan",
        addressee_position="Wali Kota Medan",
        address="Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )


def letter(db, admin, *, subject="Bantuan sosial PKH tidak diterima", summary=None, sender=SITI, scan=False):
    summary = summary or (
        "Pengadu Siti Rahmawati (NIK 3273014507850003, telepon 0812 2233 4455, e-mail siti.r@example.com, "
        "alamat Jalan Mawar Nomor 5 Kelurahan Sei Sikambing) menyampaikan bahwa bantuan PKH tidak diterima."
    )
    row = L.register_letter(
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
    if scan:
        image = Image.new("RGB", (850, 1100), "white")
        ImageDraw.Draw(image).text((80, 80), "SURAT PENGADUAN ASLI", fill="black")
        buf = io.BytesIO()
        image.save(buf, "PNG")
        sha = FileStore(db.data_dir).put_bytes(buf.getvalue())
        with db.transaction() as session:
            session.add(
                Document(
                    letter_id=row.id,
                    sha256=sha,
                    file_name="scan.png",
                    media_type="image/png",
                    size=len(buf.getvalue()),
                    page_count=1,
                )
            )
    return row


def test_forwarding_letter_prints_number_addressee_subject_and_tembusan(db, admin):
    medan(db, admin)
    row = letter(db, admin, scan=True)
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    text = pdf_text(result.pdf)
    assert result.number == "B-1/D-4/DM.04.00/06/2026"
    assert f"Nomor : {result.number}" in text
    assert "Jakarta, 2 Juni 2026" in text
    assert "Yth. Wali Kota Medan" in text and "Pemerintah Kota Medan" in text
    assert "Bantuan sosial PKH tidak diterima" in text
    assert (
        "Tembusan: 1. Menteri Sekretaris Negara; 2. Deputi Bidang Hubungan Kemasyarakatan; 3. Sdr. Siti Rahmawati."
        in text
    )
    assert "Lampiran : 1 (satu) berkas" in text
    assert result.pages == 2  # the letter and the attached scan page
    assert "Lampiran surat Nomor B-1/D-4/DM.04.00/06/2026" in text
    assert FileStore(db.data_dir).read(result.file_sha256) == result.pdf
    assert L.get_letter(db, admin, letter_id=row.id).row.status == LetterStatus.FORWARDED
    steps = [(h.old_status, h.new_status, h.username) for h in W.history(db, admin, letter_id=row.id)]
    assert steps == [
        ("received", "under_review", "admin-lokal"),
        ("under_review", "forwarded", "admin-lokal"),
    ]


def test_confidential_letter_leaves_out_every_identity_field_and_the_scan(db, admin):
    medan(db, admin)
    row = letter(db, admin, scan=True, subject="Pengaduan Siti Rahmawati soal bansos")
    result = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", confidential=True, today=TODAY
    )
    text = pdf_text(result.pdf)
    lowered = text.lower()
    for value in (
        "Siti",
        "Rahmawati",
        "3273014507850003",
        "2233",
        "4455",
        "siti.r@example.com",
        "Jalan Mawar",
        "Sikambing",
    ):
        assert value.lower() not in lowered, value
    assert result.pages == 1 and "Lampiran : -" in text
    # the complainant is no visible recipient, and the agency answers the office
    assert "Tembusan: 1. Menteri Sekretaris Negara; 2. Deputi Bidang Hubungan Kemasyarakatan." in text
    assert "pengadu." not in lowered.split("tembusan:")[1]
    assert "disampaikan kepada kami paling lambat" in text and "kepada pengadu" not in lowered
    assert "[dirahasiakan]" in text and "identitas dirahasiakan" in text
    assert result.number.encode() in result.pdf or result.number in text


def test_preview_shows_the_real_letter_but_takes_no_number_and_changes_nothing(db, admin):
    agency = medan(db, admin)
    row = letter(db, admin, scan=True)
    open_pdf = F.preview_forwarding(db, STAFF, letter_id=row.id, agency_id=agency.id, today=TODAY)
    draft = pdf_text(open_pdf)
    assert (
        F.DRAFT_NUMBER in draft
        and "Wali Kota Medan" in draft
        and "Bantuan sosial PKH tidak diterima" in draft
    )
    hidden_pdf = F.preview_forwarding(
        db, STAFF, letter_id=row.id, agency_id=agency.id, confidential=True, today=TODAY
    )
    hidden = pdf_text(hidden_pdf)
    assert "Rahmawati" not in hidden and "3273014507850003" not in hidden
    assert (
        len(pdfium.PdfDocument(open_pdf)) == 2 and len(pdfium.PdfDocument(hidden_pdf)) == 1
    )  # scan attached or not
    assert L.get_letter(db, admin, letter_id=row.id).row.status == LetterStatus.RECEIVED
    assert F.list_forwardings(db, admin, letter_id=row.id) == []
    first = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    assert first.number == "B-1/D-4/DM.04.00/06/2026"
    with pytest.raises(PermissionDenied):
        F.preview_forwarding(db, Actor("arsip", Role.ARCHIVIST), letter_id=row.id, agency_id=agency.id)


def test_user_text_with_markup_prints_literally(db, admin):
    routing.save_agency(
        db, admin, name="Dinas <i>Sosial</i> & Pemberdayaan", addressee_position="Kepala Dinas"
    )
    row = letter(db, admin, subject="Tagihan <b>ganda</b> & denda", summary="Isi <b>&amp; <br/>")
    result = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Dinas <i>Sosial</i> & Pemberdayaan", today=TODAY
    )
    text = pdf_text(result.pdf)
    assert "Tagihan <b>ganda</b> & denda" in text
    assert "Isi <b>&amp; <br/>" in text
    assert "Dinas <i>Sosial</i> & Pemberdayaan" in text


def test_qr_payload_verifies_against_the_register_and_tampering_fails(db, admin):
    medan(db, admin)
    row = letter(db, admin)
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    payload = F.qr_payload(result.number, result.checksum)
    ok = F.verify_forwarding(db, admin, payload)
    assert ok.valid and ok.agency == "Pemerintah Kota Medan" and ok.forwarded_on == TODAY
    assert not F.verify_forwarding(db, admin, payload[:-1] + ("0" if payload[-1] != "0" else "1")).valid
    assert (
        F.verify_forwarding(db, admin, "SIPDUMAS-FWD|B-99/X/2026|0123456789abcdef").reason
        == "Nomor surat tidak terdaftar"
    )
    assert not F.verify_forwarding(db, admin, "hello").valid
    assert result.checksum == F.checksum(
        result.number,
        "Wali Kota Medan",
        "Penerusan Pengaduan Masyarakat perihal Bantuan sosial PKH tidak diterima",
        TODAY,
    )


def test_reprint_gives_the_same_number_and_bytes_and_new_forwarding_a_new_number(db, admin):
    medan(db, admin)
    row = letter(db, admin)
    first = F.forward_letter(db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    again = F.forward_letter(db, STAFF, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    assert again.reused and again.number == first.number and again.pdf == first.pdf
    other = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY, reuse=False
    )
    assert other.number == "B-2/D-4/DM.04.00/06/2026"
    assert F.render_forwarding(db, STAFF, forwarding_id=first.id).pdf == first.pdf


def test_roles_staff_prints_but_cannot_forward_and_archivist_cannot_print(db, admin):
    medan(db, admin)
    row = letter(db, admin)
    with pytest.raises(PermissionDenied):
        F.forward_letter(db, STAFF, letter_id=row.id, agency_name="Pemerintah Kota Medan", today=TODAY)
    with pytest.raises(PermissionDenied):
        F.forward_letter(
            db, Actor("arsip", Role.ARCHIVIST), letter_id=row.id, agency_name="Pemerintah Kota Medan"
        )
    assert F.forward_letter(db, ANALYST, letter_id=row.id, agency_name="Pemerintah Kota Medan").number
    assert L.get_letter(db, admin, letter_id=row.id).row.status == LetterStatus.FORWARDED


def test_unknown_agency_is_a_clear_error_and_close_spelling_is_matched(db, admin):
    medan(db, admin)
    routing.save_agency(db, admin, name="Badan Pertanahan Nasional")
    row = letter(db, admin)
    with pytest.raises(NotFound, match="tidak dikenal"):
        F.forward_letter(db, admin, letter_id=row.id, agency_name="Kementerian Kelautan")
    result = F.forward_letter(db, admin, letter_id=row.id, agency_name="pemerintah kota medn", today=TODAY)
    assert result.agency == "Pemerintah Kota Medan"


def test_number_pattern_comes_from_settings_and_sifat_sets_the_code(db, admin):
    from sipdumas.services.admin import workflow_settings as S

    S.update(db, admin, changes={"number_pattern": "{code}-{serial:03d}/PM/{year}", "unit_code": "X"})
    medan(db, admin)
    row = letter(db, admin)
    result = F.forward_letter(
        db, admin, letter_id=row.id, agency_name="Pemerintah Kota Medan", urgency="Rahasia", today=TODAY
    )
    assert result.number == "R-001/PM/2026"
    assert "Sifat : Rahasia" in pdf_text(result.pdf)


# ---------------------------------------------------------------- several workstations at once


def _workstation(url: str, data_dir: str, start, letter_ids: list[int], agency_id: int) -> None:
    db = Database(Location(url, Path(data_dir)))
    start.wait()
    for letter_id in letter_ids:
        F.forward_letter(
            db, Actor.local_admin(), letter_id=letter_id, agency_id=agency_id, today=TODAY, reuse=False
        )
    db.dispose()


def test_simultaneous_forwardings_get_unique_gapless_numbers(db, admin):
    agency = medan(db, admin)
    ids = [letter(db, admin, subject=f"Surat {i}").id for i in range(24)]
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [
        ctx.Process(target=_workstation, args=(db.url, str(db.data_dir), start, ids[w::4], agency.id))
        for w in range(4)
    ]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(180)
        assert p.exitcode == 0
    numbers = [f["number"] for i in ids for f in F.list_forwardings(db, admin, letter_id=i)]
    serials = sorted(int(n.split("-")[1].split("/")[0]) for n in numbers)
    assert serials == list(range(1, 25))


# ---------------------------------------------------------------- the command line


def run(db, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIPDUMAS_")}
    return subprocess.run(
        [sys.executable, "-m", "sipdumas", "--db", db.url, "--data-dir", str(db.data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_forward_command_writes_the_pdf_and_prints_one_json_line(db, admin, tmp_path):
    medan(db, admin)
    row = letter(db, admin)
    out = tmp_path / "surat.pdf"
    proc = run(
        db,
        "forward",
        str(row.id),
        "--agency",
        "Pemkot Medan Pemerintah Kota",
        "--out",
        str(out),
        "--confidential",
    )
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout)
    assert line["agency"] == "Pemerintah Kota Medan" and line["file"] == str(out)
    assert line["number"].startswith("B-1/") and len(line["checksum"]) == 16
    text = pdf_text(out.read_bytes())
    assert line["number"] in text and "Rahmawati" not in text
    verify = run(db, "verify", F.qr_payload(line["number"], line["checksum"]))
    assert verify.returncode == 0 and json.loads(verify.stdout)["valid"] is True

    bad = run(
        db, "forward", str(row.id), "--agency", "Kementerian Luar Angkasa", "--out", str(tmp_path / "x.pdf")
    )
    assert bad.returncode == 2 and "tidak dikenal" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
