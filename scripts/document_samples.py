"""Print every document SIPDUMAS makes from a small sample register, as PDFs and as PNG pages, for
docs/documents.md (and for anyone checking the print by eye).

    .venv/bin/python scripts/document_samples.py [--out docs/documents] [--dpi 60]

Uses a fresh embedded database in a temporary folder; the spreadsheets are printed to PDF with
LibreOffice (``soffice --headless``) when it is installed, as an office would print them.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from PIL import Image, ImageDraw

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.storage import FileStore
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.letters import Document
from sipdumas.output.outgoing import export_outgoing
from sipdumas.output.register import export_register
from sipdumas.output.reports import Period, export_report
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services import workflow as W
from sipdumas.services.admin import users
from sipdumas.services.admin import workflow_settings as ws
from sipdumas.services.archive import approvals as A
from sipdumas.services.archive import files as AF
from sipdumas.services.archive import labels
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.archive import loan_settings as LS
from sipdumas.services.archive import loans as S
from sipdumas.services.letter_papers import disposition_sheet_pdf, receipt_pdf
from sipdumas.services.outgoing import record_dispatch

TODAY = date(2026, 6, 2)


def at(d: date) -> datetime:
    return datetime.combine(d, time(9)).astimezone()


def scan_png() -> bytes:
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    draw.text((120, 120), "Kepada Yth. Menteri Sekretaris Negara", fill=0)
    for y in range(220, 1200, 40):
        draw.text(
            (120, y), "Dengan hormat, saya menyampaikan pengaduan tentang bantuan sosial PKH ...", fill=0
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def attach(db, letter_id: int, data: bytes, name: str, media_type: str) -> None:
    sha = FileStore(db.data_dir).put_bytes(data)
    with db.transaction() as session:
        session.add(
            Document(letter_id=letter_id, sha256=sha, file_name=name, media_type=media_type, size=len(data))
        )


def build(folder: Path) -> dict[str, Path]:
    data = folder / "data"
    data.mkdir()
    db = Database.open(Location(f"sqlite:///{folder / 'register.sqlite3'}", data))
    admin = Actor.local_admin()
    users.create_user(
        db,
        admin,
        username="budi",
        full_name="Budi Santoso, S.H.",
        password="rahasia123",
        role=Role.SUPERVISOR,
    )
    users.set_profile(
        db, admin, username="budi", nip="197805052005011002", position="Kepala Bidang Penelaahan Pengaduan"
    )
    users.create_user(
        db, admin, username="ana", full_name="Ana Lestari, S.Sos.", password="rahasia123", role=Role.ANALYST
    )
    users.set_profile(
        db, admin, username="ana", nip="198503122010012004", position="Analis Pengaduan Masyarakat"
    )
    budi = Actor("budi", Role.SUPERVISOR, full_name="Budi Santoso, S.H.")
    ws.update(
        db,
        admin,
        changes={
            "signer_on_behalf_of": "Menteri Sekretaris Negara",
            "signer_through": "Deputi Bidang Hubungan Kemasyarakatan dan Pengaduan Masyarakat",
            "signer_name": "Dr. Hendra Kusuma, M.Si.",
        },
    )
    LS.save_lending_settings(
        db,
        admin,
        settings={
            "reminder_signer_name": "Drs. Bambang Sutrisno",
            "reminder_signer_nip": "196912311994031005",
        },
    )
    routing.save_agency(
        db,
        admin,
        name="Pemerintah Kota Medan",
        addressee_position="Wali Kota Medan",
        address="Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )
    sender = L.SenderData(
        name="Ḥasan Ĕni Siregar",
        nik="1275302110547688",
        phone="0812-2233-4455",
        email="hasan.siregar@example.com",
        address="Jalan Mawar Nomor 5, Kelurahan Sei Sikambing B RT 06/RW 08, Kota Medan",
    )
    letter = L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 5, 28),
            letter_no="01/V/2026",
            letter_date=date(2026, 5, 25),
            subject="Bantuan PKH a.n. Ḥasan Ĕni Siregar (HP 0812 2233 4455) tidak cair",
            summary=(
                "Pak Ḥasan, warga Kelurahan Sei Sikambing B RT 06/RW 08, menyampaikan bahwa bantuan PKH keluarganya "
                "tidak cair sejak Januari 2026 tanpa pemberitahuan dari pendamping."
            ),
            category="02 Pelayanan publik",
            sender=sender,
            regency="Kota Medan",
        ),
    )
    attach(db, letter.id, scan_png(), "pindaian.png", "image/png")
    typed = L.register_letter(
        db,
        admin,
        today=TODAY,
        data=L.LetterInput(
            received_at=date(2026, 5, 29),
            channel="email",
            subject="Lampu penerangan jalan padam",
            summary="Lampu penerangan jalan di lingkungan kami padam sejak sebulan.",
            category="02 Pelayanan publik",
            sender=L.SenderData(name="Warga Medan Johor", email="warga@example.com"),
            regency="Kota Medan",
        ),
    )
    mail = (
        "From: Warga Medan Johor <warga@example.com>\nTo: dumas@setneg.go.id\nSubject: Lampu jalan padam\n"
        "Date: Fri, 29 May 2026 08:00:00 +0700\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dengan hormat,\n\nLampu penerangan jalan di lingkungan kami padam sejak sebulan dan sudah "
        "dilaporkan ke kelurahan tanpa tindak lanjut.\n\nHormat kami,\nWarga Medan Johor\n"
    )
    attach(db, typed.id, mail.encode(), "pengaduan.eml", "message/rfc822")
    W.dispose(
        db,
        budi,
        letter_id=letter.id,
        assignee="ana",
        instructions=["Proses lebih lanjut"],
        note="",
        urgency="Segera",
    )
    out: dict[str, Path] = {}

    def save(name: str, pdf: bytes) -> None:
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf)
        out[name] = path

    confidential = F.forward_letter(
        db,
        admin,
        letter_id=letter.id,
        agency_name="Pemerintah Kota Medan",
        confidential=True,
        urgency="Rahasia",
        today=TODAY,
    )
    save("surat-penerusan-rahasia", confidential.pdf)
    save(
        "surat-penerusan",
        F.forward_letter(db, admin, letter_id=typed.id, agency_name="Pemerintah Kota Medan", today=TODAY).pdf,
    )
    save("lembar-disposisi", disposition_sheet_pdf(db, admin, letter_id=letter.id).data)
    save("tanda-terima", receipt_pdf(db, budi, letter_id=letter.id).data)
    save("tanda-terima-instansi", receipt_pdf(db, budi, letter_id=letter.id, confidential=True).data)
    export_register(
        db, admin, out=folder / "buku-agenda.xlsx", pdf=folder / "buku-agenda.pdf", confidential=True
    )
    out["buku-agenda"] = folder / "buku-agenda.pdf"
    out["buku-agenda-xlsx"] = folder / "buku-agenda.xlsx"
    export_report(
        db,
        budi,
        period=Period.parse("2026-Q2"),
        out=folder / "laporan.xlsx",
        pdf=folder / "laporan.pdf",
        as_of=TODAY,
    )
    out["laporan"] = folder / "laporan.pdf"
    out["laporan-xlsx"] = folder / "laporan.xlsx"
    # the archive
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
    code = letter.archive_code
    AF.move_file(db, admin, code=code, location_code="GA-R2-07-12")
    AF.describe_file(
        db,
        admin,
        code=code,
        confidential=True,
        title="Pengaduan penyaluran bantuan sosial Program Keluarga Harapan di Kecamatan Medan Sunggal tahun 2026",
    )
    borrower = S.Borrower(
        "Rina Marlina", "Bagian Penelaahan Pengaduan", "081234567890", nip="198703152010122001"
    )
    approval = A.request_approval(db, admin, code=code, borrower=borrower, purpose="Bahan telaah ulang")
    A.decide_approval(db, budi, approval_id=approval.id, approve=True, now=at(date(2026, 5, 29)))
    loan = S.lend_file(
        db, admin, code=code, borrower=borrower, purpose="Bahan telaah ulang", now=at(date(2026, 5, 29))
    )
    save("bon-peminjaman", P.loan_slip_pdf(db, admin, loan_id=loan.loan_id).data)
    batch = P.send_reminders(db, admin, as_of=date(2026, 6, 9))
    save("surat-pengingat", batch.pdf)
    save("label-berkas", labels.file_labels_pdf(db, admin, codes=[code, typed.archive_code]))
    record_dispatch(
        db,
        admin,
        number=confidential.number,
        dispatched_on=TODAY,
        via="Kurir",
        received_by="Sutrisno (Sekretariat Pemkot Medan)",
        received_on=date(2026, 6, 3),
    )
    export_outgoing(
        db, admin, out=folder / "agenda-surat-keluar.xlsx", pdf=folder / "agenda-surat-keluar.pdf"
    )
    export_outgoing(
        db, admin, out=folder / "buku-ekspedisi.xlsx", pdf=folder / "buku-ekspedisi.pdf", dispatch_book=True
    )
    out["agenda-surat-keluar"] = folder / "agenda-surat-keluar.pdf"
    out["buku-ekspedisi"] = folder / "buku-ekspedisi.pdf"
    db.dispose()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("docs/documents"))
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        made = build(Path(tmp))
        soffice = shutil.which("soffice")
        for name, path in made.items():
            if path.suffix == ".xlsx":
                if soffice is None:
                    continue
                subprocess.run(
                    [
                        soffice,
                        f"-env:UserInstallation=file://{tmp}/lo",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        f"{tmp}/lo-out",
                        str(path),
                    ],
                    check=True,
                    capture_output=True,
                )
                path = Path(tmp) / "lo-out" / (path.stem + ".pdf")
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(path), str(args.out / name)], check=True
            )
            print(name, "->", ", ".join(sorted(p.name for p in args.out.glob(f"{name}-*.png"))))


if __name__ == "__main__":
    main()
