"""A letter's links to other letters in words, naming each by its agenda number, for the letter form and
the register's document pane: the original it is flagged as re-sending, the copies re-sending it and
the letters about the same matter from other senders (:func:`sipdumas.services.duplicates.related_letters`,
which finds them from both sides). Each agenda number is a link ``letter:<id>`` that opens the letter."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from sipdumas.services.duplicates import ORIGINAL, RELATED, RESENT, RelatedLetter

ANCHOR = "letter:"


def _review(link: RelatedLetter) -> str:
    parts = []
    if link.score is not None:
        parts.append(f"{round(link.score * 100)}%")
    parts.append(
        {
            "confirmed": QCoreApplication.translate("LetterLinks", "dikonfirmasi"),
            "rejected": QCoreApplication.translate("LetterLinks", "ditolak"),
        }.get(link.review or "", QCoreApplication.translate("LetterLinks", "belum ditelaah"))
    )
    return ", ".join(parts)


def _anchor(link: RelatedLetter) -> str:
    return f'<a href="{ANCHOR}{link.id}">{html.escape(link.agenda_no)}</a>'


def link_phrases(links: list[RelatedLetter]) -> list[str]:
    """One phrase (HTML, escaped) per kind of link: ``pengiriman ulang dari D-2026-00001 (94%,
    dikonfirmasi)``, ``dikirim ulang sebagai …``, ``terkait dengan … (hal yang sama dari pengirim
    lain)``."""
    phrases = []
    for relation, text in (
        (ORIGINAL, QCoreApplication.translate("LetterLinks", "pengiriman ulang dari %1")),
        (RESENT, QCoreApplication.translate("LetterLinks", "dikirim ulang sebagai %1")),
    ):
        for link in (k for k in links if k.relation == relation):
            phrases.append(text.replace("%1", f"{_anchor(link)} ({html.escape(_review(link))})"))
    related = [k for k in links if k.relation == RELATED]
    if related:
        names = ", ".join(_anchor(k) for k in related)
        text = QCoreApplication.translate(
            "LetterLinks", "terkait dengan %1 (hal yang sama dari pengirim lain)"
        )
        phrases.append(text.replace("%1", names))
    return phrases


def links_html(links: list[RelatedLetter]) -> str:
    """The whole line, ``Surat terkait: …; …``, or "" when the letter has no links."""
    phrases = link_phrases(links)
    if not phrases:
        return ""
    return QCoreApplication.translate("LetterLinks", "Surat terkait: %1").replace("%1", "; ".join(phrases))


def letter_id_of(anchor: str) -> int | None:
    """The letter id a link of :func:`links_html` points to (None for another link)."""
    if anchor.startswith(ANCHOR) and anchor[len(ANCHOR) :].isdigit():
        return int(anchor[len(ANCHOR) :])
    return None
