"""Pengaturan → Peminjaman arsip…: how long files are lent and when reminders go out, for administrators.

Two tabs. *Masa pinjam*: the default loan period, how often a loan may be renewed and the working days
overdue after which the first, second and third reminder letters are due; below, the loan-period rules
(a period for a borrower category — offered from the categories rules and loans already use, any text
allowed —, a classification-code prefix and/or confidential files), added and removed at once.
*Surat pengingat*: the bodies of the three reminder letters in editors, the placeholders listed with
what each prints (double-click to insert), "Kembalikan ke bawaan" per level.

Every change goes through :func:`sipdumas.services.archive.loan_settings.save_lending_settings`: a rule
added or removed at once, and on **Simpan** the numbers and the edited letters together. It checks the
role and every value before storing any; each refusal is shown beside its field, the tab holding the
first one brought to the front, and nothing is stored then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services.archive import loan_settings as L
from sipdumas.services.archive import reminder_texts as P
from ui.archive.loan_desk_view import CATEGORIES
from ui.common.form_dialog import FormDialog
from ui.common.widgets import ErrorLabel, SaveCloseRow, buddy_label, list_table, show_problems_beside
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

LEVELS = (1, 2, 3)
#: The problems of a new rule, all shown on the one line under the rule's fields.
RULE_KEYS = ("days", "borrower_category", "classification_prefix", "rule")


def _spin(parent: QWidget, low: int, high: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setFixedWidth(80)
    return spin


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class LoanSettingsDialog(FormDialog):
    """``loaded`` once the stored settings are on screen; ``saved(LoanSettings)`` after Simpan was
    accepted; ``rules_changed`` after a rule was added or removed."""

    loaded = Signal()
    saved = Signal(object)
    rules_changed = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self._can_edit = actor.can(Permission.MANAGE_SETTINGS)
        self._busy = False
        self.stored: L.LoanSettings | None = None
        self.stored_templates: dict[int, str] = {}
        self.setWindowTitle(self.tr("Pengaturan peminjaman arsip"))
        self.setSizeGripEnabled(True)
        self.errors: dict[str, ErrorLabel] = {}
        self._tab_of: dict[str, int] = {}
        self.sifat_names = {
            None: self.tr("semua berkas"),
            True: self.tr("berkas rahasia"),
            False: self.tr("berkas tidak rahasia"),
        }

        self.tabs = QTabWidget(self)
        for build, title in (
            (self._build_periods, self.tr("Masa pinjam")),
            (self._build_templates, self.tr("Surat pengingat")),
        ):
            page, keys = build()
            index = self.tabs.addTab(page, title)
            for key in keys:
                self._tab_of[key] = index

        self.error = ErrorLabel(self)
        bottom = SaveCloseRow(self, self.save)
        self.message, self.save_button = bottom.message, bottom.save_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        fit_window(self, "loan_settings", 860, 700)
        self._set_enabled(False)
        if not self._can_edit:
            self.error.show_message(self.tr("Hanya administrator yang dapat mengubah pengaturan peminjaman."))
        self.set_up_form(save=self.save, first=self.default_days)
        tasks.run(
            lambda: (L.get_settings(db), P.reminder_templates(db), L.borrower_categories(db, actor)),
            self._on_loaded,
            self._failed,
            owner=self,
        )

    # ------------------------------------------------------------ building

    def _error(self, key: str, parent: QWidget) -> ErrorLabel:
        label = ErrorLabel(parent)
        self.errors[key] = label
        return label

    def _build_periods(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        box = QGroupBox(self.tr("Masa pinjam dan pengingat"), page)
        self.default_days = _spin(box, 1, L.MAX_DAYS)
        self.max_renewals = _spin(box, 0, L.MAX_RENEWALS)
        self.reminder_after = [_spin(box, 1, L.MAX_REMINDER_DAYS) for _ in LEVELS]
        form = QFormLayout()
        for key, spin, label, after in (
            (
                "default_days",
                self.default_days,
                self.tr("Masa pinjam &bawaan:"),
                self.tr("hari kerja (libur nasional dan cuti bersama tidak dihitung)"),
            ),
            (
                "max_renewals",
                self.max_renewals,
                self.tr("Batas &perpanjangan:"),
                self.tr("kali per peminjaman"),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(after, box))
            row.addStretch(1)
            form.addRow(buddy_label(label, spin, box), row)
            form.addRow("", self._error(key, box))
        row = QHBoxLayout()
        for spin, name in zip(
            self.reminder_after, (self.tr("pertama"), self.tr("kedua"), self.tr("ketiga")), strict=True
        ):
            row.addWidget(QLabel(name, box))
            row.addWidget(spin)
            row.addSpacing(8)
        row.addWidget(QLabel(self.tr("hari kerja terlambat"), box))
        row.addStretch(1)
        form.addRow(buddy_label(self.tr("Surat pe&ngingat:"), self.reminder_after[0], box), row)
        form.addRow("", self._error("reminder_after", box))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(
            _note(
                self.tr(
                    "Masa pinjam yang baru berlaku untuk peminjaman dan perpanjangan berikutnya; jatuh tempo yang sudah "
                    "tercatat tidak berubah. Perubahan di bagian ini tersimpan setelah Simpan."
                ),
                box,
            )
        )

        rules = QGroupBox(self.tr("Aturan masa pinjam"), page)
        self.rule_table = list_table(
            rules,
            [
                self.tr("No"),
                self.tr("Golongan peminjam"),
                self.tr("Awalan klasifikasi"),
                self.tr("Sifat berkas"),
                self.tr("Masa pinjam"),
            ],
        )
        header = self.rule_table.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rule_table.itemSelectionChanged.connect(self._update_buttons)
        self.rule_days = _spin(rules, 1, L.MAX_DAYS)
        self.rule_days.setValue(10)
        self.rule_category = QComboBox(rules)
        self.rule_category.setEditable(True)
        self.rule_category.lineEdit().setPlaceholderText(self.tr("semua golongan"))
        self.rule_category.setMinimumWidth(160)
        self.rule_prefix = QLineEdit(rules)
        self.rule_prefix.setPlaceholderText(self.tr("mis. HK"))
        self.rule_prefix.setToolTip(
            self.tr("Berkas yang kode klasifikasinya diawali teks ini; kosong: semua kode")
        )
        self.rule_prefix.setMinimumWidth(110)
        self.rule_sifat = QComboBox(rules)
        for value, name in self.sifat_names.items():
            self.rule_sifat.addItem(name, value)
        self.rule_error = ErrorLabel(rules)
        self.add_rule_button = QPushButton(self.tr("&Tambah aturan"), rules)
        self.add_rule_button.clicked.connect(self.add_rule)
        self.remove_rule_button = QPushButton(self.tr("&Hapus aturan terpilih"), rules)
        self.remove_rule_button.clicked.connect(self.remove_rule)
        fields = QHBoxLayout()
        fields.addWidget(buddy_label(self.tr("&Golongan:"), self.rule_category, rules))
        fields.addWidget(self.rule_category, 2)
        fields.addWidget(buddy_label(self.tr("&Klasifikasi:"), self.rule_prefix, rules))
        fields.addWidget(self.rule_prefix, 1)
        fields.addWidget(self.rule_sifat)
        fields.addWidget(self.rule_days)
        fields.addWidget(QLabel(self.tr("hari kerja"), rules))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rule_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_rule_button)
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(self.rule_table, 1)
        rules_layout.addWidget(
            _note(
                self.tr(
                    "Aturan yang paling banyak menyebut hal yang cocok (golongan, klasifikasi, sifat) yang berlaku; bila "
                    "sama banyak, yang paling atas. Aturan langsung tersimpan saat ditambah atau dihapus."
                ),
                rules,
            )
        )
        rules_layout.addLayout(fields)
        rules_layout.addWidget(self.rule_error)
        rules_layout.addLayout(buttons)

        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(rules, 1)
        return page, ["default_days", "max_renewals", "reminder_after"]

    def _build_templates(self) -> tuple[QWidget, list[str]]:
        page = QWidget(self)
        self.level_tabs = QTabWidget(page)
        self.editors: dict[int, QPlainTextEdit] = {}
        self.reset_buttons: dict[int, QPushButton] = {}
        titles = {
            1: self.tr("Pengingat pertama"),
            2: self.tr("Pengingat kedua"),
            3: self.tr("Pengingat ketiga"),
        }
        for level in LEVELS:
            tab = QWidget(self.level_tabs)
            editor = QPlainTextEdit(tab)
            editor.setTabChangesFocus(True)
            reset = QPushButton(self.tr("Kembalikan ke &bawaan"), tab)
            reset.setToolTip(self.tr("Ganti isi di layar dengan templat bawaan (tersimpan setelah Simpan)"))
            reset.clicked.connect(lambda _c=False, n=level: self.restore_default(n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(reset)
            tab_layout = QVBoxLayout(tab)
            tab_layout.addWidget(editor, 1)
            tab_layout.addWidget(self._error(str(level), tab))
            tab_layout.addLayout(row)
            self.editors[level], self.reset_buttons[level] = editor, reset
            self.level_tabs.addTab(tab, titles[level])

        self.placeholders = list_table(page, [self.tr("Isian"), self.tr("Yang dicetak")])
        self.placeholders.setRowCount(len(P.REMINDER_PLACEHOLDERS))
        for row, (name, meaning) in enumerate(P.REMINDER_PLACEHOLDERS.items()):
            item = QTableWidgetItem(f"${name}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.setItem(row, 0, item)
            self.placeholders.setItem(row, 1, QTableWidgetItem(meaning))
        self.placeholders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.placeholders.horizontalHeader().setStretchLastSection(True)
        row_height = self.fontMetrics().height() + 8
        self.placeholders.verticalHeader().setDefaultSectionSize(row_height)
        self.placeholders.setFixedHeight(row_height * len(P.REMINDER_PLACEHOLDERS) + row_height + 8)
        self.placeholders.cellDoubleClicked.connect(lambda row, _column: self.insert_placeholder(row))
        insert = QPushButton(self.tr("S&isipkan isian"), page)
        insert.clicked.connect(lambda: self.insert_placeholder(self.placeholders.currentRow()))
        hint = _note(
            self.tr(
                "Surat dicetak dengan kop kantor, nomor, perihal, alamat peminjam dan tanda tangan; di sini isi "
                "suratnya. Paragraf dipisah satu baris kosong. Tulis $$ untuk tanda $ biasa. Klik dua kali isian "
                "untuk menyisipkannya di posisi kursor. Surat yang sudah dikirim tidak berubah."
            ),
            page,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(insert)
        buttons.addStretch(1)
        # who signs the reminders (not the archivist who prints them) and their archive classification
        self.signer_edits: dict[str, QLineEdit] = {}
        signer = QFormLayout()
        for key, label, hint_text in (
            (
                "reminder_on_behalf_of",
                self.tr("a.n. (&atas nama):"),
                self.tr("kosongkan bila tidak atas nama"),
            ),
            ("reminder_signer_position", self.tr("&Jabatan penanda tangan:"), ""),
            ("reminder_signer_name", self.tr("Na&ma penanda tangan:"), self.tr("nama lengkap dengan gelar")),
            ("reminder_signer_nip", self.tr("N&IP:"), self.tr("18 digit; boleh kosong")),
            (
                "reminder_classification",
                self.tr("&Kode klasifikasi:"),
                self.tr("untuk nomor surat, mis. KA.02.01"),
            ),
        ):
            edit = QLineEdit(page)
            edit.setPlaceholderText(hint_text)
            self.signer_edits[key] = edit
            signer.addRow(buddy_label(label, edit, page), edit)
            signer.addRow("", self._error(key, page))
        layout = QVBoxLayout(page)
        layout.addWidget(self.level_tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.placeholders)
        layout.addLayout(buttons)
        layout.addLayout(signer)
        return page, [str(level) for level in LEVELS] + list(L.TEXT_KEYS)

    # ------------------------------------------------------------ values

    def _on_loaded(self, loaded) -> None:
        settings, templates, categories = loaded
        self.show_settings(settings)
        self.show_templates(templates)
        self.set_categories(categories)
        self._set_enabled(True)
        self.mark_clean()
        self.loaded.emit()

    def show_settings(self, s: L.LoanSettings) -> None:
        self.stored = s
        self.default_days.setValue(s.default_days)
        self.max_renewals.setValue(s.max_renewals)
        for spin, value in zip(self.reminder_after, s.reminder_after, strict=True):
            spin.setValue(value)
        for key, edit in self.signer_edits.items():
            edit.setText(getattr(s, key))
        self.show_rules(s.rules)

    def show_rules(self, rules: tuple[L.LoanRule, ...]) -> None:
        self.rules = list(rules)
        self.rule_table.setRowCount(len(rules))
        any_text = self.tr("semua")
        for row, rule in enumerate(rules):
            cells = [
                str(row + 1),
                rule.borrower_category or any_text,
                rule.classification_prefix or any_text,
                self.sifat_names[rule.confidential],
                self.tr("%1 hari kerja").replace("%1", str(rule.days)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rule_table.setItem(row, column, item)
        self._update_buttons()

    def show_templates(self, templates: Sequence[P.ReminderTemplate]) -> None:
        self.stored_templates = {t.level: t.text for t in templates}
        for t in templates:
            self.editors[t.level].setPlainText(t.text)

    def set_categories(self, categories: list[str]) -> None:
        current = self.rule_category.currentText()
        self.rule_category.clear()
        self.rule_category.addItem("")
        self.rule_category.addItems(list(dict.fromkeys([*CATEGORIES, *categories])))
        self.rule_category.setCurrentText(current)

    def changes(self) -> tuple[dict[str, object], dict[int, str | None]]:
        """What differs on screen from what is stored: settings (key -> value) and templates (level ->
        text, ``None`` for the shipped one), as :func:`L.save_lending_settings` takes them."""
        stored = self.stored or L.LoanSettings()
        screen = {
            "default_days": self.default_days.value(),
            "max_renewals": self.max_renewals.value(),
            "reminder_after": tuple(spin.value() for spin in self.reminder_after),
            **{key: " ".join(edit.text().split()) for key, edit in self.signer_edits.items()},
        }
        settings = {k: v for k, v in screen.items() if v != getattr(stored, k)}
        templates: dict[int, str | None] = {}
        for level, editor in self.editors.items():
            text = editor.toPlainText()
            if text.strip() != self.stored_templates.get(level, "").strip():
                templates[level] = None if text.strip() == P.DEFAULT_TEMPLATES[level].strip() else text
        return settings, templates

    def insert_placeholder(self, row: int) -> None:
        item = self.placeholders.item(row, 0) if row >= 0 else None
        if item is None:
            return
        editor = self.editors[LEVELS[self.level_tabs.currentIndex()]]
        editor.insertPlainText("$" + item.data(Qt.ItemDataRole.UserRole))
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_default(self, level: int) -> None:
        self.editors[level].setPlainText(P.DEFAULT_TEMPLATES[level])
        self.errors[str(level)].show_message(None)

    def selected_rule(self) -> int | None:
        """The number (1-based) of the rule selected in the table."""
        rows = self.rule_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rules):
            return None
        return rows[0].row() + 1

    # ------------------------------------------------------------ actions

    def save(self) -> None:
        if self.stored is None or self._busy:
            return
        db, actor, (settings, templates) = self._db, self._actor, self.changes()

        def done(result: L.LendingSettings) -> None:
            self._idle()
            self.show_settings(result.loans)
            self.show_templates(result.templates)
            self.message.show_done(self.tr("Pengaturan peminjaman disimpan"))
            self.mark_clean()
            self.saved.emit(result.loans)

        self._start()
        self._tasks.run(
            lambda: L.save_lending_settings(db, actor, settings=settings, templates=templates),
            done,
            self._failed,
            owner=self,
        )

    def add_rule(self) -> None:
        if self._busy:
            return
        db, actor = self._db, self._actor
        rule = L.LoanRule(
            days=self.rule_days.value(),
            borrower_category=self.rule_category.currentText(),
            classification_prefix=self.rule_prefix.text(),
            confidential=self.rule_sifat.currentData(),
        )

        def done(result: L.LendingSettings) -> None:
            self.rule_category.setCurrentText("")
            self.rule_prefix.clear()
            self.mark_clean(self.rule_days, self.rule_category, self.rule_prefix, self.rule_sifat)
            number = len(result.loans.rules)
            self._rules_changed(
                result.loans, self.tr("Aturan nomor %1 ditambahkan").replace("%1", str(number))
            )

        self._start()
        self._tasks.run(
            lambda: L.save_lending_settings(db, actor, add_rule=rule), done, self._failed, owner=self
        )

    def remove_rule(self) -> None:
        number = self.selected_rule()
        if number is None or self._busy:
            return
        db, actor, expect = self._db, self._actor, self.rules[number - 1]
        self._start()
        self._tasks.run(
            lambda: L.save_lending_settings(db, actor, delete_rule=number, expect_rule=expect),
            lambda result: self._rules_changed(
                result.loans, self.tr("Aturan nomor %1 dihapus").replace("%1", str(number))
            ),
            self._failed,
            owner=self,
        )

    def _rules_changed(self, settings: L.LoanSettings, message: str) -> None:
        """Show the rules as stored now (another workstation may have changed them too); the numbers
        typed above and not yet saved stay on screen."""
        self._idle()
        self.message.show_done(message)
        if self.stored is not None:
            self.stored = dataclasses.replace(self.stored, rules=settings.rules)
        self.show_rules(settings.rules)
        self.rules_changed.emit()

    # ------------------------------------------------------------ common

    def _start(self) -> None:
        self._busy = True
        self.message.clear()
        self.error.show_message(None)
        self.rule_error.show_message(None)
        for label in self.errors.values():
            label.show_message(None)
        self._set_enabled(False)

    def _idle(self) -> None:
        self._busy = False
        self._set_enabled(self.stored is not None)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, ValidationFailed) and set(exc.problems) <= set(RULE_KEYS):
            self.rule_error.show_message("\n".join(exc.problems.values()))
        elif show_problems_beside(exc, self.errors):
            first = min(exc.problems, key=lambda k: (self._tab_of.get(k, 0), k))
            self.tabs.setCurrentIndex(self._tab_of.get(first, 0))
            if first in ("1", "2", "3"):
                self.level_tabs.setCurrentIndex(int(first) - 1)
            self.error.show_message(self.tr("Pengaturan belum disimpan: periksa isian yang ditandai merah."))
        else:
            self.error.show_message(error_text(exc))

    def _set_enabled(self, enabled: bool) -> None:
        editable = enabled and self._can_edit
        self.save_button.setEnabled(editable)
        self.tabs.setEnabled(self.stored is not None)
        for widget in (
            self.default_days,
            self.max_renewals,
            *self.reminder_after,
            *self.signer_edits.values(),
            *self.editors.values(),
            *self.reset_buttons.values(),
            self.rule_days,
            self.rule_category,
            self.rule_prefix,
            self.rule_sifat,
        ):
            widget.setEnabled(self._can_edit)
        self._update_buttons(editable)

    def _update_buttons(self, editable: bool | None = None) -> None:
        if editable is None:
            editable = self._can_edit and not self._busy and self.stored is not None
        self.add_rule_button.setEnabled(editable)
        self.remove_rule_button.setEnabled(editable and self.selected_rule() is not None)
