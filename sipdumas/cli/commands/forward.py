"""``sipdumas forward ID --agency NAME --out FILE.pdf [--confidential]``: the forwarding letter
(surat penerusan) of letter ID; ``sipdumas receipt ID --out FILE.pdf``: the complainant's receipt;
``sipdumas disposition-sheet ID --out FILE.pdf``: the lembar disposisi; ``sipdumas verify PAYLOAD``:
check a scanned QR code (a forwarding letter's or a receipt's) against the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, emit, emit_outcome, error
from sipdumas.domain.errors import NotFound
from sipdumas.output.files import write_atomically


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forward", help="print the forwarding letter (surat penerusan) of a letter")
    p.add_argument("id", type=int, help="the letter's id (see list --json)")
    p.add_argument(
        "--agency", required=True, help="destination agency, by name (close spellings are matched)"
    )
    p.add_argument("--out", required=True, type=Path, help="PDF file to write")
    p.add_argument(
        "--confidential", action="store_true", help="leave out the complainant's identity and scan"
    )
    p.add_argument("--sifat", default="Biasa", help="Biasa, Segera, Sangat Segera or Rahasia (default Biasa)")
    p.add_argument("--new", action="store_true", help="take a new number even if already forwarded there")
    p.set_defaults(handler=_forward)

    batch = sub.add_parser("forward-batch", help="forwarding letters for several letters to one agency")
    batch.add_argument("ids", nargs="+", help="the letters' ids or agenda numbers")
    batch.add_argument("--agency", required=True)
    batch.add_argument("--out-dir", required=True, type=Path, help="folder for the PDFs (one per letter)")
    batch.add_argument("--confidential", action="store_true")
    batch.add_argument("--sifat", default="Biasa")
    batch.set_defaults(handler=_forward_batch)

    fl = sub.add_parser("forwardings", help="the forwarding letters of a letter, oldest first")
    fl.add_argument("ref", help="the letter's id or agenda number")
    fl.add_argument("--json", action="store_true")
    fl.set_defaults(handler=_forwardings)

    rp = sub.add_parser("reprint", help="print a recorded forwarding letter again (same number, same bytes)")
    rp.add_argument("forwarding_id", type=int, help="its id (see forwardings)")
    rp.add_argument("--out", required=True, type=Path)
    rp.set_defaults(handler=_reprint)

    r = sub.add_parser("receipt", help="print the complainant's receipt (tanda terima) of a letter")
    r.add_argument("id", type=int)
    r.add_argument("--out", required=True, type=Path)
    r.add_argument(
        "--confidential",
        action="store_true",
        help="the copy for an agency: the complainant's identity hidden",
    )
    r.set_defaults(handler=_receipt)

    d = sub.add_parser("disposition-sheet", help="print the disposition sheet (lembar disposisi) of a letter")
    d.add_argument("id", type=int)
    d.add_argument("--out", required=True, type=Path)
    d.set_defaults(handler=_disposition_sheet)

    v = sub.add_parser("verify", help="check a forwarding letter's QR code content against the register")
    v.add_argument("payload")
    v.set_defaults(handler=_verify)


def _forward(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.forwarding import forward_letter

    try:
        result = forward_letter(
            db,
            actor,
            letter_id=args.id,
            agency_name=args.agency,
            confidential=args.confidential,
            urgency=args.sifat,
            reuse=not args.new,
        )
    except NotFound as exc:
        error(str(exc))
        return EXIT_USAGE
    write_atomically(args.out, result.pdf)
    emit(result.to_json(file=str(args.out)))
    return EXIT_OK


def _forward_batch(db, actor, args: argparse.Namespace) -> int:
    """Forward each letter; each PDF is named after the letter and forwarding ids. The batch is numbered and
    recorded in chunks (see forward_letters); a refusal stops it, the letters before it stay forwarded."""
    from sipdumas.cli.commands.letter import letter_id
    from sipdumas.services.forwarding import ForwardRequest, forward_letters

    def action():
        requests = [
            ForwardRequest(
                letter_id=letter_id(db, actor, ref),
                agency_name=args.agency,
                confidential=args.confidential,
                urgency=args.sifat,
            )
            for ref in args.ids
        ]
        out = []
        for result in forward_letters(db, actor, requests):
            path = args.out_dir / f"penerusan-{result.letter_id}-{result.id}.pdf"
            write_atomically(path, result.pdf)
            out.append(result.to_json(file=str(path)))
        return out

    return emit_outcome(action)


def _forwardings(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.cli.commands.letter import letter_id
    from sipdumas.services.forwarding import list_forwardings

    return emit_outcome(lambda: list_forwardings(db, actor, letter_id=letter_id(db, actor, args.ref)))


def _reprint(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.forwarding import render_forwarding

    def action():
        result = render_forwarding(db, actor, forwarding_id=args.forwarding_id)
        write_atomically(args.out, result.pdf)
        return result.to_json(file=str(args.out))

    return emit_outcome(action)


def _letter_sheet(make):
    """A handler printing the one-letter sheet ``make(db, actor, letter_id=...)`` returns (a PrintedPdf)."""

    def handler(db, actor, args: argparse.Namespace) -> int:
        try:
            pdf = make(db, actor, letter_id=args.id)
        except NotFound as exc:
            error(str(exc))
            return EXIT_USAGE
        write_atomically(args.out, pdf.data)
        emit({"id": args.id, "agenda_no": pdf.reference, "file": str(args.out), "pages": pdf.pages})
        return EXIT_OK

    return handler


def _receipt(db, actor, args: argparse.Namespace) -> int:
    from functools import partial

    from sipdumas.services.letter_papers import receipt_pdf

    return _letter_sheet(partial(receipt_pdf, confidential=args.confidential))(db, actor, args)


def _disposition_sheet(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.letter_papers import disposition_sheet_pdf

    return _letter_sheet(disposition_sheet_pdf)(db, actor, args)


def _verify(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.forwarding import verify_forwarding

    v = verify_forwarding(db, actor, args.payload)
    emit(
        {
            "valid": v.valid,
            "number": v.number,
            "reason": v.reason,
            "agency": v.agency,
            "date": v.forwarded_on.isoformat() if v.forwarded_on else None,
            "subject": v.subject,
            "letter_id": v.letter_id,
            "kind": v.kind,
        }
    )
    return EXIT_OK if v.valid else EXIT_SOME_FAILED
