"""The ``sipdumas`` command line (see CONTRACT.md): every capability of the client, for scripts.

Output: one JSON object per line on stdout; errors as one line each on stderr. Exit status 0 = all done,
1 = some inputs failed (the others are done), 2 = bad usage or nothing could be done, 3 = the sign-in
was refused (wrong password, unknown user, account waiting after repeated failures): nothing was done,
and a script should not retry with the same password.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from sipdumas.cli.commands import register_all
from sipdumas.cli.output import EXIT_OK, EXIT_SIGN_IN_REFUSED, EXIT_SOME_FAILED, EXIT_USAGE, UsageError
from sipdumas.cli.output import emit as _emit
from sipdumas.cli.output import error as _error
from sipdumas.cli.signin import resolve_actor
from sipdumas.db.engine import ConnectionLost, Database, DatabaseBusy, DatabaseError
from sipdumas.db.location import resolve_location
from sipdumas.domain.errors import AuthenticationFailed, ServiceError
from sipdumas.domain.permissions import Actor


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sipdumas", description="Register surat pengaduan masyarakat")
    parser.add_argument("--db", help="SQLAlchemy URL (default: SIPDUMAS_DATABASE_URL or the embedded SQLite)")
    parser.add_argument("--data-dir", help="folder for scans and generated files")
    parser.add_argument("--user", default=os.environ.get("SIPDUMAS_USER"), help="who acts (SIPDUMAS_USER)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("init", help="create or upgrade the database schema")

    extract = sub.add_parser("extract", help="OCR and field extraction, no database")
    extract.add_argument("paths", nargs="+", type=Path)
    extract.add_argument("--json", action="store_true", help="JSON Lines output (the default)")

    _limit_options(extract)

    ingest = sub.add_parser("ingest", help="register scanned or text letters")
    ingest.add_argument("paths", nargs="+", type=Path)
    ingest.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    ingest.add_argument(
        "--again",
        action="store_true",
        help="register files already registered (same content) again, as a new arrival of the same scan",
    )
    _limit_options(ingest)

    check = sub.add_parser("check", help="what a letter would be flagged as, registering nothing")
    check.add_argument("paths", nargs="+", type=Path)
    check.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    _limit_options(check)

    sub.add_parser("reindex", help="rebuild the near-duplicate index from the letters' texts")

    lst = sub.add_parser("list", help="the register, oldest first")
    lst.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    lst.add_argument("--search", help="only letters matching these words")
    lst.add_argument("--complainant", type=int, help="only the letters of this complainant (its id)")

    register_all(sub)
    return parser


def _limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-pages", type=int, help="pages one file may have (default: setting intake_max_pages, 50)"
    )
    parser.add_argument(
        "--file-seconds",
        type=float,
        help="seconds of OCR all pages of one file may take (default: setting intake_file_seconds, 600)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except AuthenticationFailed as exc:
        _error(str(exc))
        return EXIT_SIGN_IN_REFUSED
    except (ConnectionLost, DatabaseBusy) as exc:
        # the work was under way: what was done before stays, the unit of work in hand is not stored
        if exc.what is None:
            exc = exc.about(f"pekerjaan '{args.command}' yang sedang berjalan")
        _error(str(exc))
        return EXIT_SOME_FAILED
    except (ServiceError, DatabaseError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except SQLAlchemyError as exc:  # never a driver's traceback: the first line says enough
        detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
        _error(f"kesalahan basis data: {detail[:300]}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("dibatalkan")
        return EXIT_USAGE


def _dispatch(args: argparse.Namespace) -> int:
    location = resolve_location(args.db, args.data_dir)
    if args.command == "extract":
        return _cmd_extract(args)
    if getattr(args, "without_database", None) is not None:
        return args.without_database(location, args)
    db = Database.open(location)
    db.on_busy = _error
    try:
        if args.command == "init":
            restored = db.guards_restored
            if restored:
                _error(f"Pemicu jejak audit yang hilang dipasang kembali: {', '.join(restored)}")
            _emit(
                {
                    "database": db.safe_url,
                    "data_dir": str(db.data_dir),
                    "status": "ok",
                    "audit_guards_restored": restored,
                }
            )
            return EXIT_OK
        actor = resolve_actor(db, args.user)
        if getattr(args, "handler", None) is not None:
            return args.handler(db, actor, args)
        handler = {
            "ingest": _cmd_ingest,
            "check": _cmd_check,
            "reindex": _cmd_reindex,
            "list": _cmd_list,
        }[args.command]
        return handler(db, actor, args)
    finally:
        db.dispose()


# ---------------------------------------------------------------- commands


def _expand(paths: Sequence[Path]) -> list[Path]:
    """A folder stands for its files in name order (CONTRACT.md). Its entries that are not files (a
    symbolic link, a pipe) are kept, to be refused with the reason; its sub-folders are not entered."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            out.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if not p.name.startswith(".") and (p.is_symlink() or not p.is_dir())
                )
            )
        else:
            out.append(path)
    return out


