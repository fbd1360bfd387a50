"""Secrets (the mailbox password, the LAPOR! token) in the system keyring, through ``keyring``.

Never in the database, never in a settings file: the keyring of the signed-in user keeps them (GNOME
Keyring or KWallet through Secret Service, macOS Keychain, Windows Credential Locker). A machine with no
keyring backend, or only one that writes plain text (``keyrings.alt``'s ``PlaintextKeyring``), gets a
clear refusal (:class:`NoSecretStore`) instead of a password on disk; ``PYTHON_KEYRING_BACKEND`` chooses
another backend as ``keyring`` documents.
"""

from __future__ import annotations

import contextlib

from sipdumas.domain.errors import ServiceError

#: The keyring's service name for every secret of SIPDUMAS.
SERVICE = "sipdumas"

NO_BACKEND = (
    "Tidak ada penyimpanan rahasia (keyring) di komputer ini: kata sandi tidak disimpan, karena SIPDUMAS "
    "tidak menyimpan rahasia dalam teks biasa. Pasang dan jalankan GNOME Keyring atau KWallet "
    "(Secret Service), atau pilih backend lain dengan PYTHON_KEYRING_BACKEND."
)
PLAINTEXT_BACKEND = (
    "Penyimpanan rahasia '{name}' menyimpan kata sandi sebagai teks biasa; SIPDUMAS menolak memakainya. "
    "Pasang GNOME Keyring atau KWallet (Secret Service), atau pilih backend lain dengan PYTHON_KEYRING_BACKEND."
)


class NoSecretStore(ServiceError):
    """There is no keyring to keep a secret in (or only one that would write it in plain text)."""


def imap_secret(username: str, host: str) -> str:
    """The keyring entry of a mailbox's password."""
    return f"imap:{username}@{host}"


def lapor_secret(base_url: str) -> str:
    """The keyring entry of the LAPOR! endpoint's access token."""
    return f"lapor:{base_url.rstrip('/')}"


def backend_problem() -> str | None:
    """Why secrets cannot be kept on this machine, or None when a proper keyring is there."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency of the project
        return NO_BACKEND
    backend = keyring.get_keyring()
    backends = getattr(backend, "backends", None) or [backend]  # the chainer wraps the real ones
    usable = [b for b in backends if not isinstance(b, fail.Keyring)]
    if not usable:
        return NO_BACKEND
    for b in usable:
        name = type(b).__name__
        if "plaintext" in name.lower() or "Uncrypted" in name:
            return PLAINTEXT_BACKEND.format(name=name)
    return None


def store_secret(name: str, value: str) -> None:
    """Keep ``value`` under ``name`` in the keyring; :class:`NoSecretStore` when there is none."""
    problem = backend_problem()
    if problem:
        raise NoSecretStore(problem)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise NoSecretStore(f"Kata sandi tidak dapat disimpan di keyring: {exc}") from None


def read_secret(name: str) -> str | None:
    """The secret kept under ``name``, or None (also when the machine has no keyring)."""
    if backend_problem():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        return None


def delete_secret(name: str) -> None:
    """Forget the secret kept under ``name`` (nothing happens when there is none)."""
    if backend_problem():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, name)
