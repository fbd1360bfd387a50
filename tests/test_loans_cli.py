"""``sipdumas loan out/in/overdue`` as CONTRACT.md promises: JSON Lines, refusals exit 1 with one line."""

from __future__ import annotations

from datetime import date, timedelta

from test_cli import cli, lines  # noqa: F401  (the fixture)

from sipdumas.services import letters as L


def test_loan_out_in_overdue_and_refusals(cli, db, admin):  # noqa: F811
    code = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="Bansos")
    ).archive_code

    out = lines(
        cli(
            "loan",
            "out",
            code,
            "--to",
            "Rina Siregar",
            "--unit",
            "Bagian Telaah",
            "--phone",
            "081234567890",
            "--purpose",
            '=HYPERLINK("x")',
            "--json",
        )
    )[0]
    assert out["code"] == code and out["borrower"] == "Rina Siregar" and out["unit"] == "Bagian Telaah"
    assert out["phone"] == "+6281234567890" and out["returned_at"] is None and out["due_at"]

    again = cli("loan", "out", code, "--to", "Budi", "--unit", "Umum", "--json", check=False)
    assert again.returncode == 1 and again.stdout == ""
    assert len(again.stderr.strip().splitlines()) == 1 and "sedang dipinjam oleh Rina Siregar" in again.stderr

    queued = lines(cli("loan", "out", code, "--to", "Budi", "--unit", "Umum", "--queue", "--json"))[0]
    assert queued["queued"] is True
    current = lines(cli("loan", "current", code, "--json"))[0]
    assert current["loan"]["borrower"] == "Rina Siregar" and [w["borrower"] for w in current["waiting"]] == [
        "Budi"
    ]
    assert [x["borrower"] for x in lines(cli("loan", "list", "--json"))] == ["Rina Siregar"]
    assert lines(cli("loan", "approvals", "--json")) == []
    assert [x["agenda_no"] for x in lines(cli("archive", "letters", code, "--json"))] != []

    late = (date.fromisoformat(out["due_at"]) + timedelta(days=8)).isoformat()
    overdue = lines(cli("loan", "overdue", "--as-of", late, "--json"))
    assert len(overdue) == 1 and overdue[0]["code"] == code and overdue[0]["calendar_days_overdue"] == 8
    assert overdue[0]["days_overdue"] >= 4
    assert lines(cli("loan", "overdue", "--as-of", out["due_at"], "--json")) == []

    back = lines(cli("loan", "in", code, "--condition", "baik", "--json"))[0]
    assert back["returned_at"] and back["condition"] == "baik" and back["next_request"]["borrower"] == "Budi"

    again = cli("loan", "in", code, "--json", check=False)
    assert again.returncode == 1 and "tidak sedang dipinjam" in again.stderr
    unknown = cli("loan", "out", "BRK-XXXX", "--to", "A", "--unit", "B", "--json", check=False)
    assert unknown.returncode == 1 and "tidak dikenal" in unknown.stderr
    unknown = cli("loan", "in", "BRK-XXXX", "--json", check=False)
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    assert len(lines(cli("loan", "history", code, "--json"))) == 1


def test_loan_paper_commands(cli, db, admin, tmp_path):  # noqa: F811
    code = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="x")
    ).archive_code
    out = lines(cli("loan", "out", code, "--to", "Rina", "--unit", "Telaah", "--json"))[0]
    slip = lines(cli("loan", "slip", str(out["loan_id"]), "--out", str(tmp_path / "bon.pdf")))[0]
    assert slip["pages"] == 1 and (tmp_path / "bon.pdf").read_bytes().startswith(b"%PDF")
    cli("loan", "register", "--out", str(tmp_path / "buku.xlsx"))
    assert (tmp_path / "buku.xlsx").stat().st_size > 0
    late = (date.fromisoformat(out["due_at"]) + timedelta(days=3)).isoformat()
    sent = lines(cli("loan", "reminders", "--as-of", late, "--out", str(tmp_path / "teguran.pdf"), "--json"))
    assert [s["level"] for s in sent] == [1]
    assert (
        lines(cli("loan", "reminders", "--as-of", late, "--out", str(tmp_path / "lagi.pdf"), "--json")) == []
    )
    cli("loan", "labels", code, "--out", str(tmp_path / "label.pdf"))
    attached = cli("loan", "attach-scan", str(tmp_path / "label.pdf"), "--json", check=False)
    assert attached.returncode == 0 and lines(attached)[0]["code"] == code
