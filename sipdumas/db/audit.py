"""The audit trail: one row per change, written in the same transaction as the change itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.domain.permissions import Actor
from sipdumas.models.admin import AuditEvent


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None = None, **details: Any
) -> None:
    session.add(
        AuditEvent(
            username=actor.username, action=action, entity=entity, entity_id=entity_id, details=details
        )
    )


def history(session: Session, entity: str, entity_id: int) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return list(session.scalars(stmt))
