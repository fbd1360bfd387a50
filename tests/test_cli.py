"""The ``sipdumas`` command as scripts use it: JSON Lines out, one-line errors, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(args, *, db_url, data_dir, env=None, check=True):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SIPDUMAS_")}
    environment.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "sipdumas", "--db", db_url, "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def lines(proc):
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


@pytest.fixture
def cli(db):
    def call(*args, **kw):
        return run(args, db_url=db.url, data_dir=db.data_dir, **kw)

    return call


def test_init_is_safe_to_run_twice(tmp_path):
    url = f"sqlite:///{tmp_path}/baru.sqlite3"
    for _ in range(2):
        out = lines(run(["init"], db_url=url, data_dir=tmp_path))
        assert out[0]["status"] == "ok"


def test_import_then_list_gives_the_contract_keys(cli, tmp_path):
    src = tmp_path / "lama.jsonl"
    src.write_text(
        json.dumps(
            {
                "received_at": "2025-01-02",
                "subject": "Jalan desa rusak",
                "text": "isi surat",
                "sender": {
                    "name": "Budi",
                    "phone": "081234567890",
                    "nik": None,
                    "email": None,
                    "address": "Kab. Sleman",
                },
            }
        )
        + "\n"
        + json.dumps({"received_at": "2025-01-03", "subject": "Bansos", "sender": {"nik": "99"}})
        + "\n",
        encoding="utf-8",
    )
    proc = cli("import", str(src), "--json", check=False)
    assert proc.returncode == 1  # one row rejected, the other imported
    summary = lines(proc)[0]
    assert (summary["imported"], summary["rejected"]) == (1, 1)
    assert "baris 2" in proc.stderr
    listed = lines(cli("list", "--json"))
    assert len(listed) == 1
    row = listed[0]
    for key in [
        "id",
        "agenda_no",
        "received_at",
        "status",
        "subject",
        "sender",
        "carbon_copy",
        "identity_complete",
        "duplicate_of",
        "archive_code",
    ]:
        assert key in row
    assert row["sender"]["phone"] == "+6281234567890"
    assert row["identity_complete"] is True


def test_once_accounts_exist_a_user_and_password_are_required(cli):
    cli("user", "add", "sri", "--role", "admin", env={"SIPDUMAS_NEW_PASSWORD": "rahasia-123"})
    anonymous = cli("list", "--json", check=False)
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    wrong = cli("--user", "sri", "list", check=False, env={"SIPDUMAS_PASSWORD": "salah-sekali"})
    assert wrong.returncode == 3 and "salah" in wrong.stderr  # sign-in refused, not bad usage
    assert cli("--user", "sri", "list", env={"SIPDUMAS_PASSWORD": "rahasia-123"}).returncode == 0


def test_a_staff_account_cannot_import(cli, tmp_path):
    cli("user", "add", "sri", "--role", "admin", env={"SIPDUMAS_NEW_PASSWORD": "rahasia-123"})
    cli(
        "--user",
        "sri",
        "user",
        "add",
        "tini",
        "--role",
        "staff",
        env={"SIPDUMAS_PASSWORD": "rahasia-123", "SIPDUMAS_NEW_PASSWORD": "staf-12345"},
    )
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"received_at": "2025-01-02", "subject": "x"}) + "\n", encoding="utf-8")
    proc = cli("--user", "tini", "import", str(src), check=False, env={"SIPDUMAS_PASSWORD": "staf-12345"})
    assert proc.returncode == 2 and "tidak berwenang" in proc.stderr


def test_unreadable_import_file_is_a_usage_error_naming_the_file(cli, tmp_path):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"bukan spreadsheet")
    proc = cli("import", str(bad), check=False)
    assert proc.returncode == 2 and "rusak.xlsx" in proc.stderr
    assert proc.stderr.count("\n") == 1
