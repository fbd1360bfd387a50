"""The e-mail channel against a real IMAP server: Dovecot started on loopback by the test, with a
throw-away configuration; messages delivered into it through IMAP APPEND as a mail server would."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import channel_samples
import pytest
from channel_samples import email_message, text_pdf
from letter_texts import compose
from sqlalchemy import func, select

from bench.loopback import Dovecot, dovecot_missing
from sipdumas.connectors import secrets
from sipdumas.connectors.imap import MailboxError
from sipdumas.models.exchange import ReceivedMessage
from sipdumas.models.letters import Document, IncomingLetter
from sipdumas.services.letters import LetterInput, SenderData, get_letter, register_letter
from sipdumas.services.mail import (
    MailSettings,
    check_mail_connection,
    import_email_files,
    mail_settings,
    poll_mailbox,
    save_mail_settings,
)

memory_keyring = channel_samples.memory_keyring
no_keyring = channel_samples.no_keyring

LETTER = compose(name="Budi Santoso", complaint="bansos", nik="3273012304850002", phone="0812-2233-4455")


@pytest.fixture(scope="module")
def dovecot():
    """A Dovecot of this module's own on loopback; skipped where Dovecot is not installed, except
    under CI, which must run these tests."""
    missing = dovecot_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing}: CI must run the IMAP tests")
        pytest.skip(missing)
    with Dovecot() as server:
        yield server


@pytest.fixture
def mailbox(dovecot, db, admin, memory_keyring):
    """A fresh folder of the loopback server, configured as the office's mailbox with its password in
    the keyring."""
    folder = f"Pengaduan{uuid.uuid4().hex}"  # never a folder an earlier test filled (ids are reused)
    dovecot.deliver([], folder=folder)
    save_mail_settings(
        db,
        admin,
        settings=MailSettings(
            host="127.0.0.1",
            port=dovecot.port,
            security="none",
            folder=folder,
            username=dovecot.USER,
            enabled=True,
        ),
        password=dovecot.PASSWORD,
    )
    return folder


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_each_message_becomes_one_letter_once_across_polls(db, admin, dovecot, mailbox):
    messages = [
        email_message(body=compose(name="Siti Aminah", complaint="jalan", phone="0813-1111-2222")),
        email_message(body=LETTER, sender="Budi Santoso <budi.santoso@example.id>"),
    ]
    dovecot.deliver(messages, folder=mailbox)
    first = poll_mailbox(db, admin)
    assert (first.registered, first.skipped, first.failed) == (2, 0, 0)
    dovecot.deliver([email_message(body=compose(name="Rina Wati", complaint="tanah"))], folder=mailbox)
    second = poll_mailbox(db, admin)  # the cursor moved: only the new message is fetched
    assert (second.registered, second.skipped) == (1, 0)
    assert poll_mailbox(db, admin).registered == 0
    assert count(db, IncomingLetter) == 3
    with db.session() as session:
        letters = session.scalars(select(IncomingLetter).order_by(IncomingLetter.id)).all()
        assert {letter.channel for letter in letters} == {"email"}
        assert letters[1].complainant.name == "Budi Santoso"
        assert letters[1].complainant.nik == "3273012304850002"
        assert letters[1].complainant.email == "budi.santoso@example.id"  # from the From header
        sources = session.scalars(select(ReceivedMessage.source)).all()
    assert all(
        s.startswith(f"imap://{Dovecot.USER}@127.0.0.1:{dovecot.port}/{mailbox};UID=") for s in sources
    )


def test_a_lost_cursor_still_imports_nothing_twice(db, admin, dovecot, mailbox):
    """The cursor is only a shortcut: the Message-ID and hash of each message decide."""
    dovecot.deliver(
        [email_message(body=LETTER), email_message(body=compose(name="A", complaint="jalan"))], folder=mailbox
    )
    assert poll_mailbox(db, admin).registered == 2
    with db.transaction() as session:
        from sipdumas.models.admin import Setting

        session.delete(session.get(Setting, "mail_cursor"))
    again = poll_mailbox(db, admin)
    assert (again.registered, again.skipped) == (0, 2)
    assert count(db, IncomingLetter) == 2


def test_a_scan_attached_to_a_cover_note_is_read_as_the_letter(db, admin, dovecot, mailbox):
    pdf = text_pdf(LETTER)
    raw = email_message(
        body="Bersama ini saya kirimkan surat pengaduan saya. Terima kasih.",
        sender="budi.santoso@example.id",
        attachments=[("surat-pengaduan.pdf", "application/pdf", pdf)],
    )
    dovecot.deliver([raw], folder=mailbox)
    result = poll_mailbox(db, admin)
    assert result.registered == 1, result.to_json()
    outcome = result.results[0]
    assert outcome.attachments == 1
    detail = get_letter(db, admin, letter_id=outcome.id)
    assert detail.data.sender.name == "Budi Santoso"
    assert detail.data.sender.nik == "3273012304850002"
    assert "Program Keluarga Harapan" in detail.data.text
    with db.session() as session:
        docs = session.scalars(
            select(Document).where(Document.letter_id == outcome.id).order_by(Document.id)
        ).all()
        assert [d.media_type for d in docs] == ["message/rfc822", "application/pdf"]
        assert "Program Keluarga Harapan" in docs[1].pages[0].ocr_text


def test_a_complaint_by_letter_and_again_by_email_is_one_complainant_and_flagged(db, admin, dovecot, mailbox):
    letter = register_letter(
        db,
        admin,
        data=LetterInput(
            subject="Pengaduan",
            text=LETTER,
            sender=SenderData(name="Budi Santoso", nik="3273012304850002", phone="081222334455"),
        ),
    )
    dovecot.deliver([email_message(body=LETTER)], folder=mailbox)
    outcome = poll_mailbox(db, admin).results[0]
    assert outcome.duplicate_of == letter.id
    assert outcome.duplicate_reasons
    with db.session() as session:
        first, second = session.scalars(select(IncomingLetter).order_by(IncomingLetter.id)).all()
        assert first.person_id is not None and second.person_id == first.person_id
        assert second.channel == "email"


def test_wrong_password_and_unreachable_server_are_said_plainly(db, admin, dovecot, mailbox):
    with pytest.raises(MailboxError, match="ditolak"):
        check_mail_connection(db, admin, password="salah")
    ok = check_mail_connection(db, admin)
    assert ok["messages"] == 0
    unreachable = MailSettings(host="127.0.0.1", port=1, security="none", username="x", folder="INBOX")
    with pytest.raises(MailboxError, match="tidak dapat dihubungi"):
        check_mail_connection(db, admin, settings=unreachable, password="x")


def test_eml_files_are_imported_once(db, admin, tmp_path):
    path = tmp_path / "pengaduan.eml"
    path.write_bytes(email_message(body=LETTER, message_id="<satu@example.id>"))
    copy = tmp_path / "salinan.eml"
    shutil.copy(path, copy)
    first, second = list(import_email_files(db, admin, paths=[path, copy]))
    assert first.id and not first.skipped and first.channel == "email"
    assert second.skipped and second.id == first.id
    assert count(db, IncomingLetter) == 1


def test_the_password_is_in_the_keyring_never_in_the_database(db, admin, memory_keyring):
    conf = MailSettings(host="mail.example.id", username="dumas", folder="INBOX", enabled=True)
    view = save_mail_settings(db, admin, settings=conf, password="sangat-rahasia")
    assert view.password_saved
    assert memory_keyring.items[(secrets.SERVICE, "imap:dumas@mail.example.id")] == "sangat-rahasia"
    dump = Path(str(db.engine.url.database)).read_bytes() if db.dialect == "sqlite" else b""
    assert b"sangat-rahasia" not in dump
    with db.session() as session:
        from sipdumas.models.admin import AuditEvent, Setting

        texts = [s.value for s in session.scalars(select(Setting))]
        texts += [str(e.details) for e in session.scalars(select(AuditEvent))]
    assert not any("sangat-rahasia" in t for t in texts)
    assert "password" not in mail_settings(db, admin).to_json()


def test_no_keyring_refuses_to_store_the_password(db, admin, no_keyring):
    conf = MailSettings(host="mail.example.id", username="dumas", enabled=True)
    with pytest.raises(secrets.NoSecretStore, match="teks biasa"):
        save_mail_settings(db, admin, settings=conf, password="rahasia")
    assert mail_settings(db, admin).secret_problem
    save_mail_settings(db, admin, settings=conf)  # the settings themselves need no keyring
    with pytest.raises(secrets.NoSecretStore, match="keyring"):
        poll_mailbox(db, admin)
