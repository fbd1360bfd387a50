"""``sipdumas loan settings / rules / rule / template``: the lending settings changed from the command
line reach the desk and the printed reminder; refusals exit 1 with one line and change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_cli import cli, lines  # noqa: F401  (the fixture)
from test_loans_printing import pdf_text
from test_settings_cli import refused

from sipdumas.cli.commands.loan import parse_setting_value
from sipdumas.domain import workdays
from sipdumas.domain.errors import ValidationFailed
from sipdumas.services import letters as L


def _code(db, admin) -> str:
    return L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="Bansos")
    ).archive_code


def test_settings_rules_and_templates_reach_the_desk_and_the_reminder(cli, db, admin, tmp_path):  # noqa: F811
    shown = lines(cli("loan", "settings", "show", "--json"))
    assert shown == [
        {
            "default_days": 5,
            "max_renewals": 2,
            "reminder_after": [1, 5, 10],
            "reminder_signer_position": "Kepala Bagian Arsip dan Dokumentasi",
            "reminder_signer_name": "Nama Pejabat Kearsipan",
            "reminder_signer_nip": "",
            "reminder_on_behalf_of": "",
            "reminder_classification": "KA.02.01",
            "rules": [],
        }
    ]
    assert lines(cli("loan", "settings", "set", "reminder_after", "2", "4", "8", "--json"))[0][
        "reminder_after"
    ] == [2, 4, 8]
    added = lines(cli("loan", "rule", "add", "--days", "10", "--category", "Pimpinan", "--json"))
    assert added == [
        {
            "number": 1,
            "days": 10,
            "borrower_category": "pimpinan",
            "classification_prefix": None,
            "confidential": None,
        }
    ]
    cli("loan", "rule", "add", "--days", "3", "--classification", "HK", "--open", "--json")
    assert [(r["number"], r["confidential"]) for r in lines(cli("loan", "rules", "--json"))] == [
        (1, None),
        (2, False),
    ]
    deleted = lines(cli("loan", "rule", "delete", "2", "--json"))[0]
    assert deleted["deleted"] is True and deleted["classification_prefix"] == "HK"

    template = tmp_path / "pertama.txt"
    template.write_text(
        "Sdr. $borrower, berkas $code terlambat $days_overdue hari kerja.\n\nMohon dikembalikan.\n",
        encoding="utf-8",
    )
    put = lines(cli("loan", "template", "set", "1", "--file", str(template), "--json"))[0]
    assert put["level"] == 1 and put["default"] is False and put["text"].startswith("Sdr. $borrower")
    assert [t["default"] for t in lines(cli("loan", "template", "show", "--json"))] == [False, True, True]

    code = _code(db, admin)
    out = lines(
        cli("loan", "out", code, "--to", "Pak Deputi", "--unit", "Deputi", "--category", "pimpinan", "--json")
    )[0]
    with db.session() as s:  # the rule's ten working days, counted on the office calendar
        assert out["due_at"] == workdays.load(s).add(date.fromisoformat(out["lent_at"][:10]), 10).isoformat()
    # ten calendar days late is at least the two working days the first reminder now waits for
    late = (date.fromisoformat(out["due_at"]) + timedelta(days=10)).isoformat()
    sent = lines(cli("loan", "reminders", "--as-of", late, "--out", str(tmp_path / "r.pdf"), "--json"))
    assert [s["level"] for s in sent] == [1] and sent[0]["days_overdue"] >= 2
    text = " ".join(pdf_text((tmp_path / "r.pdf").read_bytes()).split())
    assert f"Sdr. Pak Deputi, berkas {code} terlambat {sent[0]['days_overdue']} hari kerja." in text
    assert "Mohon dikembalikan." in text and "Berdasarkan catatan" not in text

    reset = lines(cli("loan", "template", "reset", "1", "--json"))[0]
    assert reset["default"] is True and reset["text"].startswith("Berdasarkan catatan")
    back = lines(cli("loan", "settings", "reset", "reminder_after", "--json"))[0]
    assert back["reminder_after"] == [1, 5, 10] and len(back["rules"]) == 1


def test_refusals_exit_1_change_nothing_and_need_an_administrator(cli, db, admin, tmp_path):  # noqa: F811
    cli("loan", "rule", "add", "--days", "10", "--category", "pimpinan", "--json")
    before = lines(cli("loan", "settings", "show", "--json"))
    refused(cli("loan", "settings", "set", "default_days", "0", check=False), "default_days", "1 sampai 120")
    refused(cli("loan", "settings", "set", "max_renewals", "11", check=False), "0 sampai 10")
    refused(cli("loan", "settings", "set", "reminder_after", "5", "3", "10", check=False), "harus naik")
    refused(cli("loan", "settings", "set", "reminder_after", "1", "5", check=False), "tiga ambang")
    refused(
        cli("loan", "settings", "set", "periode", "3", check=False),
        "periode:",
        "tidak dikenal",
        "default_days",
    )
    refused(cli("loan", "settings", "set", "default_days", "tujuh", check=False), "bukan bilangan bulat")
    refused(cli("loan", "settings", "set", "max_renewals", "1", "2", check=False), "tepat satu")
    refused(cli("loan", "rule", "add", "--days", "4", check=False), "sedikitnya satu")
    refused(
        cli("loan", "rule", "add", "--days", "4", "--category", "PIMPINAN", check=False),
        "Aturan nomor 1 sudah",
    )
    refused(cli("loan", "rule", "delete", "3", check=False), "nomor 3")
    refused(
        cli("loan", "template", "set", "2", "--text", "Sdr. $peminjam", check=False),
        "$peminjam tidak dikenal",
    )
    assert cli("loan", "template", "set", "4", "--text", "x", check=False).returncode == 2  # bad usage
    assert lines(cli("loan", "settings", "show", "--json")) == before
    assert all(t["default"] for t in lines(cli("loan", "template", "show", "--json")))

    cli("user", "add", "sri", "--role", "admin", env={"SIPDUMAS_NEW_PASSWORD": "rahasia-123"})
    cli(
        "--user",
        "sri",
        "user",
        "add",
        "arsi",
        "--role",
        "archivist",
        env={"SIPDUMAS_PASSWORD": "rahasia-123", "SIPDUMAS_NEW_PASSWORD": "arsip-123"},
    )
    arsi = {"SIPDUMAS_PASSWORD": "arsip-123"}
    for args in (
        ("loan", "settings", "set", "default_days", "7"),
        ("loan", "rule", "delete", "1"),
        ("loan", "template", "reset", "1"),
    ):
        refused(cli("--user", "arsi", *args, env=arsi, check=False), "tidak berwenang")
    assert lines(cli("--user", "arsi", "loan", "settings", "show", env=arsi)) == before


def test_command_line_words_are_parsed_with_the_key_named():
    assert parse_setting_value("reminder_after", ["2", "4", "8"]) == (2, 4, 8)
    assert parse_setting_value("default_days", [" 7 "]) == 7
    with pytest.raises(ValidationFailed) as refused_words:
        parse_setting_value("default_days", ["tujuh"])
    assert refused_words.value.problems == {"default_days": "'tujuh' bukan bilangan bulat"}
    with pytest.raises(ValidationFailed, match="tepat satu"):
        parse_setting_value("max_renewals", ["1", "2"])
    assert parse_setting_value("period", ["1"]) == ["1"]  # the service names the keys it knows
