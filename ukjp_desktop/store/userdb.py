"""Where the user's database lives, and bringing it up to the bundled dataset.

The user's database is in the platform's user-data folder (never the install folder, which may
be read-only); ``--db PATH`` or ``UKJP_DB`` override it, and either may instead name a team
database on a PostgreSQL server by its SQLAlchemy URL (``postgresql+psycopg://user@host/db``).
On open it is created from the curated dataset, or upgraded when the bundled dataset is newer,
inside one transaction.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from ..core.dataset import Dataset, default_dataset_dir, load_dataset, read_dataset_version
from . import data_version
from .build import apply_dataset, dataset_version
from .catalog import Catalog
from .database import OpenedDatabase, open_database, open_read_only
from .engines import announce_change, is_server_url

log = logging.getLogger(__name__)

APP_NAME = "ukjp-desktop"


def default_db_path() -> Path:
    import platformdirs  # small, but only needed when no path was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "ukjp.sqlite"


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path | str:
    """The file to open, or a team database's SQLAlchemy URL (kept as the string it is)."""
    for given in (explicit, os.environ.get("UKJP_DB")):
        if given:
            return given if is_server_url(given) else Path(given).expanduser()
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
                 read_only: bool = False, password: str | None = None) -> Library:
    """Open the user's database, applying the bundled dataset when it is missing or newer.

    A database holding another kind of dataset (the synthetic demo) is left as it is.
    ``read_only``: browse a file that cannot be written, exactly as it is (no upgrade).
    ``password``: for a team database whose server asks for one libpq cannot find (the window
    asks the user; it is kept in the engine's memory only)."""
    if read_only:
        db = open_read_only(resolve_db_path(path), password=password)
        with db.engine.connect() as conn:
            return Library(db, Catalog(db.engine), dataset_version(conn))
    db = open_database(resolve_db_path(path), password=password)
    with db.engine.connect() as conn:
        current = dataset_version(conn)
    if db.read_only:  # a team member who may only read: the database as its owner keeps it
        return Library(db, Catalog(db.engine), current)
    upgraded_from = None
    installed = _curated_version(current)
    if sync_dataset and (current is None or installed is not None):
        # Reading the version alone is cheap; the whole dataset is parsed only when needed.
        bundled = dataset.version if dataset else read_dataset_version(dataset_dir or default_dataset_dir())
        if current is None or (_curated_version(bundled) or ()) > installed:
            data = dataset or load_dataset(dataset_dir or default_dataset_dir())
            # Under the writers' lock, and only if nobody did it meanwhile: two members of a
            # team opening a database that needs the dataset at the same moment.
            with db.engine.execution_options(write_lock_first=True).begin() as conn:
                now = dataset_version(conn)
                if now == current:
                    apply_dataset(conn, data)
                    announce_change(conn, "dataset")
                    upgraded_from, current = current, data.version
                else:
                    current = now
    _give_data_token(db.engine)
    return Library(db, Catalog(db.engine), current, upgraded_from)


def _give_data_token(engine) -> None:
    """A database written before data tokens existed gets one (``store.data_version``), so its
    facet snapshot can be cached; one row read on every open, one write once."""
    with engine.connect() as conn:
        if data_version.stored(conn) is not None:
            return
    try:
        with engine.begin() as conn:
            if data_version.stored(conn) is None:
                data_version.stamp(conn)
    except OperationalError as exc:   # locked or not writable just now: next time
        log.info("no data token given to the database: %s", exc)
