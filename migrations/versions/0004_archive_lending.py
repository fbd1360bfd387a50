"""The physical archive: locations, files, loans, loan requests and reminders.

On SQLite the new ``archive_files`` columns are added with ``ALTER TABLE ADD COLUMN`` (batch mode does
not rebuild the table for plain column adds): rebuilding would drop a table that every letter points at.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OPEN = sa.text("returned_at IS NULL")


def _created(name: str = "created_at") -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


_FILE_COLUMNS = (
    ("location_id", "INTEGER REFERENCES archive_locations (id)"),
    ("retention_active_years", "INTEGER"),
    ("retention_inactive_years", "INTEGER"),
    ("final_disposition", "VARCHAR(20)"),
    ("merged_into_id", "INTEGER REFERENCES archive_files (id)"),
)


def _add_file_columns() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with an inline REFERENCES in place; no table rebuild.
        for name, ddl in _FILE_COLUMNS:
            op.execute(f"ALTER TABLE archive_files ADD COLUMN {name} {ddl}")
    else:
        op.add_column("archive_files", sa.Column("location_id", sa.Integer(), nullable=True))
        op.add_column("archive_files", sa.Column("retention_active_years", sa.Integer(), nullable=True))
        op.add_column("archive_files", sa.Column("retention_inactive_years", sa.Integer(), nullable=True))
        op.add_column("archive_files", sa.Column("final_disposition", sa.String(length=20), nullable=True))
        op.add_column("archive_files", sa.Column("merged_into_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_archive_files_location", "archive_files", "archive_locations", ["location_id"], ["id"]
        )
        op.create_foreign_key(
            "fk_archive_files_merged_into", "archive_files", "archive_files", ["merged_into_id"], ["id"]
        )
    op.create_index("ix_archive_files_location_id", "archive_files", ["location_id"])


def upgrade() -> None:
    op.create_table(
        "archive_locations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("building", sa.String(length=120), nullable=True),
        sa.Column("room", sa.String(length=120), nullable=True),
        sa.Column("shelf", sa.String(length=40), nullable=True),
        sa.Column("box", sa.String(length=40), nullable=True),
        sa.Column("folder", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )

    _add_file_columns()

    op.create_table(
        "archive_file_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archive_file_id", sa.Integer(), nullable=False),
        _created("at"),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["archive_file_id"], ["archive_files.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_archive_file_events_file", "archive_file_events", ["archive_file_id", "id"])

    op.create_table(
        "loan_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archive_file_id", sa.Integer(), nullable=False),
        sa.Column("borrower_name", sa.String(length=200), nullable=False),
        sa.Column("borrower_unit", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        _created("requested_at"),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["archive_file_id"], ["archive_files.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_loan_approvals_file", "loan_approvals", ["archive_file_id", "status"])

    op.create_table(
        "loans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archive_file_id", sa.Integer(), nullable=False),
        sa.Column("borrower_name", sa.String(length=200), nullable=False),
        sa.Column("borrower_unit", sa.String(length=200), nullable=False),
        sa.Column("borrower_phone", sa.String(length=20), nullable=True),
        sa.Column("borrower_category", sa.String(length=40), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("lent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("renewals", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by", sa.String(length=64), nullable=True),
        sa.Column("condition", sa.String(length=10), nullable=True),
        sa.Column("return_note", sa.Text(), nullable=True),
        sa.Column("reminder_level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["archive_file_id"], ["archive_files.id"]),
        sa.ForeignKeyConstraint(["approval_id"], ["loan_approvals.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    # One open loan per file, whatever the number of workstations: the database refuses a second one.
    op.create_index(
        "uq_loans_open_file",
        "loans",
        ["archive_file_id"],
        unique=True,
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.create_index("ix_loans_open_due", "loans", ["due_on"], sqlite_where=_OPEN, postgresql_where=_OPEN)
    op.create_index("ix_loans_file", "loans", ["archive_file_id", "id"])
    op.create_index("ix_loans_lent_at", "loans", ["lent_at", "id"])

    op.create_table(
        "loan_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archive_file_id", sa.Integer(), nullable=False),
        sa.Column("borrower_name", sa.String(length=200), nullable=False),
        sa.Column("borrower_unit", sa.String(length=200), nullable=False),
        sa.Column("borrower_phone", sa.String(length=20), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        _created("requested_at"),
        sa.Column("fulfilled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["archive_file_id"], ["archive_files.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_loan_requests_file", "loan_requests", ["archive_file_id", "fulfilled_at", "id"])

    op.create_table(
        "loan_reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sent_by", sa.String(length=64), nullable=False),
        sa.Column("days_overdue", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("loan_id", "level", name="uq_loan_reminders_level"),
    )


def downgrade() -> None:
    op.drop_table("loan_reminders")
    op.drop_table("loan_requests")
    op.drop_index("ix_loans_lent_at", table_name="loans")
    op.drop_index("ix_loans_file", table_name="loans")
    op.drop_index("ix_loans_open_due", table_name="loans")
    op.drop_index("uq_loans_open_file", table_name="loans")
    op.drop_table("loans")
    op.drop_table("loan_approvals")
    op.drop_table("archive_file_events")
    op.drop_index("ix_archive_files_location_id", table_name="archive_files")
    if op.get_bind().dialect.name == "sqlite":
        for name, _ddl in reversed(_FILE_COLUMNS):
            op.execute(f"ALTER TABLE archive_files DROP COLUMN {name}")
    else:
        op.drop_constraint("fk_archive_files_merged_into", "archive_files", type_="foreignkey")
        op.drop_constraint("fk_archive_files_location", "archive_files", type_="foreignkey")
        for name, _ddl in reversed(_FILE_COLUMNS):
            op.drop_column("archive_files", name)
    op.drop_table("archive_locations")
