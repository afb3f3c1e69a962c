"""File → Open database…: another database in a new window; this one closes."""
from __future__ import annotations

from .failure import choose_database_file
from .widgets.dialogs import message


def open_database(window, path: str | None = None):
    """Open ``path`` (asked for when None) in a new window like ``window`` and close this one;
    a file that cannot be opened is reported in words and this window stays as it was."""
    from ..store.database import DatabaseError
    from ..store.userdb import open_library
    path = path or choose_database_file(window)
    if not path:
        return None
    try:
        library = open_library(path)
    except DatabaseError as exc:
        window.last_message = str(exc)
        message(window, "Database not opened", str(exc))
        return None
    window.annotations.flush()
    window.save_settings()
    other = type(window)(library, window.settings, db_label=str(library.db.path))
    other.show()
    window.close()
    window.library.engine.dispose()  # this window's queries have finished (closeEvent waits)
    return other
