"""``sipdumas mail ...`` and ``sipdumas whatsapp ...``: the e-mail and WhatsApp channels.

    mail import FILE.eml... --json             each message one letter (skipped when taken before)
    mail poll [--once] [--limit N] --json      the office's mailbox: new messages into the register;
                                               without --once, again every poll_minutes until Ctrl+C
    mail settings [--host H] [--port N] [--security ssl|starttls|none] [--folder F] [--username U]
                  [--poll-minutes N] [--enable|--disable] [--password-stdin] --json
    mail test --json                           "Uji koneksi": sign in and count the folder's messages
    whatsapp import CHAT.txt... [--media DIR] [--office-name NAME]... --json

Each registered message prints ``id``, ``agenda_no``, ``channel``, ``skipped``, ``duplicate_of``,
``duplicate_of_agenda_no``, ``duplicate_score``, ``duplicate_reasons``, ``person_id``, ``attachments``
and ``error``; a poll prints one such line per message and then ``{"mailbox", "registered", "skipped",
"failed", "last_uid", "errors"}``. The password is read from standard input (one line) and kept in the
system keyring, never in the database; on a machine without a keyring it is refused (exit 1).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import threading
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, UsageError, emit, emit_outcome, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("mail", help="the e-mail channel: .eml files and the office's IMAP mailbox")
    mail_sub = p.add_subparsers(dest="mail_command", required=True)

    def command(parent, name: str, help_text: str, handler):
        parser = parent.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    command(mail_sub, "import", "register .eml files, each as one letter", _import).add_argument(
        "paths", nargs="+", type=Path
    )
    poll = command(mail_sub, "poll", "take new mail from the office's mailbox into the register", _poll)
    poll.add_argument("--once", action="store_true", help="one look, then stop")
    poll.add_argument("--limit", type=int, help="at most this many messages (with --once)")
    settings = command(mail_sub, "settings", "show or change the mailbox settings", _settings)
    settings.add_argument("--host")
    settings.add_argument("--port", type=int)
    settings.add_argument("--security", choices=["ssl", "starttls", "none"])
    settings.add_argument("--folder")
    settings.add_argument("--username")
    settings.add_argument("--poll-minutes", type=int)
    enabled = settings.add_mutually_exclusive_group()
    enabled.add_argument("--enable", dest="enabled", action="store_true", default=None)
    enabled.add_argument("--disable", dest="enabled", action="store_false")
    settings.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin into the keyring"
    )
    command(mail_sub, "test", "sign in to the mailbox and count its messages", _test)

    w = sub.add_parser("whatsapp", help="the WhatsApp channel: chats exported as text")
    wa_sub = w.add_subparsers(dest="whatsapp_command", required=True)
    wa = command(wa_sub, "import", "register exported chats (.txt, media beside them)", _whatsapp)
    wa.add_argument("paths", nargs="+", type=Path)
    wa.add_argument("--media", type=Path, help="folder of the media files (default: beside the .txt)")
    wa.add_argument(
        "--office-name", action="append", default=[], help="name of the office's own account in the chat"
    )


def _emit_results(results) -> int:
    status = EXIT_OK
    for result in results:
        if result.error:
            status = EXIT_SOME_FAILED
            error(f"{result.source}: {result.error}")
        emit(result.to_json())
    return status


def _import(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.mail import import_email_files

    return _emit_results(import_email_files(db, actor, paths=args.paths))


def _whatsapp(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.whatsapp import import_whatsapp_chats

    return _emit_results(
        import_whatsapp_chats(
            db, actor, paths=args.paths, media_dir=args.media, office_names=args.office_name
        )
    )


def _poll(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.connectors.imap import MailboxError
    from sipdumas.domain.errors import ServiceError
    from sipdumas.services.mail import PollResult, poll_mailbox, run_mail_schedule
    from sipdumas.services.received import ReceivedResult

    def show(value) -> None:
        if isinstance(value, ReceivedResult):
            if value.error:
                error(f"{value.source}: {value.error}")
            emit(value.to_json())
        elif isinstance(value, PollResult):
            emit(value.to_json())
        elif isinstance(value, Exception):
            error(str(value))

    if args.once:
        try:
            result = poll_mailbox(db, actor, limit=args.limit, on_progress=show)
        except (MailboxError, ServiceError) as exc:
            error(str(exc))
            return EXIT_SOME_FAILED
        emit(result.to_json())
        return EXIT_SOME_FAILED if result.failed else EXIT_OK
    stop = threading.Event()
    try:
        run_mail_schedule(db, actor, cancel=stop, on_progress=show)
    except KeyboardInterrupt:
        stop.set()
    return EXIT_OK


def _settings(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.mail import mail_settings, save_mail_settings

    changes = {
        key: getattr(args, key)
        for key in ("host", "port", "security", "folder", "username", "poll_minutes", "enabled")
        if getattr(args, key) is not None
    }
    password = stdin_secret("kata sandi") if args.password_stdin else None
    if not changes and password is None:
        return emit_outcome(lambda: mail_settings(db, actor))

    def save():
        current = mail_settings(db, actor).settings
        return save_mail_settings(
            db, actor, settings=dataclasses.replace(current, **changes), password=password
        )

    return emit_outcome(save)


def _test(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.mail import check_mail_connection

    return emit_outcome(lambda: check_mail_connection(db, actor))


def stdin_secret(what: str) -> str:
    """One line of standard input: a secret is never an argument (it would show in the process list)."""
    if sys.stdin is None:
        raise UsageError(f"Tidak ada masukan standar untuk {what}")
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise UsageError(f"{what.capitalize()} kosong")
    return value
