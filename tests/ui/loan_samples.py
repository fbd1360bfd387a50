"""An archive with realistic loans for the loan desk's tests and screenshots: places on the shelves,
files described under the JRA, loans made days and weeks ago (so some are overdue), a queue, a
confidential file, a merge. Everything goes through the services, as the desk would do it.

    python tests/ui/loan_samples.py sqlite:////tmp/arsip.sqlite3          # fill a database for a look
    python tests/ui/loan_samples.py sqlite:////tmp/arsip.sqlite3 --shots docs   # and take screenshots
"""

from __future__ import annotations

import sys
import time as time_module
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sipdumas.db.engine import Database
from sipdumas.domain import workdays
from sipdumas.domain.permissions import Actor
from sipdumas.services.archive import files as A
from sipdumas.services.archive import loans as S
from sipdumas.services.letters import LetterInput, register_letter

BORROWERS = [
    S.Borrower("Rina Siregar", "Bagian Telaah", "0812-3456-7890"),
    S.Borrower("Budi Hartono", "Subbagian Umum", "0813-2211-4455"),
    S.Borrower("Dewi Lestari", "Biro Hukum", "ext. 221"),
    S.Borrower("Agus Prasetyo", "Inspektorat", "0821-7788-9900", "pimpinan"),
    S.Borrower("Sari Wulandari", "Bagian Pengaduan", "0857-1234-5678"),
]
SUBJECTS = [
    "Bantuan PKH dihentikan tanpa pemberitahuan",
    "Sertifikat tanah ganda di kantor pertanahan",
    "Jalan desa rusak berat tidak diperbaiki",
    "Pungutan liar pengurusan KTP elektronik",
    "SK pengangkatan PPPK belum terbit",
    "Limbah pabrik mencemari sungai warga",
    "Pelayanan puskesmas menolak pasien BPJS",
    "Penggusuran pedagang pasar tanpa relokasi",
    "Dana desa tidak transparan",
    "Tunjangan guru honorer belum dibayar",
]
PLACES = [
    dict(code="GB-R1-R03-B12", building="Gedung B", room="Ruang Arsip 1", shelf="3", box="12"),
    dict(code="GB-R1-R03-B13", building="Gedung B", room="Ruang Arsip 1", shelf="3", box="13"),
    dict(code="GB-R2-R01-B04", building="Gedung B", room="Ruang Arsip 2", shelf="1", box="04", folder="2"),
]


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def working_days_before(db: Database, day: date, n: int) -> date:
    with db.session() as session:
        calendar = workdays.load(session)
    while n > 0:
        day -= timedelta(days=1)
        n -= calendar.is_working_day(day)
    return day


