"""Which problem category (kategori, kode masalah) a letter most likely belongs to, learned from the
categories analysts gave earlier letters.

Every category in the register was chosen by a person (in the letter form, in the intake view, in a
legacy register): OCR never guesses one, and a suggestion here is only a suggestion until the analyst
takes it. So the model trains on exactly what people decided, the way routing's learned suggestion
trains only on confirmed forwardings (:mod:`sipdumas.services.routing`): naive Bayes over the presence of
content words (:func:`sipdumas.services.routing.words`), add-one smoothed, on the newest
:data:`TRAINING_LETTERS` letters that carry a category (subject, summary and the beginning of the text),
computed when asked, so a category corrected a minute ago already counts. The reason names how many
earlier letters have the category and the letter's words that point to it most.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.letters import load_letter
from sipdumas.services.routing import words

#: How many of the newest categorised letters the model learns from (enough for every category an
#: office uses; reading them costs a fraction of a second even on a register of a million letters).
TRAINING_LETTERS = 3000
#: Characters of a letter's full text that count (the complaint is stated at the start of a letter).
TEXT_PREFIX = 3000
#: Suggestions below this share of the model's belief are not offered.
MIN_CONFIDENCE = 0.05
#: Fewer earlier letters than this with a category, and the category is not suggested at all.
MIN_LETTERS = 2
#: How many of the letter's words the reason names.
REASON_WORDS = 3


@dataclass(frozen=True, slots=True)
class CategorySuggestion:
    """A category and why: ``confidence`` is the model's share of belief (0..1), ``letters`` how many
    earlier letters carry the category, ``words`` the letter's words that point to it most."""

    category: str
    confidence: float
    letters: int
    words: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """The reason in the office's words, e.g. «mirip 14 surat terdahulu berkategori ini (kata:
        pungutan, sekolah, komite)»."""
        text = f"mirip {self.letters} surat terdahulu berkategori ini"
        if self.words:
            text += f" (kata: {', '.join(self.words)})"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "confidence": round(self.confidence, 3),
            "letters": self.letters,
            "words": list(self.words),
            "reason": self.reason,
        }


def suggest_category(
    db: Database,
    actor: Actor,
    *,
    text: str | None = None,
    letter_id: int | None = None,
    limit: int = 3,
) -> list[CategorySuggestion]:
    """The categories ``text`` (a letter being registered: its subject and OCR text) or the registered
    letter ``letter_id`` most likely belongs to, best first; empty before enough letters carry
    categories, or when nothing points anywhere. A registered letter's own category is left out of the
    learning, so the suggestion says what the earlier letters say."""
    actor.require(Permission.VIEW_REGISTER)
    L = IncomingLetter
    with db.session() as session:
        if letter_id is not None:
            letter = load_letter(session, letter_id)
            text = " ".join(filter(None, [letter.subject, letter.summary, (letter.text or "")[:TEXT_PREFIX]]))
        stmt = (
            select(L.category, L.subject, L.summary, func.substr(L.text, 1, TEXT_PREFIX))
            .where(L.category.is_not(None), L.category != "")
            .order_by(L.id.desc())
            .limit(TRAINING_LETTERS)
        )
        if letter_id is not None:
            stmt = stmt.where(L.id != letter_id)
        training = session.execute(stmt).all()
    letter_words = words(text or "")
    if not letter_words or not training:
        return []
    per_category: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    for category, *parts in training:
        per_category[category] += 1
        counts.setdefault(category, Counter()).update(words(" ".join(filter(None, parts))) & letter_words)
    return _rank(letter_words, per_category, counts, len(training))[:limit]


def _rank(
    letter_words: set[str], per_category: Counter[str], counts: dict[str, Counter[str]], total: int
) -> list[CategorySuggestion]:
    """Naive Bayes over word presence; only the letter's words that some earlier letter shares count
    (words nobody used say nothing about the category)."""
    categories = [c for c, n in per_category.items() if n >= MIN_LETTERS]
    seen = {w for c in categories for w in counts[c]}
    if not categories or not seen:
        return []
    logs = {}
    for c in categories:
        n = per_category[c]
        score = math.log(n / total)
        for w in seen:
            score += math.log((counts[c][w] + 1) / (n + 2))
        logs[c] = score
    top = max(logs.values())
    belief = {c: math.exp(s - top) for c, s in logs.items()}
    norm = sum(belief.values())
    out = []
    for c, b in belief.items():
        confidence = b / norm
        if confidence < MIN_CONFIDENCE:
            continue
        n = per_category[c]
        others = total - n

        def lift(w: str, c: str = c, n: int = n, others: int = others) -> float:
            rest = sum(counts[o][w] for o in categories if o != c)
            return (counts[c][w] + 1) / (n + 2) / ((rest + 1) / (others + 2))

        telling = sorted(
            (w for w in seen if counts[c][w] >= MIN_LETTERS and lift(w) > 1), key=lambda w: (-lift(w), w)
        )
        out.append(CategorySuggestion(c, confidence, n, telling[:REASON_WORDS]))
    out.sort(key=lambda s: (-s.confidence, s.category))
    return out
