"""How far a fresh installation is set up: what a forwarding letter needs before the office prints
one, i.e. the office's name on the letterhead, a real signer (not the shipped placeholder «Nama Pejabat
Penandatangan») and at least one agency to forward to. The client's first-time set-up guide reads it,
and so does ``sipdumas settings setup``; the settings themselves are changed by
:func:`sipdumas.services.admin.workflow_settings.update` and :func:`sipdumas.services.routing.save_agency`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.forwarding import Agency
from sipdumas.services.admin import workflow_settings as ws


@dataclass(frozen=True, slots=True)
class SetupStatus:
    """``signer_unset``: the signer is still the placeholder; ``agencies``: active agencies;
    ``office_lines``: the letterhead's name lines now (the shipped ones until changed)."""

    signer_unset: bool
    agencies: int
    office_lines: tuple[str, ...]
    office_default: bool

    @property
    def complete(self) -> bool:
        """Whether a numbered forwarding letter can go out as the office means it to."""
        return not self.signer_unset and self.agencies > 0

    @property
    def missing(self) -> list[str]:
        """What is still to do, in the office's words."""
        out = []
        if self.signer_unset:
            out.append(f"nama penandatangan masih «{ws.PLACEHOLDER_SIGNER}»")
        if not self.agencies:
            out.append("belum ada instansi tujuan penerusan")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "signer_unset": self.signer_unset,
            "agencies": self.agencies,
            "office_lines": list(self.office_lines),
            "office_default": self.office_default,
            "missing": self.missing,
        }


def setup_status(db: Database, actor: Actor) -> SetupStatus:
    """What a fresh installation still lacks before its first numbered forwarding letter."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        settings = ws.load(session)
        agencies = session.scalar(select(func.count(Agency.id)).where(Agency.active.is_(True)))
    return SetupStatus(
        signer_unset=settings.signer_unset,
        agencies=agencies or 0,
        office_lines=settings.office_lines,
        office_default=settings.office_lines == ws.WorkflowSettings().office_lines,
    )
