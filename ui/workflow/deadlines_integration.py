"""Deadlines in the main window: the Tugas saya tab and the overdue count in the status bar.

The UI owner calls, once the window is built (``MainWindow._install_views``)::

    from ui.workflow.deadlines_integration import install_deadlines
    self.integrations["deadlines"] = install_deadlines(self)

- **Tugas saya** (:class:`ui.workflow.my_work_view.MyWorkView`), a tab beside the register for the roles that
  have a work list (analysts; supervisors and administrators, who can pick whose): its title carries
  the count, Enter or a double-click opens the letter with the window's own letter form.
- **"N terlambat"** in the status bar: the letters past a deadline in the whole register, with the
  number per deadline in the tooltip; a click shows them in the register (the Terlambat filter).

Both are counted once the register's first screen is shown (they must not delay it: the window has
one worker) and again whenever the window reports that letters changed (F5, a saved letter, a status
change, a forwarding, a disposisi).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from sipdumas.services.deadlines import overdue_counts
from sipdumas.services.letters import LetterQuery
from ui.common.deadline_text import OVERDUE_TEXT
from ui.common.formatting import count
from ui.workflow.my_work_view import MyWorkView, has_work_list


class DeadlinesIntegration(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.my_work: MyWorkView | None = None
        if has_work_list(window.actor):
            self.my_work = MyWorkView(window.db, window.actor, window.tasks, parent=window)
            window.add_view(self.my_work, self.my_work.title(), key="my_work")
            self.my_work.title_changed.connect(self._set_title)
            self.my_work.open_requested.connect(window.open_letter)
        self.overdue_label = QLabel(window)
        self.overdue_label.setContentsMargins(8, 0, 8, 0)
        self.overdue_label.setTextFormat(Qt.TextFormat.RichText)
        self.overdue_label.linkActivated.connect(lambda _link: self.show_overdue())
        bar = window.statusBar()
        # beside the register's count, before who is signed in
        bar.insertPermanentWidget(1, self.overdue_label)
        self.counts: dict | None = None
        window.ready.connect(self.refresh)
        window.letters_changed.connect(self.refresh)

    def refresh(self) -> None:
        w = self.window
        if self.my_work is not None:
            self.my_work.refresh()
        db, actor = w.db, w.actor
        w.tasks.run(lambda: overdue_counts(db, actor), self._on_counts, self._on_counts_failed, owner=self)

    def _set_title(self, text: str) -> None:
        views = self.window.views
        index = views.indexOf(self.my_work)
        if index >= 0:
            views.setTabText(index, text)

    def _on_counts(self, counts: dict) -> None:
        self.counts = counts
        total = counts["total"]
        if total:
            text = self.tr("%1 terlambat").replace("%1", count(total))
            self.overdue_label.setText(
                f'<a href="overdue" style="color:{OVERDUE_TEXT.name()}; font-weight:600;">{text}</a>'
            )
        else:
            self.overdue_label.setText(
                '<span style="color:#616161;">' + self.tr("Tidak ada yang terlambat") + "</span>"
            )
        self.overdue_label.setToolTip(
            self.tr(
                "Surat lewat tenggat hari ini: telaah %1, penerusan %2, penyelesaian %3 "
                "(satu surat bisa lewat dua tenggat). Klik untuk menampilkannya di register."
            )
            .replace("%1", count(counts["review"]))
            .replace("%2", count(counts["forward"]))
            .replace("%3", count(counts["settle"]))
        )

    def _on_counts_failed(self, _exc: BaseException) -> None:
        self.overdue_label.setText("")

    def show_overdue(self) -> None:
        """The register filtered to the overdue letters (the status bar's link)."""
        self.window.show_register(LetterQuery(overdue=True))


def install_deadlines(main_window) -> DeadlinesIntegration:
    """Add the Tugas saya tab (for roles with a work list) and the overdue count to ``main_window``."""
    return DeadlinesIntegration(main_window)
