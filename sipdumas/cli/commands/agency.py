"""``sipdumas agency ...``: the managed list of agencies letters are forwarded to, and their routing rules.

    agency add NAME [--address LINE]... [--position TEXT] --json
    agency list [--all] --json
    agency edit NAME [--name NEW] [--address LINE]... [--position TEXT] [--inactive|--active] --json
    agency rule add AGENCY --kind any|all|exact|regex|fuzzy --field text|category|region --pattern P
                    [--weight W] --json
    agency rules [AGENCY] --json
    agency rule delete ID
    agency suggest LETTER [--limit N] --json

``--position`` is the addressee's position, the "Yth." line of the forwarding letter (e.g. "Wali Kota
Medan"); ``--address`` is given once per line of the address. ``edit`` finds the agency by its exact
name (case aside) and changes only what is given (``--address ""`` clears the address). ``rule add``
finds the agency like ``forward --agency`` does. Each command prints the agency or rule as it is
afterwards; ``list`` and ``rules`` one object per line. A refusal (a name already taken, an unknown
agency, kind or field, a regular expression that does not compile) exits 1 with one line on stderr, and
nothing is changed. Needs ``manage_agencies`` (supervisors, administrators) except the listings.
"""

from __future__ import annotations

import argparse
import dataclasses

from sipdumas.cli.output import emit_outcome


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agency", help="agencies letters are forwarded to, and their routing rules")
    agency_sub = p.add_subparsers(dest="agency_command", required=True)

    def command(subparsers, name: str, help_text: str, handler):
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    add = command(agency_sub, "add", "add an agency to the managed list", _add)
    add.add_argument("name")
    add.add_argument("--address", action="append", help="a line of the address (repeat for each line)")
    add.add_argument("--position", help="the addressee's position, the 'Yth.' line (e.g. 'Wali Kota Medan')")

    lst = command(agency_sub, "list", "the managed agencies, by name", _list)
    lst.add_argument("--all", action="store_true", help="inactive agencies too")

    edit = command(agency_sub, "edit", "change an agency (found by its exact name)", _edit)
    edit.add_argument("name")
    edit.add_argument("--name", dest="new_name", help="a new name")
    edit.add_argument("--address", action="append", help="the address, a line each time ('' clears it)")
    edit.add_argument("--position", help="the addressee's position ('' clears it)")
    state = edit.add_mutually_exclusive_group()
    state.add_argument(
        "--inactive",
        dest="active",
        action="store_const",
        const=False,
        help="no longer offered for forwarding (kept for the letters already sent)",
    )
    state.add_argument("--active", dest="active", action="store_const", const=True)

    rules = command(agency_sub, "rules", "routing rules, of one agency or all", _rules)
    rules.add_argument("agency", nargs="?")

    suggest = command(
        agency_sub, "suggest", "the agencies a letter most likely belongs to, best first", _suggest
    )
    suggest.add_argument("letter", help="the letter's id or agenda number")
    suggest.add_argument("--limit", type=int, default=5)

    rule = agency_sub.add_parser("rule", help="add or delete a routing rule")
    rule_sub = rule.add_subparsers(dest="rule_command", required=True)
    radd = command(rule_sub, "add", "a rule that suggests AGENCY for matching letters", _rule_add)
    radd.add_argument("agency")
    radd.add_argument("--kind", required=True, help="any, all, exact, regex or fuzzy")
    radd.add_argument(
        "--field", default="text", help="text (subject, summary, full text), category or region"
    )
    radd.add_argument("--pattern", required=True, help="words, a phrase or a regular expression")
    radd.add_argument("--weight", type=float, default=1.0, help="added to the agency's score on a match")
    rdel = command(rule_sub, "delete", "delete a rule by its id (see agency rules)", _rule_delete)
    rdel.add_argument("rule_id", type=int)


def _agency_json(info) -> dict:
    return dataclasses.asdict(info)


def _address(lines: list[str] | None) -> str | None:
    return None if lines is None else "\n".join(lines)


def _add(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import save_agency

    return emit_outcome(
        lambda: _agency_json(
            save_agency(
                db,
                actor,
                name=args.name,
                address=_address(args.address),
                addressee_position=args.position,
            )
        )
    )


def _list(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import list_agencies

    return emit_outcome(
        lambda: [_agency_json(a) for a in list_agencies(db, actor, include_inactive=args.all)]
    )


def _edit(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import edit_agency

    return emit_outcome(
        lambda: _agency_json(
            edit_agency(
                db,
                actor,
                name=args.name,
                new_name=args.new_name,
                address=_address(args.address),
                addressee_position=args.position,
                active=args.active,
            )
        )
    )


def _rule_json(rule, names: dict[int, str]) -> dict:
    out = dataclasses.asdict(rule)
    out["agency"] = names.get(rule.agency_id)
    return out


def _rules(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import list_agencies, list_rules, resolve_agency

    def listing():
        agency_id = resolve_agency(db, actor, name=args.agency).id if args.agency else None
        names = {a.id: a.name for a in list_agencies(db, actor, include_inactive=True)}
        return [_rule_json(r, names) for r in list_rules(db, actor, agency_id=agency_id)]

    return emit_outcome(listing)


def _rule_add(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import resolve_agency, save_rule

    def add():
        agency = resolve_agency(db, actor, name=args.agency)
        rule = save_rule(
            db,
            actor,
            agency_id=agency.id,
            kind=args.kind,
            pattern=args.pattern,
            field_name=args.field,
            weight=args.weight,
        )
        return _rule_json(rule, {agency.id: agency.name})

    return emit_outcome(add)


def _rule_delete(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.routing import delete_rule

    def delete():
        delete_rule(db, actor, rule_id=args.rule_id)
        return {"id": args.rule_id, "deleted": True}

    return emit_outcome(delete)


def _suggest(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.cli.commands.letter import letter_id
    from sipdumas.services.routing import suggest

    def action():
        found = suggest(db, actor, letter_id=letter_id(db, actor, args.letter), limit=args.limit)
        return [{"agency": s.agency.name, "score": round(s.score, 3), "reasons": s.reasons} for s in found]

    return emit_outcome(action)
