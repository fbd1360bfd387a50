"""A flagged letter beside the letter it is said to repeat, for the analyst's decision.

Both scans side by side (**Pindaian**), in panes that scroll and turn pages together, and both texts
(**Teks**), from :func:`~sipdumas.services.duplicates.comparison` and
:func:`~sipdumas.services.scans.letter_scan`; in the texts the words that differ are coloured (difflib
over words: red on the original's side for words it alone has, green on this letter's side for words
only it has), so a re-sent letter whose only changes are a new date and "pengiriman ulang" is seen at a
glance. The analyst then answers the flag: **Benar duplikat** / **Bukan duplikat**
(:func:`~sipdumas.services.duplicates.review_flag`, with the note for the audit trail) or **Arsipkan:
sudah ditindaklanjuti** (:func:`~sipdumas.services.duplicates.file_as_handled`).

Like the status dialog, a decision is refused when someone else changed the letter since it was shown;
the dialog then says so and fetches the newer version, and the analyst decides again.

The intake view opens the same comparison for a scan not registered yet (a :class:`Candidate`): the
letter it resembles beside the scan on screen, without the decision, which is taken once it is
registered and flagged.
"""

from __future__ import annotations

import difflib
import html
import mimetypes
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ConflictError
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake.model import Extraction
from sipdumas.services.duplicates import CONFIRMED, REJECTED, Pair, comparison, file_as_handled, review_flag
from sipdumas.services.letters import LetterDetail, LetterRow, get_letter
from sipdumas.services.scans import FieldMarks, LetterScan, ScanDocument, letter_scan
from sipdumas.services.workflow import allowed_steps
from ui.common.formatting import short_date
from ui.common.scan_view import LetterScanView, ScrollLink, is_text_file
from ui.common.value_labels import status_label
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

#: Background of words only the original has / only this letter has.
REMOVED_COLOR = "#ffd7d5"
ADDED_COLOR = "#c8f0d0"

_TOKEN = re.compile(r"\S+|\s+")


@dataclass(frozen=True, slots=True)
class Highlighted:
    """Both texts as HTML with the differing words marked, and how many words differ on each side."""

    original_html: str
    letter_html: str
    removed_words: int
    added_words: int


def _words(text: str) -> tuple[list[str], list[str]]:
    """``text`` as words and, for each word, the whitespace that follows it (kept for the display)."""
    words: list[str] = []
    gaps: list[str] = []
    leading = ""
    for token in _TOKEN.findall(text):
        if token.isspace():
            if words:
                gaps[-1] += token
            else:
                leading += token
        else:
            words.append(token)
            gaps.append("")
    return words, gaps


def _html(words: list[str], gaps: list[str], marked: set[int], color: str) -> str:
    parts = []
    for i, word in enumerate(words):
        escaped = html.escape(word)
        if i in marked:
            escaped = f'<span style="background-color:{color};">{escaped}</span>'
        parts.append(escaped + html.escape(gaps[i]).replace("\n", "<br>"))
    return '<div style="white-space: pre-wrap;">' + "".join(parts) + "</div>"


