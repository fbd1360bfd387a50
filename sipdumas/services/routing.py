"""The managed list of agencies (instansi) and where a complaint should go.

A suggestion combines two scores per agency, each with its reasons in plain words:

- **rules** an office writes per agency, on the letter's text (subject, summary, full text), its
  category or its region (the complainant's regency/province): ``any`` of the words, ``all`` of them,
  the ``exact`` phrase, a ``regex`` (checked when saved: a pattern that does not compile is refused with
  the compiler's message, and patterns are limited to 500 characters), or ``fuzzy`` words (rapidfuzz,
  so OCR slips still match). A matching rule adds its weight.
- **learned**: word counts of the letters people actually forwarded to each agency (naive Bayes with
  add-one smoothing), so the suggestion improves as the office works. Only confirmed forwardings
  train it (see :func:`learn`, called by the forwarding service).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.text import printable
from sipdumas.models.forwarding import Agency, RoutingRule, RoutingWord
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.letters import load_letter

KINDS = ("any", "all", "exact", "regex", "fuzzy")
FIELDS = ("text", "category", "region")
#: What a rule's kind and field are called where people read them (the reasons of a suggestion); the
#: English keys stay the stored values and the command line's words.
KIND_LABELS = {
    "any": "salah satu kata",
    "all": "semua kata",
    "exact": "frasa persis",
    "regex": "pola teks",
    "fuzzy": "kata mirip",
}
FIELD_LABELS = {"text": "isi surat", "category": "kategori", "region": "wilayah pengadu"}
FUZZY_MIN = 85  # rapidfuzz partial ratio for a fuzzy word to count
AGENCY_MATCH_MIN = 80  # how close a typed agency name must be to a managed one
MAX_PATTERN = 500
MAX_NAME = 300  # agencies.name and addressee_position are VARCHAR(300)
MAX_ADDRESS = 1000
MAX_WEIGHT = 100.0
_WORD = re.compile(r"[a-z0-9]{3,}")
_STOP = frozenset(
    [
        "yang",
        "dan",
        "dengan",
        "untuk",
        "dari",
        "pada",
        "dalam",
        "tidak",
        "kami",
        "saya",
        "ini",
        "itu",
        "atas",
        "oleh",
        "kepada",
        "sebagai",
        "tersebut",
        "bapak",
        "ibu",
        "yth",
        "hormat",
        "surat",
        "mohon",
        "agar",
        "atau",
        "telah",
        "sudah",
        "akan",
        "para",
        "juga",
        "karena",
        "bahwa",
    ]
)


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    id: int
    name: str
    address: str | None
    addressee_position: str | None
    active: bool


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: int
    agency_id: int
    field: str
    kind: str
    pattern: str
    weight: float
    active: bool


@dataclass(frozen=True, slots=True)
class Suggestion:
    """An agency and why it is suggested; ``score`` is rule weights plus the learned probability."""

    agency: AgencyInfo
    score: float
    rule_score: float
    learned: float  # 0..1, the share of the learned model's belief
    reasons: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- agencies


def _info(a: Agency) -> AgencyInfo:
    return AgencyInfo(a.id, a.name, a.address, a.addressee_position, a.active)


def list_agencies(db: Database, actor: Actor, *, include_inactive: bool = False) -> list[AgencyInfo]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(Agency).order_by(Agency.name)
        if not include_inactive:
            stmt = stmt.where(Agency.active.is_(True))
        return [_info(a) for a in session.scalars(stmt)]


def save_agency(
    db: Database,
    actor: Actor,
    *,
    name: str,
    address: str | None = None,
    addressee_position: str | None = None,
    active: bool = True,
    agency_id: int | None = None,
) -> AgencyInfo:
    """Add an agency, or edit ``agency_id``. Names are unique (case-insensitive)."""
    actor.require(Permission.MANAGE_AGENCIES)
    with db.transaction() as session:
        agency = None
        if agency_id is not None:
            agency = session.get(Agency, agency_id)
            if agency is None:
                raise NotFound(f"Instansi dengan id {agency_id} tidak ditemukan")
        return _store_agency(
            session,
            actor,
            agency,
            name=name,
            address=address,
            addressee_position=addressee_position,
            active=active,
        )


def edit_agency(
    db: Database,
    actor: Actor,
    *,
    name: str,
    new_name: str | None = None,
    address: str | None = None,
    addressee_position: str | None = None,
    active: bool | None = None,
) -> AgencyInfo:
    """Change what is given of the agency called ``name`` (exactly, ignoring case; inactive ones too),
    keeping the rest: ``sipdumas agency edit``. An empty ``address`` or ``addressee_position`` clears it."""
    actor.require(Permission.MANAGE_AGENCIES)
    with db.transaction() as session:
        agency = _by_name(session, name)
        return _store_agency(
            session,
            actor,
            agency,
            name=agency.name if new_name is None else new_name,
            address=agency.address if address is None else address,
            addressee_position=agency.addressee_position
            if addressee_position is None
            else addressee_position,
            active=agency.active if active is None else active,
        )


def _by_name(session: Session, name: str) -> Agency:
    """The agency called exactly ``name`` (case and spacing aside), active or not; a change is never
    applied to a merely similar name. :class:`NotFound` naming the closest ones otherwise."""
    wanted = " ".join((name or "").split())
    agency = session.scalar(select(Agency).where(func.lower(Agency.name) == wanted.lower()))
    if agency is not None:
        return agency
    choices = {a.id: a.name for a in session.scalars(select(Agency))}
    best = process.extract(wanted, choices, scorer=fuzz.WRatio, processor=str.lower, limit=3)
    near = ", ".join(f"'{b[0]}'" for b in best) or "belum ada instansi terdaftar"
    raise NotFound(f"Instansi '{wanted}' tidak ada (yang paling mirip: {near})")


def _store_agency(
    session: Session,
    actor: Actor,
    agency: Agency | None,
    *,
    name: str,
    address: str | None,
    addressee_position: str | None,
    active: bool,
) -> AgencyInfo:
    name = " ".join(printable(name or "").split())
    position = " ".join(printable(addressee_position or "").split()) or None
    lines = [" ".join(ln.split()) for ln in printable(address or "").splitlines()]
    address = "\n".join(ln for ln in lines if ln) or None
    wrong = {}
    if not name:
        wrong["name"] = "Nama instansi wajib diisi"
    elif len(name) > MAX_NAME:
        wrong["name"] = f"Nama instansi terlalu panjang (paling banyak {MAX_NAME} karakter)"
    if position and len(position) > MAX_NAME:
        wrong["addressee_position"] = f"Jabatan penerima terlalu panjang (paling banyak {MAX_NAME} karakter)"
    if address and len(address) > MAX_ADDRESS:
        wrong["address"] = f"Alamat terlalu panjang (paling banyak {MAX_ADDRESS} karakter)"
    if not wrong:
        # SQL's lower() folds only ASCII letters on SQLite: the exact name is looked for as well
        clash = session.scalar(
            select(Agency).where(or_(func.lower(Agency.name) == name.lower(), Agency.name == name)).limit(1)
        )
        if clash is not None and (agency is None or clash.id != agency.id):
            wrong["name"] = f"Instansi '{clash.name}' sudah ada"
    if wrong:
        raise ValidationFailed(wrong)
    if agency is None:
        agency = Agency(name=name)
        session.add(agency)
    old_name = agency.name
    agency.name, agency.address, agency.addressee_position, agency.active = name, address, position, active
    session.flush()
    details = {"name": name, "active": active, "address": address, "addressee_position": position}
    if old_name != name:
        details["old_name"] = old_name
    audit.record(session, actor, "agency_saved", "agency", agency.id, **details)
    return _info(agency)


def find_agency(session: Session, name: str) -> Agency:
    """The active agency called ``name``: exactly (ignoring case), else the closest name (rapidfuzz,
    at least :data:`AGENCY_MATCH_MIN`); :class:`NotFound` listing the closest names otherwise."""
    wanted = " ".join((name or "").split())
    agencies = list(session.scalars(select(Agency).where(Agency.active.is_(True))))
    for agency in agencies:
        if agency.name.lower() == wanted.lower():
            return agency
    choices = {a.id: a.name for a in agencies}
    best = process.extract(wanted, choices, scorer=fuzz.WRatio, processor=str.lower, limit=3)
    if best and best[0][1] >= AGENCY_MATCH_MIN and (len(best) == 1 or best[0][1] - best[1][1] >= 3):
        return session.get(Agency, best[0][2])
    near = ", ".join(f"'{b[0]}'" for b in best) or "belum ada instansi terdaftar"
    raise NotFound(f"Instansi '{wanted}' tidak dikenal (yang paling mirip: {near})")


def resolve_agency(db: Database, actor: Actor, *, name: str) -> AgencyInfo:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return _info(find_agency(session, name))


# ---------------------------------------------------------------- rules


def check_rule(kind: str, field_name: str, pattern: str) -> dict[str, str]:
    """What is wrong with a rule (field -> message); empty when it can be used."""
    out: dict[str, str] = {}
    if kind not in KINDS:
        out["kind"] = f"Jenis aturan '{kind}' tidak dikenal (pilih: {', '.join(KINDS)})"
    if field_name not in FIELDS:
        out["field"] = f"Bagian surat '{field_name}' tidak dikenal (pilih: {', '.join(FIELDS)})"
    if not pattern.strip():
        out["pattern"] = "Pola wajib diisi"
    elif len(pattern) > MAX_PATTERN:
        out["pattern"] = f"Pola terlalu panjang (paling banyak {MAX_PATTERN} karakter)"
    elif kind == "regex":
        try:
            re.compile(pattern, re.I)
        except re.error as exc:
            out["pattern"] = f"Ekspresi reguler tidak valid: {_regex_reason(exc)}"
    return out


_REGEX_REASONS = (  # what Python's compiler says, in the words an office reads
    ("missing ), unterminated subpattern", "kurung ( tanpa pasangan )"),
    ("unbalanced parenthesis", "kurung ) tanpa pasangan ("),
    ("unterminated character set", "kurung [ tanpa pasangan ]"),
    ("nothing to repeat", "tanda *, + atau ? tanpa apa pun di depannya"),
    ("multiple repeat", "dua tanda pengulang berturut-turut"),
    ("bad escape", "garis miring terbalik \\ diikuti huruf yang tidak dikenal"),
    ("bad character range", "rentang huruf terbalik di dalam [ ]"),
)


def _regex_reason(exc: re.error) -> str:
    for english, indonesian in _REGEX_REASONS:
        if exc.msg.startswith(english):
            where = f" (karakter ke-{exc.pos + 1})" if exc.pos is not None else ""
            return indonesian + where
    return str(exc)


def save_rule(
    db: Database,
    actor: Actor,
    *,
    agency_id: int,
    kind: str,
    pattern: str,
    field_name: str = "text",
    weight: float = 1.0,
    active: bool = True,
    rule_id: int | None = None,
) -> RuleInfo:
    actor.require(Permission.MANAGE_AGENCIES)
    wrong = check_rule(kind, field_name, pattern)
    if not 0 < weight <= MAX_WEIGHT:  # also refuses NaN
        wrong["weight"] = f"Bobot harus lebih dari 0 dan paling besar {MAX_WEIGHT:g}"
    if wrong:
        raise ValidationFailed(wrong)
    with db.transaction() as session:
        if session.get(Agency, agency_id) is None:
            raise NotFound(f"Instansi dengan id {agency_id} tidak ditemukan")
        rule = RoutingRule() if rule_id is None else session.get(RoutingRule, rule_id)
        if rule is None:
            raise NotFound(f"Aturan dengan id {rule_id} tidak ditemukan")
        rule.agency_id, rule.kind, rule.pattern, rule.field = agency_id, kind, pattern.strip(), field_name
        rule.weight, rule.active = float(weight), active
        session.add(rule)
        session.flush()
        audit.record(session, actor, "routing_rule_saved", "agency", agency_id, kind=kind, pattern=pattern)
        return _rule_info(rule)


def delete_rule(db: Database, actor: Actor, *, rule_id: int) -> None:
    actor.require(Permission.MANAGE_AGENCIES)
    with db.transaction() as session:
        rule = session.get(RoutingRule, rule_id)
        if rule is None:
            raise NotFound(f"Aturan dengan id {rule_id} tidak ditemukan")
        audit.record(session, actor, "routing_rule_deleted", "agency", rule.agency_id, pattern=rule.pattern)
        session.delete(rule)


def list_rules(db: Database, actor: Actor, *, agency_id: int | None = None) -> list[RuleInfo]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(RoutingRule).order_by(RoutingRule.agency_id, RoutingRule.id)
        if agency_id is not None:
            stmt = stmt.where(RoutingRule.agency_id == agency_id)
        return [_rule_info(r) for r in session.scalars(stmt)]


def _rule_info(r: RoutingRule) -> RuleInfo:
    return RuleInfo(r.id, r.agency_id, r.field, r.kind, r.pattern, r.weight, r.active)


def rule_matches(kind: str, pattern: str, value: str) -> bool:
    """Does ``value`` (any text) satisfy the rule? Case-insensitive."""
    value_l = value.lower()
    if not value_l.strip():
        return False
    if kind == "exact":
        return " ".join(pattern.lower().split()) in " ".join(value_l.split())
    if kind == "regex":
        try:
            return re.search(pattern, value, re.I) is not None
        except re.error:
            return False  # refused when saved; a rule stored by an older version never matches
    words = [w for w in re.split(r"[\s,;]+", pattern.lower()) if w]
    if kind == "fuzzy":
        tokens = set(_WORD.findall(value_l))
        return bool(words) and all(
            w in tokens or (process.extractOne(w, tokens, scorer=fuzz.ratio) or ("", 0))[1] >= FUZZY_MIN
            for w in words
        )
    tokens = set(re.findall(r"\w+", value_l))
    found = [w in tokens or (" " in w and w in value_l) for w in words]
    return any(found) if kind == "any" else bool(found) and all(found)


# ---------------------------------------------------------------- learning and suggestion


def words(text: str) -> set[str]:
    """The distinct content words of ``text`` the learned model counts (3+ letters, no stop words)."""
    return {w[:60] for w in _WORD.findall(text.lower()) if w not in _STOP and not w.isdigit()}


def _letter_text(letter: IncomingLetter) -> str:
    return " ".join(filter(None, [letter.subject, letter.summary, letter.text, letter.category]))


def rule_fields(letter: IncomingLetter) -> dict[str, str]:
    """The texts of ``letter`` a routing rule's ``field`` names (text, category, region), as
    :func:`rule_matches` is given them by :func:`suggest` and by the forwarding letter's sample."""
    c = letter.complainant
    return {
        "text": _letter_text(letter),
        "category": letter.category or "",
        "region": " ".join(filter(None, [c.regency, c.province])) if c else "",
    }


