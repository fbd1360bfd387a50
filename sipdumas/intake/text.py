"""Normalising OCR text before parsing, and repairing digits that OCR read as letters."""

from __future__ import annotations

import re
import unicodedata

# Typographic quotes, dashes, bullets and spaces as the plain characters the parser's patterns expect.
PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2022": "-",  # bullet
        "\u25cf": "-",
        "\u25aa": "-",
        "\u00b7": "-",
        "\uff1a": ":",
    }
)

# Letters that OCR puts in place of digits. Applied only inside tokens that are mostly digits already.
_DIGIT_LOOKALIKES = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "I": "1",
        "l": "1",
        "|": "1",
        "i": "1",
        "!": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "Z": "2",
        "z": "2",
        "G": "6",
        "b": "6",
        "g": "9",
        "q": "9",
        "T": "7",
    }
)


# C0/C1 control characters other than tab, line feed, form feed (page break) and carriage return: they
# carry no text, and PostgreSQL refuses NUL in a text column.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def strip_control(text: str) -> str:
    """``text`` without control characters (keeps tabs, line breaks and page breaks)."""
    return _CONTROL.sub("", text)


def fix_digits(token: str) -> tuple[str, bool]:
    """``token`` with digit look-alikes replaced; also says whether anything was replaced."""
    fixed = token.translate(_DIGIT_LOOKALIKES)
    return fixed, fixed != token


def collapse(text: str) -> str:
    """Lower-case, no punctuation, single spaces: for comparing names and offices."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w\s/]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def clean_value(value: str) -> str | None:
    """A field value without surrounding blanks and trailing separators; None when nothing is left."""
    value = re.sub(r"\s+", " ", value).strip()
    value = re.sub(r"^[\s:;,.\-]+", "", value)
    value = re.sub(r"[\s:;,\-]+$", "", value)
    value = value.strip()
    return value or None
