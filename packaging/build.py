"""Build the offline desktop bundle: dist/ukjp-desktop/ (onedir, PyInstaller).

    python packaging/build.py              # what `make package` runs (skips an up-to-date build)
    python packaging/build.py --force      # rebuild even if nothing changed

Steps: (1) a clean virtual environment in build/package-venv holding only the runtime
dependencies from pyproject.toml and PyInstaller;
(2) PyInstaller on packaging/ukjp-desktop.spec; (3) on Linux, strip the shared libraries except
numpy's OpenBLAS (DESIGN.md §4); (4) licence and attribution texts beside the executable;
(5) the size against the budget. A fingerprint of every input (sources, dataset, resources,
spec, dependencies) is kept in build/package.fingerprint: an unchanged tree is not rebuilt, a
fresh clone always is. Works on Linux, Windows and macOS (README, Packaging).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "ukjp-desktop"
VENV = ROOT / "build" / "package-venv"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
BUNDLE = DIST / NAME
FINGERPRINT = ROOT / "build" / "package.fingerprint"
# The bundle's size limit, in MB (10**6 bytes of regular files): what the bundle with pandas
# (table import) measured, plus a small margin (docs/packaging-decisions.md). check_bundle.py
# and tests/test_package.py read it from here.
BUDGET_MB = 205
PYINSTALLER = "pyinstaller==6.22.3"
# Inputs whose change means a rebuild.
INPUTS = ("ukjp_desktop", "db", "resources", "packaging", "pyproject.toml")


def log(msg: str) -> None:
    print(f"[package] {msg}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def runtime_requirements() -> list[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return deps + [PYINSTALLER]


def fingerprint() -> str:
    h = hashlib.sha256()
    h.update(json.dumps([sys.version, sys.platform, runtime_requirements()]).encode())
    for top in INPUTS:
        base = ROOT / top
        paths = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for p in paths:
            if "__pycache__" in p.parts or p.suffix in (".pyc", ".pyo"):
                continue
            h.update(str(p.relative_to(ROOT)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def executable() -> Path:
    return BUNDLE / (f"{NAME}.exe" if os.name == "nt" else NAME)


def make_venv() -> None:
    reqs = runtime_requirements()
    stamp = VENV / ".requirements.json"
    if venv_python().exists() and stamp.exists() and json.loads(stamp.read_text()) == reqs:
        return
    log(f"clean build environment in {VENV.relative_to(ROOT)}")
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(pip + reqs, check=True)
    stamp.write_text(json.dumps(reqs))


def run_pyinstaller() -> None:
    log("PyInstaller (onedir)")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([str(venv_python()), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK),
                    str(ROOT / "packaging" / f"{NAME}.spec")], check=True, cwd=ROOT, env=env)


def strip_libraries() -> None:
    """strip=True in the spec breaks numpy's OpenBLAS (DESIGN.md §4): strip the rest here."""
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()
             and (".so" in p.name) and "numpy.libs" not in p.parts
             and not p.name.startswith(("libscipy_openblas", "libopenblas", "libgfortran", "libquadmath"))]
    before = sum(p.stat().st_size for p in files)
    for i in range(0, len(files), 100):
        subprocess.run(["strip", "--strip-unneeded", *map(str, files[i:i + 100])], check=True)
    after = sum(p.stat().st_size for p in files)
    for link in [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's top-level links to Qt libraries the spec pruned
    log(f"stripped {len(files)} shared libraries: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


# What Qt's xcb platform plugin links to beyond a desktop's base libraries (DESIGN.md §4).
XCB_LIBS = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0", "libxcb-render-util.so.0",
            "libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
XCB_APT = "libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0"


def ensure_xcb_build_libs() -> None:
    """Install the xcb libraries from Debian's packages when they are missing and we may
    (root with apt-get, as on a fresh CI machine); otherwise check_xcb() warns after the build."""
    if not sys.platform.startswith("linux") or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    have = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    if all(n in have for n in XCB_LIBS):
        return
    log(f"installing the xcb libraries Qt's xcb plugin needs: apt-get install {XCB_APT}")
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *XCB_APT.split()]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        subprocess.run(cmd, env=env, capture_output=True)


def check_xcb() -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = [n for n in XCB_LIBS if not (BUNDLE / "_internal" / n).exists()]
    if missing:
        log(f"WARNING: {', '.join(missing)} not bundled: the window would not open on X11 desktops "
            f"that lack them. Install them on the build machine (apt-get install {XCB_APT}) and rebuild.")


def write_notices(python: Path) -> None:
    """Licence and attribution texts for the people who receive the folder."""
    out = BUNDLE / "licences"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    shutil.copy2(ROOT / "packaging" / "NOTICE.txt", BUNDLE / "NOTICE.txt")
    # Third-party licences, from each bundled distribution's own metadata.
    script = (
        "import json, importlib.metadata as m\n"
        "out = {}\n"
        "for d in m.distributions():\n"
        "    name = d.metadata['Name']\n"
        "    files = [str(f) for f in (d.files or []) if any(k in f.name.upper() for k in ('LICEN', 'COPYING', 'NOTICE'))]\n"
        "    out[name] = {'version': d.version, 'license': d.metadata.get('License-Expression') or d.metadata.get('License') or '',\n"
        "                 'files': [str(d.locate_file(f)) for f in files]}\n"
        "print(json.dumps(out))\n")
    dists = json.loads(subprocess.run([str(python), "-c", script], check=True, capture_output=True,
                                      text=True, cwd=VENV).stdout)
    skip = {"pip", "setuptools", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging"}
    lines = ["Third-party components in this folder and their licences", ""]
    for name, info in sorted(dists.items(), key=lambda kv: kv[0].lower()):
        if name.lower() in skip:
            continue
        lines.append(f"{name} {info['version']}: {(info['license'] or 'see licence files').splitlines()[0][:120]}")
        for f in info["files"]:
            src = Path(f)
            if src.is_file():
                dest = out / name / src.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest)
    # PySide6 and shiboken6 wheels carry no licence file: add the LGPL v3 (and the GPL v3 it
    # builds on) from the build machine where it has them (Debian: /usr/share/common-licenses).
    for text in ("LGPL-3", "GPL-3"):
        src = Path("/usr/share/common-licenses") / text
        if src.is_file():
            (out / "Qt-PySide6").mkdir(exist_ok=True)
            shutil.copy2(src, out / "Qt-PySide6" / f"{text}.txt")
    lines += ["", f"Python {sys.version.split()[0]}: PSF License Agreement (https://docs.python.org/3/license.html)",
              "Qt 6 (through PySide6-Essentials): LGPL v3; the Qt libraries are separate shared",
              "libraries in _internal/PySide6/Qt/lib and may be replaced by the user; licence texts in",
              "licences/Qt-PySide6 (or https://www.gnu.org/licenses/lgpl-3.0.html). Qt's source:",
              "https://download.qt.io/official_releases/qt/ ; PySide6's: https://code.qt.io/cgit/pyside/pyside-setup.git/", ""]
    (out / "THIRD-PARTY.txt").write_text("\n".join(lines), encoding="utf-8")
    # The source documents' attribution lines, from the curated dataset.
    att = ["Source documents bundled with the UK–Japan S&T Explorer", ""]
    for toml in sorted((ROOT / "db" / "sources").glob("*.toml")):
        s = tomllib.loads(toml.read_text(encoding="utf-8"))
        att += [f"- {s['title']} ({s['publisher']})", f"  {s['attribution']}"]
        if s.get("url"):
            att.append(f"  {s['url']}")
        att.append("")
    att += ["UK Government material contains public sector information licensed under the Open",
            "Government Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", ""]
    (BUNDLE / "ATTRIBUTION.txt").write_text("\n".join(att), encoding="utf-8")


def bundle_size() -> int:
    return sum(p.lstat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    fp = fingerprint()
    if not args.force and executable().exists() and FINGERPRINT.exists() and FINGERPRINT.read_text() == fp:
        log(f"{executable().relative_to(ROOT)} is up to date ({bundle_size() / 1e6:.1f} MB); --force rebuilds")
        return 0
    FINGERPRINT.unlink(missing_ok=True)
    ensure_xcb_build_libs()
    make_venv()
    run_pyinstaller()
    strip_libraries()
    check_xcb()
    write_notices(venv_python())
    size = bundle_size()
    FINGERPRINT.parent.mkdir(parents=True, exist_ok=True)
    FINGERPRINT.write_text(fp)
    log(f"built {executable().relative_to(ROOT)}: {size / 1e6:.1f} MB (budget {BUDGET_MB} MB) "
        f"in {time.perf_counter() - t0:.0f} s")
    if size > BUDGET_MB * 1e6:
        log(f"the bundle is over the {BUDGET_MB} MB budget")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
