"""A register of realistic letters for the client's tests and for ``docs/screenshot-register.png``.

The letters are made through the services (as an analyst would register them), so they carry agenda
numbers, archive codes and statuses exactly like real ones. Deterministic: the same seed gives the same
register.

    python tests/ui/ui_samples.py sqlite:////tmp/demo.sqlite3 40     # fill a database for a look
    python tests/ui/ui_samples.py sqlite:////tmp/demo.sqlite3 40 --flagged   # plus re-sent letters
    python tests/ui/ui_samples.py sqlite:////tmp/demo.sqlite3 300 --year     # a year, for the dashboard
    python tests/ui/ui_samples.py sqlite:////tmp/demo.sqlite3 40 --work   # accounts, disposisi, deadlines
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.services.letters import (
    STANDARD_CATEGORIES,
    LetterInput,
    LetterRow,
    SenderData,
    add_letter,
    normalized,
    register_letter,
)
from sipdumas.services.workflow import change_status

FIRST = [
    "Andi",
    "Siti",
    "Budi",
    "Dewi",
    "Rahmat",
    "Lestari",
    "Agus",
    "Nur",
    "Yohanes",
    "Made",
    "Fitri",
    "Hendra",
    "Wahyuni",
    "Teguh",
    "Ratna",
    "Imam",
    "Maria",
    "Joko",
    "Sri",
    "Abdul",
]
LAST = [
    "Harahap",
    "Rahayu",
    "Santoso",
    "Lestari",
    "Hidayat",
    "Pratama",
    "Saputra",
    "Siregar",
    "Wibowo",
    "Nainggolan",
    "Purnomo",
    "Kusuma",
    "Suryani",
    "Manurung",
    "Wijaya",
    "Nasution",
    "Sihombing",
]
PLACES = [
    ("12", "71", "Kota Medan", "Sumatera Utara"),
    ("35", "78", "Kota Surabaya", "Jawa Timur"),
    ("32", "73", "Kota Bandung", "Jawa Barat"),
    ("33", "74", "Kota Semarang", "Jawa Tengah"),
    ("73", "71", "Kota Makassar", "Sulawesi Selatan"),
    ("34", "71", "Kota Yogyakarta", "DI Yogyakarta"),
    ("53", "71", "Kota Kupang", "Nusa Tenggara Timur"),
    ("64", "72", "Kota Samarinda", "Kalimantan Timur"),
    ("18", "01", "Kabupaten Lampung Selatan", "Lampung"),
    ("52", "03", "Kabupaten Lombok Timur", "Nusa Tenggara Barat"),
]
SUBJECTS = [
    ("Bantuan sosial PKH tidak pernah diterima sejak 2024", "10 Umum"),
    ("Pungutan biaya seragam di SD Negeri 3", "03 Korupsi/pungli"),
    ("Permohonan kejelasan status kepegawaian honorer", "04 Kepegawaian"),
    ("Sengketa batas tanah dengan pengembang perumahan", "05 Pertanahan/perumahan"),
    ("Pelayanan KTP elektronik di kecamatan berbelit", "02 Pelayanan publik"),
    ("Dugaan pungli pengurusan sertifikat tanah", "03 Korupsi/pungli"),
    ("Pencemaran sungai oleh limbah pabrik tahu", "09 Lingkungan hidup"),
    ("Kepala desa menyalahgunakan dana desa", "01 Penyalahgunaan wewenang"),
    ("Putusan pengadilan belum dilaksanakan", "06 Hukum/peradilan/HAM"),
    ("Jalan kabupaten rusak berat tidak diperbaiki", "02 Pelayanan publik"),
    ("Pemotongan dana BLT oleh perangkat desa", "03 Korupsi/pungli"),
    ("Mutasi guru tanpa prosedur yang jelas", "04 Kepegawaian"),
    ("Izin tambang pasir tanpa sosialisasi warga", "09 Lingkungan hidup"),
    ("Permohonan rumah layak huni bagi lansia", "10 Umum"),
    ("Tunggakan gaji tenaga kesehatan puskesmas", "04 Kepegawaian"),
    ("Penggusuran lapak pedagang pasar tanpa relokasi", "05 Pertanahan/perumahan"),
    ("Peraturan daerah retribusi memberatkan nelayan", "08 Administrasi/regulasi"),
    ("Pelayanan BPJS Kesehatan di rumah sakit daerah", "02 Pelayanan publik"),
]
ADDRESSEES = [
    "Presiden Republik Indonesia",
    "Menteri Sekretaris Negara",
    "Menteri Sosial Republik Indonesia",
    "Gubernur Sumatera Utara",
    "Menteri Dalam Negeri",
]
CC = [
    "Bapak Presiden RI",
    "Menteri Sekretaris Negara",
    "Ketua DPRD Kabupaten",
    "Ombudsman RI",
    "Bupati Lampung Selatan",
    "Arsip",
]
CHANNELS = ["surat", "surat", "surat", "email", "whatsapp", "datang_langsung", "lapor"]
#: How far letters move along the workflow (statuses after "received").
PATHS = [
    [],
    [],
    ["under_review"],
    ["under_review", "forwarded"],
    ["filed"],
    ["under_review", "forwarded", "answered"],
    ["under_review", "clarification"],
    ["under_review", "monitoring"],
    ["under_review", "forwarded", "answered", "closed"],
]


def nik(rng: random.Random, province: str, regency: str) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    return (
        f"{province}{regency}{rng.randint(1, 30):02d}{day:02d}{rng.randint(1, 12):02d}"
        f"{rng.randint(55, 99):02d}{rng.randint(1, 9999):04d}"
    )


def phone(rng: random.Random) -> str:
    prefix = rng.choice(["0812", "0813", "0821", "0852", "0856", "0878", "0857"])
    return f"{prefix}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def sample_letter(rng: random.Random, received: date) -> LetterInput:
    subject, category = rng.choice(SUBJECTS)
    province, regency, city, prov_name = rng.choice(PLACES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.random()
    if kind < 0.12:  # anonymous: no name, no way to reach the sender
        sender = SenderData(name=None)
    elif kind < 0.22:  # a name but nothing else
        sender = SenderData(name=name)
    else:
        sender = SenderData(
            name=name,
            nik=nik(rng, province, regency) if rng.random() < 0.8 else None,
            phone=phone(rng) if rng.random() < 0.85 else None,
            email=f"{name.split()[0].lower()}.{rng.randint(10, 99)}@gmail.com"
            if rng.random() < 0.3
            else None,
            address=f"Jl. Merdeka No. {rng.randint(1, 120)}, {city}, {prov_name}",
        )
    carbon = rng.random() < 0.2
    addressee = "Menteri Sosial Republik Indonesia" if carbon else rng.choice(ADDRESSEES[:3])
    cc = ["Bapak Presiden RI", rng.choice(CC[2:])] if carbon else rng.sample(CC[2:], rng.randint(0, 2))
    return LetterInput(
        received_at=received,
        channel=rng.choice(CHANNELS),
        letter_no=f"{rng.randint(1, 99):02d}/{rng.choice(['PGD', 'SRT', 'ADU'])}/{received.year}"
        if rng.random() < 0.6
        else None,
        letter_date=received - timedelta(days=rng.randint(2, 14)),
        place=city.replace("Kota ", "").replace("Kabupaten ", ""),
        subject=subject,
        summary=f"Pengadu menyampaikan: {subject.lower()}. Mohon ditindaklanjuti.",
        category=category if category in STANDARD_CATEGORIES else None,
        addressee=addressee,
        cc=cc,
        sender=sender,
    )


def fill_register(
    db: Database, actor: Actor, n: int = 40, *, seed: int = 7, today: date | None = None
) -> list[LetterRow]:
    """Register ``n`` letters received over the last weeks (oldest first) and move some along."""
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=max(n // 3, 1))
    rows = []
    for i in range(n):
        received = start + timedelta(days=i * (today - start).days // max(n, 1))
        row = register_letter(db, actor, data=sample_letter(rng, received), today=today)
        for status in rng.choice(PATHS):
            row = change_status(db, actor, letter_id=row.id, expected_version=row.version, status=status)
        rows.append(row)
    return rows


#: Senders of the re-sent letters in :func:`register_flagged` (valid NIKs, Bandung).
RESENDERS = [
    {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"},
    {"name": "Budi Santoso", "nik": "3273011203800007", "phone": "0813-9988-7766"},
    {"name": "Ratna Siregar", "nik": "3273015206900002", "phone": "0821-4455-6677"},
]
FLAG_SUBJECTS = {
    "bansos": ("Bantuan PKH dihentikan tanpa pemberitahuan", "10 Umum"),
    "tanah": ("Sertifikat tanah ganda di kantor pertanahan", "05 Pertanahan/perumahan"),
    "pegawai": ("SK pengangkatan PPPK belum terbit", "04 Kepegawaian"),
    "jalan": ("Jalan desa rusak berat tidak diperbaiki", "02 Pelayanan publik"),
}


def flagged_letter(sender: dict, complaint: str, received: date, **compose_kw) -> LetterInput:
    """A letter with a full text (so the duplicate check can compare it) from ``sender``."""
    if str(Path(__file__).resolve().parents[1]) not in sys.path:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from letter_texts import compose

    subject, category = FLAG_SUBJECTS[complaint]
    return LetterInput(
        received_at=received,
        subject=subject,
        summary=f"Pengadu menyampaikan: {subject.lower()}.",
        category=category,
        addressee="Presiden Republik Indonesia",
        text=compose(**sender, complaint=complaint, **compose_kw),
        sender=SenderData(**sender, address="Jl. Merdeka No. 10, Kota Bandung"),
    )


def register_flagged(db: Database, actor: Actor, *, today: date | None = None) -> dict[str, LetterRow]:
    """Letters the duplicate check flags, registered through the services: three originals, a re-sent
    copy of each (one later confirmed, one rejected by the analyst) and a letter from another sender
    about the same matter (related). Returns them by role (``original``, ``resent``, ``confirmed``,
    ``rejected``, ``related`` …)."""
    from sipdumas.services.duplicates import review_flag

    today = today or date.today()
    siti, budi, ratna = RESENDERS
    out: dict[str, LetterRow] = {}

    def register(key: str, sender: dict, complaint: str, days_ago: int, **kw) -> LetterRow:
        data = flagged_letter(sender, complaint, today - timedelta(days=days_ago), **kw)
        out[key] = register_letter(db, actor, data=data, today=today)
        return out[key]

    register("original", siti, "bansos", 9)
    register("original_tanah", budi, "tanah", 8)
    register("original_pegawai", ratna, "pegawai", 7)
    register("related", budi, "bansos", 5)
    register("resent", siti, "bansos", 3, resend=True, date="Bandung, 2 Juni 2025")
    confirmed = register("confirmed", budi, "tanah", 2, resend=True, layout="sentence")
    rejected = register("rejected", ratna, "pegawai", 1, resend=True)
    out["confirmed"] = review_flag(
        db, actor, letter_id=confirmed.id, expected_version=confirmed.version, confirm=True, note="isi sama"
    )
    out["rejected"] = review_flag(
        db, actor, letter_id=rejected.id, expected_version=rejected.version, confirm=False, note="hal baru"
    )
    return out


def register_scanned(
    db: Database,
    actor: Actor,
    path: Path,
    sender: dict,
    complaint: str,
    *,
    pages: int = 1,
    today: date | None = None,
    **compose_kw,
):
    """A scan of a letter from ``sender`` drawn at ``path`` (``.png``, ``.tif``, ``.pdf``) and registered
    as the intake view does, with the places its fields were read; returns the ``IngestResult`` and the
    extraction. No OCR runs: the page is drawn from the text (see ``tests/scan_samples.py``)."""
    if str(Path(__file__).resolve().parents[1]) not in sys.path:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from letter_texts import compose
    from scan_samples import scanned_letter

    from sipdumas.services.registration import letter_input_from, register_reviewed

    today = today or date.today()
    path, extraction = scanned_letter(path, compose(**sender, complaint=complaint, **compose_kw), pages=pages)
    data = letter_input_from(extraction, path=path, today=today)
    data.subject = FLAG_SUBJECTS[complaint][0] if complaint in FLAG_SUBJECTS else data.subject
    result = register_reviewed(db, actor, path=path, extraction=extraction, data=data, today=today)
    return result, extraction


def fill_year(db: Database, actor: Actor, n: int = 300, *, seed: int = 5, today: date | None = None) -> None:
    """``n`` letters received over the last 12 months, more of them in recent months, moved along the
    workflow; a few of this month's forwarded to an agency and a few files lent out (one overdue), so
    every dashboard counter has something to count."""
    from sipdumas.services.archive.loans import Borrower, lend_file
    from sipdumas.services.forwarding import forward_letter
    from sipdumas.services.routing import save_agency

    rng = random.Random(seed)
    today = today or date.today()
    days = sorted(int(364 * rng.random() ** 1.4) for _ in range(n))
    rows = []
    for back in reversed(days):
        row = register_letter(db, actor, data=sample_letter(rng, today - timedelta(days=back)), today=today)
        for status in rng.choice(PATHS):
            row = change_status(db, actor, letter_id=row.id, expected_version=row.version, status=status)
        rows.append(row)
    agency = save_agency(db, actor, name="Pemerintah Kota Bandung")
    recent = [r for r in rows if r.received_at >= today.replace(day=1) and r.status == "received"]
    for row in recent[:4]:
        forward_letter(db, actor, letter_id=row.id, agency_id=agency.id, today=today)
    borrower = Borrower(name="Budi Santoso", unit="Bagian Hukum")
    for i, row in enumerate(rows[:3]):
        lend_file(
            db,
            actor,
            code=row.archive_code,
            borrower=borrower,
            now=datetime.combine(today - timedelta(days=40 if i == 0 else 1), time(9)),
        )


def bulk_register(db: Database, actor: Actor, n: int, *, seed: int = 11, today: date | None = None) -> None:
    """``n`` letters in one transaction (fast enough for the paging tests' thousand letters)."""
    rng = random.Random(seed)
    today = today or date.today()
    with db.transaction() as session:
        for i in range(n):
            received = today - timedelta(days=(n - i) * 60 // max(n, 1))
            add_letter(session, actor, normalized(sample_letter(rng, received), today=today))


#: Letters of :func:`register_work`: days since received, statuses after "received", days since the
#: forwarding letter (None: not forwarded), the disposisi's instructions.
WORK_PLAN = [
    (16, [], None, ["Tanggapan dan saran"]),
    (11, ["under_review"], None, ["Proses lebih lanjut", "Koordinasikan"]),
    (7, [], None, ["Proses lebih lanjut"]),
    (4, ["under_review"], None, ["Tanggapan dan saran"]),
    (1, [], None, ["Proses lebih lanjut"]),
    (0, [], None, ["Tanggapan dan saran", "Koordinasikan"]),
    (125, [], 118, ["Koordinasikan"]),
    (45, [], 41, ["Proses lebih lanjut"]),
    (20, [], 17, ["Koordinasikan"]),
    (80, [], 76, ["Tanggapan dan saran"]),
]


def register_work(
    db: Database,
    actor: Actor,
    *,
    analyst: str = "rina",
    other: str = "budi",
    supervisor: Actor | None = None,
    today: date | None = None,
    seed: int = 5,
) -> dict[str, list[LetterRow]]:
    """Letters at every step of their deadlines, disposed to ``analyst`` (and three to ``other``) by
    ``supervisor``: late for review or forwarding, due today, forwarded long ago (past the agency's 60
    working days) and recently, one answered. For the Tugas saya tests and screenshot."""
    from sipdumas.domain.permissions import Role
    from sipdumas.services import routing, workflow
    from sipdumas.services.forwarding import forward_letter

    rng = random.Random(seed)
    today = today or date.today()
    boss = supervisor or Actor("bos", Role.SUPERVISOR, full_name="Bambang Supervisor")
    agency = routing.save_agency(
        db,
        actor,
        name="Pemerintah Kota Bandung",
        addressee_position="Wali Kota Bandung",
        address="Jl. Wastukencana No. 2, Bandung",
    )
    out: dict[str, list[LetterRow]] = {analyst: [], other: []}
    plan = [(analyst, *step) for step in WORK_PLAN]
    plan += [
        (other, 9, [], None, ["Proses lebih lanjut"]),
        (other, 3, ["under_review"], None, ["Koordinasikan"]),
        (other, 30, [], 26, ["Tanggapan dan saran"]),
    ]
    for k, (who, days_ago, statuses, forwarded_ago, instructions) in enumerate(plan):
        received = today - timedelta(days=days_ago)
        row = register_letter(db, actor, data=sample_letter(rng, received), today=today)
        for status in statuses:
            row = change_status(db, actor, letter_id=row.id, expected_version=row.version, status=status)
        if forwarded_ago is not None:
            forward_letter(
                db, actor, letter_id=row.id, agency_id=agency.id, today=today - timedelta(days=forwarded_ago)
            )
        if k == len(WORK_PLAN) - 1:  # the agency has answered the last one
            from sipdumas.services.letters import get_letter

            row = get_letter(db, actor, letter_id=row.id).row
            row = change_status(db, actor, letter_id=row.id, expected_version=row.version, status="answered")
        workflow.dispose(db, boss, letter_id=row.id, assignee=who, instructions=instructions)
        out[who].append(row)
    return out


if __name__ == "__main__":
    from sipdumas.db.location import resolve_location

    url = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    database = Database.open(resolve_location(url))
    if "--year" in sys.argv:
        fill_year(database, Actor.local_admin(), count)
    else:
        fill_register(database, Actor.local_admin(), count)
    if "--flagged" in sys.argv:
        register_flagged(database, Actor.local_admin())
    if "--work" in sys.argv:  # accounts (password "rahasia-123") and letters disposed to rina and budi
        from sipdumas.domain.permissions import Role
        from sipdumas.services.admin.users import create_first_admin, create_user

        boss = create_first_admin(
            database, username="admin", full_name="Administrator", password="rahasia-123"
        )
        for username, full_name, role in (
            ("rina", "Rina Kartika", Role.ANALYST),
            ("budi", "Budi Santoso", Role.ANALYST),
            ("bos", "Bambang Supervisor", Role.SUPERVISOR),
        ):
            create_user(
                database, boss, username=username, full_name=full_name, password="rahasia-123", role=role
            )
        register_work(database, Actor.local_admin())
    database.dispose()
