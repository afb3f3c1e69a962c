"""The first page cache: what the window's first paint shows (the restored query's first page of
rows, its count, the facet lists and the money total), kept in the settings folder so that the
next start can paint the window *before* importing SQLAlchemy and the models (~0.3 s of CPU).

Written at close by ``compute`` + ``save`` (through the catalog, so it is exactly what the
attached window asks for a moment later); read at start by ``load`` with plain ``sqlite3`` and
``json`` only: this module imports neither SQLAlchemy nor Qt, nor any module that does.

A cache is used only while its key still holds, read in one read-only transaction:

* the schema revision (``alembic_version``) it was written under, with the same application
  version and the same migration files (so a database needing an upgrade never matches);
* the data token (``store.data_version``), replaced by every writer of the dataset;
* a digest of the annotation tables (stars show in the list, tags are a facet): annotation
  writes deliberately leave the data token alone;
* the dataset versions, the database's and the bundled one (a start that would apply a newer
  dataset is not a start whose data is known);
* the database file's path and the restored query (filter, sort, direction, page size).

Anything else (a team database URL, a missing, locked, damaged or newer file, a query that
searches or filters on notes, stars or tags) falls back to the ordinary start."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import tomllib
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from .. import __version__
from ..core.records import FacetCounts, FacetValue, InitiativeRow

FILE_NAME = "first-page.json"
FORMAT = 1
_MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
# A lock held by another program: wait this long, then take the ordinary start (which says why).
_LOCK_WAIT_S = 0.05


@dataclass
class FirstPage:
    """Everything the window's first paint shows of the data."""
    count: int
    total_all: int
    rows: list[InitiativeRow]
    facets: FacetCounts
    totals: dict[str, Decimal]       # bilateral GBP by side (the summary's money part)
    year_bounds: tuple[int, int] | None
    sector_names: dict[str, str]


def cache_path(folder: Path) -> Path:
    return Path(folder) / FILE_NAME


def is_file_database(db: str | os.PathLike) -> bool:
    """False for a team database's URL (``postgresql://…``): those never use this cache."""
    return "://" not in str(db)


def _migrations_digest() -> str:
    names = sorted(os.listdir(_MIGRATIONS)) if _MIGRATIONS.is_dir() else []
    return hashlib.sha256("\n".join(n for n in names if n.endswith(".py")).encode()).hexdigest()[:16]


def _bundled_dataset() -> str:
    from ..core.dataset import default_dataset_dir   # pure Python, no SQLAlchemy
    try:
        with (default_dataset_dir() / "dataset.toml").open("rb") as fh:
            return str(tomllib.load(fh)["version"])
    except (OSError, tomllib.TOMLDecodeError, KeyError):
        return ""


def read_key(db_path: str | os.PathLike) -> dict | None:
    """The key the database holds now, read read-only in one transaction; None when it cannot
    be read (missing, locked, damaged, not ours, never stamped)."""
    path = Path(db_path).resolve()
    if not path.is_file():
        return None
    # Edits journaled while the file was locked (``pending_writes.journal_path``) are stored
    # when the window attaches: the annotations read now would not be the ones shown then.
    journal = path.with_name(path.name + ".pending.jsonl")
    if journal.exists() and journal.stat().st_size:
        return None
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=_LOCK_WAIT_S)
    except sqlite3.Error:
        return None
    try:
        con.execute("BEGIN")
        revision = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
        meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('data_version', 'dataset_version')"))
        digest = hashlib.sha256()
        for sql in ("SELECT * FROM annotations ORDER BY initiative_slug, owner",
                    "SELECT * FROM tags ORDER BY id",
                    "SELECT * FROM annotation_tags ORDER BY initiative_slug, tag_id, owner"):
            for row in con.execute(sql):
                digest.update(repr(row).encode())
            digest.update(b"|")
    except sqlite3.Error:
        return None
    finally:
        con.close()
    if len(revision) != 1 or not meta.get("data_version"):
        return None
    return {"db": str(path), "schema": revision[0], "token": meta["data_version"],
            "dataset": meta.get("dataset_version") or "", "annotations": digest.hexdigest(),
            "app": __version__, "migrations": _migrations_digest(), "bundled": _bundled_dataset()}


