"""A checked row in the form the import stores it, worked out where the row was checked.

A large import checks its rows in worker processes while one process stores them (SQLite has one
writer; PostgreSQL's agenda counter and the import lock are taken part by part). Everything about a row
that does not depend on the register (its column values, its sender's complainant row, its identity and
band keys, its signature as stored) is worked out here, in the worker, so that the storing process only
adds what the register decides: the ids, the agenda number and the person. At 200,000 letters that moved
about ten seconds of per-row Python out of the process that stores them. What is sent is kept to what
the storing process cannot work out cheaply, in the forms it loads fastest (the band keys as bytes, the
identity without its keys, sent beside it): loading the rows competes with storing them.

The values are ready for both databases' bulk paths (:mod:`sipdumas.db.bulk`): dates as ISO text, the
tembusan as JSON text, as SQLAlchemy itself would store them.
"""

from __future__ import annotations

import json
from typing import NamedTuple

import numpy as np

from sipdumas.db import search
from sipdumas.detection import fingerprint
from sipdumas.detection.identity import Identity
from sipdumas.domain.identity import identity_complete
from sipdumas.services.letters import complainant_columns

#: The letter's own columns, in :attr:`PreparedRow.letter` order (the rest comes from the register).
LETTER_COLUMNS = (
    "received_at",
    "channel",
    "letter_no",
    "letter_date",
    "place",
    "subject",
    "summary",
    "category",
    "addressee",
    "cc",
    "status",
    "carbon_copy",
    "identity_complete",
    "text",
    "import_key",
)
_TEXT, _LETTER_NO = LETTER_COLUMNS.index("text"), LETTER_COLUMNS.index("letter_no")
_SUBJECT, _SUMMARY = LETTER_COLUMNS.index("subject"), LETTER_COLUMNS.index("summary")
#: The sender's complainant row, in :attr:`PreparedRow.complainant` order.
COMPLAINANT_COLUMNS = ("name", "nik", "phone", "email", "address", "occupation", "regency", "province")


class PreparedRow(NamedTuple):
    """A checked row as the import stores it. ``agenda_no``/``archive_code``: as given in the file (None:
    a new one is handed out); ``key``: the row's content hash; ``year``: the year it was received (of
    the agenda series a new number comes from); ``title``: its archive file's title; ``document``: its
    search document, without the agenda number (not given yet) and the text (sent once, in ``letter``)
    ``signature``/``band_keys``: its text's fingerprint as stored, the band keys as :data:`BANDS`
    little-endian int64 (None/empty for a text too short to compare); ``words``: for PostgreSQL, its
    words as its search index entry holds them (:func:`search.sorted_words`), without the agenda
    number (None: not worked out, as for SQLite, whose full-text index cuts the words itself)."""

    line: int
    key: str
    agenda_no: str | None
    archive_code: str | None
    year: int
    title: str | None
    letter: tuple
    complainant: tuple
    identity: Identity
    strong_keys: tuple[int, ...]
    index_keys: tuple[int, ...]
    signature: bytes | None
    band_keys: bytes
    words: str | None = None

    def words_with(self, agenda_no: str) -> str:
        """PostgreSQL: the letter's search index entry (:func:`search.sorted_words`), once it has its
        agenda number."""
        assert self.words is not None
        return search.with_words(self.words, agenda_no)

    def search_document(self, agenda_no: str) -> search.SearchDocument:
        """The letter's search document, once it has its agenda number."""
        letter, sender = self.letter, self.complainant
        return search.build_document(
            agenda_no=agenda_no,
            letter_no=letter[_LETTER_NO],
            subject=letter[_SUBJECT],
            summary=letter[_SUMMARY],
            sender_name=sender[0],
            nik=sender[1],
            phone=sender[2],
            email=sender[3],
            address=sender[4],
            text_body=letter[_TEXT],
        )


def prepared(row, *, words: bool = False) -> PreparedRow:
    """``row`` (a :class:`~sipdumas.services.imports.checking.CheckedRow` with its fingerprint) as the
    import stores it; ``words``: with its search words for PostgreSQL (:attr:`PreparedRow.words`)."""
    d = row.data
    sender = complainant_columns(d)
    s = d.sender
    sig = row.fingerprint.signature
    out = PreparedRow(
        line=row.line,
        key=row.key,
        agenda_no=row.agenda_no,
        archive_code=row.archive_code,
        year=d.received_at.year,
        title=(d.subject or "")[:300] or None,
        letter=(
            d.received_at.isoformat(),
            d.channel,
            d.letter_no,
            d.letter_date.isoformat() if d.letter_date else None,
            d.place,
            d.subject,
            d.summary,
            d.category,
            d.addressee,
            json.dumps(d.cc) if d.cc else "[]",
            row.status,
            row.carbon_copy,
            identity_complete(s),
            d.text,
            row.key,
        ),
        complainant=tuple(sender[c] for c in COMPLAINANT_COLUMNS),
        identity=row.identity,
        strong_keys=tuple(row.identity.strong_index_keys()),
        index_keys=tuple(row.identity.index_keys()),
        signature=fingerprint.to_bytes(sig) if sig is not None else None,
        band_keys=np.array(row.fingerprint.keys, dtype="<i8").tobytes(),
    )
    if words:
        return out._replace(words=search.sorted_words(out.search_document("")))
    return out
