"""Where an import starts in the window: File → Import document… and files dropped on the window.
Each opens a review (``review.py``).

The review module brings the extractor (compiled patterns, gazetteer): ~100 ms that only an
import needs, so it is imported on first use rather than on the start-up path."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class ImportLauncher(QObject):
    """Opens import reviews for ``window`` (which needs ``library``, ``annotator``, ``state``,
    ``settings`` and ``last_message``: see ``review.context_for``)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose(self) -> None:
        from .review import choose_and_review
        choose_and_review(self.window)

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 - Qt API
        if obj is not self.window or e.type() not in (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop):
            return super().eventFilter(obj, e)
        from .review import dropped_paths, open_review
        paths = dropped_paths(e.mimeData())
        if not paths:
            e.ignore()
            return True
        e.acceptProposedAction()
        if e.type() == QEvent.Drop:
            for path in paths:
                open_review(self.window, path)
        return True
