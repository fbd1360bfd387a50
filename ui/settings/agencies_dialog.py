"""Pengaturan → Instansi dan aturan penerusan…: the managed list of agencies letters are forwarded to,
and the routing rules that suggest each one.

Left, the agencies (name, addressee position, address, active) with a form to add or change one and to
deactivate it (a deactivated agency is no longer offered for forwarding; the letters already sent to it
keep its name). Right, the selected agency's rules (kind, part of the letter, pattern, weight): a new
rule's pattern is checked while it is typed with :func:`sipdumas.services.routing.check_rule`, so a
regular expression that does not compile shows the compiler's reason and cannot be added. The test box
runs a typed sentence through the rules (:func:`~sipdumas.services.routing.rule_matches`, the function
the suggestion uses) and marks the rules that match.

Everything that reads or writes goes through :mod:`sipdumas.services.routing` on the
:class:`~ui.tasks.TaskRunner`; the service checks ``manage_agencies`` and writes the audit trail, and
its refusals (a name already taken) are shown beside the field they concern.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.services import routing
from sipdumas.services.routing import AgencyInfo, RuleInfo
from ui.common.form_dialog import FormDialog, not_saved
from ui.common.widgets import DoneLabel, ErrorLabel, buddy_label, list_table, show_problems_beside
from ui.common.window_fit import fit_window
from ui.login import error_text
from ui.tasks import TaskRunner

_QUIET = QColor("#757575")
_MATCH = QColor("#e3f2e1")


def _item(text: str, *, quiet: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if quiet:
        item.setForeground(QBrush(_QUIET))
    return item


class AgenciesDialog(FormDialog):
    """The agencies and their routing rules. ``changed`` after each change the service accepted;
    ``loaded`` each time the agency list (``agencies_loaded``) or a rule list (``rules_loaded``) is
    shown."""

    changed = Signal()
    agencies_loaded = Signal()
    rules_loaded = Signal()

    def __init__(self, db: Database, actor: Actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self._tasks = db, actor, tasks
        self.agencies: list[AgencyInfo] = []
        self.rules: list[RuleInfo] = []
        self._select_after_load: int | None = None
        self._busy = False
        self._can_edit = actor.can(Permission.MANAGE_AGENCIES)
        self.setWindowTitle(self.tr("Instansi dan aturan penerusan"))
        self.setSizeGripEnabled(True)
        self.kind_labels = {
            "any": self.tr("salah satu kata"),
            "all": self.tr("semua kata"),
            "exact": self.tr("frasa persis"),
            "regex": self.tr("pola teks (ekspresi reguler)"),
            "fuzzy": self.tr("kata mirip, tahan salah OCR"),
        }
        self.kind_tips = {
            "any": self.tr("Cocok bila satu saja dari kata-kata pola ada dalam surat"),
            "all": self.tr("Cocok bila semua kata pola ada dalam surat, di mana pun letaknya"),
            "exact": self.tr("Cocok bila kata-kata pola ada dalam surat persis berurutan"),
            "regex": self.tr("Ekspresi reguler, untuk pola yang rumit (mis. nomor dengan format tertentu)"),
            "fuzzy": self.tr(
                "Seperti «semua kata», tetapi kata yang sedikit berbeda (salah baca OCR) tetap cocok"
            ),
        }
        self.field_labels = {
            "text": self.tr("isi surat"),
            "category": self.tr("kategori"),
            "region": self.tr("wilayah pengadu"),
        }

        agencies, form = self._build_agencies()
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(form)
        lower.addWidget(self._build_rules())
        lower.setChildrenCollapsible(False)
        lower.setSizes([420, 740])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(agencies)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 470])

        self.message = DoneLabel(self)
        self.error = ErrorLabel(self)
        close = QPushButton(self.tr("Tutup"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        fit_window(self, "agencies", 1180, 760)
        if not self._can_edit:
            self.error.show_message(self.tr("Peran Anda hanya dapat melihat daftar instansi dan aturannya."))
        self._update_buttons()
        not_saved(self.test_text, self.show_inactive)  # a try-out and a view, not settings
        self.set_up_form(save=self.save_agency if self._can_edit else None, first=self.name)
        self.load()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        # A pending delayed refresh must not ask the database for a dialog nobody sees any more.
        self._test_timer.stop()
        super().hideEvent(event)

    # ------------------------------------------------------------ building

    def _build_agencies(self) -> tuple[QWidget, QWidget]:
        box = QGroupBox(self.tr("Instansi tujuan"), self)
        edit_box = QGroupBox(self.tr("Instansi terpilih"), self)
        self.edit_box = edit_box
        self.table = list_table(
            box,
            [
                self.tr("Nama instansi"),
                self.tr("Yth. (jabatan penerima)"),
                self.tr("Alamat"),
                self.tr("Status"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 400)
        header.resizeSection(1, 330)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.show_inactive = QCheckBox(self.tr("Tampilkan instansi nonaktif"), box)
        self.show_inactive.toggled.connect(lambda _on: self._render())

        self.name = QLineEdit(edit_box)
        self.name.setPlaceholderText(self.tr("mis. Pemerintah Kota Medan"))
        self.name_error = ErrorLabel(edit_box)
        self.position = QLineEdit(edit_box)
        self.position.setPlaceholderText(self.tr("baris «Yth.», mis. Wali Kota Medan"))
        self.position_error = ErrorLabel(edit_box)
        self.address = QPlainTextEdit(edit_box)
        self.address.setPlaceholderText(self.tr("satu baris alamat per baris"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.address_error = ErrorLabel(edit_box)
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Yth.:"), self.position)
        form.addRow("", self.position_error)
        form.addRow(self.tr("&Alamat:"), self.address)
        form.addRow("", self.address_error)

        self.new_button = QPushButton(self.tr("Instansi &baru"), edit_box)
        self.new_button.clicked.connect(self.new_agency)
        self.save_button = QPushButton(self.tr("&Simpan instansi"), edit_box)
        self.save_button.clicked.connect(self.save_agency)
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"), edit_box)
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.save_button)

        hint = QLabel(
            self.tr("Nama persis seperti dicetak pada surat; «Yth.» adalah jabatan penerima (tanpa «Yth.»)."),
            edit_box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_inactive)
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addLayout(form)
        edit_layout.addWidget(hint)
        edit_layout.addStretch(1)
        edit_layout.addLayout(buttons)
        return box, edit_box

    def _build_rules(self) -> QWidget:
        self.rules_box = QGroupBox(self.tr("Aturan penerusan"), self)
        box = self.rules_box
        hint = QLabel(
            self.tr(
                "Surat yang cocok dengan aturan instansi ini akan menyarankan instansi ini saat diteruskan; "
                "bobot aturan yang cocok dijumlahkan, ditambah saran dari surat yang dulu diteruskan."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.rule_table = list_table(
            box,
            [self.tr("Jenis"), self.tr("Bagian surat"), self.tr("Pola"), self.tr("Bobot"), self.tr("Uji")],
        )
        header = self.rule_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.rule_table.itemSelectionChanged.connect(self._update_buttons)
        self.delete_button = QPushButton(self.tr("&Hapus aturan"), box)
        self.delete_button.clicked.connect(self.delete_rule)

        self.kind = QComboBox(box)
        for kind in routing.KINDS:
            self.kind.addItem(self.kind_labels[kind], kind)
            self.kind.setItemData(self.kind.count() - 1, self.kind_tips[kind], Qt.ItemDataRole.ToolTipRole)
        self.field = QComboBox(box)
        for name in routing.FIELDS:
            self.field.addItem(self.field_labels[name], name)
        self.pattern = QLineEdit(box)
        self.pattern.setPlaceholderText(self.tr("kata-kata, frasa, atau ekspresi reguler"))
        self.weight = QDoubleSpinBox(box)
        self.weight.setRange(0.1, routing.MAX_WEIGHT)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setValue(1.0)
        self.pattern_error = ErrorLabel(box)
        self.add_rule_button = QPushButton(self.tr("&Tambah aturan"), box)
        self.add_rule_button.clicked.connect(self.add_rule)
        self.pattern.returnPressed.connect(self.add_rule)
        for signal in (self.kind.currentIndexChanged, self.field.currentIndexChanged):
            signal.connect(lambda _i: self.check_pattern())
        self.pattern.textChanged.connect(lambda _t: self.check_pattern())
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 2)
        kind_row.addWidget(QLabel(self.tr("pada"), box))
        kind_row.addWidget(self.field, 1)
        kind_row.addWidget(QLabel(self.tr("bobot"), box))
        kind_row.addWidget(self.weight)
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.pattern, 1)
        pattern_row.addWidget(self.add_rule_button)
        new_rule = QFormLayout()
        new_rule.addRow(buddy_label(self.tr("&Jenis aturan:"), self.kind, box), kind_row)
        new_rule.addRow(buddy_label(self.tr("&Pola:"), self.pattern, box), pattern_row)
        new_rule.addRow("", self.pattern_error)

        self.test_text = QLineEdit(box)
        self.test_text.setPlaceholderText(self.tr("ketik kalimat dari surat, mis. «bantuan PKH tidak cair»"))
        self.test_text.setClearButtonEnabled(True)
        self.test_result = QLabel(box)
        self.test_result.setWordWrap(True)
        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(200)
        self._test_timer.timeout.connect(self.run_test)
        self.test_text.textChanged.connect(lambda _t: self._test_timer.start())
        test_form = QFormLayout()
        test_form.addRow(self.tr("&Uji teks:"), self.test_text)
        test_form.addRow("", self.test_result)

        rule_buttons = QHBoxLayout()
        rule_buttons.addStretch(1)
        rule_buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.rule_table, 1)
        layout.addLayout(rule_buttons)
        layout.addLayout(new_rule)
        layout.addLayout(test_form)
        return box

    # ------------------------------------------------------------ agencies

    def load(self) -> None:
        db, actor = self._db, self._actor
        self._tasks.run(
            lambda: routing.list_agencies(db, actor, include_inactive=True),
            self._show_agencies,
            self._failed,
            owner=self,
        )

    def _visible(self) -> list[AgencyInfo]:
        return [a for a in self.agencies if a.active or self.show_inactive.isChecked()]

    def _show_agencies(self, agencies: list[AgencyInfo]) -> None:
        self.agencies = agencies
        self._render()
        self.agencies_loaded.emit()

    def _render(self) -> None:
        current = self.selected()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        shown = self._visible()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(shown))
        for row, agency in enumerate(shown):
            quiet = not agency.active
            cells = [
                agency.name,
                agency.addressee_position or self.tr("(Pimpinan %1)").replace("%1", agency.name),
                (agency.address or "").replace("\n", ", "),
                self.tr("aktif") if agency.active else self.tr("nonaktif"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(
                    row, column, _item(text, quiet=quiet or (column == 1 and not agency.addressee_position))
                )
        self.table.blockSignals(False)
        row = next((i for i, a in enumerate(shown) if a.id == wanted), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self._on_selected()

    def selected(self) -> AgencyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        shown = self._visible()
        if not rows or rows[0].row() >= len(shown):
            return None
        return shown[rows[0].row()]

    def _on_selected(self) -> None:
        agency = self.selected()
        for label in (self.name_error, self.position_error, self.address_error):
            label.show_message(None)
        self.edit_box.setTitle(self.tr("Instansi terpilih") if agency else self.tr("Instansi baru"))
        if agency is None:
            self.rules_box.setTitle(self.tr("Aturan penerusan (pilih instansi)"))
            self.rules = []
            self._show_rules([])
        else:
            self.name.setText(agency.name)
            self.position.setText(agency.addressee_position or "")
            self.address.setPlainText(agency.address or "")
            self.rules_box.setTitle(self.tr("Aturan penerusan: %1").replace("%1", agency.name))
            self.load_rules(agency.id)
        self.mark_clean(self.name, self.position, self.address)
        self._update_buttons()

    def new_agency(self) -> None:
        self.table.clearSelection()
        for edit in (self.name, self.position):
            edit.clear()
        self.address.clear()
        self.mark_clean(self.name, self.position, self.address)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_agency(self) -> None:
        agency = self.selected()
        db, actor = self._db, self._actor
        name, position, address = self.name.text(), self.position.text(), self.address.toPlainText()
        agency_id = agency.id if agency else None
        active = agency.active if agency else True
        done = self.tr("Instansi %1 disimpan")
        self._run(
            lambda: routing.save_agency(
                db,
                actor,
                name=name,
                address=address,
                addressee_position=position,
                active=active,
                agency_id=agency_id,
            ),
            lambda info: self._agency_saved(info, done.replace("%1", info.name)),
        )

    def toggle_active(self) -> None:
        agency = self.selected()
        if agency is None:
            return
        db, actor, active = self._db, self._actor, not agency.active
        done = self.tr("Instansi %1 diaktifkan") if active else self.tr("Instansi %1 dinonaktifkan")
        self._run(
            lambda: routing.save_agency(
                db,
                actor,
                name=agency.name,
                address=agency.address,
                addressee_position=agency.addressee_position,
                active=active,
                agency_id=agency.id,
            ),
            lambda info: self._agency_saved(info, done.replace("%1", info.name)),
        )

    def _agency_saved(self, info: AgencyInfo, message: str) -> None:
        if not info.active:  # keep it in view, so it can be activated again
            self.show_inactive.blockSignals(True)
            self.show_inactive.setChecked(True)
            self.show_inactive.blockSignals(False)
        self._select_after_load = info.id
        self._done(message)
        self.load()

    # ------------------------------------------------------------ rules

    def load_rules(self, agency_id: int) -> None:
        db, actor = self._db, self._actor

        def show(rules: list[RuleInfo]) -> None:
            current = self.selected()
            if current is not None and current.id == agency_id:  # the user may have moved on meanwhile
                self._show_rules(rules)

        self._tasks.run(
            lambda: routing.list_rules(db, actor, agency_id=agency_id), show, self._failed, owner=self
        )

    def _show_rules(self, rules: list[RuleInfo]) -> None:
        self.rules = rules
        self.rule_table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            cells = [
                self.kind_labels.get(rule.kind, rule.kind),
                self.field_labels.get(rule.field, rule.field),
                rule.pattern,
                f"{rule.weight:g}",
                "",
            ]
            for column, text in enumerate(cells):
                self.rule_table.setItem(row, column, _item(text, quiet=not rule.active))
        self.run_test()
        self._update_buttons()
        self.rules_loaded.emit()

    def selected_rule(self) -> RuleInfo | None:
        rows = self.rule_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rules):
            return None
        return self.rules[rows[0].row()]

    def check_pattern(self) -> dict[str, str]:
        """What :func:`routing.check_rule` says of the new rule as typed; shown under the pattern (an
        empty pattern only keeps the button disabled: nothing was typed yet)."""
        wrong = routing.check_rule(self.kind.currentData(), self.field.currentData(), self.pattern.text())
        shown = {k: v for k, v in wrong.items() if self.pattern.text().strip() or k != "pattern"}
        self.pattern_error.show_message("\n".join(shown.values()) or None)
        self._update_buttons(wrong)
        return wrong

    def add_rule(self) -> None:
        agency = self.selected()
        if agency is None or self.check_pattern():
            return
        db, actor = self._db, self._actor
        kind, field_name, pattern, weight = (
            self.kind.currentData(),
            self.field.currentData(),
            self.pattern.text(),
            self.weight.value(),
        )
        done = self.tr("Aturan «%1» ditambahkan").replace("%1", pattern.strip())

        def added(_rule: RuleInfo) -> None:
            self.pattern.clear()
            self.pattern_error.show_message(None)
            self.mark_clean(self.kind, self.field, self.pattern, self.weight)
            self._done(done)
            self.load_rules(agency.id)

        self._run(
            lambda: routing.save_rule(
                db,
                actor,
                agency_id=agency.id,
                kind=kind,
                pattern=pattern,
                field_name=field_name,
                weight=weight,
            ),
            added,
        )

    def delete_rule(self) -> None:
        agency, rule = self.selected(), self.selected_rule()
        if agency is None or rule is None:
            return
        db, actor = self._db, self._actor
        done = self.tr("Aturan «%1» dihapus").replace("%1", rule.pattern)

        def deleted(_none) -> None:
            self._done(done)
            self.load_rules(agency.id)

        self._run(lambda: routing.delete_rule(db, actor, rule_id=rule.id), deleted)

    def run_test(self) -> list[RuleInfo]:
        """Mark the rules the test text matches (on any part of the letter: the text stands for all of
        them); returns those rules."""
        text = self.test_text.text()
        matched = []
        for row, rule in enumerate(self.rules):
            hit = bool(text.strip()) and routing.rule_matches(rule.kind, rule.pattern, text)
            if hit:
                matched.append(rule)
            mark = self.rule_table.item(row, 4)
            if mark is not None:
                mark.setText(self.tr("✓ cocok") if hit else "")
            for column in range(self.rule_table.columnCount()):
                item = self.rule_table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(_MATCH) if hit else QBrush())
        if not text.strip():
            self.test_result.setText("")
        elif not self.rules:
            self.test_result.setText(self.tr("Instansi ini belum memiliki aturan."))
        else:
            score = sum(r.weight for r in matched if r.active)
            self.test_result.setText(
                self.tr("Cocok dengan %1 dari %2 aturan (skor +%3).")
                .replace("%1", str(len(matched)))
                .replace("%2", str(len(self.rules)))
                .replace("%3", f"{score:g}")
            )
        return matched

    # ------------------------------------------------------------ common

    def _update_buttons(self, rule_problems: dict[str, str] | None = None) -> None:
        agency = self.selected()
        idle = self._can_edit and not self._busy
        for widget in (self.name, self.position, self.address):
            widget.setReadOnly(not self._can_edit)
        self.new_button.setEnabled(idle)
        self.save_button.setEnabled(idle)
        self.toggle_button.setEnabled(idle and agency is not None)
        if agency is not None:
            self.toggle_button.setText(self.tr("&Nonaktifkan") if agency.active else self.tr("&Aktifkan"))
        if rule_problems is None:
            rule_problems = routing.check_rule(
                self.kind.currentData(), self.field.currentData(), self.pattern.text()
            )
        self.add_rule_button.setEnabled(idle and agency is not None and not rule_problems)
        self.delete_button.setEnabled(idle and agency is not None and self.selected_rule() is not None)
        for widget in (self.kind, self.field, self.pattern, self.weight):
            widget.setEnabled(self._can_edit and agency is not None)

    def _run(self, work, on_done) -> None:
        self._busy = True
        self.error.show_message(None)
        for label in (self.name_error, self.position_error, self.address_error):
            label.show_message(None)
        self.message.clear()
        self._update_buttons()
        self._tasks.run(work, on_done, self._failed, owner=self)

    def _done(self, message: str) -> None:
        self._busy = False
        self.message.show_done(message)
        self._update_buttons()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        beside = {
            "name": self.name_error,
            "addressee_position": self.position_error,
            "address": self.address_error,
            "pattern": self.pattern_error,
            "kind": self.pattern_error,
            "field": self.pattern_error,
            "weight": self.pattern_error,
        }
        if not show_problems_beside(exc, beside):
            self.error.show_message(error_text(exc))
        self._update_buttons()
