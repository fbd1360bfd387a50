"""Full-text search over subject, summary, sender and the letter's whole text.

SQLite uses an FTS5 table (``letter_fts``, rowid = letter id); PostgreSQL a ``tsvector`` with a GIN
index (``letter_search``). User text never reaches either query language as syntax: it is cut into
word tokens (letters and digits only), each made a prefix term, all of them required.

Numbers are written in groups: a phone as ``0852 8190 937``, ``0852-8190-937`` or ``+62 852-8190-937``,
a NIK as ``3273 0145 0785 0003``. The index holds the sender's phone and NIK as one word each (the phone
both as ``62852…`` and ``0852…``), while a number inside the letter's text is indexed group by group. A
run of digit groups in a search therefore matches either way: every group as a word of its own, or the
groups joined into one number (with ``62…`` and ``0…`` both tried), so all those spellings find the
same letters (:func:`terms`).
"""

from __future__ import annotations

import bisect
import math
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Integer, column, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from sipdumas.db import bulk, search_plan

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
#: Digit groups written as one number: separated by spaces, dots, dashes, slashes or brackets,
#: optionally after a "+" (``+62 852-8190-937``, ``(0274) 512 345``, ``3273 0145 0785 0003``).
_NUMBER = re.compile(r"\(?\+?\d+\)?(?:[ .\-/]+\(?\d+\)?)+")
#: A number this long, written whole, may be a phone in the other spelling (``62…`` / ``0…``).
_PHONE_DIGITS = 8
MAX_TERMS = 12

#: One search term: alternatives of which one must match, each alternative a few words that all must.
Term = tuple[tuple[str, ...], ...]


def tokens(query: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(query or "")][:MAX_TERMS]


def _other_spelling(number: str) -> str | None:
    """The same Indonesian number in the other way of writing it: ``62…`` <-> ``0…``."""
    if len(number) < _PHONE_DIGITS:
        return None
    if number.startswith("62"):
        return "0" + number[2:]
    if number.startswith("0"):
        return "62" + number[1:]
    return None


def terms(query: str) -> list[Term]:
    """The search terms of ``query``: each word, except that a run of digit groups is one term with the
    alternatives "every group" or "the groups joined" (and a long number also in its other spelling,
    ``62…``/``0…``), so ``0852 8190 937`` finds a sender whose phone is ``+628528190937``."""
    text = query or ""
    out: list[Term] = []
    position = 0
    for match in _NUMBER.finditer(text):
        out += [((word,),) for word in tokens(text[position : match.start()])]
        groups = tuple(tokens(match.group()))
        joined = "".join(groups)
        alternatives: list[tuple[str, ...]] = [groups, (joined,)]
        other = _other_spelling(joined)
        if other:
            alternatives.append((other,))
        out.append(tuple(alternatives))
        position = match.end()
    for word in tokens(text[position:]):
        other = _other_spelling(word) if word.isdigit() else None
        out.append(((word,), (other,)) if other else ((word,),))
    return out[:MAX_TERMS]


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """What is indexed for one letter."""

    subject: str
    summary: str
    sender: str
    body: str


def _local_phone(phone: str | None) -> str:
    # People type 0812..., the register stores +62812...: index both spellings.
    if phone and phone.startswith("+62"):
        return f"{phone[1:]} 0{phone[3:]}"
    return phone or ""


def build_document(
    *,
    agenda_no: str | None,
    letter_no: str | None,
    subject: str | None,
    summary: str | None,
    sender_name: str | None,
    nik: str | None,
    phone: str | None,
    email: str | None,
    address: str | None,
    text_body: str | None,
) -> SearchDocument:
    sender = " ".join(filter(None, [sender_name, nik, _local_phone(phone), email, address]))
    body = " ".join(filter(None, [agenda_no, letter_no, text_body]))
    return SearchDocument(subject or "", summary or "", sender, body)


