"""Small drawn icons for a letter's flags, so the register can show them in narrow columns: only a
tembusan, identity complete or not, a duplicate flag (not yet reviewed, confirmed, rejected) and
related letters. Drawn with lines rather than taken from a font, so they look the same on every
workstation whatever symbols its fonts have. The words for each flag are the cell's tooltip and
accessible text (see :mod:`ui.register.model`)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16

COLOURS = {
    "carbon_copy": "#616161",
    "identity_ok": "#2e7d32",
    "identity_missing": "#b3261e",
    "duplicate": "#b26a00",
    "duplicate_confirmed": "#8e1b16",
    "duplicate_rejected": "#9e9e9e",
    "related": "#1565c0",
}


def _pen(colour: str, size: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(1.8 * size / SIZE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw(kind: str, painter: QPainter, s: float) -> None:
    colour = COLOURS[kind]
    painter.setPen(_pen(colour, s))
    if kind == "carbon_copy":  # two sheets, one behind the other
        painter.drawRect(QRectF(0.22 * s, 0.12 * s, 0.5 * s, 0.62 * s))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(0.36 * s, 0.28 * s, 0.5 * s, 0.62 * s))
    elif kind == "identity_ok":  # a tick
        path = QPainterPath(QPointF(0.18 * s, 0.55 * s))
        path.lineTo(0.42 * s, 0.78 * s)
        path.lineTo(0.84 * s, 0.22 * s)
        painter.drawPath(path)
    elif kind == "identity_missing":  # a cross
        painter.drawLine(QPointF(0.22 * s, 0.22 * s), QPointF(0.78 * s, 0.78 * s))
        painter.drawLine(QPointF(0.78 * s, 0.22 * s), QPointF(0.22 * s, 0.78 * s))
    elif kind.startswith("duplicate"):  # an arrow coming round again: sent once more
        box = QRectF(0.16 * s, 0.16 * s, 0.68 * s, 0.68 * s)
        painter.drawArc(box, 100 * 16, 290 * 16)
        head = QPainterPath(QPointF(0.34 * s, 0.06 * s))
        head.lineTo(0.52 * s, 0.17 * s)
        head.lineTo(0.36 * s, 0.31 * s)
        painter.drawPath(head)
        if kind == "duplicate_confirmed":  # filled centre: confirmed by an analyst
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(0.5 * s, 0.5 * s), 0.12 * s, 0.12 * s)
        elif kind == "duplicate_rejected":  # struck through: the flag was rejected
            painter.drawLine(QPointF(0.1 * s, 0.9 * s), QPointF(0.9 * s, 0.1 * s))
    elif kind == "related":  # arrows both ways
        painter.drawLine(QPointF(0.12 * s, 0.34 * s), QPointF(0.86 * s, 0.34 * s))
        painter.drawLine(QPointF(0.86 * s, 0.34 * s), QPointF(0.68 * s, 0.18 * s))
        painter.drawLine(QPointF(0.14 * s, 0.68 * s), QPointF(0.88 * s, 0.68 * s))
        painter.drawLine(QPointF(0.14 * s, 0.68 * s), QPointF(0.32 * s, 0.84 * s))


@cache
def flag_icon(kind: str) -> QIcon:
    """The icon of ``kind`` (a key of :data:`COLOURS`), drawn at 1x and 2x for sharp high-DPI screens."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(SIZE * scale, SIZE * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(kind, painter, SIZE * scale)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon
