"""``sipdumas import FILE --json``: a legacy register (``.xlsx``, ``.csv``, ``.jsonl``) into the register,
committed in parts, idempotent; prints ``{"imported", "rejected", "errors", ...}``. An import stopped part
way (the server lost, the database locked too long) exits 1 saying how much was stored; running it again
completes it.

The column-mapping steps of the client's "Impor register lama" dialog, for files whose headings the
import does not know:

    import FILE --show-mapping          each heading and the register column it maps to (remembered
                                        for this source, or the built-in guess)
    import FILE --map "HEADING=KEY"...  read HEADING as KEY (``HEADING=`` ignores the column); the rest
                                        as proposed. Then, instead of importing:
        --preview [--rows N]            the first rows as they would be stored, or why each is refused
        --dry-run                       check every row, store nothing: how many would be imported,
                                        skipped as already there, rejected (with line and reason)
        --save-mapping                  remember the mapping for this source's next files
    Without those three, the file is imported with the mapping, which is then remembered.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, UsageError, emit, emit_outcome, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a legacy register (.xlsx, .csv, .jsonl)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="JSON output (the default)")
    p.add_argument("--show-mapping", action="store_true", help="the column mapping that would be used")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADING=KEY",
        help="read column HEADING as register column KEY (repeat; 'HEADING=' ignores it)",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument("--preview", action="store_true", help="the first rows as they would be stored")
    what.add_argument("--dry-run", action="store_true", help="check every row and store nothing")
    what.add_argument("--save-mapping", action="store_true", help="remember the mapping, import nothing")
    p.add_argument("--rows", type=int, default=20, help="rows shown by --preview")
    p.set_defaults(handler=_import)


def _overrides(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        heading, sep, key = pair.partition("=")
        if not sep or not heading.strip():
            raise UsageError(f"--map '{pair}': tulis KOLOM=KUNCI, mis. 'Tgl Terima=received_at'")
        out[heading.strip()] = key.strip()
    return out


def _import(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.imports.legacy_register import ImportStopped

    try:
        return _run_import(db, actor, args)
    except ImportStopped as exc:  # part way: what it stored stays, and the message says how much
        error(str(exc))
        return EXIT_SOME_FAILED


def _run_import(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.imports import mapping as M

    mapped = bool(args.map or args.show_mapping or args.preview or args.dry_run or args.save_mapping)
    if not mapped:
        return _plain_import(db, actor, args.file)
    overrides = _overrides(args.map)

    def chosen() -> tuple[list[str], dict[str, str | None]]:
        proposal = M.propose_mapping(db, actor, path=args.file)
        unknown = sorted(set(overrides) - set(proposal.headers))
        if unknown:
            raise UsageError(f"Kolom tidak ada dalam berkas: {', '.join(unknown)}")
        return proposal.headers, {**proposal.mapping, **overrides}

    headers, mapping = chosen()
    if args.show_mapping:
        proposal = M.propose_mapping(db, actor, path=args.file)
        return emit_outcome(
            lambda: {"headers": headers, "mapping": mapping, "remembered": proposal.remembered}
        )
    if args.preview:
        return emit_outcome(lambda: M.preview(db, actor, path=args.file, mapping=mapping, limit=args.rows))
    if args.dry_run:
        return emit_outcome(lambda: M.validate(db, actor, path=args.file, mapping=mapping))
    if args.save_mapping:
        return emit_outcome(
            lambda: {"signature": M.save_mapping(db, actor, headers=headers, mapping=mapping)}
        )
    result = M.import_with_mapping(db, actor, path=args.file, mapping=mapping)
    return _summary(result)


def _plain_import(db, actor, path: Path) -> int:
    from sipdumas.services.imports.legacy_register import import_register

    return _summary(import_register(db, actor, path=path))


def _summary(result) -> int:
    for line in result.errors[:20]:
        error(line)
    emit(result.to_json())
    return EXIT_SOME_FAILED if result.rejected else EXIT_OK
