"""Small widgets the dialogs and views share: a date that may be empty, an inline error line and the line
saying what a change did, a list table, the note shown over a table that has no rows, and a form of
read-only details."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QToolButton,
    QWidget,
)

from sipdumas.domain.errors import ValidationFailed

#: The value a :class:`OptionalDateEdit` shows as "no date" (Qt's date edit cannot be empty).
_NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd-MM-yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date with a calendar popup in the format offices write (``12-04-2026``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setDate(QDate.currentDate())

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left empty ("—"), with a button that empties it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "—"):
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(empty_text)
        self.edit.setDate(_NO_DATE)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Kosongkan tanggal"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        # An empty date would open the calendar on January 1900; open it on this month instead.
        self.edit.calendarWidget().installEventFilter(self)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        current = self.edit.date()
        return None if current == _NO_DATE else from_qdate(current)

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(_NO_DATE if value is None else to_qdate(value))

    def clear(self) -> None:
        self.set_value(None)

    def setMaximumDate(self, value: QDate) -> None:  # noqa: N802 - Qt naming
        self.edit.setMaximumDate(value)


class ErrorLabel(QLabel):
    """A red line under a field or a form saying what is wrong; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class DoneLabel(QLabel):
    """A green line beside a dialog's buttons saying what the last change did (``✓ Akun budi dibuat``);
    empty until a change was accepted, cleared when the next one starts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("color: #2e7d32;")
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_done(self, message: str) -> None:
        self.setText("✓ " + message)


class SaveCloseRow(QHBoxLayout):
    """The foot of a settings dialog: the green "done" line, **Simpan** (the default button, calling
    ``save``) and **Tutup** (rejecting ``dialog``). ``message`` and ``save_button`` are the dialog's to
    update; the error line above it stays the dialog's own."""

    def __init__(self, dialog: QWidget, save):
        super().__init__()
        self.message = DoneLabel(dialog)
        self.save_button = QPushButton(QCoreApplication.translate("SaveCloseRow", "&Simpan"), dialog)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(save)
        close = QPushButton(QCoreApplication.translate("SaveCloseRow", "Tutup"), dialog)
        close.setAutoDefault(False)
        close.clicked.connect(dialog.reject)
        self.addWidget(self.message, 1)
        self.addWidget(self.save_button)
        self.addWidget(close)


def show_problems_beside(exc: BaseException, labels: Mapping[str, ErrorLabel]) -> bool:
    """Show each problem of a :class:`ValidationFailed` under the field it names, when every one names a
    field in ``labels``; True when it did. Anything else (another error, a problem with no field on
    screen) is left to the caller, for the dialog's own error line, so no refusal goes unseen."""
    if not isinstance(exc, ValidationFailed) or not set(exc.problems) <= set(labels):
        return False
    for key, message in exc.problems.items():
        labels[key].show_message(message)
    return True


def list_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """An empty table of ``headers`` that lists things to pick: one whole row at a time, nothing edited
    in place, one line a row, no row numbers."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class EmptyNote(QLabel):
    """A grey note over a table's rows saying why there are none ("Register masih kosong…"), kept 40
    pixels inside the rows' area whenever that area is resized; hidden until :meth:`show_text`."""

    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view.viewport())
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #757575; font-size: 11pt;")
        self.hide()
        view.viewport().installEventFilter(self)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._fit()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        self.setGeometry(self.parentWidget().rect().adjusted(40, 40, -40, -40))


def buddy_label(text: str, widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose mnemonic (``&Tanggal:``) moves the focus to ``widget``: QFormLayout sets the
    buddy only when a row's field is a widget, so a row holding a layout needs this."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def details_form(
    rows: Iterable[tuple[str, str]], parent: QWidget, *, font: QFont | None = None
) -> tuple[QFormLayout, dict[str, QLabel]]:
    """Read-only details of one thing (a file's place, classification, letters…), one ``(key, label)``
    a row: the labels right-aligned, each value a wrapping label whose text can be selected and copied
    (a code to paste elsewhere). ``font``, when given, is both columns' font. Returns the form and the
    value labels by key, empty, for the caller to fill."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    values: dict[str, QLabel] = {}
    for key, text in rows:
        label = QLabel(text, parent)
        value = QLabel(parent)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if font is not None:
            label.setFont(font)
            value.setFont(font)
        form.addRow(label, value)
        values[key] = value
    return form, values
