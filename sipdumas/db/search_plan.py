"""PostgreSQL: what a search's words cost to read from the word index, asked before reading them.

The word index (GIN over ``letter_search.document``) answers each word of a query by itself and then
intersects: a prefix common to most letters (``kabupaten:*``) is read as all the letters holding it,
however rare the other words are (809,175 of a million letters: 187 ms for "Kabupaten Deiyai", of which
``deiyai:*`` alone takes 5 ms). Two questions let :func:`sipdumas.db.search.take_page` read only what
a query needs:

- :func:`shares`: how common each word is, from the statistics ``ANALYZE`` keeps of the index
  (``pg_stats.most_common_elems``: the thousand most common words at the default statistics target,
  with the share of letters holding each; every other word is held by fewer letters than the least
  common of them);
- :func:`index_count`: how many letters the index gives for words the statistics call uncommon, read
  from the index alone (a few milliseconds), without fetching a row for each.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

#: The share of letters holding each word or prefix asked about (a prefix: summed over the common words
#: it begins) and the least common word's share, from the statistics of the word index in the session's
#: schema; no row when the index has not been analysed.
_SHARES = text(
    """
    WITH common AS (
        SELECT m.word, m.share
        FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS m(word, share)
        WHERE schemaname = current_schema() AND tablename = 'letter_search' AND attname = 'document'
        AND m.word IS NOT NULL
    )
    SELECT q.i, coalesce(sum(c.share), 0), (SELECT min(share) FROM common)
    FROM unnest(CAST(:words AS text[]), CAST(:prefixes AS boolean[])) WITH ORDINALITY AS q(word, prefix, i)
    LEFT JOIN common c ON c.word = q.word OR (q.prefix AND starts_with(c.word, q.word))
    WHERE EXISTS (SELECT FROM common)
    GROUP BY q.i
    ORDER BY q.i
    """
)


@dataclass(frozen=True, slots=True)
class Shares:
    """The share of letters (0..1) holding each word asked about (``words``) and the share below which
    the statistics know no word (``floor``: a word not among the common ones is held by fewer)."""

    words: list[float]
    floor: float

    def of(self, i: int) -> float:
        """Word ``i``'s share, a word the statistics do not know counted at the most it can be."""
        return self.words[i] or self.floor


def shares(session: Session, words: Sequence[tuple[str, bool]]) -> Shares | None:
    """How common each of ``words`` (word, whether it is a prefix) is in the word index's statistics;
    None when the index has none yet (never analysed, or too few letters)."""
    if not words:
        return None
    rows = session.execute(_SHARES, {"words": [w for w, _ in words], "prefixes": [p for _, p in words]}).all()
    if not rows:
        return None
    return Shares([float(share) for _, share, _ in rows], float(rows[0][2]))


def index_count(session: Session, tsquery: str) -> int | None:
    """How many letters the word index gives for ``tsquery`` (a ``tsquery`` literal), counted from the
    index alone: the bitmap the index builds, asked of the executor (``EXPLAIN ANALYZE`` of a read that
    stops at its first letter), with other plans ruled out for that statement (``SET LOCAL`` in a
    savepoint). Only for words the statistics call uncommon: the index is read whole for them. None if
    the server answered otherwise than with the index."""
    with session.begin_nested():
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))
        plan = session.scalar(
            text(
                "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF, FORMAT JSON) "
                "SELECT FROM letter_search WHERE document @@ CAST(:tsq AS tsquery) LIMIT 1"
            ),
            {"tsq": tsquery},
        )
        session.execute(text("SET LOCAL enable_seqscan = DEFAULT"))
        session.execute(text("SET LOCAL enable_indexscan = DEFAULT"))
    return _bitmap_rows(json.loads(plan) if isinstance(plan, str) else plan)


def _bitmap_rows(plan) -> int | None:
    """The rows of the first ``Bitmap Index Scan`` in an ``EXPLAIN (FORMAT JSON)`` result."""
    stack = [plan[0]["Plan"]] if isinstance(plan, list) else [plan]
    while stack:
        node = stack.pop()
        if node.get("Node Type") == "Bitmap Index Scan":
            return int(node["Actual Rows"])
        stack.extend(node.get("Plans", ()))
    return None
