"""``sipdumas loan ...``: archive file lending at the desk (CONTRACT.md).

    loan out CODE --to NAME --unit UNIT [--phone P] [--nip NIP] [--purpose T] [--category C] [--queue] --json
    loan in CODE [--condition baik|rusak|hilang] [--note T] --json
    loan overdue [--as-of YYYY-MM-DD] --json
    loan renew CODE --json
    loan history CODE --json
    loan approval-request CODE --to NAME --unit UNIT [--purpose T] --json
    loan approve ID [--reject] [--note T] --json
    loan slip LOAN_ID --out FILE.pdf
    loan register --out FILE.xlsx|FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD]
    loan reminders [--as-of YYYY-MM-DD] --out FILE.pdf --json
    loan labels CODE... --out FILE.pdf [--skip N]
    loan attach-scan PATH... --json
    loan settings show --json
    loan settings set KEY VALUE... --json        (default_days N, max_renewals N, reminder_after N N N,
                                                  reminder_signer_position|_name|_nip TEXT,
                                                  reminder_on_behalf_of TEXT, reminder_classification CODE)
    loan settings reset KEY... --json
    loan rules --json
    loan rule add --days N [--category C] [--classification PREFIX] [--confidential|--open] --json
    loan rule delete NUMBER --json
    loan template show [LEVEL] --json
    loan template set LEVEL (--file TEXT_FILE | --text TEXT) --json
    loan template reset LEVEL --json

The lending settings (the last nine) are changed through
:func:`sipdumas.services.archive.loan_settings.save_lending_settings` by administrators
(``manage_settings``); a value it refuses exits 1 with one line naming the setting and the reason, and
nothing is changed.

CODE is the barcode on the file's label (``archive_code`` in ``list``). A refusal (the file is out,
it is in, the code is unknown, a confidential file without approval) exits 1 with one line on stderr.
JSON keys are documented in docs/archive.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, as_json, emit, emit_outcome, error
from sipdumas.domain.errors import ServiceError, ValidationFailed


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
    out.add_argument("--nip", help="the borrower's NIP (18 digits), printed on the loan slip")
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

    cur = loan_sub.add_parser("current", help="the file's open loan and the requests waiting for it")
    cur.add_argument("code")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(handler=_current)

    ls = loan_sub.add_parser("list", help="the loan register as JSON Lines, oldest first")
    ls.add_argument("--from", dest="lent_from", type=date.fromisoformat, help="lent on or after YYYY-MM-DD")
    ls.add_argument("--to", dest="lent_to", type=date.fromisoformat, help="lent on or before YYYY-MM-DD")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    pa = loan_sub.add_parser(
        "approvals", help="(supervisor) confidential-loan requests waiting for a decision"
    )
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(handler=_approvals)

    ar = loan_sub.add_parser(
        "approval-request", help="ask a supervisor to approve lending a confidential file"
    )
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

    sl = loan_sub.add_parser("slip", help="print the loan slip (bon peminjaman) of a loan")
    sl.add_argument("loan_id", type=int)
    sl.add_argument("--out", required=True, type=Path)
    sl.set_defaults(handler=_slip)

    rg = loan_sub.add_parser("register", help="the loan register as .xlsx or .pdf")
    rg.add_argument("--out", required=True, type=Path)
    rg.add_argument("--from", dest="lent_from", type=date.fromisoformat)
    rg.add_argument("--to", dest="lent_to", type=date.fromisoformat)
    rg.set_defaults(handler=_register)

    rm = loan_sub.add_parser("reminders", help="record and print the reminder letters now due")
    rm.add_argument("--as-of", type=date.fromisoformat)
    rm.add_argument("--out", required=True, type=Path)
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(handler=_reminders)

    lb = loan_sub.add_parser("labels", help="barcode labels (A4, 3 x 8) for files")
    lb.add_argument("codes", nargs="+")
    lb.add_argument("--out", required=True, type=Path)
    lb.add_argument("--skip", type=int, default=0, help="label positions already used on the first sheet")
    lb.set_defaults(handler=_labels)

    at = loan_sub.add_parser("attach-scan", help="attach scans to the letters whose labels they show")
    at.add_argument("paths", nargs="+", type=Path)
    at.add_argument("--json", action="store_true")
    at.set_defaults(handler=_attach)

    _register_settings(loan_sub)


def _register_settings(loan_sub: argparse._SubParsersAction) -> None:
    st = loan_sub.add_parser("settings", help="the loan period, renewal limit and reminder thresholds")
    st_sub = st.add_subparsers(dest="loan_settings_command", required=True)
    show = st_sub.add_parser("show", help="the lending settings and rules as one JSON object")
    show.add_argument("--json", action="store_true", help="JSON output (the default)")
    show.set_defaults(handler=_settings_show)
    put = st_sub.add_parser(
        "set", help="change one setting: default_days N, max_renewals N, reminder_after N N N"
    )
    put.add_argument("key")
    put.add_argument("values", nargs="*", metavar="VALUE")
    put.add_argument("--json", action="store_true")
    put.set_defaults(handler=_settings_set)
    reset = st_sub.add_parser(
        "reset", help="put settings back to their defaults (5 days, 2 renewals, 1 5 10)"
    )
    reset.add_argument("keys", nargs="+", metavar="KEY")
    reset.add_argument("--json", action="store_true")
    reset.set_defaults(handler=_settings_reset)

    rules = loan_sub.add_parser("rules", help="the loan-period rules, numbered, one object per rule")
    rules.add_argument("--json", action="store_true")
    rules.set_defaults(handler=_rules)
    rule = loan_sub.add_parser("rule", help="add or delete a loan-period rule")
    rule_sub = rule.add_subparsers(dest="loan_rule_command", required=True)
    add = rule_sub.add_parser("add", help="a loan period for a borrower category and/or a kind of file")
    add.add_argument("--days", type=int, required=True, help="the loan period in working days (1-120)")
    add.add_argument("--category", help="borrower category (golongan), e.g. pimpinan")
    add.add_argument("--classification", help="files whose classification code starts with this, e.g. HK")
    kind = add.add_mutually_exclusive_group()
    kind.add_argument(
        "--confidential",
        dest="confidential",
        action="store_const",
        const=True,
        help="only confidential files",
    )
    kind.add_argument(
        "--open",
        dest="confidential",
        action="store_const",
        const=False,
        help="only files that are not confidential",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_rule_add, confidential=None)
    delete = rule_sub.add_parser("delete", help="delete rule NUMBER (as loan rules numbers them)")
    delete.add_argument("number", type=int)
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(handler=_rule_delete)

    tp = loan_sub.add_parser("template", help="the texts of the first, second and third reminder letters")
    tp_sub = tp.add_subparsers(dest="loan_template_command", required=True)
    tshow = tp_sub.add_parser("show", help="the reminder templates in force (one level, or all three)")
    tshow.add_argument("level", type=int, nargs="?", choices=[1, 2, 3])
    tshow.add_argument("--json", action="store_true")
    tshow.set_defaults(handler=_template_show)
    tset = tp_sub.add_parser("set", help="change the text of one reminder level")
    tset.add_argument("level", type=int, choices=[1, 2, 3])
    source = tset.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", type=Path, help="a UTF-8 text file (- for standard input)")
    source.add_argument("--text")
    tset.add_argument("--json", action="store_true")
    tset.set_defaults(handler=_template_set)
    treset = tp_sub.add_parser("reset", help="put one reminder level back to the shipped text")
    treset.add_argument("level", type=int, choices=[1, 2, 3])
    treset.add_argument("--json", action="store_true")
    treset.set_defaults(handler=_template_reset)


def _refused(exc: ServiceError) -> int:
    error(str(exc))
    return EXIT_SOME_FAILED


def _out(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.errors import FileAlreadyLent
    from sipdumas.services.archive.loans import Borrower, lend_file, queue_request

    borrower = Borrower(
        name=args.to, unit=args.unit, phone=args.phone, category=args.category, nip=getattr(args, "nip", None)
    )
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
    from sipdumas.services.archive.loans import return_file

    try:
        emit(return_file(db, actor, code=args.code, condition=args.condition, note=args.note).to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _overdue(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_lists import overdue_loans

    for row in overdue_loans(db, actor, as_of=args.as_of):
        emit(row.to_json())
    return EXIT_OK


def _renew(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loans import renew_loan

    try:
        emit(renew_loan(db, actor, code=args.code).to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _current(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_lists import current_loan
    from sipdumas.services.archive.loans import waiting_requests

    def action():
        loan = current_loan(db, actor, code=args.code)
        return {
            "code": args.code,
            "loan": loan.to_json() if loan else None,
            "waiting": [as_json(r) for r in waiting_requests(db, actor, code=args.code)],
        }

    return emit_outcome(action)


def _list(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_lists import iter_loans

    return emit_outcome(lambda: list(iter_loans(db, actor, lent_from=args.lent_from, lent_to=args.lent_to)))


def _approvals(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.approvals import pending_approvals

    return emit_outcome(lambda: pending_approvals(db, actor))


def _history(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_lists import loans_of_file

    try:
        for view in loans_of_file(db, actor, code=args.code):
            emit(view.to_json())
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _approval_request(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.approvals import request_approval
    from sipdumas.services.archive.loans import Borrower

    try:
        emit(
            request_approval(
                db, actor, code=args.code, borrower=Borrower(args.to, args.unit), purpose=args.purpose
            ).to_json()
        )
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _approve(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.domain.errors import PermissionDenied
    from sipdumas.services.archive.approvals import decide_approval

    try:
        emit(
            decide_approval(
                db, actor, approval_id=args.approval_id, approve=not args.reject, note=args.note
            ).to_json()
        )
    except PermissionDenied as exc:
        error(str(exc))
        return EXIT_USAGE
    except ServiceError as exc:
        return _refused(exc)
    return EXIT_OK


def _write(path: Path, data: bytes) -> None:
    from sipdumas.output.files import write_atomically

    write_atomically(path, data)


def _slip(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_papers import loan_slip_pdf

    try:
        pdf = loan_slip_pdf(db, actor, loan_id=args.loan_id)
    except ServiceError as exc:
        return _refused(exc)
    _write(args.out, pdf.data)
    emit({"loan_id": args.loan_id, "file": str(args.out), "pages": pdf.pages})
    return EXIT_OK


def _register(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_papers import loan_register_pdf, loan_register_xlsx

    suffix = args.out.suffix.lower()
    if suffix == ".xlsx":
        _write(args.out, loan_register_xlsx(db, actor, lent_from=args.lent_from, lent_to=args.lent_to))
        emit({"file": str(args.out)})
    elif suffix == ".pdf":
        pdf = loan_register_pdf(db, actor, lent_from=args.lent_from, lent_to=args.lent_to)
        _write(args.out, pdf.data)
        emit({"file": str(args.out), "pages": pdf.pages})
    else:
        error("--out harus berakhiran .xlsx atau .pdf")
        return EXIT_USAGE
    return EXIT_OK


def _reminders(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.loan_papers import send_reminders

    batch = send_reminders(db, actor, as_of=args.as_of)
    if batch.pdf:
        _write(args.out, batch.pdf)
    for r in batch.sent:
        emit({**r.to_json(), "file": str(args.out)})
    return EXIT_OK


def _labels(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.labels import file_labels_pdf

    try:
        _write(args.out, file_labels_pdf(db, actor, codes=args.codes, skip=args.skip))
    except ServiceError as exc:
        return _refused(exc)
    emit({"file": str(args.out), "labels": len(args.codes)})
    return EXIT_OK


def _attach(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.labels import attach_scan_by_code

    status = EXIT_OK
    for path in args.paths:
        try:
            got = attach_scan_by_code(db, actor, path)
        except ServiceError as exc:
            error(str(exc))
            status = EXIT_SOME_FAILED
            continue
        emit(
            {
                "file": str(path),
                "letter_id": got.letter_id,
                "agenda_no": got.agenda_no,
                "code": got.code,
                "document_id": got.document_id,
                "already_attached": got.already_attached,
            }
        )
    return status


# ------------------------------------------------------------------------------ the lending settings


def _settings_show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    emit(ls.settings_to_json(ls.get_settings(db)))
    return EXIT_OK


def parse_setting_value(key: str, values: Sequence[str]) -> object:
    """The value of lending setting ``key`` written as command-line words (``loan settings set KEY
    VALUE...``): one whole number for ``default_days`` and ``max_renewals``, a tuple of them for
    ``reminder_after`` (the service wants three). :class:`ValidationFailed` naming the key when the words
    do not fit; the words of a key the settings do not have are passed on as they are, for the service
    to refuse with the keys it knows."""
    from sipdumas.services.archive.loan_settings import SETTING_KEYS, TEXT_KEYS

    if key not in SETTING_KEYS:
        return list(values)
    if key in TEXT_KEYS:  # the reminder letters' signer and classification: the words as one text
        return " ".join(values)
    numbers = []
    for word in values:
        try:
            numbers.append(int(word.strip()))
        except ValueError:
            raise ValidationFailed({key: f"'{word}' bukan bilangan bulat"}) from None
    if key == "reminder_after":
        return tuple(numbers)
    if len(numbers) != 1:
        raise ValidationFailed({key: f"Pengaturan '{key}' memerlukan tepat satu bilangan"})
    return numbers[0]


def _settings_set(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    def change():
        value = parse_setting_value(args.key, args.values)
        return ls.settings_to_json(ls.save_lending_settings(db, actor, settings={args.key: value}).loans)

    return emit_outcome(change)


def _settings_reset(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    def reset():
        return ls.settings_to_json(
            ls.save_lending_settings(db, actor, settings=dict.fromkeys(args.keys)).loans
        )

    return emit_outcome(reset)


def _rules(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    for number, rule in enumerate(ls.get_settings(db).rules, start=1):
        emit(ls.rule_to_json(number, rule))
    return EXIT_OK


def _rule_add(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    def add():
        number, rule = ls.add_loan_rule(
            db,
            actor,
            days=args.days,
            borrower_category=args.category,
            classification_prefix=args.classification,
            confidential=args.confidential,
        )
        return ls.rule_to_json(number, rule)

    return emit_outcome(add)


def _rule_delete(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive import loan_settings as ls

    return emit_outcome(
        lambda: {
            **ls.rule_to_json(args.number, ls.delete_loan_rule(db, actor, number=args.number)),
            "deleted": True,
        }
    )


def _template_show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.archive.reminder_texts import reminder_templates

    for template in reminder_templates(db):
        if args.level in (None, template.level):
            emit(template.to_json())
    return EXIT_OK


def _set_template(db, actor, level: int, text: str | None) -> int:
    """Store the text of one reminder level (``None``: the shipped text) and print it as now in force."""
    from sipdumas.services.archive.loan_settings import save_lending_settings

    return emit_outcome(
        lambda: save_lending_settings(db, actor, templates={level: text}).templates[level - 1]
    )


def _template_set(db, actor, args: argparse.Namespace) -> int:
    import sys

    text = args.text
    if args.file is not None:
        try:
            text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            error(f"Berkas templat {args.file} tidak dapat dibaca sebagai teks UTF-8: {exc}")
            return EXIT_USAGE
    return _set_template(db, actor, args.level, text)


def _template_reset(db, actor, args: argparse.Namespace) -> int:
    return _set_template(db, actor, args.level, None)
