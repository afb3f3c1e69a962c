"""What happens before the first paint, and what waits for it.

Start-up imports the store before Qt (``app.import_store_first``): PySide6's ``__feature__``
import hook reads the whole source of every module imported after PySide6 (docs/performance.md,
"First paint", session 21). The first test keeps ``app.STORE_FIRST`` complete as the window
changes. The facet snapshot's load waits for the first list's paint (``ui/after_paint.py``).

With a valid first-page cache (``store.first_page``, written when the window closes) the start
paints the window from it before SQLAlchemy or the store's database modules are imported at
all, and attaches the store after that paint (``ui/first_paint.py``)."""
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


def _window_spying_on_the_snapshot(qtbot, library, tmp_path):
    """A window whose runner records, when asked to load (or build) the facet snapshot,
    whether the table had been painted with rows by then."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from ukjp_desktop.ui.main_window import MainWindow

    w = MainWindow(library, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    seen = {"painted": False, "asked_after_paint": []}

    class Watch(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt API
            if ev.type() == QEvent.Paint and w.model.rowCount() > 0:
                seen["painted"] = True
            return False

    watch = Watch(w)
    w.table.viewport().installEventFilter(watch)
    load = w.runner.load_snapshot

    def spy(cached_only: bool = False):
        if not cached_only:   # the cached copy alone is read before the first list, by design
            seen["asked_after_paint"].append(seen["painted"])
        load(cached_only=cached_only)
    w.runner.load_snapshot = spy
    return w, seen


def test_the_facet_snapshot_is_asked_for_after_the_first_list_has_painted(qtbot, library, tmp_path):
    w, seen = _window_spying_on_the_snapshot(qtbot, library, tmp_path)
    w.show()
    qtbot.waitUntil(lambda: bool(seen["asked_after_paint"]), timeout=15000)
    assert seen["asked_after_paint"] == [True]
    w.close()


def test_a_window_not_shown_asks_for_the_snapshot_with_its_first_list(qtbot, library, tmp_path):
    """A hidden window never paints: waiting for a paint would never load the snapshot."""
    w, seen = _window_spying_on_the_snapshot(qtbot, library, tmp_path)
    with qtbot.waitSignal(w.browse.resultsApplied, timeout=15000):
        pass
    assert seen["asked_after_paint"] == [False]
    w.close()


CACHED = r"""
import sys
from ukjp_desktop import app
qapp, w = app.open_window(sys.argv[1], sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
seen = []
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint and w.model.rowCount() > 0 and not seen:
            seen.append(1)
            print(sorted(m for m in sys.modules if m.startswith("sqlalchemy") or m in (
                "ukjp_desktop.store.database", "ukjp_desktop.store.catalog", "ukjp_desktop.store.models")),
                w.attached, flush=True)
        return False
watch = Watch()
w.table.viewport().installEventFilter(watch)
def attached():
    if seen and getattr(w, "browse", None) is not None and w.model.generation == w.runner.generation:
        print("attached", w.model.rowCount(), "sqlalchemy" in sys.modules, flush=True)
        w.close()
    else:
        QTimer.singleShot(20, attached)
QTimer.singleShot(20, attached)
w.show()
qapp.exec()
"""


def test_with_a_first_page_cached_the_window_paints_before_the_store_is_imported(tmp_path, built_db):
    db = tmp_path / "db.sqlite"
    shutil.copy(built_db, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    settings = str(tmp_path / "settings")
    runs = [subprocess.run([sys.executable, "-c", CACHED, str(db), settings], capture_output=True,
                           text=True, timeout=120, env=env) for _ in range(2)]
    for out in runs:
        assert out.returncode == 0, out.stderr
    first, second = (out.stdout.strip().splitlines() for out in runs)
    assert first[0].endswith("True") and "sqlalchemy" in first[0]   # no cache yet: the ordinary start
    assert second[0] == "[] False"          # painted from the cache, nothing of the store imported
    assert second[1] == first[1] and first[1].startswith("attached ") and first[1].endswith(" True")
