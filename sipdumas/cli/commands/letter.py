"""``sipdumas letter ...``: what the client's Surat menu does to one letter, for scripts.

    letter show REF --json                          the letter with every field (the letter form)
    letter add [--scan FILE] [FIELDS] --json        register a letter (Surat baru, or a checked scan)
    letter edit REF [FIELDS] [--version N] --json   correct its fields (only those given change)
    letter status REF --to STATUS [--note T] [--version N] --json
    letter steps REF --json                         the steps the signed-in user may take now
    letter history REF --json                       every status move, oldest first
    letter review REF [--core-problem T] [--regulation T] [--related REF]... [--recommend STATUS]
                      [--recommendation-note T] --json        the telaah (without options: show it)
    letter dispose REF --to USER --instruction T [--instruction T]... [--note T] [--urgency U] --json
    letter dispositions REF --json
    letter duplicate REF --confirm|--reject|--file-as-handled [--note T] --json
    letter compare REF --json                       the flagged letter beside its suspected original
    letter related REF --json                       the letters linked to it, in both directions
    letter pages REF [--out-dir DIR] --json         its scan: documents, page texts and where fields
                                                    were read; with --out-dir every page as PNG (text)
    letter deadlines REF --json                     its due dates and what is late
    letter suggest-category REF [--limit N] --json  the categories earlier letters like it were given

REF is the letter's id (as in ``list``) or its agenda number (``D-2026-00012``). FIELDS are
``--received-at``, ``--channel``, ``--letter-no``, ``--letter-date``, ``--place``, ``--subject``,
``--summary``, ``--category``, ``--addressee``, ``--cc`` (once per tembusan line; ``--cc ""`` clears),
``--sender-name``, ``--nik``, ``--phone``, ``--email``, ``--address``, ``--occupation``, ``--regency``,
``--reported-party``, ``--reported-position`` and ``--text-file F`` (the letter's full text); dates are
YYYY-MM-DD. ``--version`` is the version the change is based on (``show`` prints it): a letter saved by
someone else since is refused, as in the client. Each command calls the same service function as the
client and is checked against the user's role there; a refusal exits 1 with one line on stderr and
changes nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from sipdumas.cli.output import emit_outcome
from sipdumas.cli.values import parse_day

#: The letter form's fields as command-line options: option -> (LetterInput or SenderData field, parser).
FIELD_OPTIONS: dict[str, tuple[str, str]] = {
    "received_at": ("--received-at", "date"),
    "channel": ("--channel", "text"),
    "letter_no": ("--letter-no", "text"),
    "letter_date": ("--letter-date", "date"),
    "place": ("--place", "text"),
    "subject": ("--subject", "text"),
    "summary": ("--summary", "text"),
    "category": ("--category", "text"),
    "addressee": ("--addressee", "text"),
    "occupation": ("--occupation", "text"),
    "regency": ("--regency", "text"),
    "reported_party": ("--reported-party", "text"),
    "reported_position": ("--reported-position", "text"),
}
SENDER_OPTIONS: dict[str, str] = {
    "name": "--sender-name",
    "nik": "--nik",
    "phone": "--phone",
    "email": "--email",
    "address": "--address",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("letter", help="one letter: show, add, edit, status, telaah, disposisi, duplicates")
    letter_sub = p.add_subparsers(dest="letter_command", required=True)

    def command(name: str, help_text: str, handler, *, ref: bool = True) -> argparse.ArgumentParser:
        parser = letter_sub.add_parser(name, help=help_text)
        if ref:
            parser.add_argument("ref", help="the letter's id or agenda number")
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    command("show", "the letter with every field", _show)
    add = command("add", "register a letter: typed, or a scan with the fields you checked", _add, ref=False)
    _field_options(add)
    add.add_argument("--scan", type=Path, help="the letter's file: OCR fills the fields you do not give")
    edit = command("edit", "change the fields given", _edit)
    _field_options(edit)
    edit.add_argument("--version", type=int, help="the version the change is based on")

    status = command("status", "move the letter to its next step", _status)
    status.add_argument("--to", required=True, dest="status", help="the new status (see letter steps)")
    status.add_argument("--note", default="", help="why, for the history and the audit trail")
    status.add_argument("--version", type=int, help="the version the change is based on")
    command("steps", "the steps you may take now", _steps)
    command("history", "every status move, oldest first", _history)

    review = command("review", "write the telaah (without options: show it)", _review)
    review.add_argument("--core-problem", help="pokok permasalahan")
    review.add_argument("--regulation", help="the regulation it touches")
    review.add_argument("--related", action="append", help="an earlier letter about the same matter (repeat)")
    review.add_argument("--recommend", help="forwarded, clarification, monitoring or filed")
    review.add_argument("--recommendation-note", help="why that next step")

    dispose = command("dispose", "disposisi: assign the letter to an analyst", _dispose)
    dispose.add_argument("--to", required=True, dest="assignee", help="the analyst's username")
    dispose.add_argument("--instruction", action="append", required=True, help="an instruction (repeat)")
    dispose.add_argument("--note", default="")
    dispose.add_argument("--urgency", default="Biasa", help="Biasa, Segera or Sangat Segera")
    command("dispositions", "every disposisi of the letter", _dispositions)

    dup = command("duplicate", "decide on a duplicate flag", _duplicate)
    decision = dup.add_mutually_exclusive_group(required=True)
    decision.add_argument("--confirm", dest="decision", action="store_const", const="confirm")
    decision.add_argument("--reject", dest="decision", action="store_const", const="reject")
    decision.add_argument(
        "--file-as-handled",
        dest="decision",
        action="store_const",
        const="file",
        help="file the re-sent letter without further action (sudah ditindaklanjuti)",
    )
    dup.add_argument("--note", default="")
    command("compare", "the flagged letter beside its suspected original", _compare)
    command("related", "the letters linked to it: its original, re-sent copies, related letters", _related)
    pages = command("pages", "its scan: page texts and field marks; --out-dir writes the pages", _pages)
    pages.add_argument("--out-dir", type=Path, help="write each page there (PNG; typed letters as .txt)")
    pages.add_argument("--max-side", type=int, default=2400, help="longest side of a page picture (pixels)")
    command("deadlines", "due dates and what is late", _deadlines)
    suggest = command(
        "suggest-category", "the categories earlier letters like it were given", _suggest_category
    )
    suggest.add_argument("--limit", type=int, default=3, help="at most this many, best first")


def _field_options(parser: argparse.ArgumentParser) -> None:
    for name, (option, _kind) in FIELD_OPTIONS.items():
        parser.add_argument(option, dest=f"f_{name}")
    for name, option in SENDER_OPTIONS.items():
        parser.add_argument(option, dest=f"s_{name}")
    parser.add_argument("--cc", action="append", help="a tembusan line (repeat; '' clears the list)")
    parser.add_argument("--text-file", type=Path, help="the letter's full text, from a UTF-8 file")


def _with_fields(data, args: argparse.Namespace):
    """``data`` (a LetterInput) with the options given on the command line applied."""
    changes = {}
    for name, (option, kind) in FIELD_OPTIONS.items():
        value = getattr(args, f"f_{name}")
        if value is not None:
            changes[name] = parse_day(value, option) if kind == "date" and value else (value or None)
    if args.cc is not None:
        changes["cc"] = [line for line in args.cc if line.strip()]
    if args.text_file is not None:
        changes["text"] = args.text_file.read_text(encoding="utf-8")
    sender = {
        name: getattr(args, f"s_{name}") or None
        for name in SENDER_OPTIONS
        if getattr(args, f"s_{name}") is not None
    }
    if sender:
        changes["sender"] = dataclasses.replace(data.sender, **sender)
    return dataclasses.replace(data, **changes)


def letter_id(db, actor, ref: str) -> int:
    from sipdumas.services.letters import find_letter_id

    return find_letter_id(db, actor, ref=ref)


def _show(db, actor, args) -> int:
    from sipdumas.services.letters import get_letter

    return emit_outcome(lambda: get_letter(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _add(db, actor, args) -> int:
    from sipdumas.services.letters import LetterInput, register_letter

    if args.scan is None:
        return emit_outcome(lambda: register_letter(db, actor, data=_with_fields(LetterInput(), args)))
    return _add_scan(db, actor, args)


def _add_scan(db, actor, args) -> int:
    """The intake view's Daftarkan: the scan read by OCR, the fields as the analyst corrected them."""
    from datetime import date

    from sipdumas.cli.output import EXIT_SOME_FAILED, error
    from sipdumas.intake import extract_file
    from sipdumas.services.registration import letter_input_from, register_reviewed

    extraction = extract_file(args.scan)
    if extraction.error:
        error(f"{args.scan}: {extraction.error}")
        return EXIT_SOME_FAILED

    def action():
        read = letter_input_from(extraction, path=args.scan, today=date.today())
        return register_reviewed(
            db, actor, path=args.scan, extraction=extraction, data=_with_fields(read, args)
        )

    return emit_outcome(action)


