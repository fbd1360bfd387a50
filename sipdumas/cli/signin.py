"""Who acts on the command line (CONTRACT.md): the local administrator of a database without accounts,
else the user named by ``--user``/``SIPDUMAS_USER`` with the password from ``SIPDUMAS_PASSWORD`` or a
prompt."""

from __future__ import annotations

import getpass
import os
import sys

from sipdumas.cli.output import UsageError
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor


def resolve_actor(db: Database, username: str | None) -> Actor:
    """The local administrator while the database has no accounts, else the signed-in user. A refused
    sign-in raises :class:`~sipdumas.domain.errors.AuthenticationFailed` (exit status 3)."""
    from sipdumas.services.admin.users import authenticate, has_users

    if not has_users(db):
        return Actor.local_admin()
    if not username:
        raise UsageError("Basis data ini memakai akun pengguna: sebutkan --user NAMA (atau SIPDUMAS_USER)")
    password = os.environ.get("SIPDUMAS_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(
                "Kata sandi diperlukan: isi SIPDUMAS_PASSWORD (tidak ada terminal untuk bertanya)"
            )
        password = getpass.getpass(f"Kata sandi {username}: ")
    return authenticate(db, username=username, password=password)
