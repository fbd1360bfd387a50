"""Supervisors' approval for lending a confidential file (berkas rahasia): the desk asks for one
borrower, a supervisor approves or rejects it with a note, and the desk's lending uses it up
(:func:`sipdumas.services.archive.loans.lend_file`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile, LoanApproval
from sipdumas.services.archive.errors import LoanRefused
from sipdumas.services.archive.files import find_file, record_event
from sipdumas.services.archive.loans import Borrower, clean_borrower, local_now


@dataclass(frozen=True, slots=True)
class ApprovalView:
    id: int
    code: str
    borrower: str
    unit: str
    purpose: str | None
    status: str
    requested_by: str
    decided_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "approval_id": self.id,
            "code": self.code,
            "borrower": self.borrower,
            "unit": self.unit,
            "purpose": self.purpose,
            "status": self.status,
            "requested_by": self.requested_by,
            "decided_by": self.decided_by,
        }


def request_approval(
    db: Database, actor: Actor, *, code: str, borrower: Borrower, purpose: str | None = None
) -> ApprovalView:
    """Ask a supervisor's consent to lend a confidential file to ``borrower``."""
    actor.require(Permission.LEND_FILES)
    borrower = clean_borrower(borrower)
    with db.transaction() as session:
        archive_file = find_file(session, code)
        if not archive_file.confidential:
            raise LoanRefused(f"Berkas {archive_file.archive_code} tidak rahasia: tidak perlu persetujuan")
        approval = LoanApproval(
            archive_file_id=archive_file.id,
            borrower_name=borrower.name,
            borrower_unit=borrower.unit,
            purpose=(purpose or "").strip() or None,
            requested_by=actor.username,
            status="pending",
        )
        session.add(approval)
        session.flush()
        record_event(
            session,
            actor,
            archive_file.id,
            "approval_requested",
            approval_id=approval.id,
            borrower=borrower.name,
        )
        return _approval_view(approval, archive_file)


def decide_approval(
    db: Database,
    actor: Actor,
    *,
    approval_id: int,
    approve: bool,
    note: str | None = None,
    now: datetime | None = None,
) -> ApprovalView:
    """A supervisor approves or rejects a pending request to lend a confidential file. Four eyes: nobody
    approves a request they made themselves (they may still withdraw it by rejecting it)."""
    actor.require(Permission.APPROVE_CONFIDENTIAL_LOAN)
    with db.transaction() as session:
        approval = session.get(LoanApproval, approval_id, with_for_update=True)
        if approval is None:
            raise NotFound(f"Permohonan persetujuan {approval_id} tidak ditemukan")
        if approval.status != "pending":
            raise LoanRefused(f"Permohonan persetujuan {approval_id} sudah diputus ({approval.status})")
        if approve and approval.requested_by == actor.username:
            raise LoanRefused(
                "Permohonan yang Anda ajukan sendiri tidak dapat Anda setujui sendiri; "
                "mintalah supervisor lain untuk memutusnya (prinsip empat mata)"
            )
        approval.status = "approved" if approve else "rejected"
        approval.decided_by, approval.decided_at = actor.username, now or local_now()
        approval.note = (note or "").strip() or None
        archive_file = session.get(ArchiveFile, approval.archive_file_id)
        record_event(
            session,
            actor,
            archive_file.id,
            "approval_" + approval.status,
            approval_id=approval.id,
            borrower=approval.borrower_name,
            note=approval.note,
        )
        return _approval_view(approval, archive_file)


def pending_approvals(db: Database, actor: Actor) -> list[ApprovalView]:
    actor.require(Permission.APPROVE_CONFIDENTIAL_LOAN)
    with db.session() as session:
        rows = session.execute(
            select(LoanApproval, ArchiveFile)
            .join(ArchiveFile, ArchiveFile.id == LoanApproval.archive_file_id)
            .where(LoanApproval.status == "pending")
            .order_by(LoanApproval.id)
        ).all()
        return [_approval_view(a, f) for a, f in rows]


def _approval_view(a: LoanApproval, archive_file: ArchiveFile) -> ApprovalView:
    return ApprovalView(
        id=a.id,
        code=archive_file.archive_code,
        borrower=a.borrower_name,
        unit=a.borrower_unit,
        purpose=a.purpose,
        status=a.status,
        requested_by=a.requested_by,
        decided_by=a.decided_by,
    )