def _edit(db, actor, args) -> int:
    from sipdumas.services.letters import get_letter, update_letter

    def action():
        detail = get_letter(db, actor, letter_id=letter_id(db, actor, args.ref))
        return update_letter(
            db,
            actor,
            letter_id=detail.row.id,
            data=_with_fields(detail.data, args),
            expected_version=detail.row.version if args.version is None else args.version,
        )

    return emit_outcome(action)


def _current_version(db, actor, ref: str, version: int | None) -> tuple[int, int]:
    from sipdumas.services.letters import get_letter

    row = get_letter(db, actor, letter_id=letter_id(db, actor, ref)).row
    return row.id, row.version if version is None else version


def _status(db, actor, args) -> int:
    from sipdumas.services.workflow import change_status

    def action():
        lid, version = _current_version(db, actor, args.ref, args.version)
        return change_status(
            db, actor, letter_id=lid, expected_version=version, status=args.status, note=args.note
        )

    return emit_outcome(action)


def _steps(db, actor, args) -> int:
    from sipdumas.services.letters import get_letter
    from sipdumas.services.workflow import allowed_steps

    def action():
        row = get_letter(db, actor, letter_id=letter_id(db, actor, args.ref)).row
        return {
            "id": row.id,
            "agenda_no": row.agenda_no,
            "status": row.status,
            "steps": allowed_steps(actor, row.status),
        }

    return emit_outcome(action)


