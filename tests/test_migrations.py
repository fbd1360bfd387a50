"""The Alembic migrations build exactly the schema the models describe, on both databases, so a
database created by `sipdumas init` and the code reading it never disagree."""

from __future__ import annotations

import importlib
import pkgutil

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import sipdumas
from sipdumas.models.base import Base
from sipdumas.models.letters import FULL_TEXT_TABLES


def _include(obj, name, type_, reflected, compare_to):
    return not (
        type_ == "table"
        and (name in FULL_TEXT_TABLES or name.startswith("letter_fts") or name == "alembic_version")
    )


def test_migrated_schema_matches_the_models(db):
    for module in pkgutil.walk_packages(sipdumas.__path__, "sipdumas."):
        importlib.import_module(module.name)  # every model module registers its tables
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": _include, "compare_type": False, "compare_server_default": False}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], diff
