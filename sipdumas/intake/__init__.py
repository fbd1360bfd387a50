"""Scan intake: letter files (scans, PDFs, typed letters, e-mails) in, register fields out.

- :func:`extract_files` reads a batch, OCR'ing pages in parallel worker processes, and yields one
  :class:`Extraction` per file in input order; :func:`extract_file` does one file.
- :func:`parse_letter` reads the fields out of a letter's text (no OCR), for text that is already known;
  :func:`parse_pages` out of pages given as text or as OCR layouts (lines with word boxes).
- every field found comes with a confidence and its evidence (the lines, and on scans the word boxes,
  it was read from): ``Extraction.confidence``, ``Extraction.evidence``.

Nothing here touches the database; registering is :mod:`sipdumas.services.registration`.
"""

from __future__ import annotations

from sipdumas.intake.fields import parse_letter, parse_pages
from sipdumas.intake.model import Extraction, Progress, Sender
from sipdumas.intake.pipeline import Limits, extract_file, extract_files

__all__ = [
    "Extraction",
    "Limits",
    "Progress",
    "Sender",
    "extract_file",
    "extract_files",
    "parse_letter",
    "parse_pages",
]
