"""The register of outgoing letters and the dispatch book; NIP and position of users; the borrower's
NIP on a loan.

``outgoing_letters`` holds every letter the office sends out (forwarding letters and reminders for
overdue loans), numbered from one yearly counter, with the dispatch book's columns. The forwarding
letters already recorded are entered in it here, so the register starts complete.

Revision ID: 0010_outgoing_letters
Revises: 0009_field_evidence
Create Date: 2026-12-10 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_outgoing_letters"
down_revision = "0009_field_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outgoing_letters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("number", sa.String(120), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("serial", sa.Integer, nullable=False),
        sa.Column("dated", sa.Date, nullable=False),
        sa.Column("addressee", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("urgency", sa.String(20), nullable=False),
        sa.Column("attachment", sa.String(60)),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("letter_id", sa.Integer, sa.ForeignKey("incoming_letters.id", ondelete="SET NULL")),
        sa.Column(
            "forwarding_id",
            sa.Integer,
            sa.ForeignKey("forwarding_letters.id", ondelete="CASCADE"),
            unique=True,
        ),
        sa.Column(
            "reminder_id", sa.Integer, sa.ForeignKey("loan_reminders.id", ondelete="CASCADE"), unique=True
        ),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("dispatched_on", sa.Date),
        sa.Column("dispatch_via", sa.String(60)),
        sa.Column("received_by", sa.String(200)),
        sa.Column("received_on", sa.Date),
        sa.Column("dispatch_note", sa.Text),
        sa.UniqueConstraint("year", "serial", name="uq_outgoing_serial"),
    )
    op.create_index("ix_outgoing_dated", "outgoing_letters", ["dated", "id"])
    op.execute(
        """
        INSERT INTO outgoing_letters (kind, number, year, serial, dated, addressee, subject, urgency,
            confidential, letter_id, forwarding_id, created_by, created_at)
        SELECT 'forwarding', f.number, f.year, f.serial, f.forwarded_on,
            CASE WHEN lower(f.addressee) LIKE '%' || lower(a.name) || '%' THEN f.addressee
                 ELSE f.addressee || ', ' || a.name END,
            f.subject, f.urgency, f.confidential, f.letter_id, f.id, f.created_by, f.created_at
        FROM forwarding_letters f JOIN agencies a ON a.id = f.agency_id
        """
    )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("nip", sa.String(18)))
        batch.add_column(sa.Column("position", sa.String(200)))
    with op.batch_alter_table("loans") as batch:
        batch.add_column(sa.Column("borrower_nip", sa.String(18)))


def downgrade() -> None:
    with op.batch_alter_table("loans") as batch:
        batch.drop_column("borrower_nip")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("position")
        batch.drop_column("nip")
    op.drop_index("ix_outgoing_dated", table_name="outgoing_letters")
    op.drop_table("outgoing_letters")
