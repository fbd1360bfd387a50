"""Forwarding a letter to an agency (penerusan) from the client, and printing forwarding letters.

:class:`ForwardingDialog` — one letter: the agency chooser starts on the routing suggestion (with its
reasons), Sifat and "Rahasiakan identitas pengadu". "Pratinjau" renders a draft (no number is taken:
nothing is recorded) and shows its pages inside the dialog; "Teruskan" records the forwarding through
:func:`sipdumas.services.forwarding.forward_letter` (new number, or the letter already forwarded there
printed again) and shows the final letter; "Cetak…" and "Simpan PDF…" forward first when needed, then
print the service's PDF / write it.

:class:`BatchPrintDialog` — several selected letters, one service call per letter (each to the agency
chosen, or to each letter's best suggestion), progress, cancel between letters; all pages go into one
print job.

Pages are rendered to images with pypdfium2, already the core's PDF reader, rather than QtPdf: QtPdf
comes only with some PySide6-Addons releases (6.11 has it, the 6.12.0 wheels do not), and the preview
must not depend on which one a workstation got. Rendering happens (under
``sipdumas.output.pdfium.PDFIUM_LOCK``, pdfium is not thread-safe) on the worker and shown in a
QScrollArea; printing paints the same images onto the QPrinter with QPainter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.output.files import write_atomically
from sipdumas.output.pdfium import PDFIUM_LOCK
from sipdumas.services import forwarding as fwd
from sipdumas.services import routing
from sipdumas.services.admin.setup import setup_status
from sipdumas.services.admin.workflow_settings import PLACEHOLDER_SIGNER, URGENCIES
from sipdumas.services.letters import LetterRow
from ui.common.widgets import ErrorLabel
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

PREVIEW_DPI = 96
PRINT_DPI = 200


# ---------------------------------------------------------------- worker-side helpers (no widgets)


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``. Safe on a worker thread (QImage, not QPixmap)."""
    import pypdfium2 as pdfium

    images = []
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            for page in doc:
                try:
                    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
                finally:
                    page.close()
                data = pil.tobytes()
                image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                images.append(image)
        finally:
            doc.close()
    return images


def paint_pages(painter: QPainter, printer: QPrinter, images: list[QImage], *, first: bool) -> None:
    """Draw ``images`` one per printer page, scaled to the page keeping their aspect ratio."""
    for i, image in enumerate(images):
        if not (first and i == 0):
            printer.newPage()
        target = painter.viewport()
        size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("Printer tidak dapat dibuka")
    try:
        paint_pages(painter, printer, images, first=True)
    finally:
        painter.end()


# ---------------------------------------------------------------- widgets


