"""The audit trail: one row per change, written in the same transaction as the change itself, and
chained so that it proves itself.

Each entry carries the SHA-256 of the entry before it (``prev_hash``) and its own ``hash`` over a
canonical serialisation of its fields together with ``prev_hash`` (:func:`entry_hash`). The newest link
is kept in the one row of ``audit_chain_head``; appending an entry locks that row until the transaction
ends, so two workstations appending at once on PostgreSQL are chained one after the other (on SQLite a
write transaction already holds the database's write lock). :func:`verify_chain` walks the chain and
names every entry that was edited, deleted or moved.

The chain proves that nobody changed the trail *behind the application's back* short of recomputing
every hash after the change; against that, compare the head hash (``sipdumas audit head``, printed or
noted elsewhere, or kept in a backup's manifest) with :func:`chain_contains`. Database triggers refuse
UPDATE, DELETE and (PostgreSQL) TRUNCATE on the trail; :func:`ensure_guards` restores them when someone
dropped or disabled them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from sipdumas.domain.permissions import Actor
from sipdumas.models.admin import AuditChainHead, AuditEvent

#: ``prev_hash`` of the first entry.
GENESIS = "0" * 64
_HEAD_ID = 1
_SESSION_HEAD = "sipdumas_audit_head"
#: At most this many problems are listed one by one; the count covers them all.
MAX_LISTED_PROBLEMS = 100


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None = None, **details: Any
) -> AuditEvent:
    """Append one entry to the trail in ``session``'s transaction (a write transaction)."""
    head = _locked_head(session)
    # Stored as JSON and read back as such: hash what will be read back (tuples become lists, ...).
    details = json.loads(json.dumps(details, ensure_ascii=False, default=str))
    event = AuditEvent(
        at=datetime.now(UTC),
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details,
        seq=head.seq + 1,
        prev_hash=head.hash,
    )
    event.hash = entry_hash(event)
    head.seq, head.hash = event.seq, event.hash
    session.add(event)
    return event


def history(session: Session, entity: str, entity_id: int) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return list(session.scalars(stmt))


# ---------------------------------------------------------------- the chain


def canonical_form(
    *,
    seq: int,
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Any,
    prev_hash: str,
) -> bytes:
    """The bytes an entry's hash is taken over: JSON with sorted keys, no spaces, UTF-8, the time in UTC
    to the microsecond. The same on SQLite and PostgreSQL for what each reads back."""
    return json.dumps(
        {
            "seq": seq,
            "at": utc_text(at),
            "username": username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
            "prev": prev_hash,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def entry_hash(event: AuditEvent) -> str:
    return hashlib.sha256(
        canonical_form(
            seq=event.seq,
            at=event.at,
            username=event.username,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            details=event.details,
            prev_hash=event.prev_hash,
        )
    ).hexdigest()


def utc_text(at: datetime) -> str:
    """``at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``; a naive time (SQLite) is taken as UTC."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _locked_head(session: Session) -> AuditChainHead:
    """The head row, locked for the rest of the transaction (created at its genesis when missing)."""
    transaction = session.get_transaction()
    cached = session.info.get(_SESSION_HEAD)
    if cached is not None and cached[0] is transaction:
        return cached[1]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(
        insert(AuditChainHead)
        .values(id=_HEAD_ID, seq=0, hash=GENESIS)
        .on_conflict_do_nothing(index_elements=[AuditChainHead.id])
    )
    head = session.get(AuditChainHead, _HEAD_ID, with_for_update=True, populate_existing=True)
    session.info[_SESSION_HEAD] = (transaction, head)
    return head


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The newest link: how many entries the chain has and the hash of the last one."""

    seq: int
    hash: str

    def to_json(self) -> dict:
        return {"entries": self.seq, "head": self.hash}


@dataclass(slots=True)
class ChainReport:
    """What :func:`verify_chain` found. ``problems`` lists at most :data:`MAX_LISTED_PROBLEMS` of them,
    each a dict with ``kind`` (``audit_entry_altered``, ``audit_link_broken``, ``audit_entries_missing``,
    ``audit_out_of_order``, ``audit_head_mismatch``), the ``seq`` and ``id`` concerned and a ``message``
    in Indonesian; ``problem_count`` counts them all."""

    entries: int = 0
    head: ChainHead = field(default_factory=lambda: ChainHead(0, GENESIS))
    problems: list[dict] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, kind: str, message: str, **where: Any) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append({"kind": kind, **where, "message": message})

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head": self.head.hash,
            "problem_count": self.problem_count,
            "problems": self.problems,
        }


