"""Start-up imports the store before Qt (``app.import_store_first``).

PySide6's ``__feature__`` import hook reads the whole source of every module imported after
PySide6 (docs/performance.md, "Issue 14: first paint"); the store and SQLAlchemy are therefore
imported first. These tests keep ``app.STORE_FIRST`` complete as the window changes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

CODE = r"""
import sys, tempfile
from ukjp_desktop import app
app.import_store_first()
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
before = set(sys.modules)
qapp, w = app.open_window(sys.argv[1], tempfile.mkdtemp())
from PySide6.QtCore import QEvent, QObject
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint and w.model.rowCount() > 0:
            late = sorted(m for m in set(sys.modules) - before
                          if m.startswith(("sqlalchemy", "ukjp_desktop.store", "ukjp_desktop.core")))
            print(late, w.model.rowCount() > 0, flush=True)
            qapp.quit()
        return False
watch = Watch()
w.table.viewport().installEventFilter(watch)
w.show()
qapp.exec()
w.close()
"""


def test_the_store_is_imported_before_qt_and_nothing_of_it_after(tmp_path, built_db):
    """``import_store_first`` imports no Qt, and from there to the first paint of the list no
    module of SQLAlchemy, the store or core is imported (each would be read by PySide6's hook)."""
    db = tmp_path / "db.sqlite"
    shutil.copy(built_db, db)
    out = subprocess.run([sys.executable, "-c", CODE, str(db)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                           "UKJP_SETTINGS_DIR": str(tmp_path / "settings")})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines() == ["[]", "[] True"]
