"""The audit trail as a hash chain, guards against TRUNCATE, and the sign-in throttle.

- ``audit_events`` gains ``seq`` (place in the chain), ``prev_hash`` and ``hash``; the entries already
  there are chained in the order they were written (by id). ``audit_chain_head`` holds the newest link.
- The append-only triggers are dropped while the existing entries are chained and created again, now
  also on PostgreSQL ``BEFORE TRUNCATE``, and on the head row against DELETE and TRUNCATE.
- ``login_throttle`` counts failed sign-ins per user name (the lockout after repeated failures).

Revision ID: 0008_audit_chain
Revises: 0007_complainant_identity
Create Date: 2026-12-10 09:00:00
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC

import sqlalchemy as sa
from alembic import op

revision = "0008_audit_chain"
down_revision = "0007_complainant_identity"
branch_labels = None
depends_on = None

# Copied, not imported: a migration must keep building the schema it built on the day it was written.
_GENESIS = "0" * 64
_RAISE_SQLITE = "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
_SQLITE_TRIGGERS = {
    "audit_events_no_update": f"CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events {_RAISE_SQLITE}",
    "audit_events_no_delete": f"CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events {_RAISE_SQLITE}",
    "audit_chain_head_no_delete": (
        f"CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head {_RAISE_SQLITE}"
    ),
}
_PG_FUNCTION = "EXECUTE FUNCTION audit_events_append_only()"
_PG_TRIGGERS = {
    "audit_events_append_only": (
        "audit_events",
        f"BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW {_PG_FUNCTION}",
    ),
    "audit_events_no_truncate": (
        "audit_events",
        f"BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT {_PG_FUNCTION}",
    ),
    "audit_chain_head_no_delete": (
        "audit_chain_head",
        f"BEFORE DELETE ON audit_chain_head FOR EACH ROW {_PG_FUNCTION}",
    ),
    "audit_chain_head_no_truncate": (
        "audit_chain_head",
        f"BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT {_PG_FUNCTION}",
    ),
}


def _utc_text(at) -> str:
    if isinstance(at, str):  # SQLite without type conversion
        from datetime import datetime

        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _hash(seq, at, username, action, entity, entity_id, details, prev_hash) -> str:
    form = json.dumps(
        {
            "seq": seq,
            "at": _utc_text(at),
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
    return hashlib.sha256(form).hexdigest()


def _drop_guards(sqlite: bool) -> None:
    if sqlite:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, (table, _body) in _PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    _drop_guards(sqlite)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("username", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("details", sa.JSON),
        sa.column("seq", sa.Integer),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(
            events.c.id,
            events.c.at,
            events.c.username,
            events.c.action,
            events.c.entity,
            events.c.entity_id,
            events.c.details,
        ).order_by(events.c.id)
    ).all()
    prev, updates = _GENESIS, []
    for seq, row in enumerate(rows, start=1):
        digest = _hash(seq, row.at, row.username, row.action, row.entity, row.entity_id, row.details, prev)
        updates.append({"row_id": row.id, "seq": seq, "prev_hash": prev, "hash": digest})
        prev = digest
    if updates:
        bind.execute(
            events.update()
            .where(events.c.id == sa.bindparam("row_id"))
            .values(seq=sa.bindparam("seq"), prev_hash=sa.bindparam("prev_hash"), hash=sa.bindparam("hash")),
            updates,
        )
    bind.execute(
        sa.text("INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, :seq, :hash)"),
        {"seq": len(updates), "hash": prev},
    )

    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint("uq_audit_events_seq", ["seq"])

    if sqlite:
        for create in _SQLITE_TRIGGERS.values():
            op.execute(create)
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$"
        )
        for name, (_table, body) in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _drop_guards(sqlite)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_events_seq", type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    op.drop_table("login_throttle")
    op.drop_table("audit_chain_head")
    if sqlite:
        for name in ("audit_events_no_update", "audit_events_no_delete"):
            op.execute(_SQLITE_TRIGGERS[name])
    else:
        op.execute(f"CREATE TRIGGER audit_events_append_only {_PG_TRIGGERS['audit_events_append_only'][1]}")
