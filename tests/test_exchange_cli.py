"""The channels and the exchange from the command line: ``sipdumas mail``, ``whatsapp``, ``lapor``,
``outbox`` and ``exchange``, in-process against the test database and loopback servers."""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass

import channel_samples
import pytest
from channel_samples import email_message
from letter_texts import compose

from bench.loopback import Dovecot, LaporServer, dovecot_missing
from sipdumas.cli.main import main

memory_keyring = channel_samples.memory_keyring
LETTER = compose(name="Budi Santoso", complaint="bansos", nik="3273012304850002", phone="0812-2233-4455")


@dataclass
class Run:
    code: int
    out: list[dict]
    err: str


@pytest.fixture
def sipdumas(db, capsys, monkeypatch):
    for key in ("SIPDUMAS_USER", "SIPDUMAS_PASSWORD", "SIPDUMAS_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)

    def call(*args: str, stdin: str | None = None) -> Run:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--db", db.url, "--data-dir", str(db.data_dir), *args])
        captured = capsys.readouterr()
        return Run(code, [json.loads(x) for x in captured.out.splitlines() if x.strip()], captured.err)

    return call


def test_mail_and_whatsapp_files(sipdumas, tmp_path):
    eml = tmp_path / "pengaduan.eml"
    eml.write_bytes(email_message(body=LETTER))
    first = sipdumas("mail", "import", str(eml), "--json")
    assert first.code == 0 and first.out[0]["channel"] == "email" and first.out[0]["agenda_no"]
    again = sipdumas("mail", "import", str(eml))
    assert again.out[0]["skipped"] is True and again.out[0]["id"] == first.out[0]["id"]
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "12/03/24 14.05 - Siti Aminah: "
        + compose(name="Siti Aminah", complaint="jalan", phone="0813-1111-2222")
    )
    wa = sipdumas("whatsapp", "import", str(chat), "--office-name", "Dumas Setneg")
    assert wa.code == 0 and wa.out[0]["channel"] == "whatsapp"
    broken = tmp_path / "bukan.txt"
    broken.write_text("bukan chat")
    failed = sipdumas("whatsapp", "import", str(broken))
    assert failed.code == 1 and "bukan ekspor chat WhatsApp" in failed.err
    listed = sipdumas("list")
    assert [r["channel"] for r in listed.out] == ["email", "whatsapp"]


def test_lapor_outbox_and_exchange(sipdumas, tmp_path):
    with LaporServer() as server:
        assert sipdumas("lapor", "settings", "--url", server.url, "--office-id", "SETNEG").code == 0
        assert sipdumas("lapor", "test").out[0]["answer"] == {"ok": True}
        eml = tmp_path / "pengaduan.eml"
        eml.write_bytes(email_message(body=LETTER))
        agenda = sipdumas("mail", "import", str(eml)).out[0]["agenda_no"]
        queued = sipdumas("lapor", "send", agenda)
        assert queued.code == 0 and queued.out[0]["status"] == "pending"
        assert sipdumas("outbox", "list", "--summary").out == [
            {"pending": 1, "sent": 0, "failed": 0, "cancelled": 0}
        ]
        sent = sipdumas("outbox", "send")
        assert sent.out == [{"sent": 1, "retrying": 0, "failed": 0, "remaining": 0}]
        shown = sipdumas("lapor", "show", agenda).out[0]
        assert shown["tracking_id"] == "LAPOR-000001"
        assert server.reports["LAPOR-000001"]["instansi_tujuan"] == "SETNEG"
        refused = sipdumas("lapor", "send", agenda)
        assert refused.code == 1 and "sudah ada di LAPOR" in refused.err
        server.add_incoming({"judul": "Jalan rusak", "isi": compose(name="Ani", complaint="jalan")})
        assert sipdumas("lapor", "fetch").out[0]["registered"] == 1
        assert sipdumas("lapor", "sync").out[0]["applied"] == 0
    assert sipdumas("outbox", "settings", "--max-attempts", "5").out[0]["max_attempts"] == 5
    assert (
        sipdumas("exchange", "unit", "--code", "SETNEG", "--name", "Asdep Dumas").out[0]["code"] == "SETNEG"
    )
    out = tmp_path / "bundel.zip"
    exported = sipdumas("exchange", "export", "--out", str(out), "--letter", agenda)
    assert exported.out[0]["complaints"] == 1 and out.exists()
    own = sipdumas("exchange", "import", str(out))
    assert own.code == 1 and "unit sendiri" in own.err
    assert sipdumas("exchange", "matches").out == []


def test_secrets_come_from_stdin_into_the_keyring(sipdumas, memory_keyring):
    saved = sipdumas(
        "mail",
        "settings",
        "--host",
        "mail.example.id",
        "--username",
        "dumas",
        "--enable",
        "--password-stdin",
        stdin="rahasia\n",
    )
    assert saved.code == 0 and saved.out[0]["password_saved"] is True
    assert "rahasia" not in json.dumps(saved.out)
    assert sipdumas(
        "lapor", "settings", "--url", "https://lapor.example.id/api", "--token-stdin", stdin="tok\n"
    ).out[0]["token_saved"]


def test_mail_poll_once(sipdumas, memory_keyring):
    missing = dovecot_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}: CI must run the IMAP tests")
        pytest.skip(missing)
    with Dovecot() as server:
        server.deliver(
            [email_message(body=LETTER), email_message(body=compose(name="Ani", complaint="tanah"))]
        )
        sipdumas(
            "mail",
            "settings",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
            "--security",
            "none",
            "--username",
            server.USER,
            "--enable",
            "--password-stdin",
            stdin=server.PASSWORD + "\n",
        )
        assert sipdumas("mail", "test").out[0]["messages"] == 2
        polled = sipdumas("mail", "poll", "--once")
        assert polled.code == 0
        assert [line.get("channel") for line in polled.out[:2]] == ["email", "email"]
        assert polled.out[-1]["registered"] == 2
        assert sipdumas("mail", "poll", "--once").out[-1]["registered"] == 0
