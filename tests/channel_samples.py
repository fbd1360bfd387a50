"""Messages and helpers for the tests of the channels and the exchange: e-mails built with the standard
library, a keyring that keeps secrets in memory (the tests' stand-in for GNOME Keyring, which needs a
desktop session), and a letter rendered as a PDF with a text layer."""

from __future__ import annotations

import io
import textwrap
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    """A keyring in this process's memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def email_message(
    *,
    body: str,
    subject: str = "Pengaduan",
    sender: str = "Budi Santoso <budi.santoso@example.id>",
    message_id: str | None = None,
    sent: datetime | None = None,
    attachments: list[tuple[str, str, bytes]] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "pengaduan@setneg.go.id"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent or datetime(2025, 3, 4, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = message_id or make_msgid(domain="example.id")
    msg.set_content(body)
    for name, media_type, data in attachments:
        main, sub = media_type.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def text_pdf(text: str) -> bytes:
    """A one-page PDF carrying ``text`` as its text layer (as a scanner's OCR'd PDF does)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    y = 800
    for paragraph in text.splitlines():
        for line in textwrap.wrap(paragraph, 95) or [""]:
            pdf.drawString(40, y, line)
            y -= 13
    pdf.save()
    return buf.getvalue()
