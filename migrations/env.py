"""Alembic environment: run from the application (``sipdumas init``) or from ``alembic`` itself."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sipdumas.models.base import Base
from sipdumas.models.letters import FULL_TEXT_TABLES

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The dialect-specific full-text tables are managed by hand in the revisions.
    return not (type_ == "table" and (name in FULL_TEXT_TABLES or name.startswith("letter_fts")))


def run_migrations() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            include_object=include_object,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
