"""The complainant as a person, and the identity index of letters' senders.

- ``persons``: a complainant (pengadu) as a person, grouping the letters one person sent;
  ``incoming_letters.person_id`` links each letter to it (indexed with the date received, for the
  register filtered by complainant and the person's history, newest first).
- ``letter_identities``: hashed identity keys (NIK, phone, e-mail, name, name with region) per letter,
  so the duplicate check compares every earlier letter of the same person whatever its text.

Existing letters are not grouped here: grouping needs the application's name normalisation, which a
migration must not import (it has to keep building what it built on the day it was written). After
upgrading, ``sipdumas reindex`` fills the identity index and groups the letters that have no person
yet; until then those letters are found by their text and NIK as before.

Revision ID: 0007_complainant_identity
Revises: 0006
Create Date: 2026-12-02 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_complainant_identity"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("province", sa.String(length=100), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["merged_into_id"], ["persons.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "letter_identities",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("letter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("key", "letter_id"),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with an inline REFERENCES in place; no rebuild of the letters table.
        op.execute("ALTER TABLE incoming_letters ADD COLUMN person_id INTEGER REFERENCES persons (id)")
    else:
        op.add_column("incoming_letters", sa.Column("person_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_letters_person", "incoming_letters", "persons", ["person_id"], ["id"])
    op.create_index("ix_letters_person", "incoming_letters", ["person_id", "received_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_letters_person", table_name="incoming_letters")
    with op.batch_alter_table("incoming_letters") as batch:
        if op.get_bind().dialect.name != "sqlite":
            batch.drop_constraint("fk_letters_person", type_="foreignkey")
        batch.drop_column("person_id")
    op.drop_table("letter_identities")
    op.drop_table("persons")
