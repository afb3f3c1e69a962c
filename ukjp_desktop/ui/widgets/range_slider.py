"""A horizontal slider with two handles, for the year range."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_HANDLE = 7.0  # handle radius in pixels


class RangeSlider(QWidget):
    rangeChanged = Signal(int, int)   # emitted when the user has moved a handle

    def __init__(self, minimum: int = 0, maximum: int = 100, parent=None):
        super().__init__(parent)
        self._min, self._max = minimum, maximum
        self._low, self._high = minimum, maximum
        self._drag: str | None = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self._focus_handle = "low"
        self.setAccessibleName("Year range")

    def sizeHint(self) -> QSize:
        return QSize(160, 24)

    # ---- values -----------------------------------------------------------------------------
    def set_bounds(self, minimum: int, maximum: int) -> None:
        if maximum < minimum:
            maximum = minimum
        full = (self._low, self._high) == (self._min, self._max)
        self._min, self._max = minimum, maximum
        if full:
            self._low, self._high = minimum, maximum
        self._low = min(max(self._low, minimum), maximum)
        self._high = min(max(self._high, self._low), maximum)
        self.update()

    def bounds(self) -> tuple[int, int]:
        return self._min, self._max

    def values(self) -> tuple[int, int]:
        return self._low, self._high

    def set_values(self, low: int, high: int) -> None:
        """Set without emitting (the caller already knows)."""
        low, high = sorted((low, high))
        self._low = min(max(low, self._min), self._max)
        self._high = min(max(high, self._low), self._max)
        self.update()

    # ---- geometry ---------------------------------------------------------------------------
    def _x(self, value: int) -> float:
        span = max(1, self._max - self._min)
        return _HANDLE + (self.width() - 2 * _HANDLE) * (value - self._min) / span

    def _value_at(self, x: float) -> int:
        span = self._max - self._min
        frac = (x - _HANDLE) / max(1.0, self.width() - 2 * _HANDLE)
        return int(round(self._min + min(1.0, max(0.0, frac)) * span))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        cy = self.height() / 2
        p.setPen(QPen(pal.color(QPalette.Mid), 4, Qt.SolidLine, Qt.RoundCap))
        p.drawLine(QPointF(_HANDLE, cy), QPointF(self.width() - _HANDLE, cy))
        p.setPen(QPen(pal.color(QPalette.Highlight), 4, Qt.SolidLine, Qt.RoundCap))
        p.drawLine(QPointF(self._x(self._low), cy), QPointF(self._x(self._high), cy))
        for name, v in (("low", self._low), ("high", self._high)):
            focus = self.hasFocus() and self._focus_handle == name
            p.setPen(QPen(pal.color(QPalette.Highlight if focus else QPalette.Dark), 2 if focus else 1))
            p.setBrush(pal.color(QPalette.Button))
            p.drawEllipse(QRectF(self._x(v) - _HANDLE, cy - _HANDLE, 2 * _HANDLE, 2 * _HANDLE))

    # ---- interaction ------------------------------------------------------------------------
    def mousePressEvent(self, e) -> None:
        x = e.position().x()
        self._drag = "low" if abs(x - self._x(self._low)) <= abs(x - self._x(self._high)) else "high"
        if self._low == self._high:  # stacked handles: move towards where the user clicked
            self._drag = "low" if x < self._x(self._low) else "high"
        self._focus_handle = self._drag
        self._move(self._drag, self._value_at(x), emit=False)

    def mouseMoveEvent(self, e) -> None:
        if self._drag:
            self._move(self._drag, self._value_at(e.position().x()), emit=False)

    def mouseReleaseEvent(self, _e) -> None:
        if self._drag:
            self._drag = None
            self.rangeChanged.emit(self._low, self._high)

    def keyPressEvent(self, e) -> None:
        step = {Qt.Key_Left: -1, Qt.Key_Down: -1, Qt.Key_Right: 1, Qt.Key_Up: 1}.get(e.key())
        if e.key() == Qt.Key_Tab and self._focus_handle == "low":
            self._focus_handle = "high"
            self.update()
            return
        if e.key() == Qt.Key_Backtab and self._focus_handle == "high":
            self._focus_handle = "low"
            self.update()
            return
        if step is None:
            super().keyPressEvent(e)
            return
        v = self._low if self._focus_handle == "low" else self._high
        self._move(self._focus_handle, v + step, emit=True)

    def _move(self, handle: str, value: int, emit: bool) -> None:
        value = min(max(value, self._min), self._max)
        if handle == "low":
            self._low = min(value, self._high)
        else:
            self._high = max(value, self._low)
        self.update()
        if emit:
            self.rangeChanged.emit(self._low, self._high)
