"""The LAPOR! adapter and the outbox against a real HTTP server on loopback (bench.loopback.LaporServer),
including its failures: 500s before and after it acted, dropped connections, time-outs, refusals, a
server that is down, and a sender that stops half-way. Time is moved by the tests, never slept."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import channel_samples
import pytest
from letter_texts import COMPLAINTS, compose
from sqlalchemy import func, select

from bench.loopback import LaporServer, free_port
from sipdumas.connectors import secrets
from sipdumas.connectors.lapor import LaporSettings
from sipdumas.domain.errors import ValidationFailed
from sipdumas.models.exchange import ExternalRef, OutboxMessage
from sipdumas.models.letters import IncomingLetter
from sipdumas.services import outbox
from sipdumas.services.lapor import (
    LaporUnavailable,
    check_lapor_connection,
    fetch_lapor_reports,
    lapor_settings,
    letter_exchange,
    save_lapor_settings,
    sync_lapor_statuses,
    transmit_letters,
)
from sipdumas.services.letters import LetterInput, SenderData, register_letter
from sipdumas.services.workflow import change_status

memory_keyring = channel_samples.memory_keyring


class Clock:
    """The outbox's time, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def later(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def server():
    with LaporServer() as s:
        yield s


@pytest.fixture
def lapor(db, admin, server):
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=server.url, enabled=True, timeout=5))
    outbox.save_outbox_settings(
        db, admin, settings=outbox.OutboxSettings(max_attempts=4, retry_base_seconds=10, claim_seconds=60)
    )
    return server


def letter(db, admin, complaint="bansos", name="Budi Santoso", nik="3273012304850002"):
    return register_letter(
        db,
        admin,
        data=LetterInput(
            subject="Pengaduan " + complaint,
            text=compose(name=name, complaint=complaint, nik=nik),
            sender=SenderData(name=name, nik=nik, phone="081222334455"),
        ),
    )


def message(db, message_id) -> OutboxMessage:
    with db.session() as session:
        return session.get(OutboxMessage, message_id)


def test_a_letter_is_transmitted_and_its_tracking_id_kept(db, admin, lapor):
    row = letter(db, admin)
    (item,) = transmit_letters(db, admin, letter_ids=[row.id])
    assert item.status == "pending" and item.agenda_no == row.agenda_no
    result = outbox.send_outbox(db, admin)
    assert (result.sent, result.remaining) == (1, 0)
    view = letter_exchange(db, admin, letter_id=row.id)
    assert view.tracking_id == "LAPOR-000001"
    assert [e.kind for e in view.events] == ["queued", "transmit"]
    report = lapor.reports["LAPOR-000001"]
    assert report["judul"] == "Pengaduan bansos" and report["nik_pelapor"] == "3273012304850002"
    assert report["nomor_agenda"] == row.agenda_no
    with pytest.raises(ValidationFailed, match="sudah ada di LAPOR"):
        transmit_letters(db, admin, letter_ids=[row.id])


def test_confidential_transmission_leaves_the_identity_out(db, admin, lapor):
    row = letter(db, admin)
    transmit_letters(db, admin, letter_ids=[row.id], confidential=True)
    outbox.send_outbox(db, admin)
    report = lapor.reports["LAPOR-000001"]
    assert report["rahasia"] is True
    assert not {"nama_pelapor", "nik_pelapor", "telepon_pelapor"} & set(report)


@pytest.mark.parametrize("mode", ["fail-before", "fail-after", "drop-before", "drop-after"])
def test_lost_answers_are_retried_and_nothing_arrives_twice(db, admin, lapor, mode):
    row = letter(db, admin)
    (item,) = transmit_letters(db, admin, letter_ids=[row.id])
    lapor.script = [mode]
    clock = Clock()
    first = outbox.send_outbox(db, admin, now=clock)
    assert (first.sent, first.retrying) == (0, 1)
    waiting = message(db, item.id)
    assert waiting.status == "pending" and waiting.attempts == 1 and waiting.last_error
    assert outbox.send_outbox(db, admin, now=clock).sent == 0  # backing off: not due yet
    clock.later(3600)
    assert outbox.send_outbox(db, admin, now=clock).sent == 1
    assert lapor.creates == 1  # "-after": the server acted on the first attempt; the key stopped a second
    assert letter_exchange(db, admin, letter_id=row.id).tracking_id == "LAPOR-000001"


