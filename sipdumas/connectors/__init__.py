"""The other side of the door: network clients for the systems SIPDUMAS talks to, with no database.

- :mod:`~sipdumas.connectors.secrets`: passwords and tokens in the system keyring, never in plain text;
- :mod:`~sipdumas.connectors.imap`: an IMAP mailbox, read without changing it;
- :mod:`~sipdumas.connectors.http`: JSON over HTTP with timeouts and an idempotency key per message,
  the transport of the LAPOR! adapter (:mod:`sipdumas.services.lapor`) and of the outbox.
"""