def fill_archive(db: Database, actor: Actor, *, today: date | None = None) -> dict[str, str]:
    """Ten files in three boxes; returns codes by role: ``in`` (a file in its place, described),
    ``out`` (lent today), ``queued`` (out, two people waiting), ``overdue_long`` / ``overdue`` /
    ``overdue_short`` (lent long ago, past due), ``confidential``, ``merged_into``, ``merged``."""
    today = today or date.today()
    for place in PLACES:
        A.add_location(db, actor, **place)
    codes = []
    for i, subject in enumerate(SUBJECTS):
        row = register_letter(
            db,
            actor,
            data=LetterInput(received_at=today - timedelta(days=60 - i * 3), subject=subject),
            today=today,
        )
        codes.append(row.archive_code)
        A.move_file(db, actor, code=row.archive_code, location_code=PLACES[i % 3]["code"])
        A.describe_file(
            db,
            actor,
            code=row.archive_code,
            classification_code=f"PM.01.0{1 + i % 3}",
            retention_active_years=2,
            retention_inactive_years=5,
            final_disposition="musnah" if i % 4 else "permanen",
        )
    roles = {
        "in": codes[0],
        "out": codes[1],
        "queued": codes[2],
        "overdue_long": codes[3],
        "overdue": codes[4],
        "overdue_short": codes[5],
        "confidential": codes[6],
        "merged_into": codes[7],
        "merged": codes[8],
    }
    rina, budi, dewi, agus, sari = BORROWERS
    S.lend_file(
        db, actor, code=roles["out"], borrower=budi, purpose="bahan rapat koordinasi", now=at(today, 8)
    )
    S.lend_file(
        db,
        actor,
        code=roles["queued"],
        borrower=rina,
        purpose="telaah lanjutan",
        now=at(working_days_before(db, today, 2)),
    )
    S.queue_request(
        db,
        actor,
        code=roles["queued"],
        borrower=dewi,
        purpose="klarifikasi ke instansi",
        now=at(working_days_before(db, today, 1)),
    )
    S.queue_request(db, actor, code=roles["queued"], borrower=sari, now=at(today, 8))
    S.lend_file(
        db,
        actor,
        code=roles["overdue_long"],
        borrower=agus,
        purpose="pemeriksaan",
        now=at(working_days_before(db, today, 18)),
    )
    S.lend_file(
        db,
        actor,
        code=roles["overdue"],
        borrower=dewi,
        purpose="bahan jawaban",
        now=at(working_days_before(db, today, 11)),
    )
    S.lend_file(
        db, actor, code=roles["overdue_short"], borrower=sari, now=at(working_days_before(db, today, 7))
    )
    A.describe_file(db, actor, code=roles["confidential"], confidential=True)
    A.merge_files(db, actor, into=roles["merged_into"], codes=[roles["merged"]])
    # a file with a past: lent, returned damaged, moved
    S.lend_file(
        db,
        actor,
        code=roles["in"],
        borrower=rina,
        purpose="telaah",
        now=at(working_days_before(db, today, 9)),
    )
    S.return_file(
        db,
        actor,
        code=roles["in"],
        condition="rusak",
        note="sampul sobek",
        now=at(working_days_before(db, today, 6), 14),
    )
    A.move_file(db, actor, code=roles["in"], location_code=PLACES[2]["code"])
    return roles


def screenshots(db: Database, actor: Actor, roles: dict[str, str], folder: Path) -> list[Path]:
    """The desk after a loan and after a refusal, the overdue list and a file's history, as PNGs."""
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner(synchronous=True)
    window = MainWindow(db, actor, tasks=tasks, start_view="loan_desk")
    window.show()  # at the size it opens with on the screen (maximised on a laptop's)
    archive = window.integrations["archive"]
    desk = archive.desk

    def settle() -> None:
        # past the flash: the screenshot shows the colour that stays until the next scan
        end = time_module.monotonic() + 0.9
        while time_module.monotonic() < end:
            app.processEvents()
            time_module.sleep(0.02)

    made = []
    desk.set_borrower(BORROWERS[0], "bahan telaah pengaduan berulang")
    desk.code.setText(roles["merged_into"])
    desk.scan()
    settle()
    made.append(folder / "screenshot-loan-desk.png")
    window.grab().save(str(made[-1]))
    desk.code.setText(roles["out"])
    desk.lend()  # Pinjamkan (F2) on a file that is out: refused with the service's reason
    settle()
    made.append(folder / "screenshot-loan-desk-refused.png")
    window.grab().save(str(made[-1]))
    desk.clear_borrower()
    desk.code.setText(roles["queued"])
    desk.scan()
    desk.scan()  # quick mode: the second scan takes it back; the next requester is shown
    settle()
    made.append(folder / "screenshot-loan-desk-return.png")
    window.grab().save(str(made[-1]))
    window.show_view("overdue")
    settle()
    reminders = folder / "pengingat-contoh.pdf"
    window.integrations["archive"].overdue.send_reminders(reminders)  # the reminder column fills in
    settle()
    for dialog in window.findChildren(QDialog):
        dialog.close()
    reminders.unlink(missing_ok=True)
    settle()
    made.append(folder / "screenshot-overdue.png")
    window.grab().save(str(made[-1]))
    dialog = archive.open_history(roles["in"])
    settle()
    made.append(folder / "screenshot-file-history.png")
    dialog.grab().save(str(made[-1]))
    dialog.close()
    window.close()
    return made


if __name__ == "__main__":
    from sipdumas.db.location import resolve_location

    database = Database.open(resolve_location(sys.argv[1]))
    admin = Actor.local_admin()
    found = fill_archive(database, admin)
    print(found)
    if "--shots" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--shots") + 1])
        for path in screenshots(database, admin, found, out):
            print(path)
    database.dispose()
