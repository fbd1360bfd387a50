"""Which status may follow which (see DOMAIN.md, "the life of a complaint")."""

from __future__ import annotations

from sipdumas.errors import ValidationFailed
from sipdumas.models import LetterStatus as S

TRANSITIONS: dict[str, frozenset[str]] = {
    S.RECEIVED: frozenset({S.UNDER_REVIEW, S.FILED}),
    S.UNDER_REVIEW: frozenset({S.FORWARDED, S.CLARIFICATION, S.MONITORING, S.FILED}),
    S.FORWARDED: frozenset({S.ANSWERED, S.MONITORING, S.CLARIFICATION}),
    S.CLARIFICATION: frozenset({S.FORWARDED, S.MONITORING, S.ANSWERED, S.FILED}),
    S.MONITORING: frozenset({S.ANSWERED, S.FORWARDED, S.CLOSED}),
    S.ANSWERED: frozenset({S.CLOSED, S.MONITORING}),
    S.FILED: frozenset({S.UNDER_REVIEW}),
    S.CLOSED: frozenset(),
}


def check_transition(old: str, new: str) -> None:
    if new not in TRANSITIONS:
        raise ValidationFailed({"status": f"Status '{new}' tidak dikenal"})
    if new not in TRANSITIONS.get(old, frozenset()):
        raise ValidationFailed({"status": f"Status tidak dapat diubah dari '{old}' ke '{new}'"})


# Importing the workflow tables registers the status-history recording (every status change, whichever
# service makes it, gets a row in ``status_changes``).
import sipdumas.workflow_models  # noqa: E402,F401
