"""What a field reader found: the value, how sure it is, and where in the letter it was read."""

from __future__ import annotations

from dataclasses import dataclass

from sipdumas.intake.lines import Span

# Confidence given to a value by where it was found.
CONF_LABELLED = 0.95
CONF_SENTENCE = 0.85
CONF_SIGNATURE = 0.7
CONF_UNLABELLED = 0.65
CONF_REPAIRED_PENALTY = 0.2


@dataclass
class Found:
    value: object
    confidence: float
    spans: tuple[Span, ...] = ()
