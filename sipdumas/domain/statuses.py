"""The statuses of a complaint and which may follow which (see DOMAIN.md, "the life of a complaint")."""

from __future__ import annotations

import enum

from sipdumas.domain.errors import ValidationFailed


class LetterStatus(enum.StrEnum):
    """The life of a complaint (see DOMAIN.md); allowed moves are in :data:`TRANSITIONS`."""

    RECEIVED = "received"  # diterima
    UNDER_REVIEW = "under_review"  # ditelaah
    FORWARDED = "forwarded"  # diteruskan
    CLARIFICATION = "clarification"  # klarifikasi
    MONITORING = "monitoring"  # pemantauan
    FILED = "filed"  # diarsipkan tanpa tindak lanjut
    ANSWERED = "answered"  # dijawab instansi
    CLOSED = "closed"  # selesai


S = LetterStatus

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