def chain_head(session: Session) -> ChainHead:
    row = session.get(AuditChainHead, _HEAD_ID)
    return ChainHead(row.seq, row.hash) if row is not None else ChainHead(0, GENESIS)


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Walk the whole trail in chain order and check every link; streams, so a trail of millions of
    entries needs little memory."""
    report = ChainReport()
    expected_seq, last_hash, last_id = 1, GENESIS, 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch))
    for event in rows.scalars():
        report.entries += 1
        where = {"seq": event.seq, "id": event.id}
        if event.seq != expected_seq:
            report.add(
                "audit_entries_missing",
                f"Jejak audit: entri {expected_seq}–{event.seq - 1} hilang (dihapus)",
                **where,
            )
        elif event.prev_hash != last_hash:
            report.add(
                "audit_link_broken",
                f"Jejak audit: entri {event.seq} tidak bersambung dengan entri sebelumnya "
                "(ada entri yang dihapus, disisipkan atau dipindah)",
                **where,
            )
        if entry_hash(event) != event.hash:
            report.add("audit_entry_altered", f"Jejak audit: isi entri {event.seq} telah diubah", **where)
        if event.id < last_id:
            report.add(
                "audit_out_of_order",
                f"Jejak audit: entri {event.seq} tersimpan di luar urutan (urutan entri diubah)",
                **where,
            )
        expected_seq, last_hash, last_id = event.seq + 1, event.hash, max(last_id, event.id)
        session.expunge(event)
    head = chain_head(session)
    report.head = head
    if head.seq != expected_seq - 1 or head.hash != last_hash:
        report.add(
            "audit_head_mismatch",
            f"Jejak audit: ujung rantai mencatat {head.seq} entri, tetapi entri terakhir yang ada adalah "
            f"{expected_seq - 1} (entri terakhir dihapus atau ditambahkan di luar aplikasi)",
            seq=head.seq,
        )
    return report


def chain_contains(session: Session, hash_value: str) -> bool:
    """Whether an entry with this hash is in the trail (an earlier noted head is still part of it)."""
    if hash_value == GENESIS:
        return True
    return session.scalar(select(AuditEvent.id).where(AuditEvent.hash == hash_value).limit(1)) is not None


# ---------------------------------------------------------------- the guards

_SQLITE_GUARDS = {
    "audit_events_no_update": "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END",
    "audit_events_no_delete": "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END",
    "audit_chain_head_no_delete": "CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END",
}

PG_GUARD_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$"
)
#: trigger name -> (table, statement creating it)
_PG_GUARDS = {
    "audit_events_append_only": (
        "audit_events",
        "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
    ),
    "audit_events_no_truncate": (
        "audit_events",
        "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
    ),
    "audit_chain_head_no_delete": (
        "audit_chain_head",
        "CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head "
        "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
    ),
    "audit_chain_head_no_truncate": (
        "audit_chain_head",
        "CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
    ),
}


def missing_guards(engine: Engine) -> list[str]:
    """The append-only triggers that are missing (or, on PostgreSQL, disabled)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            present = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            return [name for name in _SQLITE_GUARDS if name not in present]
        enabled = set(
            conn.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"))
        )
        return [name for name in _PG_GUARDS if name not in enabled]


def ensure_guards(engine: Engine) -> list[str]:
    """Create (or enable) every append-only trigger that is missing; the names it restored. Called by
    ``sipdumas init`` and every opening of the database, which so notices a dropped trigger. On
    PostgreSQL this needs the owner of the tables; the application's role, which does not own them, can
    neither drop nor restore the triggers (docs/reliability.md)."""
    missing = missing_guards(engine)
    if not missing:
        return []
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            for name in missing:
                conn.execute(text(_SQLITE_GUARDS[name]))
        else:
            conn.execute(text(PG_GUARD_FUNCTION))
            for name in missing:
                table, create = _PG_GUARDS[name]
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
                conn.execute(text(create))
    return missing