def index_letters(session: Session, rows: list[tuple[int, SearchDocument]], *, fresh: bool = False) -> None:
    """Insert or replace the index entries of the given letters (same transaction as the letters).
    ``fresh``: the letters are new (an import batch), so there is nothing to replace."""
    if not rows:
        return
    if session.get_bind().dialect.name == "sqlite" and fresh:
        bulk.insert_rows(
            session,
            "letter_fts",
            ("rowid", "subject", "summary", "sender", "body"),
            [(i, d.subject, d.summary, d.sender, d.body) for i, d in rows],
        )
    elif session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM letter_fts WHERE rowid = :id"), [{"id": i} for i, _ in rows])
        session.execute(
            text(
                "INSERT INTO letter_fts (rowid, subject, summary, sender, body) "
                "VALUES (:id, :subject, :summary, :sender, :body)"
            ),
            [_params(i, d) for i, d in rows],
        )
    elif fresh:
        insert_sorted_words(session, [(i, sorted_words(d)) for i, d in rows])
    else:
        session.execute(
            text(
                "INSERT INTO letter_search (letter_id, document) VALUES (:id, CAST(:document AS tsvector)) "
                "ON CONFLICT (letter_id) DO UPDATE SET document = EXCLUDED.document"
            ),
            [{"id": i, "document": lexemes(d)} for i, d in rows],
        )


def _params(letter_id: int, doc: SearchDocument) -> dict:
    return {
        "id": letter_id,
        "subject": doc.subject,
        "summary": doc.summary,
        "sender": doc.sender,
        "body": doc.body,
    }


#: PostgreSQL's limits on a ``tsvector``: the bytes of one word (a longer one is left out, as
#: ``to_tsvector`` leaves it out) and of all its words together (past which a hostile text's last words,
#: in the letter's order, are left out rather than the letter refused).
_MAX_WORD_BYTES = 2046
_MAX_DOCUMENT_BYTES = 1_000_000
#: A word of up to this many characters is within both limits however it is written (4 bytes each).
_LONGEST_USUAL_WORD = _MAX_WORD_BYTES // 4


def lexemes(doc: SearchDocument) -> str:
    """PostgreSQL: the document's words as a ``tsvector`` literal: every word of :func:`tokens`' rule
    once, lower-cased, without positions or weights (no search reads them: queries are words and
    prefixes, every term required).

    Cut here rather than by ``to_tsvector``: the server then only reads the words, which at 100,000
    letters took it 8.8 s against 18.5 s for parsing the texts itself (and a vector without positions is
    smaller: 171 against 249 MB with its index). It also makes documents and queries (:func:`ts_query`,
    cast the same way) agree on what a word is: PostgreSQL's parser would cut ``x²`` to ``x`` and drop
    ``½`` altogether. The words need no quoting, being letters and digits only."""
    return " ".join(_document_words(doc))  # in any order: the server sorts them


def _document_words(doc: SearchDocument) -> list[str]:
    """The distinct words of ``doc`` (:func:`lexemes`), within the limits of a ``tsvector``."""
    words = list(dict.fromkeys(_words_of(f"{doc.subject} {doc.sender} {doc.summary} {doc.body}".lower())))
    if sum(map(len, words)) * 4 + len(words) <= _MAX_DOCUMENT_BYTES and (
        max(map(len, words), default=0) <= _LONGEST_USUAL_WORD
    ):
        return words
    kept, size = [], 0
    for word in words:
        length = len(word.encode())
        if length > _MAX_WORD_BYTES:
            continue
        size += length + 1
        if size > _MAX_DOCUMENT_BYTES:
            break
        kept.append(word)
    return kept


# ---------------------------------------------------------------- new entries in bulk, sent as binary

#: Between two words of a ``tsvector`` in binary: the first one's closing NUL and its number of
#: positions (0, two bytes).
_ENTRY_END = "\x00\x00\x00"


def sorted_words(doc: SearchDocument) -> str:
    """PostgreSQL: the words of :func:`lexemes` in the order the server keeps them (their UTF-8 bytes'
    order, which is the order of their characters) joined by :data:`_ENTRY_END`: most of a new letter's
    entry in binary (:func:`insert_sorted_words`), worked out by an import's workers."""
    return _ENTRY_END.join(sorted(_document_words(doc)))


def with_words(words: str, more: str) -> str:
    """:func:`sorted_words` ``words`` with the words of ``more`` (an agenda number) added in order,
    each once."""
    listed = words.split(_ENTRY_END) if words else []
    for word in dict.fromkeys(_words_of(more.lower())):
        at = bisect.bisect_left(listed, word)
        if at == len(listed) or listed[at] != word:
            listed.insert(at, word)
    return _ENTRY_END.join(listed)


def insert_sorted_words(session: Session, rows: list[tuple[int, str]]) -> None:
    """PostgreSQL: the index entries of new letters, their words :func:`sorted_words`, sent as binary
    ``tsvector`` values: the server reads them as they are, where a literal is parsed, its words
    sorted and compared once more (at 50,000 letters 96 to 99 µs of the server's time per entry, GIN
    included, against 78 to 80 in binary)."""
    bulk.insert_binary(session, "letter_search", ("letter_id", "document"), map(_binary_entry, rows))