def test_a_timeout_is_retried(db, admin, server):
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=server.url, timeout=0.3))
    server.slow_seconds = 1.0
    server.script = ["slow"]
    row = letter(db, admin)
    transmit_letters(db, admin, letter_ids=[row.id])
    clock = Clock()
    assert outbox.send_outbox(db, admin, now=clock).retrying == 1
    assert "Waktu tunggu habis" in outbox.list_outbox(db, admin)[0].last_error
    clock.later(3600)
    assert outbox.send_outbox(db, admin, now=clock).sent == 1
    assert server.creates == 1


def test_a_server_that_is_down_loses_nothing(db, admin, server):
    dead = f"http://127.0.0.1:{free_port()}"
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=dead))
    rows = [letter(db, admin, c) for c in ("bansos", "jalan", "tanah")]
    transmit_letters(db, admin, letter_ids=[r.id for r in rows])
    clock = Clock()
    result = outbox.send_outbox(db, admin, now=clock)
    assert (result.retrying, result.remaining) == (3, 3)
    assert outbox.outbox_counts(db, admin)["pending"] == 3
    assert "tidak dapat dihubungi" in outbox.list_outbox(db, admin)[0].last_error
    save_lapor_settings(db, admin, settings=LaporSettings(base_url=server.url))  # the network is back
    clock.later(3600)
    assert outbox.send_outbox(db, admin, now=clock).sent == 3
    assert server.creates == 3


def test_refusal_fails_at_once_then_a_person_retries_or_cancels(db, admin, lapor):
    first, second = letter(db, admin, "bansos"), letter(db, admin, "jalan", name="Siti", nik=None)
    items = transmit_letters(db, admin, letter_ids=[first.id, second.id])
    with db.transaction() as session:  # a report the endpoint refuses: no title
        for m in session.scalars(select(OutboxMessage)):
            m.payload = {**m.payload, "report": {**m.payload["report"], "judul": ""}}
    result = outbox.send_outbox(db, admin)
    assert result.failed == 2
    failed = outbox.list_outbox(db, admin, status="failed")
    assert "422" in failed[0].last_error and "judul wajib diisi" in failed[0].last_error
    outbox.cancel_message(db, admin, message_id=items[1].id, note="dikirim manual")
    with db.transaction() as session:
        m = session.get(OutboxMessage, items[0].id)
        m.payload = {**m.payload, "report": {**m.payload["report"], "judul": "Pengaduan bansos"}}
    outbox.retry_message(db, admin, message_id=items[0].id)
    assert outbox.send_outbox(db, admin).sent == 1
    assert outbox.outbox_counts(db, admin) == {"pending": 0, "sent": 1, "failed": 0, "cancelled": 1}
    with pytest.raises(ValidationFailed):
        outbox.cancel_message(db, admin, message_id=items[0].id)


def test_out_of_attempts_is_failed_with_the_reason(db, admin, lapor):
    lapor.down = True
    row = letter(db, admin)
    transmit_letters(db, admin, letter_ids=[row.id])
    clock = Clock()
    for _ in range(4):
        outbox.send_outbox(db, admin, now=clock)
        clock.later(100_000)
    (item,) = outbox.list_outbox(db, admin)
    assert item.status == "failed" and item.attempts == 4
    assert "503" in item.last_error and "menyerah setelah 4 percobaan" in item.last_error


def test_a_sender_stopped_half_way_leaves_claims_that_run_out(db, admin, lapor):
    rows = [
        letter(db, admin, c, name=f"Pengadu {c}", nik=None) for c in ("bansos", "jalan", "tanah", "pegawai")
    ]
    transmit_letters(db, admin, letter_ids=[r.id for r in rows])
    stop = threading.Event()
    clock = Clock()
    lapor.on_create = stop.set  # the sender is stopped once the first report has arrived
    first = outbox.send_outbox(db, admin, now=clock, cancel=stop)
    assert first.sent == 1 and first.remaining == 3
    assert outbox.send_outbox(db, admin, now=clock).sent == 0  # still claimed by the stopped sender
    clock.later(61)
    assert outbox.send_outbox(db, admin, now=clock).sent == 3
    assert lapor.creates == 4


