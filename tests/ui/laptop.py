"""The office laptop's screen for the client's tests: 1366 × 768, 96 dpi, through Qt's offscreen platform
(``configfile`` option). :data:`LAPTOP` is the ``QT_QPA_PLATFORM`` value, for the tests' own process
(set by ``conftest.py``) and for a client started in a subprocess."""

from __future__ import annotations

from pathlib import Path

SCREEN = Path(__file__).with_name("laptop-screen.json")
LAPTOP = f"offscreen:configfile={SCREEN}"
WIDTH, HEIGHT = 1366, 768
