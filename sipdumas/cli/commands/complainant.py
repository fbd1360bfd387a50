"""``sipdumas complainant ...``: complainants (pengadu), each grouping the letters one person sent.

    complainant list [--search TEXT] [--limit N] --json
    complainant show ID --json             (or: complainant show --letter LETTER_ID --json)
    complainant merge INTO_ID FROM_ID [--note TEXT] --json
    complainant split LETTER_ID [--note TEXT] --json

``list`` prints one complainant per line (``id``, ``name``, ``nik``, ``phone``, ``email``,
``province``, ``letters``, ``first_received``, ``last_received``), those written to last first;
``--search`` matches a part of the name, or a whole NIK, phone or e-mail. ``show`` prints one object:
``complainant`` (as in ``list``; null for a letter without any identity) and ``letters``, newest first,
each with ``id``, ``agenda_no``, ``received_at``, ``channel``, ``status``, ``subject``,
``duplicate_of_agenda_no``, ``duplicate_review`` and ``forwarded`` (``agency``, ``number``,
``forwarded_on`` per forwarding letter). ``merge`` moves every letter of FROM_ID to INTO_ID and removes
FROM_ID; ``split`` gives the letter a complainant of its own; both print the complainant that holds the
letters afterwards, are audited, and need ``edit_letter`` (analysts and up). A refusal exits 1 with one
line on stderr and changes nothing.
"""

from __future__ import annotations

import argparse

from sipdumas.cli.output import emit_outcome


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("complainant", help="complainants and their letters; merge and split them")
    complainant_sub = p.add_subparsers(dest="complainant_command", required=True)

    def command(name: str, help_text: str, handler):
        parser = complainant_sub.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    lst = command("list", "complainants, those written to last first", _list)
    lst.add_argument("--search", default="", help="part of a name, or a whole NIK, phone or e-mail")
    lst.add_argument("--limit", type=int, default=50)

    show = command("show", "a complainant and all their letters", _show)
    which = show.add_mutually_exclusive_group(required=True)
    which.add_argument("complainant_id", nargs="?", type=int)
    which.add_argument("--letter", type=int, help="the complainant of this letter (its id)")

    merge = command("merge", "move every letter of FROM_ID to INTO_ID (one person taken for two)", _merge)
    merge.add_argument("into_id", type=int)
    merge.add_argument("from_id", type=int)
    merge.add_argument("--note", default="")

    split = command("split", "give a letter a complainant of its own (two people taken for one)", _split)
    split.add_argument("letter_id", type=int)
    split.add_argument("--note", default="")


def _list(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.complainants import find_complainants

    return emit_outcome(lambda: find_complainants(db, actor, text=args.search, limit=args.limit))


def _show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.complainants import complainant_history, get_complainant

    if args.letter is not None:
        return emit_outcome(lambda: complainant_history(db, actor, letter_id=args.letter))
    return emit_outcome(lambda: get_complainant(db, actor, complainant_id=args.complainant_id))


def _merge(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.complainants import merge_complainants

    return emit_outcome(
        lambda: merge_complainants(db, actor, into_id=args.into_id, from_id=args.from_id, note=args.note)
    )


def _split(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.complainants import split_letter

    return emit_outcome(lambda: split_letter(db, actor, letter_id=args.letter_id, note=args.note))
