"""What every dialog with a form does the way desktop users expect it to.

:class:`FormDialog` is a ``QDialog`` whose subclass calls :meth:`~FormDialog.set_up_form` once its
fields exist:

- **Ctrl+Enter** (either Enter key) saves, wherever the cursor is, also in a multi-line field;
- the **first field** has the focus when the dialog opens (or the one the dialog names);
- closing it with **unsaved changes** (Esc, the window's close button, Batal/Tutup) asks first:
  *Simpan*, *Buang perubahan* or *Kembali ke isian*.

"Unsaved" means: an editable field (text, number, date, choice, tick box) holds something else than
when the form was last filled or saved, which the dialog marks with :meth:`~FormDialog.mark_clean`
(after showing what it loaded, after a save). Typing a change and typing it back leaves nothing to ask
about. A field whose text is no part of what is saved (a search or test box) is left out with
:func:`not_saved`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: The keys that save a form (the main Enter key and the keypad's).
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
_NOT_SAVED = "sipdumas_not_saved"


def not_saved(*widgets: QWidget) -> None:
    """Leave ``widgets`` out of the unsaved-changes check (their text is not part of what is saved)."""
    for widget in widgets:
        widget.setProperty(_NOT_SAVED, True)


def _editable(widget: QWidget) -> bool:
    if widget.property(_NOT_SAVED):
        return False
    if isinstance(widget, QLineEdit):
        # the line edit inside a combo box or spin box is that widget's own business
        return not widget.isReadOnly() and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    if isinstance(widget, QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return True
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return False


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.isChecked()  # a tick box or a toggle


def form_state(dialog: QWidget) -> dict[QWidget, object]:
    """The values of the editable fields of ``dialog`` (not of dialogs opened from it)."""
    return {w: _value(w) for w in dialog.findChildren(QWidget) if w.window() is dialog and _editable(w)}


def _first_field(dialog: QWidget) -> QWidget | None:
    """The first field in the tab order that takes typing (a button or a table is no field)."""
    widget = dialog.nextInFocusChain()
    seen = set()
    while widget is not None and widget is not dialog and id(widget) not in seen:
        seen.add(id(widget))
        if (
            widget.window() is dialog
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox)
            and not getattr(widget, "isReadOnly", lambda: False)()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class FormDialog(QDialog):
    """A dialog holding a form; see the module's docstring. ``discard_box`` is the open "unsaved
    changes" question, if any (for tests and for the dialog itself)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._save: Callable[[], None] | None = None
        self._first: QWidget | None = None
        self._clean: dict[QWidget, object] | None = None
        self._close_after_save = False
        self._focused = False
        self.discard_box: QMessageBox | None = None

    def set_up_form(self, *, save: Callable[[], None] | None, first: QWidget | None = None) -> None:
        """``save`` runs on Ctrl+Enter and on *Simpan* in the unsaved-changes question (None: the form
        has nothing to save by a key); ``first`` gets the focus when the dialog opens (default: the first
        field in the tab order). The form counts as clean from here until a field changes."""
        self._save = save
        self._first = first
        if save is not None:
            for keys in SAVE_KEYS:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(self._save_by_key)
        self.mark_clean()

    # ------------------------------------------------------------ unsaved changes

    def mark_clean(self, *fields: QWidget) -> None:
        """The fields as they are now are what is stored (call after filling them in and after saving);
        ``fields``: only these (a part of the dialog saved on its own). When the user asked to save and
        close, this closes the dialog."""
        now = form_state(self)
        if fields and self._clean is not None:
            self._clean.update({w: v for w, v in now.items() if w in fields})
        else:
            self._clean = now
        if self._close_after_save:
            self._close_after_save = False
            QTimer.singleShot(0, self._close_now)

    def unsaved_changes(self) -> bool:
        """Whether a field differs from what it held at :meth:`mark_clean`."""
        if self._clean is None:
            return False
        now = form_state(self)
        return any(w in self._clean and self._clean[w] != value for w, value in now.items())

    def reject(self) -> None:  # noqa: D102 - asks first when something would be lost
        if self.discard_box is not None:
            return
        if not self.unsaved_changes():
            super().reject()
            return
        self._ask_before_closing()

    def _close_now(self) -> None:
        if self.isVisible():
            QDialog.reject(self)

    def _ask_before_closing(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Perubahan belum disimpan"))
        box.setText(self.tr("Ada isian yang diubah tetapi belum disimpan."))
        box.setInformativeText(self.tr("Simpan dulu, buang perubahan itu, atau kembali ke isian?"))
        save = None
        if self._save is not None:
            save = box.addButton(self.tr("&Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("&Kembali ke isian"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save or back)
        box.setEscapeButton(back)

        def answered() -> None:
            clicked = box.clickedButton()
            self.discard_box = None
            box.deleteLater()
            if clicked is discard:
                QDialog.reject(self)
            elif save is not None and clicked is save:
                self._close_after_save = True
                self._save_by_key()

        box.finished.connect(lambda _result: answered())
        self.discard_box = box
        box.open()

    # ------------------------------------------------------------ keys and focus

    def _save_by_key(self) -> None:
        if self._save is not None and self.discard_box is None:
            self._save()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            if self._clean is not None:
                self.mark_clean()  # fields a subclass added after set_up_form count from here on
            QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        field = self._first if self._first is not None and self._first.isEnabled() else _first_field(self)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)
