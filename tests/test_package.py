"""The frozen bundle (dist/ukjp-desktop, built by `make package`; `make test` builds it first).

Each test runs a copy of the real executable from outside the source tree, against a fresh
HOME / XDG_DATA_HOME, offscreen. Where this machine allows it (root, as in CI) the source tree
is also hidden from the process with a private mount namespace, so a file read from it would
fail instead of passing unnoticed. Skipped only when the bundle has not been built."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ukjp-desktop"
EXE_NAME = "ukjp-desktop"
_spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)
BUDGET_MB = _build.BUDGET_MB          # set in one place: packaging/build.py
SLUG = "uk-japan-quantum-joint-projects"
TIMEOUT = 300

needs_bundle = pytest.mark.skipif(not (BUNDLE / EXE_NAME).exists(),
                                  reason="dist/ukjp-desktop not built (make package)")


def _can(cmd: list[str]) -> bool:
    try:
        return subprocess.run(cmd, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


# A private mount namespace with an empty tmpfs over the source tree (needs root or user
# namespaces); probed once.
_HIDE = ["unshare", "-m", "sh", "-c", f'mount -t tmpfs none "{ROOT}" && exec "$@"', "hide"]
CAN_HIDE_SOURCE = sys.platform.startswith("linux") and _can(_HIDE + ["test", "!", "-e", str(ROOT / "pyproject.toml")])


@pytest.fixture(scope="module")
def work():
    """A world-traversable scratch folder (so the read-only test can also run as `nobody`)."""
    folder = Path(tempfile.mkdtemp(prefix="ukjp-package-test-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        if not p.is_symlink():
            p.chmod(p.stat().st_mode | stat.S_IWUSR)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle(work) -> Path:
    """A copy of the bundle outside the source tree."""
    copy = work / "app" / "ukjp-desktop"
    shutil.copytree(BUNDLE, copy, symlinks=True)
    return copy


def fresh_home(parent: Path, name: str) -> Path:
    home = parent / name
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    return home


def env_for(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("UKJP_", "XDG_", "QT_", "PYTHON")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


# root ignores file modes: the read-only test drops to `nobody` so that a write would fail.
_DROP = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
CAN_DROP = sys.platform.startswith("linux") and os.geteuid() == 0 and _can(_DROP + ["true"])


def run(exe: Path, *args: str, home: Path, prefix: list[str] = (), as_nobody: bool = False,
        timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    cmd = (list(prefix) + (_HIDE if CAN_HIDE_SOURCE else []) + (_DROP if as_nobody else [])
           + [str(exe), *args])
    return subprocess.run(cmd, cwd=home, env=env_for(home), capture_output=True, text=True, timeout=timeout)


def self_test(exe: Path, home: Path, **kw) -> dict:
    proc = run(exe, "--self-test", home=home, **kw)
    start = proc.stdout.find("{")
    assert start >= 0, f"no JSON report (exit {proc.returncode}): {proc.stdout[-2000:]} {proc.stderr[-2000:]}"
    report = json.loads(proc.stdout[start:])
    assert proc.returncode == 0 and report["ok"] is True, (report.get("failures"), report.get("traceback"),
                                                           proc.stderr[-2000:])
    # The whole self-test: the list, a facet, a search, the detail, the source viewer, every
    # chart, one export of each format and a data export.
    assert report["initiatives_total"] > 0 and report["source_viewer"]["ok"]
    assert set(report["charts_rendered"]) == {"sector", "year", "uk-vs-japan", "timeline", "organisation"}
    assert {e["format"] for e in report["exports"]} == {"png", "svg", "pdf"}
    assert all(e["ok"] for e in report["exports"])
    assert report["data_export"]["ok"] and report["data_export"]["rows"] > 0
    return report


def bundled_dataset_version(exe: Path) -> str:
    toml = exe.parent / "_internal" / "ukjp_desktop" / "data" / "db" / "dataset.toml"
    return tomllib.loads(toml.read_text(encoding="utf-8"))["version"]


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns, p.lstat().st_mode)
            for p in [folder, *folder.rglob("*")]}


# ---- the bundle's contents -----------------------------------------------------------------

@needs_bundle
def test_bundle_within_budget_and_carries_its_data():
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= BUDGET_MB * 1e6, f"bundle is {size / 1e6:.1f} MB"
    internal = BUNDLE / "_internal"
    data = internal / "ukjp_desktop" / "data" / "db"
    assert (data / "dataset.toml").read_bytes() == (ROOT / "db" / "dataset.toml").read_bytes(), \
        "the bundle is older than the dataset: rebuild it with `make package`"
    assert len(list((data / "initiatives").glob("*.toml"))) == len(list((ROOT / "db" / "initiatives").glob("*.toml")))
    assert sorted(p.name for p in (data / "sources").iterdir()) == sorted(p.name for p in (ROOT / "db" / "sources").iterdir())
    versions = ROOT / "ukjp_desktop" / "store" / "migrations" / "versions"
    frozen_versions = internal / "ukjp_desktop" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in frozen_versions.glob("*.py")) == sorted(p.name for p in versions.glob("*.py"))
    assert (internal / "ukjp_desktop" / "store" / "migrations" / "env.py").exists()
    assert (internal / "resources" / "icons" / "ukjp-desktop.svg").exists()
    for name in ("NOTICE.txt", "ATTRIBUTION.txt", "licences/THIRD-PARTY.txt"):
        assert (BUNDLE / name).stat().st_size > 0
    assert "Open Government Licence" in (BUNDLE / "ATTRIBUTION.txt").read_text(encoding="utf-8")
    third = (BUNDLE / "licences" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    assert "PySide6" in third and "LGPL" in third
    # What must not be there: the full PySide6's extra modules, other Qt platforms, test
    # packages, tkinter, psutil.
    names = {p.name for p in internal.rglob("*")}
    for absent in ("QtQml.abi3.so", "QtNetwork.abi3.so", "libQt6Qml.so.6", "libQt6Quick.so.6", "libqvnc.so",
                   "libqeglfs.so", "tkinter", "_tkinter.cpython-311-x86_64-linux-gnu.so", "psutil",
                   "pytest", "libqsqlpsql.so"):
        assert absent not in names, absent
    # pandas is there (table import), its compiled parsers with it
    assert (internal / "pandas" / "_libs").is_dir() and any((internal / "pandas" / "_libs").glob("parsers.*"))
    # pyqtgraph loads these by name (DESIGN.md §4)
    assert {"QtOpenGL.abi3.so", "QtOpenGLWidgets.abi3.so"} <= names or sys.platform != "linux"
    # Qt's xcb plugin needs these at run time; PyInstaller copies them only if the build
    # machine has them (apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    # libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0)
    if sys.platform.startswith("linux"):
        for lib in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0", "libxcb-render-util.so.0",
                    "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"):
            assert (internal / lib).exists(), f"{lib} is not bundled: install it on the build machine and rebuild"
    # strip=False kept numpy's OpenBLAS intact; no dangling links were left behind
    assert not [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]


def test_icons_and_desktop_file():
    icons = ROOT / "resources" / "icons"
    svg = (icons / "ukjp-desktop.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 512 512"' in svg
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        head = (icons / f"ukjp-desktop-{n}.png").read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", head[16:24]) == (n, n)
    ico = (icons / "ukjp-desktop.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    entry = dict(line.split("=", 1) for line in (ROOT / "resources" / "ukjp-desktop.desktop")
                 .read_text(encoding="utf-8").splitlines() if "=" in line and not line.startswith("#"))
    assert entry["Type"] == "Application" and entry["Icon"] == "ukjp-desktop"
    assert entry["Terminal"] == "false" and entry["Exec"] == "ukjp-desktop"


@needs_bundle
def test_install_and_uninstall_desktop_entry(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path))
    script = ROOT / "packaging" / "install_desktop.sh"
    subprocess.run([str(script), "install"], env=env, check=True, capture_output=True)
    desktop = (tmp_path / "applications" / "ukjp-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{BUNDLE / EXE_NAME}"' in desktop and f"TryExec={BUNDLE / EXE_NAME}" in desktop
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "ukjp-desktop.svg").exists()
    for n in (16, 48, 256, 512):
        assert (tmp_path / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "ukjp-desktop.png").exists()
    subprocess.run([str(script), "uninstall"], env=env, check=True, capture_output=True)
    left = [p for p in tmp_path.rglob("ukjp-desktop*")]
    assert not left, left


# ---- running it ----------------------------------------------------------------------------

@needs_bundle
def test_first_launch_with_an_empty_user_data_folder(bundle, work):
    home = fresh_home(work, "first")
    exe = bundle / EXE_NAME
    assert not (home / "data").exists()
    report = self_test(exe, home)
    assert report["initiatives_total"] == len(list((ROOT / "db" / "initiatives").glob("*.toml")))
    # The command line's first run creates the user's database in the user-data folder.
    proc = run(exe, "db", "info", home=home)
    assert proc.returncode == 0, proc.stderr
    db = home / "data" / "ukjp-desktop" / "ukjp.sqlite"
    assert db.exists() and f"database: {db}" in proc.stdout
    assert f"dataset: {bundled_dataset_version(exe)}" in proc.stdout
    shown = json.loads(run(exe, "show", SLUG, "--json", home=home).stdout)
    assert shown["slug"] == SLUG and shown["excerpts"]


@needs_bundle
def test_first_launch_of_the_window(bundle, work):
    """No argument opens the window (offscreen here): it creates the user's database and keeps
    running until it is closed."""
    home = fresh_home(work, "window")
    cmd = (_HIDE if CAN_HIDE_SOURCE else []) + [str(bundle / EXE_NAME)]
    proc = subprocess.Popen(cmd, cwd=home, env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = home / "data" / "ukjp-desktop" / "ukjp.sqlite"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not db.exists() and proc.poll() is None:
            time.sleep(0.1)
        time.sleep(2)
        assert proc.poll() is None, proc.communicate()[1][-2000:]
        assert db.exists()
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


@needs_bundle
def test_read_only_bundle_folder(work):
    """The bundle may be read-only: it works, and never writes into its own folder."""
    app = work / "ro" / "ukjp-desktop"
    shutil.copytree(BUNDLE, app, symlinks=True)
    (work / "ro").chmod(0o755)
    for p in [app, *app.rglob("*")]:
        if not p.is_symlink():
            p.chmod(p.stat().st_mode & ~0o222)
    home = fresh_home(work, "ro-home")
    before = snapshot(app)
    self_test(app / EXE_NAME, home, as_nobody=CAN_DROP)
    proc = run(app / EXE_NAME, "db", "info", home=home, as_nobody=CAN_DROP)
    assert proc.returncode == 0, proc.stderr
    assert (home / "data" / "ukjp-desktop" / "ukjp.sqlite").exists()
    after = snapshot(app)
    assert after == before, sorted(set(after.items()) ^ set(before.items()))[:10]


@needs_bundle
def test_upgrade_from_an_older_dataset_keeps_notes(bundle, work):
    """A user database made by an older release (older dataset, one schema revision behind,
    with a note, a star and a tag) is upgraded by the bundle on launch and keeps them."""
    from alembic import command

    from ukjp_desktop.core.dataset import load_dataset
    from ukjp_desktop.store import annotations as ann
    from ukjp_desktop.store.database import _alembic_config, head_revision
    from ukjp_desktop.store.userdb import open_library

    exe = bundle / EXE_NAME
    home = fresh_home(work, "upgrade")
    old = work / "old-dataset"
    shutil.copytree(bundle / "_internal" / "ukjp_desktop" / "data" / "db", old)
    (old / "dataset.toml").write_text(
        re.sub(r'(?m)^version = ".*"$', 'version = "2000.1.1"', (old / "dataset.toml").read_text(encoding="utf-8")),
        encoding="utf-8")
    record = old / "initiatives" / f"{SLUG}.toml"
    new_name = tomllib.loads(record.read_text(encoding="utf-8"))["name"]
    record.write_text(re.sub(r'(?m)^name = ".*"$', 'name = "An older name"', record.read_text(encoding="utf-8"), count=1),
                      encoding="utf-8")
    db = home / "data" / "ukjp-desktop" / "ukjp.sqlite"
    db.parent.mkdir(parents=True)
    lib = open_library(db, dataset=load_dataset(old))
    assert lib.dataset_version == "2000.1.1"
    ann.set_note(lib.engine, SLUG, "Ask the embassy about round two.")
    ann.set_star(lib.engine, SLUG, True)
    ann.tag(lib.engine, SLUG, "briefing")
    cfg = _alembic_config()
    with lib.engine.begin() as conn:  # the older release's schema: one revision behind
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    lib.engine.dispose()

    shown = run(exe, "show", SLUG, "--json", home=home)
    assert shown.returncode == 0, shown.stderr
    item = json.loads(shown.stdout)
    assert item["name"] == new_name != "An older name"
    assert item["annotation"] == {"note": "Ask the embassy about round two.", "starred": True, "tags": ["briefing"]}
    info = run(exe, "db", "info", home=home).stdout
    assert f"dataset: {bundled_dataset_version(exe)}" in info
    assert f"schema: {head_revision()}" in info
    # the automatic backup made before the migration sits beside the database
    assert list(db.parent.glob("ukjp.sqlite.backup-*"))
    self_test(exe, home)


@needs_bundle
def test_the_bundle_reads_tables_through_pandas(bundle, work):
    """import-table's dry run in the frozen application: CSV files are split by pandas, so
    this fails if the bundle lacks it or any part of it the reader needs."""
    from tests.table_fixtures import gtr_csv, kaken_csv
    home = fresh_home(work, "tables")
    exe = bundle / EXE_NAME
    for path in (gtr_csv(home), kaken_csv(home)):
        proc = run(exe, "import-table", str(path), "--dry-run", "--json", home=home)
        assert proc.returncode == 0, proc.stderr[-2000:]
        review = json.loads(proc.stdout)
        if path.name == "gtr.csv":
            assert review["preset"] == "gtr" and review["encoding"] == "utf-8"
            assert [r["amount"] for r in review["rows"]] == [1250000, 480000, None]
            assert "gtr.csv, cell H4: 'TBC' is not an amount" in review["rows"][2]["problems"]
        else:
            assert review["encoding"] == "cp932" and review["rows"][0]["title"] == "量子センシングの日英共同研究"
            assert review["rows"][0]["amount"] == 17_160_000 and review["rows"][0]["start"] == "2023-04-01"


@needs_bundle
def test_no_network(bundle, work):
    """Started with no network at all (a private, empty network namespace), the self-test passes."""
    if _can(["unshare", "-n", "true"]):
        prefix = ["unshare", "-n"]
    elif _can(["unshare", "-rn", "true"]):
        prefix = ["unshare", "-rn"]  # without root: a user namespace grants the network one
    else:
        pytest.fail("neither `unshare -n` nor `unshare -rn` works here: cannot take the network away")
    probe = subprocess.run(prefix + [sys.executable, "-c",
                                     "import socket; s = socket.socket(); s.settimeout(2); s.connect(('1.1.1.1', 53))"],
                           capture_output=True, text=True)
    assert probe.returncode != 0, "the namespace still has a network"
    home = fresh_home(work, "offline")
    self_test(bundle / EXE_NAME, home, prefix=prefix)
