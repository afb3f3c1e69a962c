"""The import rules are checked by import-linter as part of the suite: the layers (ui → store →
core), and inside ui, features (browse, detail, charts, importing) that never import one another."""
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _contracts() -> list[dict]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(_contracts())} kept, 0 broken" in result.stdout


def test_every_ui_folder_is_a_feature_or_shared():
    """A new folder under ui/ must be named in the independence contract (a feature) or in the
    shared pieces that import no feature; the self-test drives the whole window."""
    contracts = {c["name"]: c for c in _contracts()}
    features = set(contracts["ui features are independent"]["modules"])
    shared = set(contracts["shared ui pieces import no feature"]["source_modules"])
    folders = {f"ukjp_desktop.ui.{p.parent.name}" for p in (ROOT / "ukjp_desktop" / "ui").glob("*/__init__.py")}
    assert folders - features - shared == {"ukjp_desktop.ui.self_test"}
    assert features <= folders