def _limits(args: argparse.Namespace, db: Database | None):
    """The intake limits: the office's settings (or the defaults, without a database) and the options."""
    import dataclasses

    from sipdumas.intake import Limits

    if db is None:
        limits = Limits()
    else:
        from sipdumas.services.registration import intake_limits

        limits = intake_limits(db)
    if args.max_pages is not None:
        if args.max_pages < 1:
            raise UsageError("--max-pages harus 1 atau lebih")
        limits = dataclasses.replace(limits, max_pages=args.max_pages)
    if args.file_seconds is not None:
        if args.file_seconds <= 0:
            raise UsageError("--file-seconds harus lebih dari 0")
        limits = dataclasses.replace(limits, file_seconds=args.file_seconds)
    return limits


def _progress_printer():
    def show(progress) -> None:
        print(
            f"\r[{progress.files_done}/{progress.files_total} berkas, "
            f"{progress.pages_done}/{progress.pages_total} halaman] {progress.current_file or ''}",
            end="",
            file=sys.stderr,
            flush=True,
        )

    return show if sys.stderr.isatty() else None


def _emit_results(results) -> int:
    """Print each per-file result as a JSON line, each failure also on stderr naming its file; the batch
    goes on past a failure and the exit status says whether any file failed (CONTRACT.md)."""
    status = EXIT_OK
    for result in results:
        if result.error:
            status = EXIT_SOME_FAILED
            _error(f"{result.file}: {result.error}")
        elif getattr(result, "skipped", False):
            # a note, not a failure: the exit status stays 0
            _error(f"{result.file}: {result.note} (--again: daftarkan sebagai kedatangan baru)")
        _emit(result.to_json())
    return status


def _cmd_extract(args: argparse.Namespace) -> int:
    from sipdumas.intake import extract_files

    limits = _limits(args, None)
    return _emit_results(extract_files(_expand(args.paths), on_progress=_progress_printer(), limits=limits))


def _cmd_ingest(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    from sipdumas.services.registration import ingest_files

    results = ingest_files(
        db,
        actor,
        paths=_expand(args.paths),
        on_progress=_progress_printer(),
        again=args.again,
        limits=_limits(args, db),
    )
    return _emit_results(results)


def _cmd_check(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    from sipdumas.services.registration import check_files

    results = check_files(
        db, actor, paths=_expand(args.paths), on_progress=_progress_printer(), limits=_limits(args, db)
    )
    return _emit_results(results)


def _cmd_reindex(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    from sipdumas.services.duplicates import rebuild_index

    _emit({"indexed": rebuild_index(db, actor)})
    return EXIT_OK


def _cmd_list(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    from sipdumas.services.letters import LetterQuery, iter_letters, list_letters

    if args.search or args.complainant is not None:
        query = LetterQuery(text=args.search or "", complainant=args.complainant, sort="id", descending=False)
        rows = list_letters(db, actor, query=query, limit=1_000_000)
    else:
        rows = iter_letters(db, actor)
    for row in rows:
        _emit(row.to_json())
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
