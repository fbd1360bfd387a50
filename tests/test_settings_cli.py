"""``sipdumas agency / settings / calendar``: a fresh database made ready to forward letters from the
command line alone; refusals exit 1 with one line on stderr and change nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from test_cli import cli, lines  # noqa: F401  (the fixture)
from test_forwarding import SITI, pdf_text

from sipdumas.cli.commands.settings import parse_value
from sipdumas.domain.errors import ValidationFailed
from sipdumas.services import deadlines as D
from sipdumas.services import letters as L


def _letter(db, admin, received=date(2026, 12, 22)):
    return L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(
            received_at=received,
            subject="Bantuan sosial PKH tidak diterima",
            sender=SITI,
            regency="Kota Medan",
            letter_no="01/XII/2026",
            letter_date=date(2026, 12, 20),
        ),
    )


def refused(proc, *words):
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


def test_parse_value_reads_command_line_words_as_the_settings_types():
    assert parse_value("review_days", ["2"]) == 2
    assert parse_value("office_lines", ["KEMENTERIAN X", "  DEPUTI   Y "]) == ("KEMENTERIAN X", "DEPUTI Y")
    assert parse_value("tembusan", []) == ()
    assert parse_value("cc_complainant", ["tidak"]) is False and parse_value("cc_complainant", ["Ya"]) is True
    assert parse_value("security_codes", ["Rahasia=R", "Sangat Segera=SS"]) == {
        "Rahasia": "R",
        "Sangat Segera": "SS",
    }
    assert parse_value("signer_name", ["  Dr. X "]) == "Dr. X"
    assert parse_value("body_template", ["  Isi\n"]) == "  Isi\n"  # a template keeps its spaces
    assert parse_value("colour", ["red"]) == ["red"]  # the service names the keys it knows
    for key, words, message in (
        ("review_days", ["dua"], "bukan bilangan bulat"),
        ("signer_name", ["A", "B"], "tepat satu nilai"),
        ("cc_complainant", ["mungkin"], "ya atau tidak"),
        ("security_codes", ["Rahasia"], "Sifat=kode"),
    ):
        with pytest.raises(ValidationFailed, match=message) as exc:
            parse_value(key, words)
        assert list(exc.value.problems) == [key]


def test_agencies_and_rules_from_a_fresh_database_to_a_forwarding_letter(cli, db, admin, tmp_path):  # noqa: F811
    row = _letter(db, admin)
    out = tmp_path / "penerusan.pdf"
    unknown = cli("forward", str(row.id), "--agency", "Pemerintah Kota Medan", "--out", str(out), check=False)
    assert unknown.returncode == 2 and "tidak dikenal" in unknown.stderr

    added = lines(
        cli(
            "agency",
            "add",
            "Pemerintah Kota Medan",
            "--position",
            "Wali Kota Medan",
            "--address",
            "Jalan Kapten Maulana Lubis Nomor 2",
            "--address",
            "Medan 20112",
            "--json",
        )
    )
    assert added == [
        {
            "id": added[0]["id"],
            "name": "Pemerintah Kota Medan",
            "active": True,
            "address": "Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
            "addressee_position": "Wali Kota Medan",
        }
    ]
    cli("agency", "add", "Badan Pertanahan Nasional", "--json")
    rule = lines(
        cli(
            "agency",
            "rule",
            "add",
            "Pemerintah Kota Medan",
            "--kind",
            "any",
            "--field",
            "text",
            "--pattern",
            "PKH bansos",
            "--weight",
            "2",
            "--json",
        )
    )[0]
    assert (rule["agency"], rule["kind"], rule["field"], rule["pattern"], rule["weight"]) == (
        "Pemerintah Kota Medan",
        "any",
        "text",
        "PKH bansos",
        2.0,
    )
    region = lines(
        cli(
            "agency",
            "rule",
            "add",
            "Badan Pertanahan Nasional",
            "--kind",
            "regex",
            "--field",
            "region",
            "--pattern",
            r"kota\s+medan",
            "--json",
        )
    )[0]
    assert [r["id"] for r in lines(cli("agency", "rules", "--json"))] == [rule["id"], region["id"]]
    assert [r["id"] for r in lines(cli("agency", "rules", "Badan Pertanahan Nasional", "--json"))] == [
        region["id"]
    ]
    assert lines(cli("agency", "rule", "delete", str(region["id"])))[0] == {
        "id": region["id"],
        "deleted": True,
    }

    sent = lines(cli("forward", str(row.id), "--agency", "Pemerintah Kota Medan", "--out", str(out)))[0]
    assert sent["agency"] == "Pemerintah Kota Medan" and sent["number"].startswith("B-1/")
    assert "Wali Kota Medan" in pdf_text(out.read_bytes())

    edited = lines(
        cli(
            "agency",
            "edit",
            "badan pertanahan nasional",
            "--name",
            "Kantor Pertanahan Kota Medan",
            "--position",
            "Kepala Kantor Pertanahan Kota Medan",
            "--inactive",
            "--json",
        )
    )[0]
    assert edited["name"] == "Kantor Pertanahan Kota Medan" and edited["active"] is False
    assert [a["name"] for a in lines(cli("agency", "list", "--json"))] == ["Pemerintah Kota Medan"]
    assert len(lines(cli("agency", "list", "--all", "--json"))) == 2


def test_agency_refusals_exit_1_and_change_nothing(cli, db, admin):  # noqa: F811
    cli("agency", "add", "Pemerintah Kota Medan", "--json")
    cli("agency", "add", "Badan Pertanahan Nasional", "--json")
    agencies, rules = cli("agency", "list", "--all", "--json").stdout, cli("agency", "rules", "--json").stdout
    refused(cli("agency", "add", "pemerintah  kota medan", check=False), "name:", "sudah ada")
    refused(
        cli("agency", "edit", "Badan Pertanahan Nasional", "--name", "Pemerintah Kota Medan", check=False),
        "sudah ada",
    )
    refused(
        cli("agency", "edit", "Pemkot Medan", "--inactive", check=False), "tidak ada", "Pemerintah Kota Medan"
    )
    refused(
        cli(
            "agency",
            "rule",
            "add",
            "Pemerintah Kota Medan",
            "--kind",
            "regex",
            "--pattern",
            "(bansos",
            check=False,
        ),
        "pattern:",
        "Ekspresi reguler tidak valid",
    )
    refused(
        cli(
            "agency",
            "rule",
            "add",
            "Pemerintah Kota Medan",
            "--kind",
            "any",
            "--field",
            "wilayah",
            "--pattern",
            "medan",
            check=False,
        ),
        "field:",
        "wilayah",
    )
    refused(
        cli(
            "agency",
            "rule",
            "add",
            "Pemerintah Kota Medan",
            "--kind",
            "kira-kira",
            "--pattern",
            "medan",
            check=False,
        ),
        "kind:",
    )
    refused(
        cli(
            "agency",
            "rule",
            "add",
            "Kementerian Luar Angkasa",
            "--kind",
            "any",
            "--pattern",
            "x",
            check=False,
        ),
        "tidak dikenal",
    )
    refused(cli("agency", "rule", "delete", "99", check=False), "tidak ditemukan")
    assert cli("agency", "list", "--all", "--json").stdout == agencies
    assert cli("agency", "rules", "--json").stdout == rules


def test_settings_set_reaches_the_printed_letter_and_bad_values_are_refused(cli, db, admin, tmp_path):  # noqa: F811
    shown = lines(cli("settings", "show", "--json"))
    assert len(shown) == 1 and shown[0]["review_days"] == 1 and shown[0]["signer_name"]
    now = lines(cli("settings", "set", "signer_name", "Dr. Hendra Kusuma, S.H., M.H.", "--json"))[0]
    assert now["signer_name"] == "Dr. Hendra Kusuma, S.H., M.H."
    cli("settings", "set", "office_lines", "PEMERINTAH PROVINSI SUMATERA UTARA", "BIRO PENGADUAN MASYARAKAT")
    cli("settings", "set", "tembusan", "Gubernur Sumatera Utara")
    cli("settings", "set", "security_codes", "Biasa=B", "Rahasia=R", "Segera=B", "Sangat Segera=B")
    assert lines(cli("settings", "set", "review_days", "2"))[0]["review_days"] == 2

    before = cli("settings", "show").stdout
    for args, words in (
        (("review_days", "400"), ("review_days:", "365")),
        (("number_pattern", "{code}-{serial}"), ("number_pattern:", "{year}")),
        (("signer_nip", "12345"), ("signer_nip:", "18 digit")),
        (("body_template", "Dengan hormat, $pengadu"), ("body_template:", "$pengadu")),
        (("logo_path", str(tmp_path / "tidak-ada.png")), ("logo_path:", "tidak ditemukan")),
        (("warna", "merah"), ("warna:", "tidak dikenal")),
        (("review_days", "dua"), ("review_days:", "bukan bilangan bulat")),
        (("cc_complainant", "mungkin"), ("cc_complainant:", "ya atau tidak")),
    ):
        refused(cli("settings", "set", *args, check=False), *words)
    assert cli("settings", "show").stdout == before

    cli("agency", "add", "Pemerintah Kota Medan", "--position", "Wali Kota Medan")
    out = tmp_path / "penerusan.pdf"
    cli("forward", str(_letter(db, admin).id), "--agency", "Pemerintah Kota Medan", "--out", str(out))
    printed = pdf_text(out.read_bytes())
    for expected in (
        "Dr. Hendra Kusuma, S.H., M.H.",
        "PEMERINTAH PROVINSI SUMATERA UTARA",
        "1. Gubernur Sumatera Utara;",
        "2. Sdr. Siti Rahmawati.",
    ):
        assert expected in printed, expected

    reset = lines(cli("settings", "reset", "signer_name", "review_days", "--json"))[0]
    assert reset["review_days"] == 1 and reset["signer_name"] == "Nama Pejabat Penandatangan"
    assert reset["office_lines"] == ["PEMERINTAH PROVINSI SUMATERA UTARA", "BIRO PENGADUAN MASYARAKAT"]


def test_calendar_day_off_moves_a_deadline_and_refusals_change_nothing(cli, db, admin):  # noqa: F811
    row = _letter(db, admin, received=date(2026, 12, 22))

    def forward_due():
        return D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 12, 22))[
            row.id
        ].forward_due

    assert forward_due() == date(2026, 12, 30)
    added = lines(cli("calendar", "add-day-off", "2026-12-24", "--name", "Cuti bersama Natal", "--json"))
    assert added == [
        {"date": "2026-12-24", "weekday": "Kamis", "name": "Cuti bersama Natal", "kind": "day_off"}
    ]
    assert forward_due() == date(2026, 12, 31)
    assert lines(cli("calendar", "add-workday", "2026-12-26", "--json"))[0]["kind"] == "workday"
    assert forward_due() == date(2026, 12, 30)

    shown = lines(cli("calendar", "show", "--year", "2026", "--json"))
    assert shown[-1]["year"] == 2026 and shown[-1]["working_days"] > 200
    december = [(d["date"], d["kind"], d["name"]) for d in shown[:-1] if d["date"].startswith("2026-12")]
    assert december == [
        ("2026-12-24", "day_off", "Cuti bersama Natal"),
        ("2026-12-25", "public_holiday", "Hari Raya Natal"),
        ("2026-12-26", "workday", "Hari kerja (Sabtu)"),
    ]
    assert {
        "date": "2026-08-17",
        "weekday": "Senin",
        "name": "Hari Kemerdekaan Republik Indonesia",
        "kind": "public_holiday",
    } in shown

    office = cli("calendar", "days-off", "--year", "2026", "--json").stdout
    assert [d["date"] for d in map(json.loads, office.splitlines())] == ["2026-12-24", "2026-12-26"]
    refused(
        cli("calendar", "add-day-off", "24-12-2026", "--name", "Natal", check=False), "date:", "YYYY-MM-DD"
    )
    refused(cli("calendar", "add-workday", "2026-12-23", check=False), "sudah hari kerja")
    refused(cli("calendar", "remove-day-off", "2026-12-23", check=False), "bukan hari libur kantor")
    refused(cli("calendar", "remove-workday", "2026-12-27", check=False), "bukan hari kerja khusus")
    assert cli("calendar", "days-off", "--json").stdout == office

    removed = lines(cli("calendar", "remove-day-off", "2026-12-24", "--json"))[0]
    assert removed["name"] == "Cuti bersama Natal"
    cli("calendar", "remove-workday", "2026-12-26")
    assert cli("calendar", "days-off", "--json").stdout == "" and forward_due() == date(2026, 12, 30)


def test_an_analyst_can_look_but_not_change_settings_agencies_or_the_calendar(cli, db, admin):  # noqa: F811
    cli("user", "add", "sri", "--role", "admin", env={"SIPDUMAS_NEW_PASSWORD": "rahasia-123"})
    as_admin = {"SIPDUMAS_PASSWORD": "rahasia-123"}
    cli(
        "--user",
        "sri",
        "user",
        "add",
        "ana",
        "--role",
        "analyst",
        env={**as_admin, "SIPDUMAS_NEW_PASSWORD": "analis-123"},
    )
    ana = {"SIPDUMAS_PASSWORD": "analis-123"}
    for args in (
        ("agency", "add", "Dinas Sosial"),
        ("settings", "set", "review_days", "2"),
        ("calendar", "add-day-off", "2026-12-24", "--name", "Cuti bersama Natal"),
    ):
        refused(cli("--user", "ana", *args, env=ana, check=False), "tidak berwenang")
    assert lines(cli("--user", "ana", "settings", "show", env=ana))[0]["review_days"] == 1
    assert cli("--user", "ana", "agency", "list", env=ana).stdout == ""
    assert cli("--user", "ana", "calendar", "days-off", env=ana).stdout == ""
