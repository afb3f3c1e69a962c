"""Work that must wait until a widget has painted, so that it does not delay what the user sees
first (the list at start-up): the charts, the restored selection, the facet snapshot's load."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def after_next_paint(widget: QWidget, action: Callable[[], object]) -> None:
    """Run ``action`` once ``widget`` has next been painted (from the event loop, just after
    the paint). A 0 ms timer started when the data arrived is not enough: it runs before the
    repaint, which waits for the event loop too. A widget that is never shown never paints,
    and ``action`` never runs."""

    class _Painted(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, widget, action)   # not once the widget is gone
                self.deleteLater()
            return False

    widget.installEventFilter(_Painted(widget))
    widget.update()
