"""The loan desk (meja pinjam): the archivist's screen for lending and taking back physical files, built
for a USB barcode scanner.

A scanner is a keyboard that types the code on the label and presses Enter, into whatever has the
focus. So the big code field takes the focus back after every scan, action, result and dialog; the
buttons never take it (they have function keys). On Enter the file is looked up (``desk_status``) and
shown: code, title, place, letters inside, in or out, the borrower and due date, the queue.

**Quick mode** (on by default): scanning a file that is *in* while the borrower fields are filled lends
it at once (several files in a row go to the same borrower until "Peminjam baru" or a return, which
empties the borrower fields: the person at the desk has changed); scanning a file that is *out*
offers its return, and scanning it again (or Enter) takes it back in the chosen condition. Without
quick mode a scan only shows the file and the buttons act.

Every outcome stays on screen until the next scan: green for done, red with the service's own reason
and a beep for a refusal (file out, unknown code, nothing to return, confidential without approval).
On return the first person queued for the file is shown in a banner of its own, with a button that
makes them the next borrower. After a loan the slip (bon peminjaman) can be printed or saved (Ctrl+P;
or opened at once with "Buka bon setelah meminjamkan").

A code that is not known is also searched as text (code, title, classification, a letter's subject or
agenda number: :func:`sipdumas.services.archive.files.search_files`), so a file whose label is torn off is
found by typing words of its matter and picking it from the list.

Nothing here talks SQL or decides anything: each action is one call of a service of
:mod:`sipdumas.services.archive` on the window's :class:`~ui.tasks.TaskRunner`, followed in the same task
by reading the file again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import CONDITIONS
from sipdumas.services.archive import approvals, loan_papers, loan_settings, loans
from sipdumas.services.archive import files as archive
from sipdumas.services.archive.errors import ApprovalRequired, UnknownCode
from sipdumas.services.archive.files import FileLetter, FileMatch, FileView
from sipdumas.services.archive.loans import Borrower, DeskStatus
from ui.archive.texts import condition_label, local
from ui.common.formatting import short_date
from ui.common.widgets import details_form
from ui.login import error_text
from ui.tasks import TaskRunner

SETTINGS_GROUP = "loan_desk"

#: Outcome kinds and their colours: (text, strong background for the flash, background that stays).
COLOURS = {
    "success": ("#0d3b12", "#66bb6a", "#c8e6c9"),
    "refused": ("#5f1410", "#ef5350", "#f9dedc"),
    "offer": ("#4a3000", "#ffca28", "#ffecb3"),
    "info": ("#1f2d3d", "#90caf9", "#e3edf7"),
}
FLASH_MS = 700
#: Categories offered before any rule names one (LoanRule.borrower_category); those of the rules and of
#: past loans are added (:func:`sipdumas.services.archive.loan_settings.borrower_categories`); free text allowed.
CATEGORIES = ("pegawai", "pimpinan", "eksternal")


@dataclass(frozen=True, slots=True)
class DeskCard:
    """A file as the desk shows it after a scan."""

    status: DeskStatus
    file: FileView
    letters: list[FileLetter] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.status.code

    @property
    def is_out(self) -> bool:
        return self.status.loan is not None


def load_card(db: Database, actor: Actor, code: str) -> DeskCard:
    status = loans.desk_status(db, actor, code=code)
    return DeskCard(
        status=status,
        file=archive.get_file(db, actor, code=status.code),
        letters=archive.file_letters(db, actor, code=status.code),
    )


@dataclass(frozen=True, slots=True)
class _Lookup:
    card: DeskCard | None
    refusal: str | None = None
    matches: list[FileMatch] = field(default_factory=list)


def _look_up(db: Database, actor: Actor, code: str) -> _Lookup:
    try:
        return _Lookup(load_card(db, actor, code))
    except UnknownCode as exc:
        return _Lookup(None, str(exc), archive.search_files(db, actor, text=code, limit=30))


class LoanDeskView(QWidget):
    """The desk. ``outcome(kind, message)`` after every scan or action (kind: success, refused, offer,
    info); ``changed()`` after anything was written (the overdue list reloads); ``history_requested``
    and ``approvals_requested`` ask the main window for those dialogs."""

    outcome = Signal(str, str)
    changed = Signal()
    card_shown = Signal(object)  # DeskCard
    history_requested = Signal(str)
    approvals_requested = Signal()
    slip_ready = Signal(object)  # the PdfDialog showing the slip

    def __init__(
        self,
        db: Database,
        actor: Actor,
        tasks: TaskRunner,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.actor, self.tasks = db, actor, tasks
        self._settings = settings
        self.card: DeskCard | None = None
        self.last_kind = ""
        self.last_message = ""
        self.last_loan_id: int | None = None
        self._offer_return: str | None = None  # code whose return the desk offered (quick mode)
        self._acting_code: str | None = None  # the code of the action running, for its refusal
        self._flash_serial = 0
        self._recent: list[Borrower] = []
        self._build()
        self._restore()
        self._show_card(None)
        self.show_outcome(
            "info", self.tr("Pindai label berkas atau ketik kodenya, lalu tekan Enter."), flash=False
        )
        self._recent_loaded = False  # read when first shown: the register's first page must not wait

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSize(max(big.pointSize(), 9) + 9)
        self.code = QLineEdit(self)
        self.code.setFont(big)
        self.code.setPlaceholderText(self.tr("Pindai atau ketik kode berkas, lalu Enter"))
        self.code.setClearButtonEnabled(True)
        self.code.setMinimumHeight(self.code.fontMetrics().height() + 18)
        self.code.returnPressed.connect(self.scan)
        self.code.setAccessibleName(self.tr("Kode berkas"))
        self.btn_search = QPushButton(self.tr("Cari teks"), self)
        self.btn_search.setToolTip(self.tr("Cari berkas menurut kode, judul, klasifikasi atau perihal surat"))
        self.btn_search.clicked.connect(lambda: self.search(self.code.text()))
        self.quick = QCheckBox(self.tr("Mode cepat"), self)
        self.quick.setToolTip(
            self.tr(
                "Berkas di tempat dipinjamkan langsung kepada peminjam yang terisi; berkas yang dipinjam "
                "ditawarkan untuk dikembalikan: pindai sekali lagi untuk menerimanya"
            )
        )
        self.auto_slip = QCheckBox(self.tr("Buka bon setelah meminjamkan"), self)
        self.auto_slip.setToolTip(
            self.tr("Tampilkan bon peminjaman untuk dicetak setiap kali berkas dipinjamkan")
        )
        top = QHBoxLayout()
        top.addWidget(self.code, 1)
        top.addWidget(self.btn_search)
        options = QVBoxLayout()
        options.addWidget(self.quick)
        options.addWidget(self.auto_slip)
        top.addLayout(options)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(56)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setContentsMargins(14, 8, 14, 8)
        banner_font = QFont(self.font())
        banner_font.setPointSize(max(banner_font.pointSize(), 9) + 4)
        banner_font.setBold(True)
        self.banner.setFont(banner_font)

        self.next_box = QFrame(self)
        self.next_box.setObjectName("next_box")
        self.next_box.setStyleSheet(
            "#next_box { background: #fff3cd; border: 2px solid #e0a800; border-radius: 4px; }"
        )
        self.next_label = QLabel(self.next_box)
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        next_font = QFont(self.font())
        next_font.setPointSize(max(next_font.pointSize(), 9) + 3)
        next_font.setBold(True)
        self.next_label.setFont(next_font)
        self.btn_take_next = QPushButton(self.tr("Jadikan peminjam berikutnya"), self.next_box)
        self.btn_take_next.clicked.connect(self.take_next_requester)
        next_layout = QHBoxLayout(self.next_box)
        next_layout.addWidget(self.next_label, 1)
        next_layout.addWidget(self.btn_take_next)
        self.next_box.hide()
        self._next_request = None

        self.matches_label = QLabel(self)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(150)
        self.matches.itemActivated.connect(self._pick_match)
        self.matches.itemClicked.connect(self._pick_match)
        self.matches_label.hide()
        self.matches.hide()

        # the file
        self.file_box = QGroupBox(self.tr("Berkas"), self)
        self.file_code = QLabel(self.file_box)
        code_font = QFont(self.font())
        code_font.setPointSize(max(code_font.pointSize(), 9) + 6)
        code_font.setBold(True)
        self.file_code.setFont(code_font)
        self.file_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel(self.file_box)
        self.badge.setStyleSheet("background: #6a1b9a; color: white; padding: 2px 8px; font-weight: 700;")
        self.state = QLabel(self.file_box)
        self.state.setFont(code_font)
        heading = QHBoxLayout()
        heading.addWidget(self.file_code)
        heading.addWidget(self.badge)
        heading.addStretch(1)
        heading.addWidget(self.state)
        detail_font = QFont(self.font())
        detail_font.setPointSize(max(detail_font.pointSize(), 9) + 2)  # read from a step away
        details, self.file_fields = details_form(
            (
                ("title", self.tr("Judul:")),
                ("location", self.tr("Lokasi:")),
                ("classification", self.tr("Klasifikasi:")),
                ("letters", self.tr("Surat:")),
                ("loan", self.tr("Peminjam:")),
                ("due", self.tr("Jatuh tempo:")),
                ("queue", self.tr("Antrean:")),
            ),
            self.file_box,
            font=detail_font,
        )
        for value in self.file_fields.values():
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        file_layout = QVBoxLayout(self.file_box)
        file_layout.addLayout(heading)
        file_layout.addLayout(details)
        file_layout.addStretch(1)

        # the borrower
        self.borrower_box = QGroupBox(self.tr("Peminjam"), self)
        self.name = QLineEdit(self.borrower_box)
        self.unit = QLineEdit(self.borrower_box)
        self.phone = QLineEdit(self.borrower_box)
        self.phone.setPlaceholderText(self.tr("mis. 0812-3456-7890 atau ext. 221"))
        self.nip = QLineEdit(self.borrower_box)
        self.nip.setPlaceholderText(self.tr("18 digit, dicetak pada bon peminjaman (boleh kosong)"))
        self.category = QComboBox(self.borrower_box)
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(list(CATEGORIES))
        self.category.setToolTip(self.tr("Golongan peminjam untuk aturan masa pinjam (mis. pimpinan)"))
        self.purpose = QLineEdit(self.borrower_box)
        self.purpose.setPlaceholderText(self.tr("mis. bahan telaah, klarifikasi"))
        self.btn_new_borrower = QPushButton(self.tr("Peminjam baru (F9)"), self.borrower_box)
        self.btn_new_borrower.clicked.connect(self.clear_borrower)
        borrower_form = QFormLayout(self.borrower_box)
        borrower_form.addRow(self.tr("&Nama:"), self.name)
        borrower_form.addRow(self.tr("&Unit kerja:"), self.unit)
        borrower_form.addRow(self.tr("Tele&pon:"), self.phone)
        borrower_form.addRow(self.tr("N&IP:"), self.nip)
        borrower_form.addRow(self.tr("&Golongan:"), self.category)
        borrower_form.addRow(self.tr("&Keperluan:"), self.purpose)
        borrower_form.addRow("", self.btn_new_borrower)
        for edit in (self.name, self.unit, self.phone, self.nip, self.purpose):
            # Enter in a borrower field sends the focus back to the code field, ready for the scan
            edit.returnPressed.connect(self.focus_code)
        self.category.lineEdit().returnPressed.connect(self.focus_code)
        self._completer_model = QStandardItemModel(self)
        self.completer = QCompleter(self._completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(Qt.ItemDataRole.UserRole)
        self.completer.activated.connect(self._complete_borrower)
        self.name.setCompleter(self.completer)

        # the return
        self.return_box = QGroupBox(self.tr("Pengembalian"), self)
        self.condition_group = QButtonGroup(self)
        self.conditions: dict[str, QRadioButton] = {}
        condition_row = QHBoxLayout()
        for i, condition in enumerate(CONDITIONS):
            radio = QRadioButton(condition_label(condition), self.return_box)
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.condition_group.addButton(radio, i)
            self.conditions[condition] = radio
            condition_row.addWidget(radio)
        condition_row.addStretch(1)
        self.conditions["baik"].setChecked(True)
        self.return_note = QLineEdit(self.return_box)
        self.return_note.setPlaceholderText(self.tr("mis. sampul sobek, dua lembar hilang"))
        self.return_note.returnPressed.connect(self.focus_code)
        return_form = QFormLayout(self.return_box)
        return_form.addRow(self.tr("Kondisi:"), condition_row)
        return_form.addRow(self.tr("Catatan:"), self.return_note)

        # the actions
        self.btn_lend = QPushButton(self.tr("Pinjamkan (F2)"), self)
        self.btn_return = QPushButton(self.tr("Kembalikan (F3)"), self)
        self.btn_renew = QPushButton(self.tr("Perpanjang (F4)"), self)
        self.btn_queue = QPushButton(self.tr("Antrekan (F6)"), self)
        self.btn_approval = QPushButton(self.tr("Minta persetujuan (F7)"), self)
        self.btn_slip = QPushButton(self.tr("Cetak bon (Ctrl+P)"), self)
        self.btn_history = QPushButton(self.tr("Riwayat berkas (F8)"), self)
        self.btn_approvals = QPushButton(self.tr("Persetujuan berkas rahasia…"), self)
        self.btn_lend.setToolTip(self.tr("Pinjamkan berkas ini kepada peminjam yang terisi"))
        self.btn_return.setToolTip(self.tr("Terima kembali berkas ini dengan kondisi yang dipilih"))
        self.btn_renew.setToolTip(self.tr("Perpanjang masa pinjam berkas ini"))
        self.btn_queue.setToolTip(
            self.tr("Catat permintaan peminjam yang terisi untuk berkas yang sedang dipinjam")
        )
        self.btn_approval.setToolTip(self.tr("Minta persetujuan atasan untuk meminjamkan berkas rahasia ini"))
        self.btn_slip.setToolTip(self.tr("Cetak atau simpan bon peminjaman berkas yang sedang dipinjam"))
        self.actions_row = QHBoxLayout()
        pairs = (
            (self.btn_lend, self.lend, "F2"),
            (self.btn_return, self.return_file, "F3"),
            (self.btn_renew, self.renew, "F4"),
            (self.btn_queue, self.queue, "F6"),
            (self.btn_approval, self.request_approval, "F7"),
            (self.btn_slip, self.open_slip, "Ctrl+P"),
            (self.btn_history, self.open_history, "F8"),
            (self.btn_approvals, self.approvals_requested.emit, None),
        )
        for button, slot, key in pairs:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the code field keeps the focus
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.actions_row.addWidget(button)
            if key:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda b=button: b.isEnabled() and b.isVisible() and b.click())
        shortcut = QShortcut(QKeySequence("F9"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.clear_borrower)
        for button in (self.btn_search, self.btn_take_next, self.btn_new_borrower):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for box in (self.quick, self.auto_slip):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.actions_row.addStretch(1)
        can_lend = self.actor.can(Permission.LEND_FILES)
        for button in (
            self.btn_lend,
            self.btn_return,
            self.btn_renew,
            self.btn_queue,
            self.btn_approval,
            self.btn_slip,
        ):
            button.setVisible(can_lend)
        self.btn_approvals.setVisible(self.actor.can(Permission.APPROVE_CONFIDENTIAL_LOAN))

        right = QVBoxLayout()
        right.addWidget(self.borrower_box)
        right.addWidget(self.return_box)
        right.addStretch(1)
        middle = QGridLayout()
        middle.addWidget(self.file_box, 0, 0)
        middle.addLayout(right, 0, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.next_box)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches)
        layout.addLayout(middle, 1)
        layout.addLayout(self.actions_row)
        self.setTabOrder(self.code, self.name)
        self.setTabOrder(self.name, self.unit)
        self.setTabOrder(self.unit, self.phone)
        self.setTabOrder(self.phone, self.category)
        self.setTabOrder(self.category, self.purpose)
        self.setTabOrder(self.purpose, self.return_note)
        self.setFocusProxy(self.code)

    def _restore(self) -> None:
        quick, auto_slip = True, False
        if self._settings is not None:
            quick = self._settings.value(f"{SETTINGS_GROUP}/quick", True, type=bool)
            auto_slip = self._settings.value(f"{SETTINGS_GROUP}/auto_slip", False, type=bool)
        self.quick.setChecked(quick)
        self.auto_slip.setChecked(auto_slip)
        self.quick.toggled.connect(lambda on: self._remember("quick", on))
        self.auto_slip.toggled.connect(lambda on: self._remember("auto_slip", on))

    def _remember(self, key: str, value) -> None:
        if self._settings is not None:
            self._settings.setValue(f"{SETTINGS_GROUP}/{key}", value)
        self.focus_code()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._recent_loaded:
            self._recent_loaded = True
            self.load_recent_borrowers()
        QTimer.singleShot(0, self, self.focus_code)

    # ------------------------------------------------------------ focus and outcome

    def focus_code(self, *, activate: bool = False) -> None:
        """The scanner types wherever the focus is: bring it back to the code field, text selected so
        the next scan replaces it. ``activate`` (after a dialog of the desk closed) also makes the
        desk's window the active one again, as not every window manager does that by itself."""
        if activate and self.isVisible() and not self.window().isActiveWindow():
            self.window().activateWindow()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    def show_outcome(self, kind: str, message: str, *, flash: bool = True) -> None:
        """Colour and text of the banner, kept until the next scan; a refusal beeps."""
        self.last_kind, self.last_message = kind, message
        self.banner.setText(message)
        fg, strong, soft = COLOURS[kind]
        self._flash_serial += 1
        serial = self._flash_serial

        def paint(background: str, border: str) -> None:
            self.banner.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {background}; border: 2px solid {border}; border-radius: 4px; }}"
            )
            self.code.setStyleSheet(
                f"QLineEdit {{ border: 3px solid {border}; border-radius: 4px; padding: 2px 6px; }}"
            )

        if flash and kind != "info":
            paint(strong, strong)
            # context object self: no settling of a desk that was closed meanwhile
            QTimer.singleShot(FLASH_MS, self, lambda: serial == self._flash_serial and paint(soft, strong))
        else:
            paint(soft, strong if kind != "info" else soft)
        if kind == "refused":
            QApplication.beep()
        self.outcome.emit(kind, message)
        self.focus_code()

    def _refused(self, exc: BaseException) -> None:
        message = error_text(exc)
        if isinstance(exc, ApprovalRequired):
            message += "\n" + self.tr("Isi peminjam lalu tekan Minta persetujuan (F7).")
        self.show_outcome("refused", message)
        # show the file the refusal is about as it is now (another desk may have acted meanwhile),
        # leaving the red outcome on screen
        code = self._acting_code or (self.card.code if self.card is not None else None)
        if code and not isinstance(exc, UnknownCode):
            self._reload_card(code)

    # ------------------------------------------------------------ the file on screen

    def _show_card(self, card: DeskCard | None) -> None:
        self.card = card
        f = self.file_fields
        if card is None:
            self.file_code.setText(self.tr("—"))
            self.badge.hide()
            self.state.setText("")
            self.state.setStyleSheet("")
            for label in f.values():
                label.setText("")
            self._update_buttons()
            return
        s, file = card.status, card.file
        self.file_code.setText(s.code)
        self.badge.setText(self.tr("RAHASIA"))
        self.badge.setVisible(s.confidential)
        f["title"].setText(s.title or self.tr("(tanpa judul)"))
        place = s.location or self.tr("(belum ditempatkan)")
        f["location"].setText(f"{place}  [{file.location_code}]" if file.location_code else place)
        f["classification"].setText(file.classification_code or "—")
        letters = [f"{x.agenda_no} — {x.subject or ''}" for x in card.letters[:4]]
        if len(card.letters) > 4:
            letters.append(self.tr("… dan %1 surat lain").replace("%1", str(len(card.letters) - 4)))
        f["letters"].setText("\n".join(letters) or self.tr("(kosong)"))
        loan = s.loan
        if file.merged_into:
            self.state.setText(self.tr("DIGABUNG ke %1").replace("%1", file.merged_into))
            self.state.setStyleSheet("padding: 4px 14px; background: #ffe0b2; color: #4a3000;")
        elif loan is None:
            self.state.setText(self.tr("DI TEMPAT"))
            self.state.setStyleSheet("padding: 4px 14px; background: #c8e6c9; color: #0d3b12;")
        else:
            self.state.setText(self.tr("DIPINJAM"))
            self.state.setStyleSheet("padding: 4px 14px; background: #f9dedc; color: #5f1410;")
        if loan is None:
            f["loan"].setText("—")
            f["due"].setText("—")
        else:
            who = f"{loan.borrower} ({loan.unit})"
            if loan.phone:
                who += f" · {loan.phone}"
            who += "\n" + self.tr("sejak %1, oleh petugas %2").replace(
                "%1", short_date(local(loan.lent_at).date())
            ).replace("%2", loan.issued_by)
            if loan.purpose:
                who += "\n" + self.tr("keperluan: %1").replace("%1", loan.purpose)
            f["loan"].setText(who)
            due = short_date(loan.due_on)
            if loan.renewals:
                due += "  " + self.tr("(diperpanjang %1 kali)").replace("%1", str(loan.renewals))
            f["due"].setText(due)
        if s.queue:
            f["queue"].setText(
                "\n".join(
                    f"{i}. {r.borrower} ({r.unit}) · {short_date(local(r.requested_at).date())}"
                    for i, r in enumerate(s.queue, start=1)
                )
            )
        else:
            f["queue"].setText(self.tr("tidak ada"))
        self._update_buttons()
        self.card_shown.emit(card)

    def _update_buttons(self) -> None:
        card = self.card
        out = card is not None and card.is_out
        self.btn_slip.setEnabled(out)
        self.btn_history.setEnabled(card is not None)
        self.btn_approval.setEnabled(card is None or card.status.confidential)
        # the natural next step is the default-looking one
        for button in (self.btn_lend, self.btn_return, self.btn_approval):
            button.setStyleSheet("")
        if card is not None and card.file.merged_into is None:
            suggested = self.btn_return if out else self.btn_lend
            if not out and card.status.confidential:
                suggested = self.btn_approval
            suggested.setStyleSheet("font-weight: 700;")

    def _reload_card(self, code: str) -> None:
        db, actor = self.db, self.actor

        def shown(card: DeskCard) -> None:
            self._show_card(card)
            self.focus_code()

        self.tasks.run(lambda: load_card(db, actor, code), shown, lambda _exc: None, owner=self)

    # ------------------------------------------------------------ scanning

    def scan(self) -> None:
        """Enter in the code field: look the code up and show the file (quick mode: lend or offer the
        return; a second scan of a file whose return was offered takes it back)."""
        code = self.code.text().strip()
        if not code:
            self.focus_code()
            return
        if (
            self.quick.isChecked()
            and self._offer_return is not None
            and code.upper() == self._offer_return.upper()
        ):
            self.return_file()
            return
        self._offer_return = None
        self._acting_code = code
        self._hide_transient()
        db, actor = self.db, self.actor
        self.tasks.run(lambda: _look_up(db, actor, code), self._on_looked_up, self._refused, owner=self)

    def _hide_transient(self) -> None:
        self.next_box.hide()
        self._next_request = None
        self.matches.hide()
        self.matches_label.hide()

    def _on_looked_up(self, found: _Lookup) -> None:
        if found.card is None:
            self._show_card(None)
            self._show_matches(found.matches, self.code.text().strip())
            if found.matches:
                self.show_outcome(
                    "offer",
                    found.refusal
                    + "\n"
                    + self.tr("%1 berkas cocok dengan teks itu: pilih di daftar di bawah.").replace(
                        "%1", str(len(found.matches))
                    ),
                )
            else:
                self.show_outcome("refused", found.refusal or "")
            return
        self._after_lookup(found.card)

    def _after_lookup(self, card: DeskCard) -> None:
        self._show_card(card)
        s = card.status
        if card.file.merged_into:
            self.show_outcome(
                "offer",
                self.tr("Berkas %1 sudah digabung ke berkas %2: pindai atau pinjamkan berkas itu.")
                .replace("%1", s.code)
                .replace("%2", card.file.merged_into),
            )
            return
        if s.loan is None:
            if self.quick.isChecked() and self._borrower_filled():
                self.lend()
                return
            hint = self.tr("Berkas %1 ada di tempatnya.").replace("%1", s.code)
            if s.confidential:
                hint += " " + self.tr("Berkas rahasia: peminjaman perlu persetujuan atasan (F7).")
            else:
                hint += " " + self.tr("Isi peminjam lalu tekan Pinjamkan (F2).")
            self.show_outcome("info", hint)
            return
        loan = s.loan
        text = (
            self.tr("Berkas %1 sedang dipinjam oleh %2 (%3), jatuh tempo %4.")
            .replace("%1", s.code)
            .replace("%2", loan.borrower)
            .replace("%3", loan.unit)
            .replace("%4", short_date(loan.due_on))
        )
        if self.quick.isChecked():
            self._offer_return = s.code
            text += " " + self.tr(
                "Pindai sekali lagi atau tekan Enter untuk menerimanya kembali (kondisi: %1)."
            ).replace("%1", condition_label(self.condition()))
            self.show_outcome("offer", text)
        else:
            self.show_outcome(
                "info", text + " " + self.tr("Kembalikan (F3), perpanjang (F4) atau antrekan (F6).")
            )

    # ------------------------------------------------------------ searching

    def search(self, text: str) -> None:
        text = (text or "").strip()
        if not text:
            self.focus_code()
            return
        self._hide_transient()
        db, actor = self.db, self.actor

        def done(matches: list[FileMatch]) -> None:
            self._show_matches(matches, text)
            if matches:
                self.show_outcome(
                    "info",
                    self.tr("%1 berkas cocok dengan «%2»: pilih di daftar di bawah.")
                    .replace("%1", str(len(matches)))
                    .replace("%2", text),
                )
            else:
                self.show_outcome(
                    "refused", self.tr("Tidak ada berkas yang cocok dengan «%1»").replace("%1", text)
                )

        self.tasks.run(lambda: archive.search_files(db, actor, text=text), done, self._refused, owner=self)

    def _show_matches(self, matches: list[FileMatch], text: str) -> None:
        self.matches.clear()
        for m in matches:
            state = self.tr("dipinjam") if m.lent else self.tr("di tempat")
            if m.merged_into:
                state = self.tr("digabung ke %1").replace("%1", m.merged_into)
            line = f"{m.code} — {m.title or self.tr('(tanpa judul)')} · {m.location or '—'} · {state}"
            item = QListWidgetItem(line, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, m.code)
        self.matches_label.setText(self.tr("Berkas yang cocok dengan «%1»:").replace("%1", text))
        self.matches.setVisible(bool(matches))
        self.matches_label.setVisible(bool(matches))

    def _pick_match(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        self.matches.hide()
        self.matches_label.hide()
        self.code.setText(code)
        self.scan()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # Down from the code field walks into the list of matches
        if event.key() == Qt.Key.Key_Down and self.matches.isVisible() and self.code.hasFocus():
            self.matches.setFocus()
            self.matches.setCurrentRow(0)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ borrower

    def borrower(self) -> Borrower:
        return Borrower(
            name=self.name.text(),
            unit=self.unit.text(),
            phone=self.phone.text() or None,
            category=self.category.currentText() or None,
            nip=self.nip.text() or None,
        )

    def _borrower_filled(self) -> bool:
        return bool(self.name.text().strip() and self.unit.text().strip())

    def set_borrower(self, borrower: Borrower, purpose: str | None = None) -> None:
        self.name.setText(borrower.name)
        self.unit.setText(borrower.unit)
        self.phone.setText(borrower.phone or "")
        self.nip.setText(borrower.nip or "")
        self.category.setCurrentText(borrower.category or "")
        if purpose is not None:
            self.purpose.setText(purpose)

    def clear_borrower(self) -> None:
        for edit in (self.name, self.unit, self.phone, self.nip, self.purpose):
            edit.clear()
        self.category.setCurrentText("")
        self.focus_code()

    def load_recent_borrowers(self) -> None:
        if not self.actor.can(Permission.LEND_FILES):
            return
        db, actor = self.db, self.actor
        self.tasks.run(
            lambda: loans.recent_borrowers(db, actor), self._set_recent, lambda _exc: None, owner=self
        )
        self.tasks.run(
            lambda: loan_settings.borrower_categories(db, actor),
            self.set_categories,
            lambda _exc: None,
            owner=self,
        )

    def set_categories(self, categories: list[str]) -> None:
        """Offer the default categories and those the loan-period rules name or loans used (the
        archivist may still type another); what the field holds is kept."""
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("")
        self.category.addItems(list(dict.fromkeys([*CATEGORIES, *categories])))
        self.category.setCurrentText(current)
        self.category.blockSignals(False)

    def _set_recent(self, people: list[Borrower]) -> None:
        self._recent = people
        self._completer_model.clear()
        for i, person in enumerate(people):
            item = QStandardItem(f"{person.name} — {person.unit}")
            item.setData(person.name, Qt.ItemDataRole.UserRole)
            item.setData(i, Qt.ItemDataRole.UserRole + 1)
            self._completer_model.appendRow(item)

    def _complete_borrower(self, name: str) -> None:
        """A recent borrower picked from the name's completion list fills unit, phone and category."""
        index = self.completer.popup().currentIndex()
        i = index.data(Qt.ItemDataRole.UserRole + 1) if index.isValid() else None
        person = self._recent[i] if isinstance(i, int) and 0 <= i < len(self._recent) else None
        if person is None:
            person = next((p for p in self._recent if p.name.lower() == name.lower()), None)
        if person is not None:
            QTimer.singleShot(0, self, lambda: self.set_borrower(person))

    def condition(self) -> str:
        for condition, radio in self.conditions.items():
            if radio.isChecked():
                return condition
        return "baik"

    def set_condition(self, condition: str) -> None:
        self.conditions[condition].setChecked(True)

    # ------------------------------------------------------------ actions

    def _target(self) -> str:
        """The code an action is for: what the code field holds, else the file on screen."""
        text = self.code.text().strip()
        if text:
            return text
        return self.card.code if self.card is not None else ""

    def _act(self, work, done) -> None:
        self._acting_code = self._target()
        self._offer_return = None
        self._hide_transient()
        self.tasks.run(work, done, self._refused, owner=self)

    def lend(self) -> None:
        code, borrower, purpose = self._target(), self.borrower(), self.purpose.text()
        db, actor = self.db, self.actor

        def work():
            loan = loans.lend_file(db, actor, code=code, borrower=borrower, purpose=purpose)
            return loan, load_card(db, actor, loan.code)

        def done(result) -> None:
            loan, card = result
            self.last_loan_id = loan.loan_id
            self._show_card(card)
            self.show_outcome(
                "success",
                self.tr("Berkas %1 dipinjamkan kepada %2 (%3), kembali paling lambat %4. Cetak bon: Ctrl+P.")
                .replace("%1", loan.code)
                .replace("%2", loan.borrower)
                .replace("%3", loan.unit)
                .replace("%4", short_date(loan.due_on)),
            )
            self.changed.emit()
            self.load_recent_borrowers()
            if self.auto_slip.isChecked():
                self.open_slip(loan.loan_id)

        self._act(work, done)

    def return_file(self) -> None:
        code, condition, note = self._target(), self.condition(), self.return_note.text()
        db, actor = self.db, self.actor

        def work():
            result = loans.return_file(db, actor, code=code, condition=condition, note=note)
            return result, load_card(db, actor, result.loan.code)

        def done(outcome) -> None:
            result, card = outcome
            self._show_card(card)
            self.set_condition("baik")
            self.return_note.clear()
            # whoever stands at the desk now is not necessarily the last borrower typed in: quick mode
            # must not lend the next scanned file to them unasked
            self.clear_borrower()
            kind = "success" if result.loan.condition == "baik" else "offer"
            self.show_outcome(
                kind,
                self.tr("Berkas %1 diterima kembali dari %2, kondisi %3. Kembalikan ke %4.")
                .replace("%1", result.loan.code)
                .replace("%2", result.loan.borrower)
                .replace("%3", condition_label(result.loan.condition))
                .replace("%4", result.loan.location or self.tr("tempatnya")),
            )
            self._show_next(result)
            self.changed.emit()

        self._act(work, done)

    def _show_next(self, result) -> None:
        nxt = result.next_request
        self._next_request = nxt
        if nxt is None:
            self.next_box.hide()
            return
        text = (
            self.tr("Berikutnya dalam antrean: %1 (%2)").replace("%1", nxt.borrower).replace("%2", nxt.unit)
        )
        if nxt.phone:
            text += f" · {nxt.phone}"
        text += "\n" + self.tr("menunggu sejak %1").replace("%1", short_date(local(nxt.requested_at).date()))
        if nxt.purpose:
            text += " · " + self.tr("keperluan: %1").replace("%1", nxt.purpose)
        if result.queue_length > 1:
            text += " · " + self.tr("%1 orang dalam antrean").replace("%1", str(result.queue_length))
        self.next_label.setText(text)
        self.next_box.show()

    def take_next_requester(self) -> None:
        """Make the first person in the queue the borrower: the next scan of the file lends it to them
        (and fulfils their request)."""
        nxt = self._next_request
        if nxt is not None:
            self.set_borrower(Borrower(nxt.borrower, nxt.unit, nxt.phone), nxt.purpose or "")
        self.focus_code()

    def renew(self) -> None:
        code = self._target()
        db, actor = self.db, self.actor

        def work():
            loan = loans.renew_loan(db, actor, code=code)
            return loan, load_card(db, actor, loan.code)

        def done(result) -> None:
            loan, card = result
            self._show_card(card)
            self.show_outcome(
                "success",
                self.tr("Peminjaman berkas %1 oleh %2 diperpanjang sampai %3 (perpanjangan ke-%4).")
                .replace("%1", loan.code)
                .replace("%2", loan.borrower)
                .replace("%3", short_date(loan.due_on))
                .replace("%4", str(loan.renewals)),
            )
            self.changed.emit()

        self._act(work, done)

    def queue(self) -> None:
        code, borrower, purpose = self._target(), self.borrower(), self.purpose.text()
        db, actor = self.db, self.actor

        def work():
            request = loans.queue_request(db, actor, code=code, borrower=borrower, purpose=purpose)
            return request, load_card(db, actor, request.code)

        def done(result) -> None:
            request, card = result
            self._show_card(card)
            position = next((i for i, r in enumerate(card.status.queue, start=1) if r.id == request.id), 0)
            self.show_outcome(
                "success",
                self.tr("Permintaan %1 (%2) atas berkas %3 dicatat: urutan ke-%4 dalam antrean.")
                .replace("%1", request.borrower)
                .replace("%2", request.unit)
                .replace("%3", request.code)
                .replace("%4", str(position)),
            )
            self.changed.emit()

        self._act(work, done)

    def request_approval(self) -> None:
        code, borrower, purpose = self._target(), self.borrower(), self.purpose.text()
        db, actor = self.db, self.actor

        def work():
            approval = approvals.request_approval(db, actor, code=code, borrower=borrower, purpose=purpose)
            return approval, load_card(db, actor, approval.code)

        def done(result) -> None:
            approval, card = result
            self._show_card(card)
            self.show_outcome(
                "success",
                self.tr(
                    "Permohonan persetujuan nomor %1 untuk %2 atas berkas %3 dikirim ke atasan. Pindai berkas "
                    "lagi setelah disetujui."
                )
                .replace("%1", str(approval.id))
                .replace("%2", approval.borrower)
                .replace("%3", approval.code),
            )
            self.changed.emit()

        self._act(work, done)

    def open_slip(self, loan_id: int | None = None) -> None:
        """The loan slip (two copies on A4) of ``loan_id``, or of the file on screen while it is out, in
        a dialog to print or save; the focus comes back to the code field when it closes."""
        if loan_id is None:
            if self.card is None or self.card.status.loan is None:
                self.show_outcome(
                    "refused",
                    self.tr("Tidak ada peminjaman yang dapat dicetak bonnya: pindai berkas yang dipinjam."),
                )
                return
            loan_id = self.card.status.loan.loan_id
        db, actor = self.db, self.actor

        def show(pdf) -> None:
            from ui.common.pdf_dialog import PdfDialog

            dialog = PdfDialog(
                self.tasks,
                pdf.data,
                title=self.tr("Bon peminjaman"),
                file_name=f"bon-peminjaman-{loan_id}.pdf",
                note=self.tr("Satu lembar menggantikan berkas di tempatnya, satu dibawa peminjam."),
                parent=self,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.finished.connect(lambda _r: self.focus_code(activate=True))
            dialog.open()
            self.slip_ready.emit(dialog)

        self.tasks.run(
            lambda: loan_papers.loan_slip_pdf(db, actor, loan_id=loan_id), show, self._refused, owner=self
        )

    def open_history(self) -> None:
        code = self.card.code if self.card is not None else self.code.text().strip()
        if code:
            self.history_requested.emit(code)

    def refresh(self) -> None:
        """Read the file on screen again (after a dialog or another view changed it)."""
        if self.card is not None:
            self._reload_card(self.card.code)
        self.focus_code()
