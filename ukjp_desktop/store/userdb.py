"""Where the user's database lives, and bringing it up to the bundled dataset.

The user's database is in the platform's user-data folder (never the install folder, which may
be read-only); ``--db PATH`` or ``UKJP_DB`` override it. On open it is created from the curated
dataset, or upgraded when the bundled dataset is newer, inside one transaction.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..core.dataset import Dataset, default_dataset_dir, load_dataset, read_dataset_version
from .build import apply_dataset, dataset_version
from .catalog import Catalog
from .database import OpenedDatabase, open_database, open_read_only

APP_NAME = "ukjp-desktop"


def default_db_path() -> Path:
    import platformdirs  # small, but only needed when no path was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "ukjp.sqlite"


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("UKJP_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def _curated_version(v: str | None) -> tuple[int, ...] | None:
    """(2026, 11, 1) for a curated dataset version; None for anything else (e.g. "demo-100000")."""
    parts = (v or "").split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


@dataclass
class Library:
    """An open user database and what happened while opening it."""
    db: OpenedDatabase
    catalog: Catalog
    dataset_version: str | None
    upgraded_from: str | None = None   # previous dataset version when an upgrade ran

    @property
    def engine(self):
        return self.db.engine

    @property
    def read_only(self) -> bool:
        return self.db.read_only


def open_library(path: str | os.PathLike | None = None, *, dataset: Dataset | None = None,
                 dataset_dir: Path | None = None, sync_dataset: bool = True,
                 read_only: bool = False) -> Library:
    """Open the user's database, applying the bundled dataset when it is missing or newer.

    A database holding another kind of dataset (the synthetic demo) is left as it is.
    ``read_only``: browse a file that cannot be written, exactly as it is (no upgrade)."""
    if read_only:
        db = open_read_only(resolve_db_path(path))
        with db.engine.connect() as conn:
            return Library(db, Catalog(db.engine), dataset_version(conn))
    db = open_database(resolve_db_path(path))
    with db.engine.connect() as conn:
        current = dataset_version(conn)
    upgraded_from = None
    installed = _curated_version(current)
    if sync_dataset and (current is None or installed is not None):
        # Reading the version alone is cheap; the whole dataset is parsed only when needed.
        bundled = dataset.version if dataset else read_dataset_version(dataset_dir or default_dataset_dir())
        if current is None or (_curated_version(bundled) or ()) > installed:
            data = dataset or load_dataset(dataset_dir or default_dataset_dir())
            with db.engine.begin() as conn:
                apply_dataset(conn, data)
            upgraded_from, current = current, data.version
    return Library(db, Catalog(db.engine), current, upgraded_from)
