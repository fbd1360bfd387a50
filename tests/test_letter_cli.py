"""What the client's Surat menu and account dialog do, from the command line: ``sipdumas letter ...``,
``work``, ``user deactivate/activate/reset-password`` and ``connection test``. Each command calls the same
service as the client, so the role rules and refusals are the same; run in-process for speed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pytest

from sipdumas.cli.main import main
from sipdumas.domain.permissions import Role
from sipdumas.services import letters as L
from sipdumas.services.admin import users


@dataclass
class Run:
    code: int
    out: list[dict]
    err: str


@pytest.fixture
def sipdumas(db, capsys, monkeypatch):
    """``sipdumas(*args, user=None, password=None)`` against the test database."""
    for key in ("SIPDUMAS_USER", "SIPDUMAS_PASSWORD", "SIPDUMAS_NEW_PASSWORD", "SIPDUMAS_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)

    def call(*args: str, user: str | None = None, password: str | None = None, new_password=None) -> Run:
        if password is not None:
            monkeypatch.setenv("SIPDUMAS_PASSWORD", password)
        if new_password is not None:
            monkeypatch.setenv("SIPDUMAS_NEW_PASSWORD", new_password)
        capsys.readouterr()
        who = ["--user", user] if user else []
        code = main(["--db", db.url, "--data-dir", str(db.data_dir), *who, *args])
        captured = capsys.readouterr()
        return Run(code, [json.loads(x) for x in captured.out.splitlines() if x.strip()], captured.err)

    return call


def test_a_typed_letter_from_registration_through_review_to_its_history(sipdumas):
    added = sipdumas(
        "letter",
        "add",
        "--subject",
        "Jalan desa rusak berat",
        "--sender-name",
        "Siti Aminah",
        "--phone",
        "0812 3456 7890",
        "--received-at",
        "2026-08-14",
        "--cc",
        "Bupati Sleman",
        "--json",
    )
    assert added.code == 0, added.err
    [row] = added.out
    assert row["sender"]["phone"] == "+6281234567890" and row["identity_complete"] is True
    ref = row["agenda_no"]

    edited = sipdumas("letter", "edit", ref, "--summary", "Jalan rusak sejak 2025", "--category", "10 Umum")
    assert edited.code == 0, edited.err
    [shown] = sipdumas("letter", "show", ref).out
    assert shown["data"]["summary"] == "Jalan rusak sejak 2025" and shown["data"]["cc"] == ["Bupati Sleman"]
    assert shown["data"]["subject"] == "Jalan desa rusak berat"  # options not given keep their value

    stale = sipdumas("letter", "status", ref, "--to", "under_review", "--version", str(row["version"]))
    assert stale.code == 1 and "sudah diubah oleh" in stale.err and stale.out == []

    assert sipdumas("letter", "steps", ref).out[0]["steps"] == ["under_review", "filed"]
    moved = sipdumas("letter", "status", ref, "--to", "under_review", "--note", "mulai telaah")
    assert moved.code == 0 and moved.out[0]["status"] == "under_review"
    review = sipdumas(
        "letter", "review", ref, "--core-problem", "Jalan kabupaten rusak", "--recommend", "forwarded"
    )
    assert review.code == 0, review.err
    assert sipdumas("letter", "review", ref).out[0]["core_problem"] == "Jalan kabupaten rusak"
    history = sipdumas("letter", "history", ref).out
    assert [(h["old_status"], h["new_status"], h["note"]) for h in history] == [
        ("received", "under_review", "mulai telaah")
    ]


def test_roles_are_checked_in_the_service_the_cli_calls(db, admin, sipdumas):
    users.create_user(
        db, admin, username="root", full_name="Admin", password="sandi-admin-1", role=Role.ADMIN
    )
    users.create_user(
        db, admin, username="ana", full_name="Ana", password="sandi-analis-1", role=Role.ANALYST
    )
    row = L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(received_at=date(2026, 8, 14), subject="Pungli KTP"),
    )
    for status in ("under_review", "monitoring", "answered"):
        assert (
            sipdumas(
                "letter", "status", str(row.id), "--to", status, user="ana", password="sandi-analis-1"
            ).code
            == 0
        )
    assert sipdumas("letter", "steps", str(row.id), user="ana", password="sandi-analis-1").out[0][
        "steps"
    ] == ["monitoring"]
    refused = sipdumas(
        "letter", "status", str(row.id), "--to", "closed", user="ana", password="sandi-analis-1"
    )
    assert refused.code == 1 and "tidak berwenang" in refused.err
    disposed = sipdumas(
        "letter",
        "dispose",
        str(row.id),
        "--to",
        "ana",
        "--instruction",
        "Telaah",
        user="ana",
        password="sandi-analis-1",
    )
    assert disposed.code == 1 and "tidak berwenang" in disposed.err
    assert (
        sipdumas(
            "letter",
            "dispose",
            str(row.id),
            "--to",
            "ana",
            "--instruction",
            "Telaah dan teruskan",
            user="root",
            password="sandi-admin-1",
        ).code
        == 0
    )
    work = sipdumas("work", "--as-of", "2026-12-31", user="ana", password="sandi-analis-1")
    assert [(w["agenda_no"], w["instructions"]) for w in work.out] == [
        (row.agenda_no, ["Telaah dan teruskan"])
    ]
    assert (
        sipdumas(
            "letter", "status", str(row.id), "--to", "closed", user="root", password="sandi-admin-1"
        ).out[0]["status"]
        == "closed"
    )


def test_a_duplicate_flag_is_decided_from_the_command_line(db, admin, sipdumas):
    sender = L.SenderData(name="Siti", nik="3273014507850003")
    first = L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(
            received_at=date(2026, 8, 1), subject="Tanah warisan diserobot tetangga", sender=sender
        ),
    )
    again = L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(
            received_at=date(2026, 9, 1), subject="Tanah warisan diserobot tetangga", sender=sender
        ),
    )
    assert again.duplicate_of == first.id
    compared = sipdumas("letter", "compare", again.agenda_no).out[0]
    assert compared["original"]["agenda_no"] == first.agenda_no
    filed = sipdumas("letter", "duplicate", again.agenda_no, "--file-as-handled")
    assert filed.code == 0 and filed.out[0]["status"] == "filed"
    assert filed.out[0]["duplicate_review"] == "confirmed"
    [entry] = sipdumas("letter", "history", again.agenda_no).out
    assert entry["note"].startswith(f"Sudah ditindaklanjuti: pengiriman ulang dari surat {first.agenda_no}")
    unknown = sipdumas("letter", "show", "D-1999-99999")
    assert unknown.code == 1 and "tidak ditemukan" in unknown.err


def test_accounts_are_deactivated_and_passwords_reset_by_an_administrator(db, admin, sipdumas):
    users.create_user(
        db, admin, username="root", full_name="Admin", password="sandi-admin-1", role=Role.ADMIN
    )
    users.create_user(db, admin, username="tini", full_name="Tini", password="sandi-staf-1", role=Role.STAFF)
    as_root = {"user": "root", "password": "sandi-admin-1"}
    off = sipdumas("user", "deactivate", "tini", **as_root)
    assert off.code == 0 and off.out[0]["active"] is False
    assert sipdumas("list", user="tini", password="sandi-staf-1").code == 3  # sign-in refused
    assert sipdumas("user", "activate", "tini", **as_root).out[0]["active"] is True
    assert sipdumas("user", "reset-password", "tini", new_password="sandi-baru-22", **as_root).code == 0
    assert sipdumas("list", user="tini", password="sandi-staf-1").code == 3  # sign-in refused
    assert sipdumas("list", user="tini", password="sandi-baru-22").code == 0
    myself = sipdumas("user", "deactivate", "root", **as_root)
    assert myself.code == 1 and "sedang dipakai" in myself.err
    by_staff = sipdumas(
        "user", "reset-password", "root", new_password="sandi-x-12345", user="tini", password="sandi-baru-22"
    )
    assert by_staff.code == 1 and "tidak berwenang" in by_staff.err


def test_a_database_address_is_checked_before_it_is_used(sipdumas, tmp_path, db):
    bad = sipdumas("connection", "test", "mysql://server/db")
    assert bad.code == 1 and "tidak didukung" in bad.err
    good = sipdumas("connection", "test", db.url)
    assert good.code == 0 and good.out[0]["ok"] is True and "register sudah ada" in good.out[0]["message"]


def test_a_scan_is_registered_with_the_fields_the_analyst_checked(sipdumas, tmp_path):
    scan = tmp_path / "surat.txt"
    scan.write_text(
        "Medan, 3 Agustus 2026\nKepada Yth.\nBupati Deli Serdang\n\nHal: Pungutan liar pembuatan KTP\n\n"
        "Dengan hormat, saya melaporkan pungutan liar di kantor kecamatan.\n\nHormat saya,\nRudi Hartono\n",
        encoding="utf-8",
    )
    added = sipdumas(
        "letter",
        "add",
        "--scan",
        str(scan),
        "--subject",
        "Pungli pembuatan KTP di kecamatan",
        "--phone",
        "0813-2222-3333",
    )
    assert added.code == 0, added.err
    [shown] = sipdumas("letter", "show", added.out[0]["agenda_no"]).out
    assert shown["data"]["subject"] == "Pungli pembuatan KTP di kecamatan"  # the analyst's correction
    assert shown["data"]["sender"]["name"] == "Rudi Hartono"  # read from the letter
    assert shown["data"]["sender"]["phone"] == "+6281322223333"
    assert "pungutan liar di kantor kecamatan" in shown["data"]["text"]


def test_dashboard_and_overdue_letters_from_the_command_line(db, admin, sipdumas):
    late = L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(received_at=date(2026, 8, 3), subject="Surat lama"),
    )
    board = sipdumas("dashboard", "--as-of", "2026-12-31").out[0]
    assert board["counters"]["overdue"]["value"] == 1
    assert [r["agenda_no"] for r in sipdumas("overdue", "--as-of", "2026-12-31").out] == [late.agenda_no]
    assert sipdumas("overdue", "--counts", "--as-of", "2026-12-31").out[0]["review"] == 1


def test_suggested_agencies_and_due_dates_from_the_command_line(db, admin, sipdumas):
    row = L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(
            received_at=date(2026, 12, 22), subject="Jalan rusak di Kota Medan", summary="jalan berlubang"
        ),
    )
    sipdumas("agency", "add", "Pemerintah Kota Medan")
    sipdumas("agency", "rule", "add", "Pemerintah Kota Medan", "--kind", "any", "--pattern", "jalan")
    [best] = sipdumas("agency", "suggest", row.agenda_no).out[:1]
    assert best["agency"] == "Pemerintah Kota Medan" and best["reasons"]
    due = sipdumas("calendar", "due-dates", "2026-12-24").out[0]
    assert due["review"] == "2026-12-28"  # Christmas Friday, then the weekend


def test_forwarding_a_batch_listing_and_reprinting_from_the_command_line(db, admin, sipdumas, tmp_path):
    rows = [
        L.register_letter(
            db,
            admin,
            today=date(2026, 12, 31),
            data=L.LetterInput(received_at=date(2026, 12, 1), subject=f"Jalan rusak {i}"),
        )
        for i in range(2)
    ]
    sipdumas("agency", "add", "Pemerintah Kota Medan")
    batch = sipdumas(
        "forward-batch",
        str(rows[0].id),
        rows[1].agenda_no,
        "--agency",
        "Pemerintah Kota Medan",
        "--out-dir",
        str(tmp_path),
    )
    assert batch.code == 0, batch.err
    assert [r["letter_id"] for r in batch.out] == [rows[0].id, rows[1].id]
    numbers = [r["number"] for r in batch.out]
    assert len(set(numbers)) == 2 and all((tmp_path / p["file"]).exists() for p in batch.out)
    [listed] = sipdumas("forwardings", rows[1].agenda_no).out
    assert listed["number"] == numbers[1]
    again = sipdumas("reprint", str(batch.out[1]["id"]), "--out", str(tmp_path / "ulang.pdf"))
    assert again.code == 0 and again.out[0]["sha256"] == batch.out[1]["sha256"]


def test_a_legacy_register_with_unknown_headings_is_mapped_checked_and_imported(sipdumas, tmp_path):
    src = tmp_path / "buku.csv"
    src.write_text(
        "Tgl Masuk;Pokok Surat;Nama Pelapor\n2025-01-02;Jalan desa rusak;Budi\nkemarin;Bansos;Ani\n",
        encoding="utf-8",
    )
    shown = sipdumas("import", str(src), "--show-mapping").out[0]
    assert shown["headers"] == ["Tgl Masuk", "Pokok Surat", "Nama Pelapor"]
    maps = [
        "--map",
        "Tgl Masuk=received_at",
        "--map",
        "Pokok Surat=subject",
        "--map",
        "Nama Pelapor=sender.name",
    ]
    checked = sipdumas("import", str(src), *maps, "--dry-run").out[0]
    assert (checked["valid"], checked["rejected_total"]) == (1, 1) and checked["rejected"][0]["line"] == 3
    assert sipdumas("list").out == []  # a dry run stores nothing
    done = sipdumas("import", str(src), *maps)
    assert done.code == 1 and done.out[0]["imported"] == 1
    assert sipdumas("import", str(src), "--show-mapping").out[0]["remembered"] is True
    assert [r["subject"] for r in sipdumas("list").out] == ["Jalan desa rusak"]
