"""The permission bits of files the user saves.

Our exports are written to a temporary file (``tempfile.mkstemp``: mode 0600) and renamed over
the target, which keeps 0600. A file the user saves must instead get what any other program
would give it: ``0o666`` less the process umask. The umask can only be read by setting it, which
is not thread-safe, so it is read once, at import, before any worker thread exists.
"""
from __future__ import annotations

import os


def _read_umask() -> int:
    if os.name != "posix":
        return 0o022
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()


def user_file_mode() -> int:
    """The mode a newly created ordinary file gets under this process's umask."""
    return 0o666 & ~UMASK


def apply_user_mode(path: str | os.PathLike) -> None:
    """Give ``path`` (a temporary file about to be renamed into place) the user's file mode."""
    if os.name == "posix":
        os.chmod(path, user_file_mode())
