"""The category suggested for a letter, learned from the categories analysts gave earlier letters; on
SQLite and PostgreSQL, through the service and the command line."""

from __future__ import annotations

import json
from datetime import date

from sipdumas.cli.main import main as cli
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.categories import suggest_category

TODAY = date(2026, 5, 4)
PUNGLI = "03 Korupsi/pungli"
JALAN = "02 Pelayanan publik"
TANAH = "05 Pertanahan/perumahan"


def add(db, actor, subject, category=None, text=None):
    data = L.LetterInput(received_at=TODAY, subject=subject, category=category, text=text)
    return L.register_letter(db, actor, data=data, today=TODAY)


def fill(db, actor):
    for school in ("SD Negeri 3", "SMP Negeri 1", "SD Inpres 7"):
        add(db, actor, f"Pungutan uang komite di {school}", PUNGLI, "Komite sekolah memungut uang seragam.")
    add(db, actor, "Pungli pembuatan KTP di kecamatan", PUNGLI, "Petugas meminta uang pelicin.")
    for place in ("Desa Sukamaju", "Kecamatan Medan Baru", "Jalan Sisingamangaraja"):
        add(db, actor, f"Jalan rusak di {place}", JALAN, "Jalan berlubang dan jembatan hampir putus.")
    add(db, actor, "Sengketa sertifikat tanah warisan", TANAH, "Sertifikat ganda di kantor pertanahan.")
    add(db, actor, "Surat tanpa kategori tentang pungutan komite")


def test_a_letter_about_school_levies_is_suggested_the_category_earlier_ones_got(db, admin):
    fill(db, admin)
    found = suggest_category(db, admin, text="Komite SD Negeri 5 memungut uang seragam: pungutan liar")
    assert found[0].category == PUNGLI and found[0].confidence > 0.8
    assert found[0].letters == 4
    assert "komite" in found[0].words
    assert found[0].reason.startswith("mirip 4 surat terdahulu berkategori ini (kata: ")
    roads = suggest_category(db, admin, text="Jembatan di desa kami putus dan jalan berlubang")
    assert roads[0].category == JALAN


def test_too_few_earlier_letters_or_unknown_words_suggest_nothing(db, admin):
    assert suggest_category(db, admin, text="pungutan komite") == []
    add(db, admin, "Sengketa sertifikat tanah", TANAH)
    assert suggest_category(db, admin, text="sengketa sertifikat tanah") == [], "one letter is no pattern"
    fill(db, admin)
    assert suggest_category(db, admin, text="xyzzy plugh") == []


def test_a_registered_letter_is_judged_by_the_others_not_by_its_own_category(db, admin):
    fill(db, admin)
    wrong = add(db, admin, "Pungutan komite sekolah di SD Negeri 9", TANAH, "Komite memungut uang.")
    (best, *_rest) = suggest_category(db, admin, letter_id=wrong.id)
    assert best.category == PUNGLI


def test_any_role_that_reads_the_register_may_ask(db, admin):
    fill(db, admin)
    archivist = Actor("arsip", Role.ARCHIVIST)
    assert suggest_category(db, archivist, text="pungutan komite sekolah")[0].category == PUNGLI


def test_letter_suggest_category_on_the_command_line(db, admin, capsys):
    fill(db, admin)
    row = add(db, admin, "Pungutan komite di SMA Negeri 2")
    url = db.location.database_url
    assert cli(["--db", url, "letter", "suggest-category", row.agenda_no, "--limit", "1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    out = json.loads(line)
    assert out["category"] == PUNGLI and out["letters"] == 4 and "komite" in out["words"]
    assert out["reason"].startswith("mirip 4 surat terdahulu")