class PagesView(QScrollArea):
    """The pages of a PDF one under the other, on a grey desk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget(self)
        self._inner.setStyleSheet("background: #7a7a7a;")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self.page_labels: list[QLabel] = []

    def show_images(self, images: list[QImage]) -> None:
        self.clear()
        for image in images:
            label = QLabel(self._inner)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #444;")
            self._layout.addWidget(label)
            self.page_labels.append(label)

    def clear(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []

    @property
    def page_count(self) -> int:
        return len(self.page_labels)


@dataclass(frozen=True, slots=True)
class _Choice:
    agency_id: int
    agency_name: str
    urgency: str
    confidential: bool


def _load_choices(db: Database, actor: Actor, letter_id: int):
    return (
        routing.list_agencies(db, actor),
        routing.suggest(db, actor, letter_id=letter_id),
        setup_status(db, actor).signer_unset,
    )


def ask_about_signer(parent: QWidget, actor: Actor, proceed: Callable[[], None]) -> QMessageBox:
    """Before a numbered forwarding letter while the signer is still the shipped placeholder: say so,
    and go on (``proceed``) only when the user still wants to; administrators may set the signer from
    here. Returns the (open, window-modal) question."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Penandatangan belum diatur"))
    box.setText(
        parent.tr(
            "Surat penerusan akan diberi nomor dan ditandatangani «%1», nama contoh bawaan SIPDUMAS."
        ).replace("%1", PLACEHOLDER_SIGNER)
    )
    box.setInformativeText(
        parent.tr(
            "Atur nama pejabat penandatangan lebih dulu di Pengaturan → Pengaturan surat penerusan… (tab "
            "Penandatangan dan tembusan), atau teruskan juga bila memang disengaja."
        )
    )
    settings = None
    if actor.can(Permission.MANAGE_SETTINGS):
        settings = box.addButton(parent.tr("&Atur penandatangan…"), QMessageBox.ButtonRole.ActionRole)
    go = box.addButton(parent.tr("&Teruskan juga"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(parent.tr("&Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(settings or cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is go:
            proceed()
        elif settings is not None and clicked is settings:
            open_signer_settings(parent)

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


def open_signer_settings(parent: QWidget):
    """The forwarding-letter settings at the signer's tab (for an administrator asked about the
    signer); ``parent`` learns of a save through its ``signer_saved(WorkflowSettings)`` slot."""
    from ui.settings.letter_settings_dialog import LetterSettingsDialog

    dialog = LetterSettingsDialog(parent.db, parent.actor, parent.tasks, parent=parent)
    dialog.tabs.setCurrentIndex(2)
    dialog.saved.connect(parent.signer_saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    parent.signer_dialog = dialog
    return dialog


class ForwardingDialog(QDialog):
    """Forward one letter and print its forwarding letter. ``forwarded(ForwardingResult)`` after the
    service recorded (or reprinted) it; ``printed()`` after a print job ended; ``shown(int pages)``
    when a preview or the final letter is on screen."""

    forwarded = Signal(object)
    printed = Signal()
    shown = Signal(int)
    loaded = Signal()

    def __init__(
        self, db: Database, actor: Actor, tasks: TaskRunner, letter: LetterRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks, self.letter = db, actor, tasks, letter
        self.result: fwd.ForwardingResult | None = None
        self._result_choice: _Choice | None = None
        self._suggestions: dict[int, routing.Suggestion] = {}
        #: The signer is still the placeholder and the user has not said to go on regardless.
        self.signer_unset = False
        self.signer_box: QMessageBox | None = None
        self.signer_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Teruskan surat %s") % letter.agenda_no)
        fit_window(self, "forwarding", 900, 760)

        heading = QLabel(f"<b>{letter.agenda_no}</b> — {_escape(letter.subject or '-')}", self)
        heading.setWordWrap(True)
        self.agency = QComboBox(self)
        self.agency.setMinimumWidth(380)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #555;")
        self.urgency = QComboBox(self)
        for u in URGENCIES:
            self.urgency.addItem(u, u)
        self.confidential = QCheckBox(
            self.tr("Rahasiakan identitas pengadu (nama, NIK, alamat, kontak; tanpa lampiran)"), self
        )
        form = QFormLayout()
        form.addRow(self.tr("Instansi tujuan"), self.agency)
        form.addRow("", self.reasons)
        form.addRow(self.tr("Sifat"), self.urgency)
        form.addRow("", self.confidential)

        self.btn_preview = QPushButton(self.tr("&Pratinjau"), self)
        self.btn_forward = QPushButton(self.tr("&Teruskan"), self)
        self.btn_print = QPushButton(self.tr("&Cetak…"), self)
        self.btn_save = QPushButton(self.tr("&Simpan PDF…"), self)
        self.btn_close = QPushButton(self.tr("Tutup"), self)
        buttons = QHBoxLayout()
        for b in (self.btn_preview, self.btn_forward, self.btn_print, self.btn_save):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.pages = PagesView(self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)

        self.btn_preview.clicked.connect(self.preview)
        self.btn_forward.clicked.connect(lambda: self.forward())
        self.btn_print.clicked.connect(lambda: self.print_letter())
        self.btn_save.clicked.connect(lambda: self.save_pdf())
        self.btn_close.clicked.connect(self.reject)
        self.agency.currentIndexChanged.connect(self._show_reasons)
        can_print = actor.can(Permission.PRINT_LETTERS)
        for b in (self.btn_preview, self.btn_forward, self.btn_print, self.btn_save):
            b.setEnabled(False)
        self._can_print = can_print
        if not can_print:
            self.error.show_message(self.tr("Peran Anda tidak berwenang mencetak atau meneruskan surat."))
        self.info.setText(self.tr("Memuat daftar instansi…"))
        tasks.run(lambda: _load_choices(db, actor, letter.id), self._on_loaded, self._on_error, owner=self)

    # ------------------------------------------------------------ state

    def choice(self) -> _Choice | None:
        agency_id = self.agency.currentData()
        if agency_id is None:
            return None
        return _Choice(
            agency_id,
            self.agency.currentText().removeprefix("★ "),
            self.urgency.currentData(),
            self.confidential.isChecked(),
        )

    def _busy(self, busy: bool, message: str = "") -> None:
        for b in (self.btn_preview, self.btn_forward, self.btn_print, self.btn_save):
            b.setEnabled(not busy and self._can_print and self.agency.count() > 0)
        self.info.setText(message)
        if busy:
            self.error.show_message(None)

    def _on_loaded(self, loaded) -> None:
        agencies, suggestions, self.signer_unset = loaded
        self._suggestions = {s.agency.id: s for s in suggestions}
        suggested = [s.agency for s in suggestions]
        others = [a for a in agencies if a.id not in self._suggestions]
        for a in suggested:
            self.agency.addItem(f"★ {a.name}", a.id)
        if suggested and others:
            self.agency.insertSeparator(self.agency.count())
        for a in others:
            self.agency.addItem(a.name, a.id)
        self.agency.setCurrentIndex(0)
        self._show_reasons()
        self._busy(
            False,
            "" if agencies else self.tr("Belum ada instansi tujuan; tambahkan lewat pengaturan instansi."),
        )
        self.loaded.emit()

    def _show_reasons(self) -> None:
        s = self._suggestions.get(self.agency.currentData())
        if s is None:
            self.reasons.setText(
                self.tr("Tidak ada saran untuk instansi ini.")
                if self._suggestions
                else self.tr("Belum ada saran instansi untuk surat ini.")
            )
            return
        why = "; ".join(s.reasons) or "-"
        self.reasons.setText(self.tr("Disarankan (skor %s): %s") % (f"{s.score:.2f}", why))

    def _on_error(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.show_message(error_text(exc))

    # ------------------------------------------------------------ actions

    def preview(self) -> None:
        """Render a draft (nothing recorded) and show it."""
        c = self.choice()
        if c is None:
            return
        db, actor, letter_id = self.db, self.actor, self.letter.id
        self._busy(True, self.tr("Menyiapkan pratinjau…"))

        def work():
            pdf = fwd.preview_forwarding(
                db,
                actor,
                letter_id=letter_id,
                agency_id=c.agency_id,
                confidential=c.confidential,
                urgency=c.urgency,
            )
            return render_pages(pdf)

        def done(images):
            self._busy(False, self.tr("Pratinjau (draf, belum bernomor: surat belum diteruskan)."))
            self.pages.show_images(images)
            self.shown.emit(len(images))

        self.tasks.run(work, done, self._on_error, owner=self)

    def forward(self, then: Callable[[fwd.ForwardingResult], None] | None = None) -> None:
        """Record the forwarding through the service and show the final letter; ``then(result)`` after."""
        c = self.choice()
        if c is None:
            return
        if self.result is not None and self._result_choice == c:
            if then:
                then(self.result)
            return
        if self.signer_unset:
            self.signer_box = ask_about_signer(self, self.actor, lambda: self._forward_anyway(then))
            return
        db, actor, letter_id = self.db, self.actor, self.letter.id
        self._busy(True, self.tr("Meneruskan surat…"))

        def work():
            result = fwd.forward_letter(
                db,
                actor,
                letter_id=letter_id,
                agency_id=c.agency_id,
                confidential=c.confidential,
                urgency=c.urgency,
            )
            return result, render_pages(result.pdf)

        def done(outcome):
            result, images = outcome
            self.result, self._result_choice = result, c
            again = self.tr(" (sudah pernah diteruskan: dicetak ulang)") if result.reused else ""
            self._busy(
                False, self.tr("Diteruskan kepada %s, nomor %s%s.") % (result.agency, result.number, again)
            )
            self.pages.show_images(images)
            self.forwarded.emit(result)
            self.shown.emit(len(images))
            if then:
                then(result)

        self.tasks.run(work, done, self._on_error, owner=self)

    def _forward_anyway(self, then) -> None:
        self.signer_unset = False  # the user knows, and says go on: not asked again in this dialog
        self.forward(then)

    def signer_saved(self, settings) -> None:
        """The settings opened from the signer question were saved."""
        self.signer_unset = settings.signer_unset

    def print_letter(self, printer: QPrinter | None = None) -> None:
        """Forward when needed, then print the service's PDF (``printer`` given: no print dialog)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self._printer = printer
        self.forward(lambda result: self._print_result(result, printer))

    def _print_result(self, result: fwd.ForwardingResult, printer: QPrinter) -> None:
        self._busy(True, self.tr("Mencetak…"))
        pdf = result.pdf

        def done(images):
            try:
                print_images(printer, images)
            except OSError as exc:
                self._on_error(exc)
                return
            self._busy(False, self.tr("Surat %s dicetak.") % result.number)
            self.printed.emit()

        self.tasks.run(lambda: render_pages(pdf, PRINT_DPI), done, self._on_error, owner=self)

    def save_pdf(self, path: str | Path | None = None) -> None:
        if path is None:
            suggested = f"penerusan-{self.letter.agenda_no}.pdf".replace("/", "-")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan surat penerusan"), suggested, "PDF (*.pdf)"
            )
            if not path:
                return
        target = Path(path)

        def write(result: fwd.ForwardingResult) -> None:
            self.tasks.run(
                lambda: write_atomically(target, result.pdf),
                lambda _: self.info.setText(self.tr("Disimpan ke %s") % target),
                self._on_error,
                owner=self,
            )

        self.forward(write)


class BatchPrintDialog(QDialog):
    """Forward and print several letters: one service call per letter, one print job for all.
    ``finished_batch(results, errors)`` at the end (also after Batal)."""

    finished_batch = Signal(list, list)
    loaded = Signal()
    AUTO = -1

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        letters: list[LetterRow],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks, self.letters = db, actor, tasks, list(letters)
        self.results: list[fwd.ForwardingResult] = []
        self.errors: list[tuple[LetterRow, str]] = []
        self._cancelled = False
        self._running = False
        self.signer_unset = False
        self.signer_box: QMessageBox | None = None
        self.signer_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Cetak surat penerusan (%d surat)") % len(self.letters))
        fit_window(self, "batch_print", 620, 460)

        self.agency = QComboBox(self)
        self.agency.addItem(self.tr("Instansi yang disarankan untuk tiap surat"), self.AUTO)
        self.urgency = QComboBox(self)
        for u in URGENCIES:
            self.urgency.addItem(u, u)
        self.confidential = QCheckBox(self.tr("Rahasiakan identitas pengadu"), self)
        form = QFormLayout()
        form.addRow(self.tr("Instansi tujuan"), self.agency)
        form.addRow(self.tr("Sifat"), self.urgency)
        form.addRow("", self.confidential)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(self.letters))
        self.progress.setValue(0)
        self.log = QListWidget(self)
        self.btn_start = QPushButton(self.tr("&Cetak…"), self)
        self.btn_cancel = QPushButton(self.tr("&Batal"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.btn_start)
        buttons.addWidget(self.btn_cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        layout.addLayout(buttons)
        self.btn_start.clicked.connect(lambda: self.start())
        self.btn_cancel.clicked.connect(self.cancel)
        self.btn_start.setEnabled(actor.can(Permission.PRINT_LETTERS) and bool(self.letters))
        for row in self.letters:
            self.log.addItem(f"{row.agenda_no} — {row.subject or '-'}")
        tasks.run(
            lambda: (routing.list_agencies(db, actor), setup_status(db, actor).signer_unset),
            self._on_agencies,
            self._on_load_error,
            owner=self,
        )

    def _on_agencies(self, loaded) -> None:
        agencies, self.signer_unset = loaded
        for a in agencies:
            self.agency.addItem(a.name, a.id)
        self.loaded.emit()

    def _on_load_error(self, exc: BaseException) -> None:
        self.log.addItem(error_text(exc))
        self.loaded.emit()

    def signer_saved(self, settings) -> None:
        self.signer_unset = settings.signer_unset

    def start(self, printer: QPrinter | None = None) -> None:
        if self._running:
            return
        if self.signer_unset:

            def anyway() -> None:
                self.signer_unset = False
                self.start(printer)

            self.signer_box = ask_about_signer(self, self.actor, anyway)
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        self._printer = printer
        self._painter: QPainter | None = None
        self._pages = 0
        self._running, self._cancelled = True, False
        self.results, self.errors = [], []
        self.btn_start.setEnabled(False)
        for w in (self.agency, self.urgency, self.confidential):
            w.setEnabled(False)
        self._next(0)

    def cancel(self) -> None:
        if self._running:
            self._cancelled = True
            self.btn_cancel.setEnabled(False)
        else:
            self.reject()

    def _next(self, i: int) -> None:
        if self._cancelled or i >= len(self.letters):
            self._finish()
            return
        row = self.letters[i]
        db, actor = self.db, self.actor
        agency_id = self.agency.currentData()
        urgency, confidential = self.urgency.currentData(), self.confidential.isChecked()
        working = self.tr("sedang diproses…")  # outside the f-string, where lupdate can find it
        self.log.item(i).setText(f"{row.agenda_no} — {working}")

        def work():
            target = agency_id
            if target == self.AUTO:
                suggestions = routing.suggest(db, actor, letter_id=row.id, limit=1)
                if not suggestions:
                    raise NotFound("Tidak ada saran instansi; teruskan surat ini satu per satu")
                target = suggestions[0].agency.id
            result = fwd.forward_letter(
                db, actor, letter_id=row.id, agency_id=target, confidential=confidential, urgency=urgency
            )
            return result, render_pages(result.pdf, PRINT_DPI)

        def done(outcome):
            result, images = outcome
            try:
                if self._painter is None:
                    self._painter = QPainter()
                    if not self._painter.begin(self._printer):
                        raise OSError("Printer tidak dapat dibuka")
                paint_pages(self._painter, self._printer, images, first=self._pages == 0)
                self._pages += len(images)
            except OSError as exc:
                self._painter = None
                self.errors.append((row, str(exc)))
                self._cancelled = True
            self.results.append(result)
            self.log.item(i).setText(f"{row.agenda_no} — {result.number} → {result.agency}")
            self._step(i)

        def failed(exc):
            self.errors.append((row, error_text(exc)))
            failed = self.tr("gagal")
            self.log.item(i).setText(f"{row.agenda_no} — {failed}: {error_text(exc)}")
            self._step(i)

        self.tasks.run(work, done, failed, owner=self)

    def _step(self, i: int) -> None:
        self.progress.setValue(i + 1)
        self._next(i + 1)

    def _finish(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        self._running = False
        self.btn_cancel.setEnabled(True)
        self.btn_cancel.setText(self.tr("Tutup"))
        summary = self.tr("%d surat dicetak, %d gagal") % (len(self.results), len(self.errors))
        if self._cancelled:
            summary += self.tr(" (dibatalkan)")
        self.log.addItem(summary)
        self.finished_batch.emit(self.results, self.errors)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_refusal(parent: QWidget, exc: BaseException) -> None:
    QMessageBox.warning(parent, parent.tr("Tidak dapat diproses"), error_text(exc))
