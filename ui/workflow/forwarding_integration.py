"""Forwarding, printing, disposisi and telaah in the main window, acting on the register's selection.

The UI owner calls, once the window is built (e.g. in ``MainWindow._install_views``)::

    from ui.workflow.forwarding_integration import install_forwarding
    self.integrations["forwarding"] = install_forwarding(self)

It adds to the Surat menu (and the register's context menu): "Teruskan…" (Ctrl+Shift+F), "Cetak surat
terpilih…", "Disposisi…", "Telaah…". The register table is switched to extended selection so several
letters can be chosen for batch printing (the current letter stays what the other actions use). After a
dialog saved something the register is refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from sipdumas.domain.permissions import Permission
from sipdumas.services.letters import LetterRow
from ui.register.model import letter_at
from ui.workflow.forwarding_view import BatchPrintDialog, ForwardingDialog
from ui.workflow.review_dialogs import DispositionDialog, ReviewDialog


class ForwardingIntegration(QObject):
    def __init__(self, window, *, multi_select: bool = True):
        super().__init__(window)
        self.window = window
        actor = window.actor
        self.act_forward = QAction(self.tr("&Teruskan…"), window)
        self.act_forward.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.act_forward.setStatusTip(
            self.tr("Teruskan surat terpilih ke instansi berwenang dan cetak surat penerusannya")
        )
        self.act_print = QAction(self.tr("&Cetak surat terpilih…"), window)
        self.act_print.setStatusTip(self.tr("Teruskan dan cetak surat penerusan semua surat yang dipilih"))
        self.act_dispose = QAction(self.tr("&Disposisi…"), window)
        self.act_review = QAction(self.tr("T&elaah…"), window)
        self.act_forward.triggered.connect(self.forward_current)
        self.act_print.triggered.connect(self.print_selected)
        self.act_dispose.triggered.connect(self.dispose_current)
        self.act_review.triggered.connect(self.review_current)
        self.actions = [self.act_forward, self.act_print, self.act_dispose, self.act_review]
        self._allowed = {
            self.act_forward: actor.can(Permission.PRINT_LETTERS),
            self.act_print: actor.can(Permission.PRINT_LETTERS),
            self.act_dispose: actor.can(Permission.DISPOSE_LETTER),
            self.act_review: actor.can(Permission.REVIEW_LETTER),
        }
        menu = window.letter_menu
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)
            window.table.addAction(action)
            action.setVisible(self._allowed[action])
        if multi_select:
            window.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        window.table.selectionModel().selectionChanged.connect(self._update)
        window.model.modelReset.connect(self._update)
        self._update()

    # ------------------------------------------------------------ selection

    def selected_letters(self) -> list[LetterRow]:
        """The selected rows in register order, or the current letter when nothing is selected."""
        indexes = sorted(self.window.table.selectionModel().selectedRows(), key=lambda i: i.row())
        rows = [r for r in (letter_at(i) for i in indexes) if r is not None]
        if not rows and self.window.current_letter() is not None:
            rows = [self.window.current_letter()]
        return rows

    def _update(self, *_args) -> None:
        n = len(self.selected_letters())
        for action in (self.act_forward, self.act_dispose, self.act_review):
            action.setEnabled(self._allowed[action] and n >= 1)
        self.act_print.setEnabled(self._allowed[self.act_print] and n >= 1)

    # ------------------------------------------------------------ actions

    def _current(self) -> LetterRow | None:
        return self.window.current_letter() or next(iter(self.selected_letters()), None)

    def _open_for_current(self, dialog_class, saved_signal: str):
        """Open ``dialog_class`` on the current letter; the register is refreshed when the dialog emits
        ``saved_signal``. None when no letter is chosen."""
        letter = self._current()
        if letter is None:
            return None
        w = self.window
        dialog = dialog_class(w.db, w.actor, w.tasks, letter, w)
        getattr(dialog, saved_signal).connect(lambda *_: w.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def forward_current(self) -> ForwardingDialog | None:
        return self._open_for_current(ForwardingDialog, "forwarded")

    def dispose_current(self) -> DispositionDialog | None:
        return self._open_for_current(DispositionDialog, "saved")

    def review_current(self) -> ReviewDialog | None:
        return self._open_for_current(ReviewDialog, "saved")

    def print_selected(self) -> BatchPrintDialog | None:
        letters = self.selected_letters()
        if not letters:
            return None
        w = self.window
        dialog = BatchPrintDialog(w.db, w.actor, w.tasks, letters, w)
        dialog.finished_batch.connect(lambda *_: w.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog


def install_forwarding(main_window, *, multi_select: bool = True) -> ForwardingIntegration:
    """Add the forwarding actions to ``main_window`` (a :class:`ui.main_window.MainWindow`); returns the
    object holding them (``act_forward``, ``act_print``, ``act_dispose``, ``act_review``)."""
    return ForwardingIntegration(main_window, multi_select=multi_select)