def _binary_entry(row: tuple[int, str]) -> bytes:
    letter_id, words = row
    if not words:
        return _ENTRY_HEAD.pack(2, 4, letter_id, 4) + b"\x00\x00\x00\x00"
    vector = f"{words}{_ENTRY_END}".encode()
    return (
        _ENTRY_HEAD.pack(2, 4, letter_id, len(vector) + 4) + _COUNT.pack(words.count(_ENTRY_END) + 1) + vector
    )


#: A row of ``(letter_id integer, document tsvector)`` in COPY's binary format, up to the vector's
#: words: two fields, the id's length and value, the vector's length; then the vector's count of words.
_ENTRY_HEAD = struct.Struct("!hiii")
_COUNT = struct.Struct("!i")


#: ASCII's characters that are not letters or digits, each made a space (see :func:`_words_of`).
_ASCII_SEPARATORS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})


def _words_of(text: str) -> list[str]:
    """The words of ``text`` by :data:`_TOKEN`; plain ASCII text (most letters) by splitting, which
    gives the same words in a third of the time (an import cuts a million letters into words)."""
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    return _TOKEN.findall(text)


def _combine(term: Term, word, all_of: str, any_of: str) -> str:
    alternatives = [
        f" {all_of} ".join(word(w) for w in words)
        if len(words) == 1
        else "(" + f" {all_of} ".join(word(w) for w in words) + ")"
        for words in term
    ]
    return alternatives[0] if len(alternatives) == 1 else "(" + f" {any_of} ".join(alternatives) + ")"


def fts_query(query_terms: list[Term]) -> str:
    """An FTS5 query of quoted words (user text can never be query syntax); words of three letters or
    more also match as prefixes ("pung" finds "pungutan"), shorter ones only whole, since a one-letter
    prefix would match half the vocabulary. Every term is required; a term's alternatives are ORed."""

    def word(w: str) -> str:
        return f'"{w}"*' if len(w) >= 3 else f'"{w}"'

    return " AND ".join(_combine(term, word, "AND", "OR") for term in query_terms)


def ts_query(query_terms: list[Term]) -> str:
    """The same query as :func:`fts_query` as a PostgreSQL ``tsquery`` literal (cast, not parsed: the
    words are those of :func:`lexemes`, quoted, though being letters and digits they hold no quote)."""

    def word(w: str) -> str:
        return f"'{_indexable(w)}':*" if len(w) >= 3 else f"'{w}'"

    return " & ".join(_combine(term, word, "&", "|") for term in query_terms)


def _indexable(word: str) -> str:
    """``word`` cut to the longest a ``tsquery`` takes (the server refuses a longer one): as a prefix it
    then finds only words that long, which :func:`lexemes` leaves out, so such a search finds nothing."""
    if len(word) <= _LONGEST_USUAL_WORD:
        return word
    return word.encode()[:_MAX_WORD_BYTES].decode(errors="ignore")


def matching_ids(dialect: str, query: str) -> TextualSelect | None:
    """A sub-select of the ids of letters that match ``query`` (parameters bound), or None when the
    query has no searchable word (then nothing is filtered)."""
    query_terms = terms(query)
    if not query_terms:
        return None
    if dialect == "sqlite":
        fts = fts_query(query_terms)
        clause = text("SELECT rowid AS id FROM letter_fts WHERE letter_fts MATCH :fts").bindparams(fts=fts)
    else:
        clause = text(
            "SELECT letter_id AS id FROM letter_search WHERE document @@ CAST(:tsq AS tsquery)"
        ).bindparams(tsq=ts_query(query_terms))
    return clause.columns(column("id", Integer))


def matched_first(session: Session, query: str):
    """PostgreSQL: "the letter is one of the matches of ``query``" with the matches worked out first, as
    an array (an InitPlan), then looked up by primary key; None when the query has no searchable word.

    For counting the matches (a page is taken through :func:`few_matches`). With ``id IN (SELECT …)``
    the planner guesses how many letters a prefix query matches from nothing (4,001 of a million for
    any word), and for a word that matches none it walked the whole register in date order looking
    for one (4.2 s at a million letters); the array costs one index lookup per match."""
    query_terms = terms(query)
    if not query_terms:
        return None
    found = matching(session, query_terms, _estimated_letters(session))
    return text(f"incoming_letters.id = ANY(ARRAY({found.sql}))").bindparams(**found.params)


