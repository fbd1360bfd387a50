"""``sipdumas connection test URL``: whether a database address can be used, before a workstation is
pointed at it (the client's "Basis data… → Uji koneksi"). Changes nothing; exit 1 with the reason when
the address is wrong or the server does not answer."""

from __future__ import annotations

import argparse

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("connection", help="check a database address")
    conn_sub = p.add_subparsers(dest="connection_command", required=True)
    test = conn_sub.add_parser("test", help="connect once to URL, changing nothing")
    test.add_argument("url", help="postgresql+psycopg://USER:PASSWORD@SERVER/DB or sqlite:///FILE")
    test.add_argument("--json", action="store_true", help="JSON output (the default)")
    test.set_defaults(without_database=_test)


def _test(location, args: argparse.Namespace) -> int:
    from sipdumas.db.connection import probe_connection
    from sipdumas.db.engine import DatabaseError
    from sipdumas.db.location import Location

    try:
        found = probe_connection(Location(args.url, location.data_dir))
    except DatabaseError as exc:
        error(str(exc))
        return EXIT_SOME_FAILED
    emit({"ok": True, "message": found})
    return EXIT_OK
