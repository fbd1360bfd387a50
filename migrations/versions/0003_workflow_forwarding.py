"""Review workflow, dispositions, review notes, routing rules, deadlines and forwarding letters (issue 5).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
