"""``sipdumas settings ...``: the workflow settings (deadlines, letterhead, numbering, signature block,
tembusan, body template of forwarding letters), shared by every workstation.

    settings show --json
    settings set KEY VALUE... --json
    settings reset KEY... --json

``show`` prints one object with every setting (the keys of docs/workflow.md); an empty
``body_template`` or ``logo_path`` means the shipped default. ``set`` takes one value for a text or a
number (``signer_name "Dr. X"``, ``review_days 2``), one value per line for ``office_lines`` and
``tembusan`` (none empties the tembusan), ``ya``/``tidak`` for ``cc_complainant``, and ``Sifat=KODE``
pairs for ``security_codes`` (``Rahasia=R "Sangat Segera=B"``); ``reset`` puts settings back to their
defaults. Both print the settings now in force. A value the service refuses (an unknown key, a number
pattern without ``{serial}``, a NIP that is not 18 digits, a deadline over 365) exits 1 with one line
on stderr naming the key and the reason, and nothing is changed. Changing needs ``manage_settings``
(administrators).
"""

from __future__ import annotations

import argparse

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error
from sipdumas.domain.errors import ServiceError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="workflow and forwarding-letter settings: show, set, reset")
    settings_sub = p.add_subparsers(dest="settings_command", required=True)

    show = settings_sub.add_parser("show", help="every setting as one JSON object")
    show.add_argument("--json", action="store_true", help="JSON output (the default)")
    show.set_defaults(handler=_show)

    put = settings_sub.add_parser("set", help="change one setting (KEY as in settings show)")
    put.add_argument("key")
    put.add_argument("values", nargs="*", metavar="VALUE")
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=_set)

    reset = settings_sub.add_parser("reset", help="put settings back to their defaults")
    reset.add_argument("keys", nargs="+", metavar="KEY")
    reset.add_argument("--json", action="store_true")
    reset.set_defaults(handler=_reset)


def _show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    emit(ws.to_json(ws.get(db)))
    return EXIT_OK


def _change(action) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    try:
        settings = action()
    except ServiceError as exc:
        error(str(exc))
        return EXIT_SOME_FAILED
    emit(ws.to_json(settings))
    return EXIT_OK


def _set(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    return _change(lambda: ws.update(db, actor, changes={args.key: ws.parse_value(args.key, args.values)}))


def _reset(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    return _change(lambda: ws.update(db, actor, changes=dict.fromkeys(args.keys)))
