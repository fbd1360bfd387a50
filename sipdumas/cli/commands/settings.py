"""``sipdumas settings ...``: the workflow settings (deadlines, letterhead, numbering, signature block,
tembusan, body template of forwarding letters), shared by every workstation.

    settings show --json
    settings set KEY VALUE... --json
    settings reset KEY... --json
    settings setup --json                 what a fresh installation still lacks (signer, agencies)

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
from collections.abc import Sequence

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error
from sipdumas.domain.errors import ServiceError, ValidationFailed

_YES, _NO = ("ya", "yes", "true", "1", "on"), ("tidak", "no", "false", "0", "off")


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

    setup = settings_sub.add_parser("setup", help="what a fresh installation still lacks before forwarding")
    setup.add_argument("--json", action="store_true", help="JSON output (the default)")
    setup.set_defaults(handler=_setup)


def _show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    emit(ws.to_json(ws.get(db)))
    return EXIT_OK


def _setup(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.setup import setup_status

    emit(setup_status(db, actor).to_json())
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

    return _change(lambda: ws.update(db, actor, changes={args.key: parse_value(args.key, args.values)}))


def _reset(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin import workflow_settings as ws

    return _change(lambda: ws.update(db, actor, changes=dict.fromkeys(args.keys)))


def parse_value(key: str, values: Sequence[str]) -> object:
    """The value of setting ``key`` written as command-line words (``settings set KEY VALUE...``), typed
    as the setting's default is: one word for a text or a number, any number of words for
    ``office_lines`` and ``tembusan`` (one line each), ``ya``/``tidak`` for ``cc_complainant``,
    ``Sifat=KODE`` pairs for ``security_codes``. :class:`ValidationFailed` naming the key when the words
    do not fit; the words of a key the settings do not have are passed on as they are, for the service
    to refuse with the keys it knows."""
    from sipdumas.services.admin import workflow_settings as ws

    values = list(values)
    if key not in ws.KEYS:
        return values
    default = getattr(ws.WorkflowSettings(), key)
    if isinstance(default, tuple):
        return tuple(" ".join(v.split()) for v in values)
    if isinstance(default, dict):
        out = {}
        for pair in values:
            name, sep, code = pair.partition("=")
            if not sep:
                raise ValidationFailed({key: f"Tulis pasangan Sifat=kode, mis. Rahasia=R (bukan '{pair}')"})
            out[" ".join(name.split())] = code.strip()
        return out
    if len(values) != 1:
        raise ValidationFailed({key: f"Pengaturan '{key}' memerlukan tepat satu nilai"})
    value = values[0]
    if isinstance(default, bool):
        word = value.strip().lower()
        if word in _YES or word in _NO:
            return word in _YES
        raise ValidationFailed({key: f"Tulis ya atau tidak (bukan '{value}')"})
    if isinstance(default, int):
        try:
            return int(value.strip())
        except ValueError:
            raise ValidationFailed({key: f"'{value}' bukan bilangan bulat"}) from None
    return value if key == "body_template" else value.strip()