def query_key(filter_json: str, sort: str, descending: bool, page_size: int) -> dict:
    return {"filter": filter_json, "sort": sort, "descending": bool(descending), "page_size": page_size}


def compute(catalog, f, sort: str, descending: bool, page_size: int) -> FirstPage:
    """The first page through ``catalog``: the same calls, in the same terms, as the window's
    query runner and browse controller make for the first list."""
    from . import overview
    return FirstPage(count=catalog.count(f), total_all=catalog.count(),
                     rows=catalog.list(f, sort, descending, limit=page_size, offset=0),
                     facets=catalog.facets(f),
                     totals=catalog.funding_totals(f, include_context=False),
                     year_bounds=overview.year_bounds(catalog.engine),
                     sector_names=overview.sector_names(catalog.engine))


def _row_json(r: InitiativeRow) -> dict:
    d = asdict(r)
    d["sectors"] = list(r.sectors)
    for k in ("uk_gbp", "japan_gbp", "total_gbp"):
        d[k] = str(d[k])
    return d


def _row(d: dict) -> InitiativeRow:
    return InitiativeRow(**{**d, "sectors": tuple(d["sectors"]),
                            **{k: Decimal(d[k]) for k in ("uk_gbp", "japan_gbp", "total_gbp")}})


def save(folder: Path, key: dict, query: dict, page: FirstPage) -> None:
    """Write the cache atomically (a reader sees the old file or the new one, never half)."""
    doc = {"format": FORMAT, "key": key, "query": query, "count": page.count,
           "total_all": page.total_all, "rows": [_row_json(r) for r in page.rows],
           "facets": {k: [[v.value, v.label, v.count] for v in vals] for k, vals in page.facets.facets.items()},
           "totals": {k: str(v) for k, v in page.totals.items()},
           "year_bounds": list(page.year_bounds) if page.year_bounds else None,
           "sector_names": page.sector_names}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".first-page-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, cache_path(folder))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def discard(folder: Path) -> None:
    cache_path(folder).unlink(missing_ok=True)


def database_file(explicit: str | os.PathLike | None) -> Path | None:
    """The file ``userdb.resolve_db_path`` would open (``--db``, ``UKJP_DB``, else the default
    in the user-data folder), found without importing the store; None for a team database."""
    for given in (explicit, os.environ.get("UKJP_DB")):
        if given:
            return Path(given).expanduser() if is_file_database(given) else None
    import platformdirs
    return Path(platformdirs.user_data_dir("ukjp-desktop", appauthor=False)) / "ukjp.sqlite"


def load(folder: Path, db_path: str | os.PathLike) -> tuple[dict, FirstPage] | None:
    """(the query it was written for, the cached first page) if it was written for this
    database and the data the database holds now; else None (the ordinary start). The caller
    compares the query with the one it restores."""
    try:
        doc = json.loads(cache_path(folder).read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            return None
        key = read_key(db_path)
        if key is None or key != doc.get("key"):
            return None
        bounds = doc["year_bounds"]
        return doc["query"], FirstPage(
            count=int(doc["count"]), total_all=int(doc["total_all"]),
            rows=[_row(r) for r in doc["rows"]],
            facets=FacetCounts({k: [FacetValue(v, lab, int(n)) for v, lab, n in vals]
                                for k, vals in doc["facets"].items()}),
            totals={k: Decimal(v) for k, v in doc["totals"].items()},
            year_bounds=(int(bounds[0]), int(bounds[1])) if bounds else None,
            sector_names=dict(doc["sector_names"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None   # missing or damaged: the ordinary start, which rewrites it at close