_LEARN_CHUNK = 1000  # rows per statement (two bound values each, far below SQLite's and PostgreSQL's limits)


def learn(session: Session, agency_id: int, text: str) -> None:
    """Count ``text``'s words for ``agency_id`` (one forwarded letter), inside the caller's transaction.

    One upsert statement (``INSERT ... ON CONFLICT DO UPDATE SET count = count + 1``) for all the words,
    rather than an UPDATE per word and an INSERT for every new one; rows go in sorted order, so two
    transactions counting overlapping words on PostgreSQL lock them in the same order."""
    rows = [{"agency_id": agency_id, "word": w, "count": 1} for w in sorted(words(text) | {""})]
    insert = _dialect_insert(session)
    for start in range(0, len(rows), _LEARN_CHUNK):
        stmt = insert(RoutingWord).values(rows[start : start + _LEARN_CHUNK])
        stmt = stmt.on_conflict_do_update(
            index_elements=[RoutingWord.agency_id, RoutingWord.word],
            set_={"count": RoutingWord.count + 1},
        )
        session.execute(stmt)


def _dialect_insert(session: Session):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def learn_letter(session: Session, agency_id: int, letter: IncomingLetter) -> None:
    learn(session, agency_id, _letter_text(letter))


def suggest(db: Database, actor: Actor, *, letter_id: int, limit: int = 5) -> list[Suggestion]:
    """The agencies this letter most likely belongs to, best first, each with its reasons."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        values = rule_fields(letter)
        agencies = {a.id: a for a in session.scalars(select(Agency).where(Agency.active.is_(True)))}
        rule_score: Counter[int] = Counter()
        reasons: dict[int, list[str]] = {}
        for rule in session.scalars(select(RoutingRule).where(RoutingRule.active.is_(True))):
            if rule.agency_id in agencies and rule_matches(rule.kind, rule.pattern, values[rule.field]):
                rule_score[rule.agency_id] += rule.weight
                reasons.setdefault(rule.agency_id, []).append(
                    f"aturan «{KIND_LABELS.get(rule.kind, rule.kind)}» pada "
                    f"{FIELD_LABELS.get(rule.field, rule.field)}: '{rule.pattern}' (+{rule.weight:g})"
                )
        learned = _learned(session, words(values["text"]), set(agencies))
        for agency_id, p in learned.items():
            if p >= 0.05:
                reasons.setdefault(agency_id, []).append(
                    f"mirip surat yang dulu diteruskan ke sini ({p:.0%})"
                )
        out = [
            Suggestion(
                _info(agencies[i]),
                rule_score[i] + learned.get(i, 0.0),
                rule_score[i],
                learned.get(i, 0.0),
                reasons.get(i, []),
            )
            for i in set(rule_score) | {i for i, p in learned.items() if p >= 0.05}
        ]
        out.sort(key=lambda s: (-s.score, s.agency.name))
        return out[:limit]


def _learned(session: Session, tokens: set[str], agency_ids: set[int]) -> dict[int, float]:
    """P(agency | words) under naive Bayes over word presence, add-one smoothed; {} before any learning."""
    totals = dict(
        session.execute(select(RoutingWord.agency_id, RoutingWord.count).where(RoutingWord.word == "")).all()
    )
    totals = {k: v for k, v in totals.items() if k in agency_ids and v > 0}
    if not totals or not tokens:
        return {}
    counts: dict[tuple[int, str], int] = {
        (a, w): c
        for a, w, c in session.execute(
            select(RoutingWord.agency_id, RoutingWord.word, RoutingWord.count).where(
                RoutingWord.word.in_(sorted(tokens)), RoutingWord.agency_id.in_(sorted(totals))
            )
        )
    }
    seen = {w for (_a, w) in counts}
    letters = sum(totals.values())
    logs = {}
    for agency_id, n in totals.items():
        score = math.log(n / letters)
        for w in seen:  # words never seen with any agency say nothing about where to send the letter
            score += math.log((counts.get((agency_id, w), 0) + 1) / (n + 2))
        logs[agency_id] = score
    top = max(logs.values())
    exp = {a: math.exp(s - top) for a, s in logs.items()}
    total = sum(exp.values())
    return {a: v / total for a, v in exp.items()}
