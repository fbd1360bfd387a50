"""``sipdumas lapor ...``, ``sipdumas outbox ...`` and ``sipdumas exchange ...``: LAPOR!, the outbox
(kotak keluar) and exchange with other units. See ``docs/exchange.md``.

    lapor send LETTER... [--confidential] --json   into the outbox for LAPOR! (LETTER: id or agenda no.)
    lapor fetch [--limit N] --json                 reports addressed to this office into the register
    lapor sync --json                              status changes made in LAPOR! onto the letters
    lapor show LETTER --json                       tracking ID, exchange history and outbox of a letter
    lapor settings [--url URL] [--office-id ID] [--timeout S] [--mapping FILE.json]
                   [--enable|--disable] [--token-stdin] --json
    lapor test --json                              "Uji koneksi"

    outbox list [--status S] [--letter LETTER] [--summary] --json
    outbox send [--limit N] [--until-empty] --json
    outbox retry ID --json / outbox cancel ID [--note TEXT] --json
    outbox settings [--max-attempts N] [--retry-base S] [--retry-max S] [--claim-seconds S] --json

    exchange export --out FILE.zip|FILE.json [--letter LETTER]... [--from D] [--to D] [--status S]
                    [--confidential] [--fingerprints] --json
    exchange import FILE --json
    exchange matches [--unit CODE] [--threshold X] --json
    exchange unit [--code CODE] [--name NAME] --json

``--mapping`` reads a JSON object with any of ``field_map``, ``status_out``, ``status_in`` and the
paths (``transmit_path`` ...), merged into the settings. Refusals exit 1 with the reason on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import threading
from datetime import date
from pathlib import Path

from sipdumas.cli.commands.mail import stdin_secret
from sipdumas.cli.output import EXIT_OK, UsageError, emit_outcome


def register(sub: argparse._SubParsersAction) -> None:
    def group(name: str, help_text: str):
        parser = sub.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True)

    def command(parent, name: str, help_text: str, handler):
        parser = parent.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    lapor = group("lapor", "exchange with SP4N-LAPOR!")
    send = command(lapor, "send", "put letters in the outbox for LAPOR!", _lapor_send)
    send.add_argument("letters", nargs="+")
    send.add_argument("--confidential", action="store_true", help="without the complainant's identity")
    command(lapor, "fetch", "bring reports addressed to this office in", _lapor_fetch).add_argument(
        "--limit", type=int
    )
    command(lapor, "sync", "apply status changes made in LAPOR!", _lapor_sync)
    command(lapor, "show", "a letter's tracking ID and exchange history", _lapor_show).add_argument("letter")
    settings = command(lapor, "settings", "show or change the LAPOR! endpoint", _lapor_settings)
    settings.add_argument("--url")
    settings.add_argument("--office-id")
    settings.add_argument("--timeout", type=float)
    settings.add_argument("--mapping", type=Path, help="JSON file: field_map, status_out, status_in, paths")
    enabled = settings.add_mutually_exclusive_group()
    enabled.add_argument("--enable", dest="enabled", action="store_true", default=None)
    enabled.add_argument("--disable", dest="enabled", action="store_false")
    settings.add_argument("--token-stdin", action="store_true", help="read the access token from stdin")
    command(lapor, "test", "ask the endpoint whether it answers", _lapor_test)

    box = group("outbox", "the outbox (kotak keluar): messages to other systems")
    lst = command(box, "list", "messages, those waiting first", _outbox_list)
    lst.add_argument("--status", choices=["pending", "sent", "failed", "cancelled"])
    lst.add_argument("--letter")
    lst.add_argument("--limit", type=int, default=500)
    lst.add_argument("--summary", action="store_true", help="only how many are in each state")
    send = command(box, "send", "send what is due", _outbox_send)
    send.add_argument("--limit", type=int)
    send.add_argument("--until-empty", action="store_true", help="wait out back-offs until nothing waits")
    command(box, "retry", "send a failed message again", _outbox_retry).add_argument("message_id", type=int)
    cancel = command(box, "cancel", "never send this message", _outbox_cancel)
    cancel.add_argument("message_id", type=int)
    cancel.add_argument("--note", default="")
    conf = command(box, "settings", "show or change attempts and back-off", _outbox_settings)
    conf.add_argument("--max-attempts", type=int)
    conf.add_argument("--retry-base", type=float, dest="retry_base_seconds")
    conf.add_argument("--retry-max", type=float, dest="retry_max_seconds")
    conf.add_argument("--claim-seconds", type=float)
    conf.add_argument("--batch", type=int)

    ex = group("exchange", "exchange with other units: bundles and fingerprints")
    export = command(ex, "export", "write complaints as an exchange document", _export)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--letter", action="append", default=None)
    export.add_argument("--from", dest="received_from", type=date.fromisoformat)
    export.add_argument("--to", dest="received_to", type=date.fromisoformat)
    export.add_argument("--status")
    export.add_argument("--confidential", action="store_true", help="without identity, text and scans")
    export.add_argument("--fingerprints", action="store_true", help="only references and MinHash signatures")
    command(ex, "import", "read another unit's exchange document", _import).add_argument("path", type=Path)
    matches = command(ex, "matches", "letters another unit also handles", _matches)
    matches.add_argument("--unit")
    matches.add_argument("--threshold", type=float, default=0.5)
    unit = command(ex, "unit", "show or change this unit's code and name", _unit)
    unit.add_argument("--code")
    unit.add_argument("--name")


def _letter_id(db, actor, ref: str) -> int:
    from sipdumas.services.letters import find_letter_id

    return find_letter_id(db, actor, ref=ref)


# ---------------------------------------------------------------- lapor


def _lapor_send(db, actor, args) -> int:
    from sipdumas.services.lapor import transmit_letters

    return emit_outcome(
        lambda: transmit_letters(
            db,
            actor,
            letter_ids=[_letter_id(db, actor, r) for r in args.letters],
            confidential=args.confidential,
        )
    )


def _lapor_fetch(db, actor, args) -> int:
    from sipdumas.services.lapor import fetch_lapor_reports

    return emit_outcome(lambda: fetch_lapor_reports(db, actor, limit=args.limit))


def _lapor_sync(db, actor, args) -> int:
    from sipdumas.services.lapor import sync_lapor_statuses

    return emit_outcome(lambda: sync_lapor_statuses(db, actor))


def _lapor_show(db, actor, args) -> int:
    from sipdumas.services.lapor import letter_exchange

    return emit_outcome(lambda: letter_exchange(db, actor, letter_id=_letter_id(db, actor, args.letter)))


def _lapor_settings(db, actor, args) -> int:
    from sipdumas.services.lapor import lapor_settings, save_lapor_settings

    changes = {}
    for key, name in (
        ("url", "base_url"),
        ("office_id", "office_id"),
        ("timeout", "timeout"),
        ("enabled", "enabled"),
    ):
        if getattr(args, key) is not None:
            changes[name] = getattr(args, key)
    if args.mapping is not None:
        try:
            mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise UsageError(f"{args.mapping}: {exc}") from None
        if not isinstance(mapping, dict):
            raise UsageError(f"{args.mapping}: harus berisi objek JSON")
        changes.update(mapping)
    token = stdin_secret("token") if args.token_stdin else None
    if not changes and token is None:
        return emit_outcome(lambda: lapor_settings(db, actor))

    def save():
        from sipdumas.connectors.lapor import LaporSettings

        current = lapor_settings(db, actor).settings
        merged = LaporSettings.from_json({**current.to_json(), **changes})
        return save_lapor_settings(db, actor, settings=merged, token=token)

    return emit_outcome(save)


def _lapor_test(db, actor, args) -> int:
    from sipdumas.services.lapor import check_lapor_connection

    return emit_outcome(lambda: check_lapor_connection(db, actor))


# ---------------------------------------------------------------- outbox


def _outbox_list(db, actor, args) -> int:
    from sipdumas.services.outbox import list_outbox, outbox_counts

    if args.summary:
        return emit_outcome(lambda: outbox_counts(db, actor))
    letter = _letter_id(db, actor, args.letter) if args.letter else None
    return emit_outcome(
        lambda: list_outbox(db, actor, status=args.status, letter_id=letter, limit=args.limit)
    )


def _outbox_send(db, actor, args) -> int:
    from sipdumas.services.outbox import send_outbox

    stop = threading.Event()
    try:
        return emit_outcome(
            lambda: send_outbox(db, actor, limit=args.limit, until_empty=args.until_empty, cancel=stop)
        )
    except KeyboardInterrupt:
        stop.set()
        return EXIT_OK


def _outbox_retry(db, actor, args) -> int:
    from sipdumas.services.outbox import retry_message

    return emit_outcome(lambda: retry_message(db, actor, message_id=args.message_id))


def _outbox_cancel(db, actor, args) -> int:
    from sipdumas.services.outbox import cancel_message

    return emit_outcome(lambda: cancel_message(db, actor, message_id=args.message_id, note=args.note))


def _outbox_settings(db, actor, args) -> int:
    from sipdumas.services.outbox import outbox_settings, save_outbox_settings

    keys = ("max_attempts", "retry_base_seconds", "retry_max_seconds", "claim_seconds", "batch")
    changes = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
    if not changes:
        return emit_outcome(lambda: outbox_settings(db, actor))
    return emit_outcome(
        lambda: save_outbox_settings(
            db, actor, settings=dataclasses.replace(outbox_settings(db, actor), **changes)
        )
    )


# ---------------------------------------------------------------- exchange


def _export(db, actor, args) -> int:
    from sipdumas.services.exchange import export_complaints

    def run():
        ids = [_letter_id(db, actor, r) for r in args.letter] if args.letter else None
        return export_complaints(
            db,
            actor,
            out=args.out,
            letter_ids=ids,
            received_from=args.received_from,
            received_to=args.received_to,
            status=args.status,
            confidential=args.confidential,
            fingerprints=args.fingerprints,
        )

    return emit_outcome(run)


def _import(db, actor, args) -> int:
    from sipdumas.services.exchange import import_complaints

    return emit_outcome(lambda: import_complaints(db, actor, path=args.path))


def _matches(db, actor, args) -> int:
    from sipdumas.services.exchange import unit_matches

    return emit_outcome(lambda: unit_matches(db, actor, unit=args.unit, threshold=args.threshold))


def _unit(db, actor, args) -> int:
    from sipdumas.services.exchange import UnitSettings, save_unit_settings, unit_settings

    if args.code is None and args.name is None:
        return emit_outcome(lambda: unit_settings(db, actor))

    def save():
        current = unit_settings(db, actor)
        return save_unit_settings(
            db,
            actor,
            settings=UnitSettings(
                code=args.code or current.code, name=current.name if args.name is None else args.name
            ),
        )

    return emit_outcome(save)