@dataclass(frozen=True, slots=True)
class Matching:
    """PostgreSQL: the statement selecting the ids of the letters a query matches (``letter_id``) and
    its parameters; ``uncommon``: the ``tsquery`` it reads the word index for when the statistics call
    every word of it uncommon (so it can be counted first, :func:`search_plan.index_count`), else None."""

    sql: str
    params: dict[str, str]
    uncommon: str | None


def matching(session: Session, query_terms: list[Term], letters: float) -> Matching:
    """PostgreSQL: how to find the letters ``query_terms`` match in a register of about ``letters``.

    When the statistics (:mod:`sipdumas.db.search_plan`) call some terms common and others not, only the
    uncommon ones are read from the word index and the whole query is checked on the letters they give
    (``OFFSET 0`` keeps the planner from folding the check back into the index read): "Kabupaten Deiyai"
    at a million letters 187 → 5 ms."""
    everything = ts_query(query_terms)
    plain = "SELECT letter_id FROM letter_search WHERE document @@ CAST(:tsq AS tsquery)"
    # one term is narrowed by nothing; in a large register, knowing it uncommon may still spare the walk
    asked = len(query_terms) > 1 or letters >= WALK_FIRST_FROM_LETTERS
    held = _held_by(session, query_terms, letters) if asked else None
    if held is None:
        return Matching(plain, {"tsq": everything}, None)
    uncommon = [term for term, n in zip(query_terms, held, strict=True) if n < MATCHES_AFTER_WALK]
    if not uncommon:
        return Matching(plain, {"tsq": everything}, None)
    if len(uncommon) == len(query_terms):
        return Matching(plain, {"tsq": everything}, everything)
    narrowed = ts_query(uncommon)
    return Matching(
        "SELECT letter_id FROM (SELECT letter_id, document FROM letter_search "
        "WHERE document @@ CAST(:uncommon AS tsquery) OFFSET 0) m WHERE document @@ CAST(:tsq AS tsquery)",
        {"tsq": everything, "uncommon": narrowed},
        narrowed,
    )


def _held_by(session: Session, query_terms: list[Term], letters: float) -> list[float] | None:
    """About how many of ``letters`` letters hold each term, by the statistics (a term's alternatives
    added up, the words of one alternative as if independent); None without statistics."""
    words = sorted({w for term in query_terms for alternative in term for w in alternative})
    got = search_plan.shares(session, [(_indexable(w), len(w) >= 3) for w in words])
    if got is None:
        return None
    index = {w: i for i, w in enumerate(words)}

    def held(term: Term) -> float:
        share = sum(math.prod(got.of(index[w]) for w in alternative) for alternative in term)
        return min(1.0, share) * letters

    return [held(term) for term in query_terms]


#: From this many matching letters on, a sorted register page is found faster by walking the sort
#: column's index and keeping the rows that match than by fetching every match and sorting them.
BROAD_MATCHES = 3000


#: PostgreSQL: how long a search first walks the register in its order (milliseconds) before it reads
#: the word index instead. A word many letters have fills a page within a few hundred letters of the walk
#: (7 to 40 ms at a million letters), while reading the word index for it costs 30 to 150 ms whatever the
#: page needs (see :func:`take_page`).
WALK_FIRST_MS = 60
#: PostgreSQL: after a walk that did not fill the page in time, up to this many matches are read through
#: the word index and the page taken from them; a query matching more walks the register after all.
MATCHES_AFTER_WALK = 20_000
#: PostgreSQL: from this many letters on (the planner's count, ``pg_class.reltuples``) a search walks
#: first. In a smaller register the word index is cheap to read (20 to 30 ms for common words at
#: 200,000 letters), and reading it first is cheaper than a walk that may run out of time: at 200,000
#: letters walking first made the median of bench_register's queries 46 ms, reading first 30 ms.
WALK_FIRST_FROM_LETTERS = 400_000
#: PostgreSQL, a large register: a query whose uncommon words the word index gives for fewer letters
#: than this (:func:`search_plan.index_count`) takes its page from those letters without walking first.
READ_FIRST_BELOW = 10_000
#: SQLSTATE of a statement stopped by ``statement_timeout``.
_QUERY_CANCELED = "57014"


