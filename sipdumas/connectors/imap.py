"""Reading an IMAP mailbox without changing it (``imaplib``, standard library).

The folder is opened read-only (``EXAMINE``) and messages are fetched with ``BODY.PEEK[]``, so nothing is
marked read, moved or deleted: the mailbox stays as the office's mail client sees it, and what was taken
into the register is remembered by SIPDUMAS (``received_messages``, by Message-ID and hash), not by the
mailbox. Messages are walked by UID; a folder's UIDVALIDITY tells when its UIDs were renumbered.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from sipdumas.domain.errors import ServiceError

#: How the connection is protected: "ssl" (IMAPS, usually port 993), "starttls" (port 143, upgraded
#: before logging in) or "none" (plain text; only for a server on this machine or a test).
SECURITY_CHOICES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}


class MailboxError(ServiceError):
    """The mailbox cannot be reached or read; the message says why in the user's words."""


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    host: str
    username: str
    port: int = 993
    security: str = "ssl"
    folder: str = "INBOX"
    timeout: float = 30.0

    def url(self) -> str:
        """Where the messages come from, for the record (no password)."""
        return f"imap://{self.username}@{self.host}:{self.port}/{self.folder}"


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    messages: int
    uidnext: int | None


class Mailbox:
    """One signed-in connection to ``config``'s folder; use as a context manager."""

    def __init__(self, config: MailboxConfig, password: str) -> None:
        self.config = config
        self._password = password
        self._imap: imaplib.IMAP4 | None = None
        self.state: FolderState | None = None

    def __enter__(self) -> Mailbox:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> FolderState:
        c = self.config
        if c.security not in SECURITY_CHOICES:
            raise MailboxError(
                f"Pengamanan '{c.security}' tidak dikenal (pilih: {', '.join(SECURITY_CHOICES)})"
            )
        try:
            if c.security == "ssl":
                imap = imaplib.IMAP4_SSL(
                    c.host, c.port, ssl_context=ssl.create_default_context(), timeout=c.timeout
                )
            else:
                imap = imaplib.IMAP4(c.host, c.port, timeout=c.timeout)
                if c.security == "starttls":
                    imap.starttls(ssl.create_default_context())
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
            raise MailboxError(
                f"Server surat {c.host}:{c.port} tidak dapat dihubungi: {_reason(exc)}"
            ) from None
        self._imap = imap
        try:
            imap.login(c.username, self._password)
        except imaplib.IMAP4.error as exc:
            self.close()
            raise MailboxError(f"Login ke {c.host} sebagai {c.username} ditolak: {_reason(exc)}") from None
        except OSError as exc:
            self.close()
            raise MailboxError(f"Koneksi ke {c.host} terputus: {_reason(exc)}") from None
        try:
            typ, data = imap.select(_quoted(c.folder), readonly=True)
        except (imaplib.IMAP4.error, OSError) as exc:
            self.close()
            raise MailboxError(f"Folder '{c.folder}' tidak dapat dibuka: {_reason(exc)}") from None
        if typ != "OK":
            self.close()
            raise MailboxError(f"Folder '{c.folder}' tidak ada di {c.host}")
        messages = int(data[0] or 0)
        uidvalidity = _response_int(imap, "UIDVALIDITY")
        uidnext = _response_int(imap, "UIDNEXT")
        if uidvalidity is None:
            typ, data = imap.status(_quoted(c.folder), "(UIDVALIDITY UIDNEXT)")
            text = (data[0] or b"").decode("ascii", "replace")
            uidvalidity = int(re.search(r"UIDVALIDITY (\d+)", text).group(1))  # type: ignore[union-attr]
        self.state = FolderState(uidvalidity=uidvalidity, messages=messages, uidnext=uidnext)
        return self.state

    def close(self) -> None:
        imap, self._imap = self._imap, None
        if imap is None:
            return
        try:
            imap.logout()
        except (imaplib.IMAP4.error, OSError):
            with contextlib.suppress(OSError):
                imap.shutdown()

    def uids_after(self, last_uid: int) -> list[int]:
        """The UIDs above ``last_uid``, ascending."""
        imap = self._connected()
        try:
            typ, data = imap.uid("SEARCH", f"UID {last_uid + 1}:*")
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"Daftar pesan tidak dapat dibaca: {_reason(exc)}") from None
        if typ != "OK":
            raise MailboxError("Daftar pesan tidak dapat dibaca")
        uids = sorted(int(u) for u in (data[0] or b"").split())
        # "N:*" always includes the highest UID, even when it is not above N
        return [u for u in uids if u > last_uid]

    def fetch(self, uid: int) -> bytes | None:
        """The whole message ``uid`` as bytes, unchanged and not marked read; None if it is gone."""
        imap = self._connected()
        try:
            typ, data = imap.uid("FETCH", str(uid), "(BODY.PEEK[])")
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"Pesan {uid} tidak dapat diambil: {_reason(exc)}") from None
        if typ != "OK":
            raise MailboxError(f"Pesan {uid} tidak dapat diambil")
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                return bytes(item[1])
        return None

    def messages(self, last_uid: int) -> Iterator[tuple[int, bytes]]:
        """Every message above ``last_uid`` as ``(uid, bytes)``, oldest first."""
        for uid in self.uids_after(last_uid):
            raw = self.fetch(uid)
            if raw is not None:
                yield uid, raw

    def _connected(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise MailboxError("Kotak surat belum dibuka")
        return self._imap


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _response_int(imap: imaplib.IMAP4, name: str) -> int | None:
    _, values = imap.response(name)
    for value in values or ():
        if value is not None:
            try:
                return int(value)
            except (TypeError, ValueError):
                continue
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "waktu habis"
    if isinstance(exc, ConnectionRefusedError):
        return "koneksi ditolak"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"sertifikat TLS tidak sah ({exc.verify_message})"
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return str(text) or type(exc).__name__
