"""The register's tables, as SQLAlchemy 2 typed models, one module per domain:

- :mod:`~sipdumas.models.letters`: incoming letters, their senders, scanned files and agenda counters;
- :mod:`~sipdumas.models.workflow`: status history, disposisi and telaah;
- :mod:`~sipdumas.models.forwarding`: agencies, forwarding letters and routing;
- :mod:`~sipdumas.models.archive`: physical files, their places, history and lending;
- :mod:`~sipdumas.models.outgoing`: the register of outgoing letters and the dispatch book;
- :mod:`~sipdumas.models.detection`: the near-duplicate index;
- :mod:`~sipdumas.models.exchange`: received messages, the outbox and links to other systems;
- :mod:`~sipdumas.models.admin`: accounts, settings rows and the audit trail.

Importing the package loads every module, so the metadata (and Alembic) knows every table whichever
model a process uses first.
"""

from sipdumas.models import (  # noqa: F401
    admin,
    archive,
    detection,
    exchange,
    forwarding,
    letters,
    outgoing,
    workflow,
)
