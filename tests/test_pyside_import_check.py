"""PySide6's import hook asks, of every module imported after it, whether the module uses
PySide6; ``ui.pyside_import_check`` answers from the file's bytes instead of ``inspect``."""
import linecache
import sys
import types

from ukjp_desktop.ui import pyside_import_check


def _feature():
    assert pyside_import_check.install()
    return sys.modules["shibokensupport.feature"]


def _module(tmp_path, name, text):
    path = tmp_path / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        # ``import`` goes through builtins.__import__, which PySide6 replaced; importlib would not.
        return __import__(name), path
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_the_answer_is_the_same_as_pyside6s(tmp_path):
    feature = _feature()
    qt_user, _ = _module(tmp_path, "ukjp_probe_uses_qt", "# uses PySide6\nfrom PySide6 import QtCore\n")
    plain, _ = _module(tmp_path, "ukjp_probe_plain", "# café: no Qt here\nVALUE = 1\n")
    assert feature._mod_uses_pyside(qt_user) is True
    assert feature._mod_uses_pyside(plain) is False
    # Modules without a .py file keep PySide6's own answer.
    assert feature._mod_uses_pyside(sys) is False


def test_a_module_imported_after_pyside6_is_not_read_into_linecache(tmp_path):
    _feature()
    import PySide6.QtCore  # noqa: F401  (the hook is in place)
    _, path = _module(tmp_path, "ukjp_probe_fresh", "X = 2\n")
    assert str(path) not in linecache.cache


def test_a_module_whose_source_is_gone_does_not_use_pyside6(tmp_path):
    feature = _feature()
    gone = types.ModuleType("ukjp_probe_gone")
    gone.__file__ = str(tmp_path / "missing" / "ukjp_probe_gone.py")
    assert feature._mod_uses_pyside(gone) is False


def test_installing_twice_keeps_one_check():
    feature = _feature()
    first = feature._mod_uses_pyside
    assert pyside_import_check.install()
    assert feature._mod_uses_pyside is first
