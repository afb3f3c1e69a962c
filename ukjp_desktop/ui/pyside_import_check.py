"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 replaces ``builtins.__import__`` with its ``__feature__`` hook, which, for each module
imported for the first time, decides whether that module uses PySide6 (``from __feature__
import snake_case`` is switched per module) by reading the module's whole source with
``inspect.getsource`` and looking for the word "PySide6". ``inspect`` goes through
``linecache``, which keeps every source it read in memory for the life of the process: ~670
sources once the window has imported the store, pyqtgraph and numpy, and ~0.1-0.2 s of CPU at
start-up. The same reads run in the query runner's workers when they import something for the
first time (a date format, a chart, pandas for an export), holding the GIL and the import
lock beside the UI thread.

``install`` replaces that check with the same question asked of the file's bytes: the same
answer for every module with a ``.py`` file (the search is for an ASCII word), and the
original check for anything else. A module without a readable source (a frozen bundle's) was
"does not use PySide6" before and still is. Nothing here uses ``__feature__``; the check is
kept, not removed, so that a module that did would still be switched as PySide6 intends."""
from __future__ import annotations

import sys

_MARK = "_ukjp_reads_bytes"


def install() -> bool:
    """Put the cheaper check in place; True when it is (again) in place, False when this
    PySide6 has no such hook (then nothing is changed)."""
    import shiboken6  # noqa: F401  (loads ``shibokensupport.feature``; PySide6 not yet needed)
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return original(module)
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:   # no source beside it (as inspect would have found)
            return False

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
