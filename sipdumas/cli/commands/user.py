"""``sipdumas user ...``: accounts (Berkas → Pengguna… in the client), for administrators.

    user add NAME --role ROLE [--full-name N] --json    password from SIPDUMAS_NEW_PASSWORD or a prompt
    user list --json
    user deactivate NAME --json / user activate NAME --json
    user reset-password NAME --json                     new password from SIPDUMAS_NEW_PASSWORD or a prompt

A deactivated account can no longer sign in; its name stays in the audit trail. One's own account and the
last active administrator cannot be deactivated. Refusals exit 1 with the reason.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sipdumas.cli.output import UsageError, emit_outcome
from sipdumas.domain.permissions import Role


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="manage user accounts")
    user_sub = p.add_subparsers(dest="user_command", required=True)

    def command(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        parser = user_sub.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    add = command("add", "create an account (password from SIPDUMAS_NEW_PASSWORD or a prompt)", _add)
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--full-name", default="")
    command("list", "list accounts", _list)
    command("deactivate", "stop an account from signing in", _deactivate).add_argument("username")
    command("activate", "let a deactivated account sign in again", _activate).add_argument("username")
    command("reset-password", "give an account a new password", _reset).add_argument("username")
    profile = command(
        "profile", "how an account is printed on papers it signs: name, NIP, position", _profile
    )
    profile.add_argument("username")
    profile.add_argument("--full-name")
    profile.add_argument("--nip", help="18 digits; an empty value clears it")
    profile.add_argument("--position", help="jabatan; an empty value clears it")


def _new_password(username: str) -> str:
    password = os.environ.get("SIPDUMAS_NEW_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("Isi SIPDUMAS_NEW_PASSWORD untuk kata sandi baru")
        password = getpass.getpass(f"Kata sandi baru untuk {username}: ")
    return password


def _account_json(info) -> dict:
    return {
        "id": info.id,
        "username": info.username,
        "full_name": info.full_name,
        "role": info.role.value,
        "active": info.active,
        "nip": info.nip,
        "position": info.position,
    }


def _add(db, actor, args) -> int:
    from sipdumas.services.admin.users import create_user

    password = _new_password(args.username)
    return emit_outcome(
        lambda: _account_json(
            create_user(
                db,
                actor,
                username=args.username,
                full_name=args.full_name,
                password=password,
                role=Role(args.role),
            )
        )
    )


def _list(db, actor, args) -> int:
    from sipdumas.services.admin.users import list_users

    return emit_outcome(lambda: [_account_json(info) for info in list_users(db, actor)])


def _deactivate(db, actor, args) -> int:
    from sipdumas.services.admin.users import set_active

    return emit_outcome(lambda: _account_json(set_active(db, actor, username=args.username, active=False)))


def _activate(db, actor, args) -> int:
    from sipdumas.services.admin.users import set_active

    return emit_outcome(lambda: _account_json(set_active(db, actor, username=args.username, active=True)))


def _reset(db, actor, args) -> int:
    from sipdumas.services.admin.users import reset_password

    password = _new_password(args.username)
    return emit_outcome(
        lambda: _account_json(reset_password(db, actor, username=args.username, password=password))
    )


def _profile(db, actor, args) -> int:
    from sipdumas.services.admin.users import set_profile

    return emit_outcome(
        lambda: _account_json(
            set_profile(
                db,
                actor,
                username=args.username,
                full_name=args.full_name,
                nip=args.nip,
                position=args.position,
            )
        )
    )
