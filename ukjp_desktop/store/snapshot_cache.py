"""The in-memory facet snapshot saved beside the user's database file, so the next launch reads
it in tens of milliseconds instead of building it from SQL (about 1 s at 100,000 initiatives).

Trusted only under the key it was saved with, read again from the database at every load:

* the database's data token (``data_version.stored``), which every writer of the dataset
  tables replaces inside its own transaction; a database never stamped is not cached;
* the schema revision (``alembic_version``) and this module's ``FORMAT``: never trusted across
  schema versions or across changes to the snapshot's layout;
* the number of initiatives and the highest rowid of every table the snapshot copies, a cheap
  second line against a writer that forgot to stamp (it sees rows added, and initiatives
  removed; the token is what covers every other change).

Anything else (a missing, truncated, damaged or foreign file, another key) and the file is
ignored: the snapshot is built from SQL as before and the file written again.

The file is raw: a magic line, a JSON header (the key, the short tuples, and each array's
dtype, shape and offset) and the arrays' bytes one after the other, with a CRC-32 of those
bytes. Loading it is one ``readinto`` and one ``crc32`` (both release the GIL) and views into
that buffer: the window reads it while its first list and facet counts are queried and the UI
thread paints, and an ``.npz`` (a zip archive decoded member by member in Python) took 0.4 s
there against 58 ms alone. Nothing in it is ever unpickled or executed, so a file planted
beside a database can at worst be wrong data for that key, never code.

Only for SQLite files: a team database on a server is shared, and its members' processes keep
no file beside it. A database opened read-only gets no file written beside it either.
"""
from __future__ import annotations

import json
import logging
import os
import struct
import tempfile
import zlib
from pathlib import Path
from time import perf_counter

import numpy as np
from sqlalchemy import Engine, func, literal_column, select, text

from . import data_version, engines
from .facet_snapshot import FacetSnapshot, _Pairs
from .models import (Excerpt, FundingLine, Initiative, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Organisation, Sector, Source)

log = logging.getLogger(__name__)

FORMAT = 2          # bump when FacetSnapshot's fields or this file's layout change
MAGIC = b"UKJP facet snapshot\n"
_ALIGN = 64         # each array starts on a multiple of this, so its view is aligned
_PREFIX = struct.Struct("<QQI")   # header length, data length, CRC-32 of the data
SUFFIX = ".facet-cache"
_TABLES = (Initiative, FundingLine, Excerpt, Sector, Organisation, Source, InitiativeSector,
           InitiativeOrganisation, InitiativeCountry, InitiativeDate)
_TUPLES = ("kind_values", "status_values", "year_buckets", "side_values")
_INTS = ("n_sources",)


def cache_path(engine: Engine) -> Path | None:
    """Where the snapshot of this database is cached; None when it is not cached at all."""
    if engines.is_server(engine):
        return None
    db = engines.describe(engine)
    if not db or db == ":memory:":
        return None
    p = Path(db)
    return p.with_name(p.name + SUFFIX)


def _read_only(engine: Engine) -> bool:
    from .database import marked_read_only
    return "mode=ro" in str(engine.url) or marked_read_only(engine)


def current_key(engine: Engine) -> dict | None:
    """The key a cached snapshot must have been saved under to be used now; None when this
    database's snapshot is not cached (not a file, or never stamped)."""
    if cache_path(engine) is None:
        return None
    with engine.connect() as conn:
        token = data_version.stored(conn)
        if token is None:
            return None
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        # Cheap (an index's first or last entry each, ~1 ms in all at 100k): the number of
        # initiatives and the highest rowid of every copied table. Counting the large tables
        # too cost 30-170 ms, a third of the load it guards.
        rows = [conn.execute(select(func.count()).select_from(Initiative)).scalar()]
        for model in _TABLES:
            rows.append(conn.execute(select(func.coalesce(func.max(literal_column("rowid")), 0))
                                     .select_from(model)).scalar())
    return {"format": FORMAT, "schema": revision, "token": token, "rows": rows}


