"""File names as people read them: without the invisible characters that reorder or hide text."""

from __future__ import annotations

import re

#: Bidirectional controls (embeddings, overrides, isolates, marks) and the C0/C1 control characters.
#: ``invoice\u202egpj.exe`` reads as "invoiceexe.jpg" when shown; without them it shows what it is.
_HIDDEN = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\x00-\x1f\x7f-\x9f]")


def shown_name(name: str | None) -> str:
    """``name`` with bidirectional control and other control characters removed, for the client's
    labels and the command line's messages (the stored name is kept as it came)."""
    return _HIDDEN.sub("", name or "")
