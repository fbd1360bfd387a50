"""``sipdumas archive ...``: where the physical files are, and moving, merging and splitting them.

    archive add-location CODE [--building B] [--room R] [--shelf S] [--box X] [--folder F] --json
    archive locations --json
    archive show CODE --json
    archive describe CODE [--classification K] [--active-years N] [--inactive-years N]
                          [--disposition musnah|permanen|dinilai kembali] [--confidential|--open] [--title T]
    archive move CODE --to LOCATION --json
    archive merge INTO CODE... --json
    archive split CODE --letters AGENDA_NO... [--title T] --json
    archive history CODE --json
    archive box-labels LOCATION... --out FILE.pdf [--skip N]
    archive agenda-labels LETTER_ID... --out FILE.pdf [--skip N]

CODE is the code on a file's label (``archive_code`` in ``list``); LOCATION the code on a box or shelf
label. Each command prints the file (or location) as it is afterwards; ``history`` one object per event,
oldest first. A refusal (unknown code, a file that is out on loan, a split of no or all letters) exits 1
with one line on stderr, and nothing is changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, emit_outcome, error
from sipdumas.domain.errors import ServiceError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("archive", help="archive locations and files: show, move, merge, split, history")
    archive_sub = p.add_subparsers(dest="archive_command", required=True)

    def command(name: str, help_text: str, handler):
        parser = archive_sub.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    loc = command(
        "add-location", "a new place in the archive (its code goes on the box label)", _add_location
    )
    loc.add_argument("code")
    for part in ("building", "room", "shelf", "box", "folder"):
        loc.add_argument(f"--{part}")

    command("locations", "every archive location, by code", _locations)

    show = command("show", "one file: place, classification, retention, letters", _show)
    show.add_argument("code")

    desc = command("describe", "set a file's classification code, JRA retention, confidentiality", _describe)
    desc.add_argument("code")
    desc.add_argument(
        "--classification", help="archive classification code (kode klasifikasi), e.g. DM.04.00"
    )
    desc.add_argument("--active-years", type=int, help="JRA retention while active (years)")
    desc.add_argument("--inactive-years", type=int, help="JRA retention while inactive (years)")
    desc.add_argument("--disposition", help="final disposition: musnah, permanen or 'dinilai kembali'")
    desc.add_argument("--title")
    secrecy = desc.add_mutually_exclusive_group()
    secrecy.add_argument("--confidential", dest="confidential", action="store_const", const=True)
    secrecy.add_argument("--open", dest="confidential", action="store_const", const=False)

    move = command("move", "put a file in another place", _move)
    move.add_argument("code")
    move.add_argument("--to", required=True, dest="location", help="the location's code")

    merge = command("merge", "put the letters of other files into file INTO", _merge)
    merge.add_argument("into")
    merge.add_argument("codes", nargs="+")

    split = command("split", "take some letters out of a file into a new file", _split)
    split.add_argument("code")
    split.add_argument(
        "--letters", nargs="+", required=True, help="agenda numbers of the letters to take out"
    )
    split.add_argument("--title")

    letters = command("letters", "the letters in a file, in the order they were registered", _letters)
    letters.add_argument("code")
    history = command("history", "everything that happened to a file, oldest first", _history)
    history.add_argument("code")

    boxes = command("box-labels", "labels (A4, 3 x 8) for boxes and shelves, by location code", _box_labels)
    boxes.add_argument("locations", nargs="+")
    agenda = command("agenda-labels", "agenda-number labels to stick on incoming letters", _agenda_labels)
    agenda.add_argument("letter_ids", nargs="+", type=int, help="the letters' ids (see list --json)")
    for parser in (boxes, agenda):
        parser.add_argument("--out", required=True, type=Path)
        parser.add_argument(
            "--skip", type=int, default=0, help="label positions already used on the first sheet"
        )


def _add_location(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import add_location

    return emit_outcome(
        lambda: add_location(
            db,
            actor,
            code=args.code,
            building=args.building,
            room=args.room,
            shelf=args.shelf,
            box=args.box,
            folder=args.folder,
        )
    )


def _locations(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import list_locations

    return emit_outcome(lambda: list_locations(db, actor))


def _show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import get_file

    return emit_outcome(lambda: get_file(db, actor, code=args.code))


def _describe(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import describe_file

    return emit_outcome(
        lambda: describe_file(
            db,
            actor,
            code=args.code,
            classification_code=args.classification,
            retention_active_years=args.active_years,
            retention_inactive_years=args.inactive_years,
            final_disposition=args.disposition,
            confidential=args.confidential,
            title=args.title,
        )
    )


def _move(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import move_file

    return emit_outcome(lambda: move_file(db, actor, code=args.code, location_code=args.location))


def _merge(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import merge_files

    return emit_outcome(lambda: merge_files(db, actor, into=args.into, codes=args.codes))


def _split(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import split_file

    return emit_outcome(
        lambda: split_file(db, actor, code=args.code, agenda_numbers=args.letters, title=args.title)
    )


def _letters(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import file_letters

    return emit_outcome(lambda: file_letters(db, actor, code=args.code))


def _history(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.files import file_history

    return emit_outcome(lambda: file_history(db, actor, code=args.code))


def _labels(args: argparse.Namespace, make, count: int) -> int:
    from sipdumas.output.files import write_atomically

    try:
        pdf = make()
    except ServiceError as exc:
        error(str(exc))
        return EXIT_SOME_FAILED
    write_atomically(args.out, pdf)
    emit({"file": str(args.out), "labels": count})
    return EXIT_OK


def _box_labels(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.labels import box_labels_pdf

    return _labels(
        args,
        lambda: box_labels_pdf(db, actor, location_codes=args.locations, skip=args.skip),
        len(args.locations),
    )


def _agenda_labels(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.labels import agenda_labels_pdf

    return _labels(
        args,
        lambda: agenda_labels_pdf(db, actor, letter_ids=args.letter_ids, skip=args.skip),
        len(args.letter_ids),
    )