def highlight(original: str, letter: str) -> Highlighted:
    """Compare two texts word by word (case and punctuation count: OCR errors should show) and mark
    what differs. The HTML is escaped: a letter's text is never markup."""
    old_words, old_gaps = _words(original)
    new_words, new_gaps = _words(letter)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    removed: set[int] = set()
    added: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed.update(range(i1, i2))
        if tag in ("replace", "insert"):
            added.update(range(j1, j2))
    return Highlighted(
        _html(old_words, old_gaps, removed, REMOVED_COLOR),
        _html(new_words, new_gaps, added, ADDED_COLOR),
        len(removed),
        len(added),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scan in the intake view, not registered yet, that the duplicate check found like a registered
    letter (``duplicate_of``, its agenda number, the score and the reasons of the check)."""

    path: Path
    extraction: Extraction
    duplicate_of: int
    duplicate_of_agenda_no: str | None = None
    score: float | None = None
    reasons: list[str] = field(default_factory=list)

    def scan(self) -> LetterScan:
        """The scan as a registered letter's would be shown (with its field marks)."""
        ex = self.extraction
        texts = tuple((ex.text or "").split("\f"))
        doc = ScanDocument(
            id=0,
            file_name=self.path.name,
            media_type=mimetypes.guess_type(self.path.name)[0] or "application/octet-stream",
            sha256="",
            page_count=ex.pages or len(texts),
            path=self.path,
            page_texts=texts,
            marks=FieldMarks.from_json(ex.evidence_json()),
            text_only=is_text_file(self.path),
        )
        return LetterScan(letter_id=0, agenda_no="", documents=(doc,), text=ex.text)


@dataclass(frozen=True, slots=True)
class _Registered:
    pair: Pair
    original_scan: LetterScan
    letter_scan: LetterScan


@dataclass(frozen=True, slots=True)
class _Unregistered:
    original: LetterDetail
    original_scan: LetterScan


class DuplicateCompareDialog(QDialog):
    """Side-by-side comparison of ``letter_id`` and its suspected original, and the analyst's answer.

    ``saved(LetterRow)`` after each decision (the dialog stays open showing the new state, so a confirmed
    letter can be filed next); ``reloaded(LetterRow)`` after a conflict made it fetch a newer version.
    """

    saved = Signal(object)
    reloaded = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        letter_id: int | None,
        parent: QWidget | None = None,
        *,
        candidate: Candidate | None = None,
    ):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self._letter_id = letter_id
        self.candidate = candidate
        self.pair: Pair | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Bandingkan dengan surat asal"))
        self.setSizeGripEnabled(True)
        #: A view of the pages or the texts is on screen (tests and screenshots wait for it).
        self.shown_both = False

        self.summary = QLabel(self.tr("Memuat…"), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.original_title = QLabel(self)
        self.letter_title = QLabel(self)
        for title in (self.original_title, self.letter_title):
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
        self.original_text = QTextEdit(self)
        self.letter_text = QTextEdit(self)
        for edit in (self.original_text, self.letter_text):
            edit.setReadOnly(True)
            edit.setAcceptRichText(False)
        self.legend = QLabel(self)
        self.legend.setText(
            self.tr(
                "<span style='background-color:%1;'>&nbsp;hanya di surat asal&nbsp;</span> &nbsp; "
                "<span style='background-color:%2;'>&nbsp;hanya di surat ini&nbsp;</span>"
            )
            .replace("%1", REMOVED_COLOR)
            .replace("%2", ADDED_COLOR)
        )
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            self.tr("catatan keputusan untuk jejak audit, mis. isi sama, tanggal baru")
        )
        self.error = ErrorLabel(self)

        self.confirm_button = QPushButton(self.tr("&Benar duplikat"), self)
        self.confirm_button.setToolTip(self.tr("Surat ini memang pengiriman ulang surat asal"))
        self.reject_button = QPushButton(self.tr("Bu&kan duplikat"), self)
        self.reject_button.setToolTip(self.tr("Surat ini pengaduan baru; tanda duplikat tidak berlaku lagi"))
        self.file_button = QPushButton(self.tr("&Arsipkan: sudah ditindaklanjuti"), self)
        self.file_button.setToolTip(
            self.tr(
                "Arsipkan tanpa tindak lanjut baru, dengan catatan apa yang sudah dilakukan atas surat asal"
            )
        )
        self.close_button = QPushButton(self.tr("Tutup"), self)
        self.confirm_button.clicked.connect(lambda: self.review(confirm=True))
        self.reject_button.clicked.connect(lambda: self.review(confirm=False))
        self.file_button.clicked.connect(self.file)
        self.close_button.clicked.connect(self.reject)

        # The scans side by side, and the texts side by side; each pair moves together.
        self.original_scan = LetterScanView(tasks, self)
        self.letter_scan = LetterScanView(tasks, self)
        self.scan_link = ScrollLink(self.original_scan.pages, self.letter_scan.pages)
        self.text_link = ScrollLink(self.original_text, self.letter_text)
        scans = QSplitter(Qt.Orientation.Horizontal, self)
        scans.setChildrenCollapsible(False)
        scans.addWidget(self.original_scan)
        scans.addWidget(self.letter_scan)
        texts_page = QWidget(self)
        texts = QGridLayout(texts_page)
        texts.setContentsMargins(0, 4, 0, 0)
        texts.addWidget(self.original_text, 0, 0)
        texts.addWidget(self.letter_text, 0, 1)
        texts.addWidget(self.legend, 1, 0, 1, 2)
        texts.setRowStretch(0, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scans, self.tr("&Pindaian berdampingan"))
        self.tabs.addTab(texts_page, self.tr("&Teks berdampingan (beda ditandai)"))
        titles = QGridLayout()
        titles.addWidget(self.original_title, 0, 0)
        titles.addWidget(self.letter_title, 0, 1)
        self.pending_note = QLabel(
            self.tr(
                "Surat ini belum didaftarkan: keputusan atas tanda duplikat diambil setelah didaftarkan."
            ),
            self,
        )
        self.pending_note.setWordWrap(True)
        self.pending_note.setStyleSheet("color: #616161;")
        self.pending_note.setVisible(candidate is not None)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Catatan:"), self))
        note_row.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.state)
        layout.addWidget(self.reasons)
        layout.addLayout(titles)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.pending_note)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if candidate is not None:  # nothing to decide before the letter is registered
            for widget in (self.note, self.confirm_button, self.reject_button, self.file_button):
                widget.hide()
            note_row.itemAt(0).widget().hide()
        fit_window(self, "duplicate_compare", 1340, 760)
        self._set_buttons()
        self.load()

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        db, actor, letter_id, candidate = self._db, self._actor, self._letter_id, self.candidate
        self._busy = True
        self._set_buttons()
        if candidate is not None:
            original_id = candidate.duplicate_of

            def fetch_original() -> _Unregistered:
                return _Unregistered(
                    get_letter(db, actor, letter_id=original_id),
                    letter_scan(db, actor, letter_id=original_id),
                )

            self._tasks.run(fetch_original, self._loaded_candidate, self._load_failed, owner=self)
            return
        assert letter_id is not None

        def fetch() -> _Registered:
            pair = comparison(db, actor, letter_id=letter_id)
            return _Registered(
                pair,
                letter_scan(db, actor, letter_id=pair.original.id),
                letter_scan(db, actor, letter_id=letter_id),
            )

        self._tasks.run(fetch, self._loaded, self._load_failed, owner=self)

    def _loaded(self, found: _Registered) -> None:
        self._busy = False
        self.show_pair(found.pair)
        self._show_scans(found.original_scan, found.letter_scan)

    def _loaded_candidate(self, found: _Unregistered) -> None:
        """The letter the scan resembles beside the scan, before it is registered."""
        self._busy = False
        assert self.candidate is not None
        candidate, original = self.candidate, found.original
        self.setWindowTitle(
            self.tr("Pindaian %1 dibandingkan dengan surat %2")
            .replace("%1", candidate.path.name)
            .replace("%2", original.row.agenda_no)
        )
        score = (
            self.tr("kemiripan %1%").replace("%1", str(round(candidate.score * 100)))
            if candidate.score is not None
            else ""
        )
        summary = (
            self.tr("Pindaian %1 mirip surat %2")
            .replace("%1", candidate.path.name)
            .replace("%2", original.row.agenda_no)
        )
        self.summary.setText(" · ".join(filter(None, [summary, score])))
        self.reasons.setText("\n".join(f"• {reason}" for reason in candidate.reasons))
        self.reasons.setVisible(bool(candidate.reasons))
        self.state.setText(self.tr("Belum didaftarkan"))
        self.state.setStyleSheet("color: #616161; font-weight: bold;")
        self.original_title.setText(self._title(self.tr("Surat terdaftar"), original.row))
        self.letter_title.setText(self.tr("Pindaian ini: %1").replace("%1", candidate.path.name))
        marked = highlight(original.data.text or original.data.summary or "", candidate.extraction.text or "")
        self.original_text.setHtml(marked.original_html)
        self.letter_text.setHtml(marked.letter_html)
        self._show_scans(found.original_scan, candidate.scan())
        self._set_buttons()

    def _show_scans(self, original: LetterScan, letter: LetterScan) -> None:
        self.original_scan.show_scan(original)
        self.letter_scan.show_scan(letter)
        if not original.documents and not letter.documents:
            self.tabs.setCurrentIndex(1)  # two typed letters: their texts say it all
        self.shown_both = True

    def _load_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.summary.setText(self.tr("Perbandingan tidak dapat dimuat"))
        self.error.show_message(error_text(exc))
        self._set_buttons()

    def show_pair(self, pair: Pair) -> None:
        self.pair = pair
        letter, original = pair.letter, pair.original
        self.setWindowTitle(
            self.tr("Surat %1 dibandingkan dengan surat asal %2")
            .replace("%1", letter.agenda_no)
            .replace("%2", original.agenda_no)
        )
        score = (
            self.tr("kemiripan %1%").replace("%1", str(round(pair.score * 100)))
            if pair.score is not None
            else ""
        )
        self.summary.setText(
            " · ".join(
                filter(
                    None,
                    [
                        self.tr("Surat %1 kemungkinan mengulang surat %2")
                        .replace("%1", letter.agenda_no)
                        .replace("%2", original.agenda_no),
                        score,
                    ],
                )
            )
        )
        self.reasons.setText("\n".join(f"• {reason}" for reason in pair.reasons))
        self.reasons.setVisible(bool(pair.reasons))
        self.original_title.setText(self._title(self.tr("Surat asal"), original))
        self.letter_title.setText(self._title(self.tr("Surat ini"), letter))
        marked = highlight(pair.original_text, pair.letter_text)
        self.original_text.setHtml(marked.original_html)
        self.letter_text.setHtml(marked.letter_html)
        self._show_state(letter)

    def _title(self, which: str, row: LetterRow) -> str:
        sender = row.sender.name or self.tr("(tanpa nama)")
        received = self.tr("diterima %1").replace("%1", short_date(row.received_at))
        return f"{which}: {row.agenda_no} · {received} · {sender} · {status_label(row.status)}"

    def _show_state(self, letter: LetterRow) -> None:
        text, color = {
            CONFIRMED: (self.tr("✓ Dikonfirmasi: benar pengiriman ulang"), "#8e1b16"),
            REJECTED: (self.tr("Ditolak: bukan duplikat, ditangani sebagai pengaduan baru"), "#616161"),
        }.get(letter.duplicate_review or "", (self.tr("Belum ditelaah analis"), "#b26a00"))
        self.state.setText(self.tr("Keputusan: %1").replace("%1", text) + f" · {status_label(letter.status)}")
        self.state.setStyleSheet(f"color: {color}; font-weight: bold;")
        self._set_buttons()

    def _set_buttons(self) -> None:
        pair = self.pair
        ready = pair is not None and not self._busy and self.candidate is None
        may_review = ready and self._actor.can(Permission.EDIT_LETTER)
        review = pair.letter.duplicate_review if pair else None
        self.confirm_button.setEnabled(may_review and review != CONFIRMED)
        self.reject_button.setEnabled(may_review and review != REJECTED)
        may_file = ready and review != REJECTED and "filed" in allowed_steps(self._actor, pair.letter.status)
        self.file_button.setEnabled(bool(may_file))

    # ------------------------------------------------------------ decisions

    def review(self, *, confirm: bool) -> None:
        if self.pair is None or self._busy:
            return
        db, actor, letter = self._db, self._actor, self.pair.letter
        note = self.note.text().strip()
        self._start()
        self._tasks.run(
            lambda: review_flag(
                db, actor, letter_id=letter.id, expected_version=letter.version, confirm=confirm, note=note
            ),
            self._saved,
            self._failed,
            owner=self,
        )

    def file(self) -> None:
        if self.pair is None or self._busy:
            return
        db, actor, letter = self._db, self._actor, self.pair.letter
        self._start()
        self._tasks.run(
            lambda: file_as_handled(db, actor, letter_id=letter.id, expected_version=letter.version),
            self._saved,
            self._failed,
            owner=self,
        )

    def _start(self) -> None:
        self._busy = True
        self.error.show_message(None)
        self._set_buttons()

    def _saved(self, row: LetterRow) -> None:
        self._busy = False
        assert self.pair is not None
        self.pair = replace(self.pair, letter=row, review=row.duplicate_review)
        self.note.clear()
        self._show_state(row)
        self.saved.emit(row)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ConflictError):
            self.error.show_message(
                self.tr(
                    "Surat ini telah diubah oleh pengguna lain; versi terbarunya dimuat ulang. "
                    "Periksa lalu putuskan lagi."
                )
            )
            db, actor, letter_id = self._db, self._actor, self._letter_id
            self._busy = True
            self._tasks.run(
                lambda: comparison(db, actor, letter_id=letter_id),
                self._reloaded,
                self._load_failed,
                owner=self,
            )
            return
        self.error.show_message(error_text(exc))
        self._set_buttons()

    def _reloaded(self, pair: Pair) -> None:
        self._busy = False
        self.show_pair(pair)
        self.reloaded.emit(pair.letter)
