"""Windows that fit the screen they open on, and open again at the size the user gave them.

Office laptops have 1366 × 768 screens, less the taskbar: a dialog opened at a fixed 1400 × 860 hides
its buttons below the screen's edge. :func:`fit_window` replaces a window's fixed ``resize``: the window
opens at the size it had when the user last closed it (remembered per user and workstation in the
client's settings, under ``windows/<key>``), or at its default size, and either way no larger than the
available area of its screen (``QScreen.availableGeometry``, i.e. without the taskbar) less the room
its title bar and borders take; once shown it is moved inside that area if it sticks out.

The settings are those of the main window the dialog belongs to (:func:`window_settings`); a window
without one (tests, ``gui --screenshot``) fits the screen but remembers nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room the window manager's frame (title bar, borders) takes outside a window before the window has
#: been shown and its frame can be measured.
FRAME_ALLOWANCE = QSize(16, 40)
SETTINGS_GROUP = "windows"


def available_geometry(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` is (or will be) on that windows may use."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_allowance(widget: QWidget) -> QSize:
    """How much wider and taller the window is with its frame: measured once shown, else a guess."""
    window = widget.window()
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QSize(FRAME_ALLOWANCE)


def room_for(widget: QWidget) -> QSize:
    """The largest size (without frame) a window can have on ``widget``'s screen."""
    return available_geometry(widget).size() - frame_allowance(widget)


def fitted_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made small enough for the screen (never below the window's own minimum)."""
    return wanted.boundedTo(room_for(widget)).expandedTo(widget.minimumSize())


def window_settings(widget: QWidget) -> QSettings | None:
    """The settings of the main window ``widget`` belongs to (its ``window_settings``), if any."""
    current: QObject | None = widget
    while current is not None:
        found = getattr(current, "window_settings", None)
        if isinstance(found, QSettings):
            return found
        current = current.parent()
    return None


def keep_on_screen(widget: QWidget) -> None:
    """Move a shown window (its frame) inside the available area of its screen, shrinking it first if
    it is larger; a maximised or full-screen window is left alone."""
    window = widget.window()
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_geometry(window)
    size = window.size().boundedTo(room_for(window))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        window.move(QPoint(max(x, area.left()), max(y, area.top())))


class WindowFit(QObject):
    """Keeps one window fitted to its screen and remembers its size when it is hidden or closed."""

    def __init__(self, window: QWidget, key: str, default: QSize):
        super().__init__(window)
        self.window = window
        self.key = key
        self.default = QSize(default)
        self._placed = False
        window.installEventFilter(self)
        self.apply(key, default)

    def saved_size(self, key: str | None = None) -> QSize | None:
        settings = window_settings(self.window)
        if settings is None:
            return None
        value = settings.value(f"{SETTINGS_GROUP}/{key or self.key}")
        return value if isinstance(value, QSize) and value.isValid() and not value.isEmpty() else None

    def apply(self, key: str, default: QSize) -> None:
        """Size the window as remembered under ``key`` (else ``default``), fitted to its screen; a
        window that changes its layout (a form that gains its scan) switches to another key."""
        self.key, self.default = key, QSize(default)
        self.window.resize(fitted_size(self.window, self.saved_size() or self.default))
        if self.window.isVisible():
            keep_on_screen(self.window)

    def save(self) -> None:
        settings = window_settings(self.window)
        if settings is None or self.window.isMaximized() or self.window.isFullScreen():
            return
        settings.setValue(f"{SETTINGS_GROUP}/{self.key}", self.window.size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._placed:
                self._placed = True
                keep_on_screen(self.window)
            elif event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
                self.save()
        return super().eventFilter(watched, event)


def fit_window(window: QWidget, key: str, width: int, height: int) -> WindowFit:
    """Give ``window`` its remembered size (or ``width`` × ``height``), fitted to its screen, and keep
    it on the screen when shown; call it where the window's fixed ``resize`` used to be."""
    return WindowFit(window, key, QSize(width, height))