def save(engine: Engine, snap: FacetSnapshot, key: dict) -> Path | None:
    """Write ``snap`` under ``key`` beside the database (atomically: a reader sees the old file
    or the new one). A failure is logged and forgotten: the cache is an optimisation."""
    path = cache_path(engine)
    if path is None or _read_only(engine):
        return None
    arrays: dict[str, np.ndarray] = {}
    header = {"key": key, "n_sources": int(snap.n_sources), "pairs": {}, "arrays": []}
    for name, value in vars(snap).items():
        if isinstance(value, np.ndarray):
            arrays[name] = value
    for name in _TUPLES:
        header[name] = list(getattr(snap, name))
    for facet, p in snap.pairs.items():
        arrays[f"pairs.{facet}.ini"], arrays[f"pairs.{facet}.code"] = p.ini, p.code
        header["pairs"][facet] = {"values": list(p.values), "labels": list(p.labels)}
    chunks, offset = [], 0
    for name, value in arrays.items():
        value = np.ascontiguousarray(value)
        header["arrays"].append([name, value.dtype.str, list(value.shape), offset])
        data = value.tobytes()
        pad = -len(data) % _ALIGN
        chunks.append(data + b"\0" * pad)
        offset += len(data) + pad
    body = b"".join(chunks)
    head = json.dumps(header).encode("utf-8")
    head += b" " * (-(len(MAGIC) + _PREFIX.size + len(head)) % _ALIGN)  # the data starts aligned
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + _PREFIX.pack(len(head), len(body), zlib.crc32(body)) + head)
            f.write(body)
        os.replace(tmp, path)
        return path
    except OSError as exc:
        log.info("the facet snapshot was not cached beside the database: %s", exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return None


def load(engine: Engine, key: dict, generation: int) -> FacetSnapshot | None:
    """The cached snapshot if there is one saved under ``key``; None otherwise (no file, another
    key, or a file that cannot be read: it is then rebuilt and written again)."""
    path = cache_path(engine)
    if path is None or not path.is_file():
        return None
    t0 = perf_counter()
    try:
        with path.open("rb") as f:
            lead = f.read(len(MAGIC) + _PREFIX.size)
            if lead[:len(MAGIC)] != MAGIC or len(lead) != len(MAGIC) + _PREFIX.size:
                log.info("the cached facet snapshot is not one; it is built again")
                return None
            head_len, body_len, crc = _PREFIX.unpack(lead[len(MAGIC):])
            header = json.loads(f.read(head_len).decode("utf-8"))
            if header.get("key") != json.loads(json.dumps(key)):
                log.info("the cached facet snapshot is for other data; it is built again")
                return None
            # One read of the whole body into a buffer the arrays then view. Not a bytearray:
            # that zero-fills its ~30 MB (at 100k) holding the GIL, ~13 ms in which the UI
            # thread, painting the first list beside this load, cannot run; numpy's empty
            # buffer is not filled, and readinto fills it with the GIL released.
            body = np.empty(body_len, dtype=np.uint8)
            if f.readinto(body) != body_len or f.read(1):
                log.info("the cached facet snapshot has the wrong length; it is built again")
                return None
        if zlib.crc32(body) != crc:
            log.info("the cached facet snapshot is damaged; it is built again")
            return None
        arrays = {}
        for name, dtype, shape, offset in header["arrays"]:
            dt = np.dtype(dtype)
            if dt.hasobject:
                raise ValueError(f"{name}: objects are never read from the cache")
            count = int(np.prod(shape, dtype=np.int64))
            arrays[name] = np.frombuffer(body, dtype=dt, count=count, offset=offset).reshape(shape)
        pairs = {facet: _Pairs(arrays.pop(f"pairs.{facet}.ini"), arrays.pop(f"pairs.{facet}.code"),
                               tuple(v["values"]), tuple(v["labels"]))
                 for facet, v in header["pairs"].items()}
        fields = {name: tuple(header[name]) for name in _TUPLES}
        fields.update({name: int(header[name]) for name in _INTS})
        snap = FacetSnapshot(generation=generation, pairs=pairs, **fields, **arrays,
                             load_seconds=perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is only a missed optimisation
        log.info("the cached facet snapshot could not be read (%s); it is built again", exc)
        return None
    if not _consistent(snap):
        log.info("the cached facet snapshot is inconsistent; it is built again")
        return None
    return snap


def _consistent(snap: FacetSnapshot) -> bool:
    """The shapes agree with each other (a file written wrongly, its checksum intact)."""
    n = len(snap.ids)
    per_initiative = (snap.kind, snap.status, snap.year_code, snap.announced_order,
                      snap.ini_total_gbp_p, snap.ini_dated)
    per_line = (snap.line_side, snap.line_bilateral, snap.line_gbp_p, snap.line_org)
    per_sector_line = (snap.ls_key, snap.ls_bilateral, snap.ls_gbp_p)
    return (all(len(a) == n for a in per_initiative)
            and all(len(a) == len(snap.line_ini) for a in per_line)
            and all(len(a) == len(snap.ls_ini) for a in per_sector_line)
            and len(snap.src_ini) == len(snap.src_code)
            and all(len(p.ini) == len(p.code) for p in snap.pairs.values())
            and (n == 0 or len(snap.pos) > int(snap.ids.max())))
