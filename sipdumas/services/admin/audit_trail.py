"""The audit trail's proof of itself: the head of the hash chain, and checking the whole chain
(:mod:`sipdumas.db.audit`)."""

from __future__ import annotations

from sipdumas.db import audit
from sipdumas.db.audit import ChainHead, ChainReport
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission


def audit_head(db: Database, actor: Actor) -> ChainHead:
    """How many entries the trail has and the hash of the newest: note or print it, and a later
    ``verify_audit(expect=...)`` shows whether the trail up to that point is still the same."""
    actor.require(Permission.VIEW_AUDIT)
    with db.session() as session:
        return audit.chain_head(session)


def verify_audit(db: Database, actor: Actor, *, expect: str | None = None) -> ChainReport:
    """Check every link of the chain; with ``expect`` (a head hash noted earlier) also that the entry
    with that hash is still in the trail."""
    actor.require(Permission.VIEW_AUDIT)
    with db.session() as session:
        report = audit.verify_chain(session)
        if expect and not audit.chain_contains(session, expect.strip().lower()):
            report.add(
                "audit_head_unknown",
                f"Jejak audit: ujung rantai {expect[:12]}… yang dicatat sebelumnya tidak ada lagi "
                "(jejak audit telah diganti atau dihitung ulang)",
                head=expect,
            )
    return report
