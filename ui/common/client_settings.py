"""Where the client remembers things per user and workstation: window sizes, layout, column widths,
the watched scan folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def client_settings() -> QSettings:
    """The client's settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sipdumas", "client")
