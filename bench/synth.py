"""Realistic synthetic registers for benchmarks: letters as an office's legacy register holds them.

Deterministic for a given seed, so two runs measure the same data. Texts follow the shape of real
complaint letters (opening, identity block, problem, request) with varied subjects and places, so
full-text search and near-duplicate detection see realistic vocabularies, not one repeated string.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

FIRST = [
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fitri",
    "Gunawan",
    "Hadi",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Putu",
    "Rina",
    "Sari",
    "Taufik",
    "Umar",
    "Wahyu",
    "Yusuf",
    "Agus",
    "Bambang",
    "Sri",
    "Siti",
    "Rudi",
    "Hendra",
    "Ratna",
    "Yohanes",
    "Maria",
    "Ketut",
]
LAST = [
    "Harahap",
    "Siregar",
    "Nasution",
    "Lubis",
    "Simanjuntak",
    "Wijaya",
    "Santoso",
    "Pratama",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Setiawan",
    "Nugroho",
    "Wibowo",
    "Rahman",
    "Hasibuan",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Manurung",
    "Pardede",
    "Suryani",
]
PLACES = (
    ("Medan", "12", "71"),
    ("Bandung", "32", "73"),
    ("Surabaya", "35", "78"),
    ("Makassar", "73", "71"),
    ("Semarang", "33", "74"),
    ("Palembang", "16", "71"),
    ("Denpasar", "51", "71"),
    ("Padang", "13", "71"),
    ("Pontianak", "61", "71"),
    ("Kupang", "53", "71"),
    ("Jayapura", "94", "71"),
    ("Ambon", "81", "71"),
)
TOPICS = (
    (
        "Permohonan kejelasan status kepegawaian",
        "04 Kepegawaian",
        "status kepegawaian honorer yang tidak jelas",
    ),
    ("Pengaduan pungutan liar di kantor kelurahan", "03 Korupsi/pungli", "pungutan liar pengurusan surat"),
    ("Sengketa tanah warisan keluarga", "05 Pertanahan/perumahan", "sertifikat tanah yang diterbitkan ganda"),
    ("Jalan desa rusak berat tidak diperbaiki", "02 Pelayanan publik", "jalan desa yang rusak dan berlubang"),
    (
        "Bantuan sosial tidak tepat sasaran",
        "02 Pelayanan publik",
        "penyaluran bantuan sosial yang tidak merata",
    ),
    ("Pencemaran sungai oleh limbah pabrik", "09 Lingkungan hidup", "limbah pabrik yang mencemari sungai"),
    ("Penyalahgunaan dana desa", "01 Penyalahgunaan wewenang", "penggunaan dana desa yang tidak transparan"),
    (
        "Permohonan keadilan atas putusan pengadilan",
        "06 Hukum/peradilan/HAM",
        "putusan pengadilan yang merugikan",
    ),
    ("Pelayanan rumah sakit umum daerah", "02 Pelayanan publik", "pelayanan pasien BPJS di rumah sakit"),
    ("Mutasi pegawai yang tidak sesuai prosedur", "04 Kepegawaian", "mutasi jabatan tanpa prosedur"),
)
VILLAGES = [
    "Sukamaju",
    "Mekarsari",
    "Sumberrejo",
    "Pasirjaya",
    "Bojongsari",
    "Karanganyar",
    "Tanjungsari",
    "Cibodas",
    "Wonosari",
    "Mulyorejo",
    "Sidomulyo",
    "Batu Ampar",
    "Lubuk Baru",
    "Talang Jawa",
    "Sei Rampah",
]
OFFICES = [
    "kantor kelurahan",
    "dinas sosial",
    "kantor pertanahan",
    "puskesmas",
    "rumah sakit daerah",
    "dinas pendidikan",
    "kantor kecamatan",
    "dinas pekerjaan umum",
    "badan kepegawaian daerah",
    "kepolisian sektor",
]
OFFICIALS = [
    "kepala desa",
    "camat",
    "lurah",
    "kepala dinas",
    "petugas pendamping",
    "kepala sekolah",
    "direktur rumah sakit",
]
MONTH_NAMES = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
SENTENCES = [
    "Masalah ini sudah kami laporkan kepada {official} pada bulan {month} {year} namun belum ada tindak lanjut.",
    "Kami telah datang ke {office} sebanyak {n} kali tetapi selalu diminta menunggu tanpa kepastian.",
    "Akibatnya sekitar {n}0 kepala keluarga di Desa {village} mengalami kerugian yang tidak sedikit.",
    "Petugas {office} meminta uang sebesar Rp{n}00.000 agar urusan kami dipercepat.",
    "Warga Desa {village} sudah menandatangani surat pernyataan bersama yang kami lampirkan.",
    "Kami khawatir keadaan ini akan bertambah buruk ketika musim hujan tiba pada bulan {month}.",
    "Menurut keterangan {official}, anggaran untuk keperluan tersebut sudah habis sejak tahun {year}.",
    "Kami juga telah mengirim surat kepada {office} tertanggal {n} {month} {year} tanpa balasan.",
    "Anak-anak kami terpaksa berjalan kaki sejauh {n} kilometer setiap hari.",
    "Kami menduga ada permainan antara oknum {office} dengan pihak swasta di Desa {village}.",
    "Hingga surat ini kami tulis, {official} belum pernah turun meninjau keadaan di lapangan.",
    "Kami siap memberikan keterangan tambahan dan bukti-bukti apabila diperlukan oleh {office}.",
    "Keadaan ekonomi keluarga kami sangat sulit sejak {official} menghentikan layanan tersebut.",
    "Beberapa tetangga kami di Desa {village} mengalami hal yang sama sejak bulan {month}.",
    "Kami sudah mencoba menghubungi nomor pengaduan {office} namun tidak pernah tersambung.",
    "Pada tanggal {n} {month} {year} petugas datang dan mengukur ulang tanpa memberi tahu pemilik.",
    "Biaya yang dibebankan kepada kami jauh melebihi ketentuan yang berlaku di {office}.",
    "Kami tidak mendapat penjelasan tertulis mengenai alasan penolakan dari {official}.",
]


def _body(rng: random.Random, problem: str, place: str) -> str:
    chosen = rng.sample(SENTENCES, rng.randint(3, 6))
    filled = [
        t.format(
            official=rng.choice(OFFICIALS),
            office=rng.choice(OFFICES),
            village=rng.choice(VILLAGES),
            month=rng.choice(MONTH_NAMES),
            year=rng.randint(2015, 2025),
            n=rng.randint(2, 9),
        )
        for t in chosen
    ]
    return f"Kami menyampaikan pengaduan mengenai {problem} di {place}. " + " ".join(filled)


def _nik(rng: random.Random, prov: str, reg: str, born: date) -> str:
    return f"{prov}{reg}{rng.randint(1, 30):02d}{born.day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"


def letter(rng: random.Random, serial: int, year: int) -> dict:
    place, prov, reg = rng.choice(PLACES)
    subject, category, problem = rng.choice(TOPICS)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    received = date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
    born = date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28))
    nik = _nik(rng, prov, reg, born)
    phone = (
        f"+628{rng.choice((11, 12, 13, 21, 22, 52, 53, 57, 77, 78, 95, 96))}{rng.randint(1000000, 99999999)}"
    )
    street = f"Jl. {rng.choice(LAST)} No. {rng.randint(1, 200)}, {place}"
    body = _body(rng, problem, place)
    text = (
        f"{place}, {received.day} {MONTH_NAMES[received.month - 1]} {received.year}\nKepada Yth. Bapak Presiden Republik Indonesia\n"
        f"Hal: {subject}\nDengan hormat, saya yang bertanda tangan di bawah ini:\nNama: {name}\nNIK: {nik}\n"
        f"Alamat: {street}\nNo. HP: {phone}\n{body}\n"
        f"Hormat saya,\n{name}"
    )
    return {
        "agenda_no": f"D-{year}-{serial:05d}",
        "received_at": received.isoformat(),
        "channel": "surat",
        "subject": f"{subject} di {place}",
        "summary": f"Pelapor mengadukan {problem} di {place}.",
        "category": category,
        "addressee": "Presiden Republik Indonesia",
        "status": rng.choice(("received", "under_review", "forwarded", "filed", "closed")),
        "sender": {"name": name, "nik": nik, "phone": phone, "email": None, "address": street},
        "text": text,
    }


def letters(n: int, *, seed: int = 2026, first_year: int = 2019) -> Iterator[dict]:
    """``n`` letters spread over years from ``first_year``, at most 99,999 per year (agenda pattern)."""
    rng = random.Random(seed)
    per_year = 40_000
    for i in range(n):
        yield letter(rng, i % per_year + 1, first_year + i // per_year)


def write_jsonl(path: Path, n: int, *, seed: int = 2026, with_text: bool = True) -> Path:
    """``n`` letters as a legacy register in JSONL; ``with_text=False`` gives the rows of a buku agenda
    (number, dates, sender, subject, summary) without the letters' full texts."""
    with path.open("w", encoding="utf-8") as out:
        for row in letters(n, seed=seed):
            if not with_text:
                del row["text"]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
