"""Re-sent letters, related letters and anonymous letters: flagged with reasons, never blocked."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from letter_texts import compose, ocr_noise

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.detection import fingerprint
from sipdumas.detection.verdict import Party, compare
from sipdumas.domain.errors import PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import duplicates as D
from sipdumas.services import letters as L

TODAY = date(2026, 6, 1)
ROOT = Path(__file__).resolve().parents[1]
SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}
BUDI = {"name": "Budi Santoso", "nik": "3273011203800007", "phone": "0813-9988-7766"}


def register(db, actor, text, sender=None, received=date(2026, 3, 1)):
    sender = sender or {}
    data = L.LetterInput(received_at=received, subject="Pengaduan", text=text, sender=L.SenderData(**sender))
    return L.register_letter(db, actor, data=data, today=TODAY)


def detail(db, actor, row):
    return L.get_letter(db, actor, letter_id=row.id)


# ---------------------------------------------------------------- the verdict on text alone


def party(text, **sender):
    return Party.of(text, **sender)


def test_resent_letter_with_ocr_noise_new_date_and_other_layout_is_a_duplicate():
    first = compose(**SITI, complaint="jalan", layout="list")
    again = ocr_noise(
        compose(**SITI, complaint="jalan", layout="sentence", date="Bandung, 12 Agustus 2025", resend=True),
        0.03,
    )
    c = compare(party(again, **SITI), party(first, **SITI))
    assert c.same_nik and c.text >= 0.8
    assert c.is_duplicate(party(again, **SITI), party(first, **SITI))


def test_same_person_about_another_matter_is_not_a_duplicate():
    a, b = compose(**SITI, complaint="jalan"), compose(**SITI, complaint="tanah")
    c = compare(party(b, **SITI), party(a, **SITI))
    assert c.same_nik
    assert not c.is_duplicate(party(b, **SITI), party(a, **SITI))


def test_two_people_with_the_same_complaint_are_related_not_duplicates():
    a, b = compose(**SITI, complaint="jalan"), compose(**BUDI, complaint="jalan")
    c = compare(party(b, **BUDI), party(a, **SITI))
    assert c.conflict == "NIK berbeda"
    assert c.is_related()
    assert not c.is_duplicate(party(b, **BUDI), party(a, **SITI))


def test_nik_misread_in_one_digit_still_counts_as_the_same_sender():
    misread = {**SITI, "nik": SITI["nik"][:-1] + "8"}
    a = compose(**SITI, complaint="bansos")
    b = compose(**misread, complaint="bansos", resend=True)
    c = compare(party(b, **misread), party(a, **SITI))
    assert c.same_nik and "salah baca" in c.notes[0]


def test_fingerprints_of_a_rescanned_letter_share_lsh_bands_and_others_do_not():
    a = fingerprint.signature(compose(**SITI, complaint="pegawai"))
    b = fingerprint.signature(ocr_noise(compose(**SITI, complaint="pegawai", resend=True), 0.02, seed=3))
    other = fingerprint.signature(compose(**BUDI, complaint="tanah"))
    assert fingerprint.similarity(a, b) > 0.6
    assert set(fingerprint.band_keys(a)) & set(fingerprint.band_keys(b))
    assert fingerprint.similarity(a, other) < 0.3
    assert fingerprint.signature("terlalu pendek") is None


# ---------------------------------------------------------------- registration flags (both databases)


def test_resent_letter_is_flagged_with_the_earliest_original_and_reasons(db, admin):
    first = register(db, admin, compose(**SITI, complaint="bansos"), SITI, date(2026, 1, 5))
    register(db, admin, compose(**BUDI, complaint="tanah"), BUDI, date(2026, 1, 6))
    second = register(
        db,
        admin,
        ocr_noise(compose(**SITI, complaint="bansos", resend=True, date="Bandung, 2 Februari 2025"), 0.02),
        SITI,
        date(2026, 2, 10),
    )
    third = register(
        db, admin, compose(**SITI, complaint="bansos", resend=True, layout="sentence"), SITI, date(2026, 3, 2)
    )
    d2, d3 = detail(db, admin, second), detail(db, admin, third)
    assert d2.row.duplicate_of == first.id
    assert d3.row.duplicate_of == first.id  # the earliest, not the letter it resembles most
    reasons = " ; ".join(d2.duplicate_reasons)
    assert f"NIK sama dengan surat {first.agenda_no}" in reasons
    assert "% sama" in reasons and "pengiriman ulang" in reasons
    assert f"surat asal {first.agenda_no} (diterima 5 Januari 2026) belum ditindaklanjuti" in reasons
    assert 0.8 <= d2.duplicate_score <= 1.0


def test_similar_letters_from_other_people_are_related_and_unflagged(db, admin):
    first = register(db, admin, compose(**SITI, complaint="jalan"), SITI)
    second = register(db, admin, compose(**BUDI, complaint="jalan"), BUDI)
    d = detail(db, admin, second)
    assert d.row.duplicate_of is None
    assert d.related_ids == [first.id]


def test_anonymous_letter_sent_twice_is_a_duplicate_but_flagged_incomplete(db, admin):
    text = compose(name=None, complaint="tanah", layout="none", address=None)
    first = register(db, admin, text, None)
    second = register(db, admin, text.replace("3 Maret 2025", "9 Mei 2025"), None)
    assert second.duplicate_of == first.id
    assert not second.identity_complete


def test_index_survives_a_restart_and_can_be_rebuilt(db, admin):
    first = register(db, admin, compose(**SITI, complaint="pegawai"), SITI)
    db.dispose()
    reopened = Database.open(Location(db.location.database_url, db.location.data_dir))
    assert D.rebuild_index(reopened, admin) == 1
    second = register(reopened, admin, compose(**SITI, complaint="pegawai", resend=True), SITI)
    assert second.duplicate_of == first.id
    reopened.dispose()


def test_analyst_confirms_or_rejects_a_flag_and_files_a_resent_letter(db, admin):
    first = register(db, admin, compose(**SITI, complaint="tanah"), SITI)
    second = register(db, admin, compose(**SITI, complaint="tanah", resend=True), SITI)
    third = register(db, admin, compose(**SITI, complaint="tanah", resend=True, layout="sentence"), SITI)
    filed = D.file_as_handled(db, admin, letter_id=second.id, expected_version=second.version)
    assert filed.status == "filed"
    rejected = D.review_flag(
        db, admin, letter_id=third.id, expected_version=third.version, confirm=False, note="beda"
    )
    with pytest.raises(ValidationFailed, match="sudah ditolak"):
        D.file_as_handled(db, admin, letter_id=third.id, expected_version=rejected.version)
    pair = D.comparison(db, admin, letter_id=second.id)
    assert pair.original.id == first.id and "pengiriman ulang" in pair.letter_text
    from sipdumas.db.audit import history

    with db.session() as session:
        actions = [e.action for e in history(session, "letter", third.id)]
    assert "duplicate_rejected" in actions
    staff = Actor(username="staf1", role=Role.STAFF)
    with pytest.raises(PermissionDenied):
        D.review_flag(db, staff, letter_id=second.id, expected_version=filed.version, confirm=True)
    with pytest.raises(ValidationFailed, match="tidak ditandai duplikat"):
        D.review_flag(db, admin, letter_id=first.id, expected_version=first.version, confirm=True)


def test_imported_letters_with_text_are_found_by_check(db, admin, tmp_path):
    from sipdumas.services.imports.legacy_register import import_register

    rows = [
        {
            "received_at": "2025-05-02",
            "subject": "Tanah",
            "text": compose(**SITI, complaint="tanah"),
            "sender": {"name": SITI["name"], "nik": SITI["nik"]},
        },
        {
            "received_at": "2025-05-03",
            "subject": "Jalan",
            "text": compose(**BUDI, complaint="jalan"),
            "sender": {"name": BUDI["name"], "nik": BUDI["nik"]},
        },
    ]
    source = tmp_path / "lama.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    import_register(db, admin, path=source, today=TODAY)
    letter = tmp_path / "baru.txt"
    letter.write_text(
        compose(**SITI, complaint="tanah", resend=True, date="Bandung, 1 Juni 2026"), encoding="utf-8"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sipdumas",
            "--db",
            db.location.database_url,
            "--data-dir",
            str(db.location.data_dir),
            "check",
            str(letter),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    verdict = json.loads(out.stdout)
    assert verdict["id"] is None and verdict["agenda_no"] is None
    assert verdict["duplicate_of"] == 1
    assert isinstance(verdict["search_ms"], float)
    assert L.count_letters(db, admin) == 2  # check registers nothing