def take_page(session: Session, query: str, fetch: Callable[[bool, list[int] | None], list]) -> list:
    """One sorted page of the letters matching ``query``: ``fetch(walk, matches)`` runs the page's
    statement and returns its rows, with ``walk``: walk the register's sort index and test each letter
    (which stops once the page is full), or ``matches``: the ids the text matches, already read
    (PostgreSQL), to take the page from (with neither, the statement finds the matches itself).

    SQLite counts the matches first, which its full-text index does cheaply with a cap
    (:func:`is_broad`), and walks for a broad query. PostgreSQL's planner cannot choose by itself (it
    cannot tell how soon a walk fills a page), and its word index
    is only read whole (a bitmap of every match: 30 to 150 ms for common words at a million letters,
    however few the page needs). So in a large register (:data:`WALK_FIRST_FROM_LETTERS`) a query
    whose words the statistics call uncommon is counted in the word index first
    (:func:`search_plan.index_count`, a few milliseconds) and, held by fewer than
    :data:`READ_FIRST_BELOW` letters, taken from them (a word no letter holds: 85 → 9 ms at a million
    letters); any other query walks first, for at most :data:`WALK_FIRST_MS`; a walk that does not
    fill the page in that time means few letters match, which the word index then finds cheaply
    (:func:`few_matches`, reading only the uncommon words: :func:`matching`). The walk runs in a
    savepoint, so the time limit and the planner setting end with it when it is stopped."""
    query_terms = terms(query)
    if not query_terms:
        return fetch(False, None)
    if session.get_bind().dialect.name == "sqlite":
        return fetch(is_broad(session, query), None)
    letters = _estimated_letters(session)
    found = matching(session, query_terms, letters)
    if letters < WALK_FIRST_FROM_LETTERS:
        ids = few_matches(session, found)
        if ids is None:
            walk_in_order(session)
            return fetch(True, None)
        return fetch(False, ids)
    if found.uncommon is not None:  # words the statistics call uncommon: how many letters, exactly?
        count = search_plan.index_count(session, found.uncommon)
        if count is not None and count < READ_FIRST_BELOW:
            ids = few_matches(session, found, cap=READ_FIRST_BELOW)
            if ids is not None:
                return fetch(False, ids)
    try:
        with session.begin_nested():
            session.execute(text(f"SET LOCAL statement_timeout = {int(WALK_FIRST_MS)}"))
            walk_in_order(session)
            rows = fetch(True, None)
            session.execute(text("SET LOCAL statement_timeout = DEFAULT"))
        return rows
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != _QUERY_CANCELED:
            raise
    ids = few_matches(session, found, cap=MATCHES_AFTER_WALK)
    if ids is None:
        walk_in_order(session)
        return fetch(True, None)
    return fetch(False, ids)


def is_broad(session: Session, query: str) -> bool:
    """SQLite: whether ``query`` matches at least :data:`BROAD_MATCHES` letters. Counting stops at the
    threshold, so this stays cheap."""
    query_terms = terms(query)
    if not query_terms:
        return False
    n = session.scalar(
        text("SELECT count(*) FROM (SELECT rowid FROM letter_fts WHERE letter_fts MATCH :fts LIMIT :cap)"),
        {"fts": fts_query(query_terms), "cap": BROAD_MATCHES},
    )
    return n >= BROAD_MATCHES


def _estimated_letters(session: Session) -> float:
    """PostgreSQL: how many letters the planner thinks the register holds (-1 before it has looked)."""
    return (
        session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'incoming_letters'::regclass")) or 0
    )


def few_matches(session: Session, found: Matching, *, cap: int = BROAD_MATCHES) -> list[int] | None:
    """PostgreSQL: the ids of every letter a query matches (``found``: see :func:`matching`) when there
    are fewer than ``cap``, else None (a broad query: walk the register in order, see :func:`take_page`).

    Fetching and sorting a broad query's matches is slow (at a million letters, 47,096 matches of
    ``rumah sakit``: 970 ms), and so is walking the register for a word few letters have (a word matching
    none: 4.2 s), and the planner cannot tell the two apart. The ids found here are the matches the page
    is then taken from."""
    ids = list(session.scalars(text(f"{found.sql} LIMIT :cap"), {**found.params, "cap": cap}))
    return ids if len(ids) < cap else None


def walk_in_order(session: Session) -> None:
    """PostgreSQL: for the rest of this transaction, answer a broad search (:func:`take_page`) by walking
    the register's sort index and checking each letter's words, which stops once a page is full, rather
    than collecting every match through the word index and sorting them all. The word index is a GIN
    index, which only bitmap scans read, so turning those off for this one read-only transaction is
    what makes the planner walk (``SET LOCAL``: nothing else is affected)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL enable_bitmapscan = off"))


def clear(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM letter_fts"))
    else:
        session.execute(text("DELETE FROM letter_search"))
