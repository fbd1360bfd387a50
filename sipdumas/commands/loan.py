"""``sipdumas loan ...``: archive file lending at the desk (CONTRACT.md).

    loan out CODE --to NAME --unit UNIT [--phone P] [--purpose T] [--category C] [--queue] --json
    loan in CODE [--condition baik|rusak|hilang] [--note T] --json
    loan overdue [--as-of YYYY-MM-DD] --json
    loan renew CODE --json
    loan history CODE --json
    loan approval-request CODE --to NAME --unit UNIT [--purpose T] --json
    loan approve ID [--reject] [--note T] --json

CODE is the barcode on the file's label (``archive_code`` in ``list``). A refusal (the file is out,
it is in, the code is unknown, a confidential file without approval) exits 1 with one line on stderr.
JSON keys are documented in docs/archive.md.
"""

from __future__ import annotations

import argparse
from datetime import date

from sipdumas.commands.output import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, emit, error
from sipdumas.errors import ServiceError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("loan", help="lend archive files at the desk: out, in, overdue, renew, history")
    loan_sub = p.add_subparsers(dest="loan_command", required=True)

    out = loan_sub.add_parser("out", help="lend a file (CODE: the barcode on its label)")
    out.add_argument("code")
    out.add_argument("--to", required=True, help="borrower's name")
    out.add_argument("--unit", required=True, help="borrower's unit (unit kerja)")
    out.add_argument("--phone")
    out.add_argument("--purpose")
    out.add_argument("--category", help="borrower category for the loan-period rules (e.g. pimpinan)")
    out.add_argument("--queue", action="store_true", help="if the file is out, queue the request instead")
    out.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    out.set_defaults(handler=_out)

    back = loan_sub.add_parser("in", help="take a lent file back")
    back.add_argument("code")
    back.add_argument("--condition", default="baik", choices=["baik", "rusak", "hilang"])
    back.add_argument("--note")
    back.add_argument("--json", action="store_true")
    back.set_defaults(handler=_in)

    od = loan_sub.add_parser("overdue", help="open loans past their due date, one object per loan")
    od.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default today)")
    od.add_argument("--json", action="store_true")
    od.set_defaults(handler=_overdue)

    rn = loan_sub.add_parser("renew", help="extend an open loan by another loan period")
    rn.add_argument("code")
    rn.add_argument("--json", action="store_true")
    rn.set_defaults(handler=_renew)

    hs = loan_sub.add_parser("history", help="every loan of one file, oldest first")
    hs.add_argument("code")
    hs.add_argument("--json", action="store_true")
    hs.set_defaults(handler=_history)

    ar = loan_sub.add_parser("approval-request", help="ask a supervisor to approve lending a confidential file")
    ar.add_argument("code")
    ar.add_argument("--to", required=True)
    ar.add_argument("--unit", required=True)
    ar.add_argument("--purpose")
    ar.add_argument("--json", action="store_true")
    ar.set_defaults(handler=_approval_request)

    ap = loan_sub.add_parser("approve", help="(supervisor) approve or reject a confidential-loan request")
    ap.add_argument("approval_id", type=int)
    ap.add_argument("--reject", action="store_true")
    ap.add_argument("--note")
    ap.add_argument("--json", action="store_true")
    ap.set_defaults(handler=_approve)


def _refused(exc: ServiceError) -> int:
    error(str(exc))
    return EXIT_SOME_FAILED


def _out(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import Borrower, FileAlreadyLent, lend_file, queue_request

    borrower = Borrower(name=args.to, unit=args.unit, phone=args.phone, category=args.category)
    try:
        emit(lend_file(db, actor, code=args.code, borrower=borrower, purpose=args.purpose).to_json())
    except FileAlreadyLent as exc:
        if not args.queue:
            return _refused(exc)
        try:
            queued = queue_request(db, actor, code=args.code, borrower=borrower, purpose=args.purpose)
        except ServiceError as again:
            return _refused(again)
        emit({**queued.to_json(), "queued": True})
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _in(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import return_file

    try:
        emit(return_file(db, actor, code=args.code, condition=args.condition, note=args.note).to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _overdue(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import overdue_loans

    for row in overdue_loans(db, actor, as_of=args.as_of):
        emit(row.to_json())
    return EXIT_OK


def _renew(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import renew_loan

    try:
        emit(renew_loan(db, actor, code=args.code).to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _history(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import loans_of_file

    try:
        for view in loans_of_file(db, actor, code=args.code):
            emit(view.to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _approval_request(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.loans import Borrower, request_approval

    try:
        emit(request_approval(db, actor, code=args.code, borrower=Borrower(args.to, args.unit),
                              purpose=args.purpose).to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _approve(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.errors import PermissionDenied
    from sipdumas.services.loans import decide_approval

    try:
        emit(decide_approval(db, actor, approval_id=args.approval_id, approve=not args.reject,
                             note=args.note).to_json())
    except PermissionDenied as exc:
        error(str(exc))
        return EXIT_USAGE
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK
