"""Where an import starts in the window: File → Import document… and files dropped on the window.
Each opens a review (``review.py``).

The review and its jobs bring the extractor (compiled patterns, gazetteer): ~100 ms that only an
import needs, so they are imported on first use rather than on the start-up path."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from ..widgets.file_dialogs import open_file_names


class ImportLauncher(QObject):
    """Opens import reviews for ``window`` (which needs ``library``, ``annotator``, ``state``,
    ``settings`` and ``last_message``: see ``context_for``)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose(self) -> None:
        choose_and_review(self.window)

    def choose_table(self) -> None:
        """File → Import table… (``table_review.py``, issue 16)."""
        from .table_review import choose_and_review_table
        self.table_review = choose_and_review_table(self.window)

    def eventFilter(self, obj, e) -> bool:  # noqa: N802 - Qt API
        if obj is not self.window or e.type() not in (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop):
            return super().eventFilter(obj, e)
        paths = dropped_paths(e.mimeData())
        if not paths:
            e.ignore()
            return True
        e.acceptProposedAction()
        if e.type() == QEvent.Drop:
            for path in paths:
                open_review(self.window, path)
        return True


def context_for(window):
    """What a review needs from the window: the database, the undo stack, the shared state
    (``importsChanged``), the user's gazetteer, sector names and where to report."""
    from ...store.overview import sector_names
    from .jobs import ReviewContext, gazetteer_path_for
    return ReviewContext(engine=window.library.engine, stack=window.annotator.stack, state=window.state,
                         gazetteer_path=gazetteer_path_for(window.settings),
                         sector_names=sector_names(window.library.engine),
                         report=lambda text: _report(window, text))


def _report(window, text: str) -> None:
    window.last_message = text
    window.statusBar().showMessage(text, 8000)


def open_review(window, path: str):
    """Open a review for ``path`` (reading starts at once, off the UI thread)."""
    from .review import ImportReview
    review = ImportReview(context_for(window), path, window)
    review.present()
    review.start()
    return review


def choose_and_review(window) -> list:
    """File → Import document…: pick one or more files and open a review for each."""
    from .jobs import FILE_FILTER
    folder = str(window.settings.value("import/folder", str(Path.home())))
    paths = open_file_names(window, "Import document", folder, FILE_FILTER)   # reads no file it lists
    if paths:
        window.settings.setValue("import/folder", str(Path(paths[0]).parent))
    return [open_review(window, p) for p in paths]


def dropped_paths(mime) -> list[str]:
    """The importable local files in a drag's data (empty: refuse the drag)."""
    from .jobs import importable_paths
    return importable_paths(mime.urls()) if mime is not None and mime.hasUrls() else []
