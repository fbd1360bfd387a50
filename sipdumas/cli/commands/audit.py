"""``sipdumas audit ...``: the audit trail's hash chain.

audit head --json                  the number of entries and the newest entry's hash (note or print it)
audit verify [--expect HASH] --json  check every link; with --expect also that an earlier noted head
                                     is still in the trail; exit 1 when anything is wrong
"""

from __future__ import annotations

import argparse

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the audit trail's hash chain")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    head = audit_sub.add_parser("head", help="the newest entry's hash")
    head.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    head.set_defaults(handler=_head)
    verify = audit_sub.add_parser("verify", help="check the whole chain")
    verify.add_argument("--expect", help="a head hash noted earlier, which must still be in the trail")
    verify.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    verify.set_defaults(handler=_verify)


def _head(db, actor, args) -> int:
    from sipdumas.services.admin.audit_trail import audit_head

    emit(audit_head(db, actor).to_json())
    return EXIT_OK


def _verify(db, actor, args) -> int:
    from sipdumas.services.admin.audit_trail import verify_audit

    report = verify_audit(db, actor, expect=args.expect)
    emit(report.to_json())
    if report.ok:
        return EXIT_OK
    error(f"Jejak audit tidak utuh: {report.problem_count} masalah (rincian di keluaran JSON)")
    return EXIT_SOME_FAILED
