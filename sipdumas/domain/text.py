"""Text as every store and document can hold it."""

from __future__ import annotations

import re

#: Characters no database or document can hold: control characters (tab, line and page breaks kept) and
#: lone UTF-16 surrogates (PostgreSQL refuses NUL, XML and UTF-8 refuse the rest).
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(value: str) -> str:
    """``value`` without the characters of :data:`UNPRINTABLE`."""
    return UNPRINTABLE.sub("", value)
