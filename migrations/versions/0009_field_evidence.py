"""Where each field of a scanned letter was read: the OCR word boxes, kept with the letter's document.

The intake view marks on the scan where a value was read (``Extraction.evidence``) before a letter is
registered; the letter form and the register's document pane show the same marks afterwards, so a
letter registered from the watched folder can still be checked against its scan. One JSON value per
document: ``{"page_sizes": [[w, h] | null, ...], "fields": {key: {"lines": [...], "boxes": [[page,
left, top, width, height], ...]}}, "confidence": {key: 0..1}}``; NULL for documents registered before
this revision, typed letters and imports.

Revision ID: 0009_field_evidence
Revises: 0008_audit_chain
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_field_evidence"
down_revision = "0008_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("evidence")