def test_status_changes_flow_both_ways(db, admin, lapor):
    row = letter(db, admin)
    transmit_letters(db, admin, letter_ids=[row.id])
    moved = change_status(db, admin, letter_id=row.id, expected_version=row.version, status="under_review")
    outbox.send_outbox(db, admin)  # the report first, then its status (it waits for the tracking ID)
    outbox.send_outbox(db, admin, now=lambda: datetime.now(UTC) + timedelta(hours=2))
    assert lapor.statuses_received == [
        {
            "tracking_id": "LAPOR-000001",
            "status": "diproses",
            "catatan": "",
            "waktu": lapor.statuses_received[0]["waktu"],
        }
    ]
    lapor.change_status("LAPOR-000001", "diteruskan", "ke Kemensos")
    lapor.change_status("LAPOR-000001", "kata asing")
    result = sync_lapor_statuses(db, admin)
    assert (result.applied, result.recorded) == (1, 1)
    with db.session() as session:
        assert session.get(IncomingLetter, row.id).status == "forwarded"
        ref = session.scalar(select(ExternalRef).where(ExternalRef.letter_id == row.id))
        assert ref.remote_status == "kata asing"
        # a change that came from LAPOR! is not sent back to it
        statuses = session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "status")
        )
    assert statuses == 1
    assert sync_lapor_statuses(db, admin).applied == 0  # the cursor moved
    details = [e.detail for e in letter_exchange(db, admin, letter_id=row.id).events]
    assert any("Status di LAPOR!: diteruskan" in d and "menjadi Diteruskan" in d for d in details)
    assert any("kata asing" in d and "tidak diterapkan" in d for d in details)
    assert moved.status == "under_review"


def test_reports_addressed_to_the_office_come_in_once_and_are_checked(db, admin, lapor):
    ours = letter(db, admin)
    transmit_letters(db, admin, letter_ids=[ours.id])
    outbox.send_outbox(db, admin)
    lapor.add_incoming(dict(lapor.reports["LAPOR-000001"]))  # our own report, seen from LAPOR!
    lapor.add_incoming(
        {
            "judul": "Jalan desa rusak",
            "isi": compose(name="Siti Aminah", complaint="jalan", phone="0813-1111-2222"),
            "nama_pelapor": "Siti Aminah",
            "telepon_pelapor": "0813-1111-2222",
            "tanggal_diterima": "2025-03-04",
        }
    )
    lapor.add_incoming(  # the same complaint that reached us by post
        {
            "judul": "Bantuan PKH dihentikan",
            "isi": COMPLAINTS["bansos"]
            + " "
            + compose(name="Budi Santoso", complaint="bansos", nik="3273012304850002"),
            "nama_pelapor": "Budi Santoso",
            "nik_pelapor": "3273012304850002",
        }
    )
    result = fetch_lapor_reports(db, admin)
    assert (result.registered, result.skipped, result.failed) == (2, 1, 0)
    siti, budi = result.letters
    assert siti["duplicate_of"] is None and budi["duplicate_of"] == ours.id
    with db.session() as session:
        channels = session.scalars(select(IncomingLetter.channel).order_by(IncomingLetter.id)).all()
    assert channels == ["surat", "lapor", "lapor"]
    assert fetch_lapor_reports(db, admin).registered == 0
    assert letter_exchange(db, admin, letter_id=siti["id"]).tracking_id == "LAPOR-IN-000002"


def test_connection_check_and_token_in_the_keyring(db, admin, memory_keyring):
    with LaporServer(token="token-rahasia") as server:
        conf = LaporSettings(base_url=server.url)
        with pytest.raises(LaporUnavailable, match="401"):
            check_lapor_connection(db, admin, settings=conf)
        view = save_lapor_settings(db, admin, settings=conf, token="token-rahasia")
        assert view.token_saved and "token" not in str(view.settings.to_json())
        assert memory_keyring.items[(secrets.SERVICE, f"lapor:{server.url}")] == "token-rahasia"
        assert check_lapor_connection(db, admin)["answer"] == {"ok": True}
        assert lapor_settings(db, admin).token_saved
