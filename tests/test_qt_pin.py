"""Regression guard for DESIGN.md §4: PySide6 6.12.0 on Python 3.11 corrupts None's refcount
when a model's data()/headerData() returns None, aborting the interpreter after a few thousand
calls. The dependency pin avoids that build; this test fails (by crashing) if it comes back."""
import subprocess
import sys

SCRIPT = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

class Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 10
    def columnCount(self, parent=QModelIndex()): return 3
    def data(self, index, role=Qt.DisplayRole): return None
    def headerData(self, section, orientation, role=Qt.DisplayRole): return None

app = QApplication.instance() or QApplication([])
m = Empty()
# Calls go through a C++ proxy so that Qt, not Python, calls the overrides (as a view does).
proxy = QIdentityProxyModel()
proxy.setSourceModel(m)
idx = proxy.index(1, 1)
before = sys.getrefcount(None)
for _ in range(20000):
    proxy.data(idx, Qt.DisplayRole)
    proxy.headerData(0, Qt.Horizontal, Qt.DisplayRole)
print("ok", sys.getrefcount(None) >= before - 100)
"""


def test_model_returning_none_20000_times_does_not_crash():
    # a subprocess, because the failure mode is the interpreter aborting
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["ok", "True"]