def _history(db, actor, args) -> int:
    from sipdumas.services.workflow import history

    return emit_outcome(lambda: history(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _review(db, actor, args) -> int:
    from sipdumas.services.workflow import get_review, save_review

    def action():
        lid = letter_id(db, actor, args.ref)
        current = get_review(db, actor, letter_id=lid)
        given = (args.core_problem, args.regulation, args.related, args.recommend, args.recommendation_note)
        if all(v is None for v in given):
            return current
        pick = lambda new, old: old if new is None else new  # noqa: E731 - options not given keep their value
        related = None if args.related is None else [letter_id(db, actor, r) for r in args.related]
        return save_review(
            db,
            actor,
            letter_id=lid,
            core_problem=pick(args.core_problem, current.core_problem),
            regulation=pick(args.regulation, current.regulation),
            related_ids=related
            if related is not None
            else (current.related_ids if current.version else None),
            recommendation=pick(args.recommend, current.recommendation),
            recommendation_note=pick(args.recommendation_note, current.recommendation_note),
            expected_version=current.version,
        )

    return emit_outcome(action)


def _dispose(db, actor, args) -> int:
    from sipdumas.services.workflow import dispose

    return emit_outcome(
        lambda: dispose(
            db,
            actor,
            letter_id=letter_id(db, actor, args.ref),
            assignee=args.assignee,
            instructions=args.instruction,
            note=args.note,
            urgency=args.urgency,
        )
    )


def _dispositions(db, actor, args) -> int:
    from sipdumas.services.workflow import dispositions

    return emit_outcome(lambda: dispositions(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _duplicate(db, actor, args) -> int:
    from sipdumas.services.duplicates import file_as_handled, review_flag

    def action():
        lid, version = _current_version(db, actor, args.ref, None)
        if args.decision == "file":
            return file_as_handled(db, actor, letter_id=lid, expected_version=version)
        return review_flag(
            db,
            actor,
            letter_id=lid,
            expected_version=version,
            confirm=args.decision == "confirm",
            note=args.note,
        )

    return emit_outcome(action)


def _compare(db, actor, args) -> int:
    from sipdumas.services.duplicates import comparison

    return emit_outcome(lambda: comparison(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _related(db, actor, args) -> int:
    from sipdumas.services.duplicates import related_letters

    return emit_outcome(lambda: related_letters(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _pages(db, actor, args) -> int:
    """Without ``--out-dir`` one line with the letter's documents; with it one line per page written."""
    from sipdumas.services.scans import letter_scan, save_letter_pages

    if args.out_dir is None:
        return emit_outcome(lambda: letter_scan(db, actor, letter_id=letter_id(db, actor, args.ref)))
    return emit_outcome(
        lambda: save_letter_pages(
            db,
            actor,
            letter_id=letter_id(db, actor, args.ref),
            out_dir=args.out_dir,
            max_side=args.max_side,
        )
    )


def _deadlines(db, actor, args) -> int:
    from sipdumas.services.deadlines import letter_deadlines

    def action():
        lid = letter_id(db, actor, args.ref)
        return letter_deadlines(db, actor, letter_ids=[lid])[lid]

    return emit_outcome(action)


def _suggest_category(db, actor, args) -> int:
    from sipdumas.services.categories import suggest_category

    return emit_outcome(
        lambda: suggest_category(db, actor, letter_id=letter_id(db, actor, args.ref), limit=args.limit)
    )
