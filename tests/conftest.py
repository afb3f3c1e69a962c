"""Shared fixtures: the curated dataset, a database built from it, a fresh copy per test."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ukjp_desktop.core.dataset import default_dataset_dir, load_dataset  # noqa: E402
from ukjp_desktop.store.userdb import open_library  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATASET_DIR = ROOT / "db"


@pytest.fixture(autouse=True)
def _no_user_db(monkeypatch, tmp_path):
    """Never touch the real user-data folder from a test."""
    monkeypatch.setenv("UKJP_DB", str(tmp_path / "default-user.sqlite"))


@pytest.fixture(scope="session")
def dataset():
    return load_dataset(DATASET_DIR)


@pytest.fixture(scope="session")
def built_db(tmp_path_factory, dataset) -> Path:
    path = tmp_path_factory.mktemp("curated") / "curated.sqlite"
    lib = open_library(path, dataset=dataset)
    lib.engine.dispose()
    return path


@pytest.fixture
def db_copy(built_db, tmp_path) -> Path:
    """A private copy of the curated database for tests that write."""
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(built_db, target)
    return target


@pytest.fixture(scope="session")
def catalog(built_db, dataset):
    lib = open_library(built_db, dataset=dataset)
    yield lib.catalog
    lib.engine.dispose()


@pytest.fixture
def library(db_copy, dataset):
    lib = open_library(db_copy, dataset=dataset)
    yield lib
    lib.engine.dispose()


def test_default_dataset_dir_is_the_repository_db():
    assert default_dataset_dir().resolve() == DATASET_DIR.resolve()
