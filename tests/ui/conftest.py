"""Fixtures of the client's tests (pytest-qt).

Qt runs with ``QT_QPA_PLATFORM=offscreen``: the tests must run in CI and on servers without a display,
and offscreen rendering still lays out and paints widgets, so ``grab()`` gives real pixels. The variable
is set here, before pytest-qt creates the ``QApplication``, so nobody has to remember it on the command
line. Its screen is the office laptop's, 1366 × 768 (``laptop-screen.json``, Qt's offscreen
``configfile`` option; without it the offscreen screen is 800 × 800), so the windows open, fit and are
tested at the size people use them (``laptop.py``).

``XDG_CONFIG_HOME`` points into a temporary folder for the whole run: the window remembers its layout in
``QSettings`` and the connection dialog saves ``connection.json``; neither may touch the real user's
files, nor leak from one test into the next (each test that needs settings gets its own file).
"""

from __future__ import annotations

import os
import tempfile

from laptop import LAPTOP

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = LAPTOP
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sipdumas-ui-config-")
os.environ.setdefault("SIPDUMAS_LANG", "id")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def tasks(qtbot):
    """A real background runner, as in the client; shut down (queue drained) after the test."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    qtbot.wait(10)  # deliver callbacks already queued to the UI thread
    runner.deleteLater()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """A settings file of this test alone."""
    return QSettings(str(tmp_path / "client.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window_factory(qtbot, tasks):
    """``window_factory(db, actor, settings=None, start_view="register")``: a shown main window whose
    register has loaded its first screen. The register tab is in front (the client itself opens on the
    dashboard), since most tests click and type in it."""
    from ui.main_window import MainWindow

    made = []

    def make(db, actor, *, settings=None, start_view="register"):
        window = MainWindow(db, actor, tasks=tasks, settings=settings, start_view=start_view)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
