"""``sipdumas backup`` and ``sipdumas restore``: one archive of the database and every stored file
(administrators; Pengaturan → Cadangan in the client).

    backup --out FILE --json               an archive now, to FILE
    backup --scheduled --json              the daily backup now, into the scheduled folder (with rotation)
    backup --status --json                 the schedule and the last backup's outcome
    backup --schedule FOLDER [--keep N]    turn the daily backup on (keeping the newest N archives)
    backup --no-schedule                   turn it off
    restore FILE [--replace] --json        into the database and data folder of --db/--data-dir

Exit status: 0 done; 1 the archive was written but files the database refers to were missing or damaged
(listed; run ``sipdumas fsck``); 2 nothing was done (the reason on stderr). A restore checks the whole
archive before it replaces anything and refuses a target that is not empty unless ``--replace``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, UsageError, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the database and the stored files into one archive")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", type=Path, help="the archive to write")
    what.add_argument("--scheduled", action="store_true", help="run the daily backup now")
    what.add_argument("--status", action="store_true", help="the schedule and the last backup")
    what.add_argument("--schedule", metavar="FOLDER", help="back up daily into FOLDER")
    what.add_argument("--no-schedule", action="store_true", help="stop the daily backup")
    p.add_argument("--keep", type=int, default=None, help="with --schedule: archives to keep (default 7)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    p.set_defaults(handler=_backup)

    r = sub.add_parser("restore", help="restore a backup archive into --db/--data-dir")
    r.add_argument("archive", type=Path)
    r.add_argument(
        "--replace", action="store_true", help="overwrite a database/data folder that is not empty"
    )
    r.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    r.set_defaults(without_database=_restore)


def _backup(db, actor, args) -> int:
    from sipdumas.services.admin import backup

    if args.status:
        emit(backup.backup_status(db, actor).to_json())
        return EXIT_OK
    if args.schedule or args.no_schedule:
        current = backup.backup_status(db, actor).schedule
        status = backup.save_backup_schedule(
            db,
            actor,
            enabled=bool(args.schedule),
            folder=args.schedule or current.folder,
            keep=args.keep or current.keep,
        )
        emit(status.to_json())
        return EXIT_OK
    if args.scheduled:
        result = backup.run_scheduled_backup(db, actor)
    else:
        result = backup.create_backup(db, actor, out=args.out)
    emit(result.to_json())
    if not result.ok:
        error(f"{result.path}: cadangan tidak lengkap; jalankan 'sipdumas fsck' untuk rinciannya")
        return EXIT_SOME_FAILED
    return EXIT_OK


def _restore(location, args) -> int:
    from sipdumas.cli.signin import resolve_actor
    from sipdumas.db.engine import Database
    from sipdumas.domain.permissions import Actor
    from sipdumas.services.admin.backup import restore_backup, target_needs_sign_in

    if not args.archive.is_file():
        raise UsageError(f"Arsip cadangan tidak ditemukan: {args.archive}")
    if target_needs_sign_in(location):
        target = Database(location)  # not upgraded: it is about to be replaced
        try:
            actor = resolve_actor(target, args.user)
        finally:
            target.dispose()
    else:
        actor = Actor.local_admin()
    result = restore_backup(location, actor, archive=args.archive, replace=args.replace)
    emit(result.to_json())
    return EXIT_OK
