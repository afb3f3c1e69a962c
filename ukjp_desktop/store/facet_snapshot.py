"""An immutable in-memory columnar copy of the facet dimensions, for counting at 100k rows.

Why: in SQL every facet re-runs the whole filter and looks each matching id up in the wide
``initiatives`` table (docs/performance.md); seven facets cost 150-250 ms at 100,000
initiatives. Here the same counts are ``np.bincount`` calls over small integer arrays.

What is copied (dataset data only, which changes only when a dataset is applied, see
``store.data_version``): per initiative its kind, status and announced year; the
(initiative, value) pairs of sectors, organisations, countries and counted funding
sides; and the counted funding lines (initiative, side, scope, pence as int64 so every sum is
exact, never float).

What is not copied: annotations. Tags, stars and notes change while the application runs, so
tag pairs are read from SQL on every call (a small table) and the starred / has-note / text
parts of a filter are always evaluated by SQL.

"One filter, one clause" still holds: the id set of the *non-facet* part of a filter (text,
years, GBP range, bilateral, starred, has note) comes from ``filtering.conditions``; only the
facet selections (within a facet OR, across facets AND) are evaluated here, which is what lets
each facet's counts leave out its own selection cheaply. ``tests/test_agreement.py`` and
``tests/test_facet_snapshot.py`` check the results are identical to the SQL path.

Thread safety: a ``FacetSnapshot`` is never modified after ``build_snapshot`` returns (the
only mutable part is a small lock-protected cache of id sets that depend on dataset data
alone), so it can be built in a worker thread and handed to a ``Catalog`` by assignment.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal
from time import perf_counter

import numpy as np
from sqlalchemy import Connection, Engine, func, select

from ..core.filters import FACETS, Filter
from ..core.money import from_hundredths
from ..core.records import FacetCounts, FacetValue
from . import data_version
from .filtering import I, conditions
from .models import (AnnotationTag, FundingLine, InitiativeCountry, InitiativeOrganisation,
                     InitiativeSector, Organisation, Sector, Tag)


class StaleSnapshot(RuntimeError):
    """The database holds initiatives the snapshot does not know: use SQL instead."""


@dataclass(frozen=True)
class _Pairs:
    """(initiative index, value code) pairs of one multi-valued facet, plus the code's value
    and label. Pairs are unique, so a bincount is a count of distinct initiatives."""
    ini: np.ndarray          # int64 initiative index
    code: np.ndarray         # int64 value code
    values: tuple[str, ...]  # code -> value (slug / name as the SQL facet returns it)
    labels: tuple[str, ...]  # code -> label

    def code_lut(self, wanted: frozenset[str]) -> np.ndarray:
        lut = np.zeros(len(self.values), dtype=bool)
        for i, v in enumerate(self.values):
            if v in wanted:
                lut[i] = True
        return lut

    def selection(self, wanted: frozenset[str], n: int) -> np.ndarray:
        """Initiatives having any of ``wanted`` (values unknown here match nothing, as in SQL)."""
        mask = np.zeros(n, dtype=bool)
        if len(self.code):
            mask[self.ini[self.code_lut(wanted)[self.code]]] = True
        return mask

    def counts(self, mask: np.ndarray | None) -> list[FacetValue]:
        codes = self.code if mask is None else self.code[mask[self.ini]]
        return _ordered(np.bincount(codes, minlength=len(self.values)), self.values, self.labels)


def _ordered(counts: np.ndarray, values, labels) -> list[FacetValue]:
    # The SQL facets order by count descending, then value (slug / name) in binary order;
    # Python's str order is code-point order, which is UTF-8 byte order, i.e. SQLite BINARY.
    nz = np.flatnonzero(counts)
    items = sorted(((int(counts[i]), values[i], labels[i]) for i in nz), key=lambda t: (-t[0], t[1]))
    return [FacetValue(v, label, n) for n, v, label in items]


def _codes(values: list) -> tuple[np.ndarray, tuple]:
    """Dense integer codes for a column of hashable values, and the code -> value table."""
    table: dict = {}
    codes = np.fromiter((table.setdefault(v, len(table)) for v in values), dtype=np.int64,
                        count=len(values))
    return codes, tuple(table)


def _sums(keys: np.ndarray, pence: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(number of lines, int64 pence total) per key. Exact: ``np.add.at`` on int64, never the
    float weights of ``np.bincount``. The count tells which groups exist (SQL's GROUP BY emits a
    group with a zero sum too)."""
    n = np.bincount(keys, minlength=size)
    total = np.zeros(size, dtype=np.int64)
    np.add.at(total, keys, pence)
    return n, total


@dataclass(frozen=True, eq=False)
class FacetSnapshot:
    generation: int                 # data_version when built; another value means stale
    ids: np.ndarray                 # int64 initiative ids, ascending; index = position here
    pos: np.ndarray                 # id -> index (-1 where no initiative), dense
    kind: np.ndarray
    kind_values: tuple[str, ...]
    status: np.ndarray
    status_values: tuple[str, ...]
    year_code: np.ndarray           # index into year_buckets; 0 is "no year"
    year_buckets: tuple[str, ...]   # "", then the years ascending (SQL sorts NULL first)
    # indexes in the list's default order (announced_sort IS NULL, announced_sort DESC, id)
    announced_order: np.ndarray
    pairs: dict[str, _Pairs]        # sector, organisation, country, side
    # counted funding lines with scope bilateral or context (the only ones any aggregate sums)
    line_ini: np.ndarray
    line_side: np.ndarray
    line_bilateral: np.ndarray
    line_gbp_p: np.ndarray
    side_values: tuple[str, ...]
    # the same lines once per sector of their initiative, for funding_by("sector")
    ls_ini: np.ndarray
    ls_key: np.ndarray              # sector code * len(side_values) + side code
    ls_bilateral: np.ndarray
    ls_gbp_p: np.ndarray
    load_seconds: float = 0.0
    _cache: "OrderedDict[Filter, np.ndarray]" = field(default_factory=OrderedDict, repr=False)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        # Shared between threads: make accidental writes fail loudly instead of racing.
        for name, value in vars(self).items():
            if isinstance(value, np.ndarray):
                value.flags.writeable = False
        for p in self.pairs.values():
            p.ini.flags.writeable = p.code.flags.writeable = False

    @property
    def n(self) -> int:
        return len(self.ids)

    def clear_cache(self) -> None:
        """Forget cached id sets (benchmarks use it to time the first call after a filter change)."""
        with self._cache_lock:
            self._cache.clear()

    # ---- the filter, evaluated -------------------------------------------------------------
    def _base_mask(self, conn: Connection, f: Filter) -> np.ndarray | None:
        """Initiatives matching the non-facet part of ``f``, from SQL (None: no condition)."""
        rest = f
        for facet in FACETS:
            rest = rest.without_facet(facet)
        if rest.is_empty():
            return None
        # Text, stars and notes change while the app runs: always ask SQL. Years, amounts and
        # the bilateral flag depend on dataset data only, as the snapshot does, so their id
        # sets can be kept (a filter change calls count, facets and aggregates in a row).
        cacheable = not (rest.text or rest.starred or rest.has_note)
        if cacheable:
            with self._cache_lock:
                hit = self._cache.get(rest)
                if hit is not None:
                    self._cache.move_to_end(rest)
                    return hit
        mask = np.zeros(self.n, dtype=bool)
        mask[self._index(_fetch_ids(conn, conditions(rest)))] = True
        mask.flags.writeable = False
        if cacheable:
            with self._cache_lock:
                self._cache[rest] = mask
                while len(self._cache) > 16:
                    self._cache.popitem(last=False)
        return mask

    def _index(self, ids: np.ndarray) -> np.ndarray:
        return _positions(self.pos, ids)

    def _tag_pairs(self, conn: Connection) -> _Pairs:
        """Tag pairs read now: tags are user data and change while the application runs."""
        rows = conn.execute(select(Tag.name, I.c.id)
                            .join(AnnotationTag, AnnotationTag.tag_id == Tag.id)
                            .join(I, I.c.slug == AnnotationTag.initiative_slug)).all()
        names = sorted({name for name, _ in rows})
        code_of = {name: i for i, name in enumerate(names)}
        ini = self._index(np.fromiter((i for _, i in rows), dtype=np.int64, count=len(rows)))
        code = np.fromiter((code_of[name] for name, _ in rows), dtype=np.int64, count=len(rows))
        return _Pairs(ini, code, tuple(names), tuple(names))

    def _selections(self, conn: Connection, f: Filter, tags: _Pairs | None) -> dict[str, np.ndarray]:
        """One mask per facet with a selection: initiatives having any selected value."""
        out: dict[str, np.ndarray] = {}
        for facet in FACETS:
            wanted = f.facet_values(facet)
            if not wanted:
                continue
            if facet == "kind":
                out[facet] = _lut(self.kind_values, wanted)[self.kind]
            elif facet == "status":
                out[facet] = _lut(self.status_values, wanted)[self.status]
            elif facet == "tag":
                out[facet] = (tags or self._tag_pairs(conn)).selection(wanted, self.n)
            else:
                out[facet] = self.pairs[facet].selection(wanted, self.n)
        return out

    def _mask(self, base: np.ndarray | None, sel: dict[str, np.ndarray], leave_out: str | None = None
              ) -> np.ndarray | None:
        """``base`` AND every selection except ``leave_out``'s (None: every initiative)."""
        parts = [m for facet, m in sel.items() if facet != leave_out]
        if base is not None:
            parts.append(base)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return np.logical_and.reduce(parts)

    def filter_mask(self, conn: Connection, f: Filter) -> np.ndarray | None:
        return self._mask(self._base_mask(conn, f), self._selections(conn, f, None))

    # ---- the Catalog's questions -----------------------------------------------------------
    def page_ids(self, conn: Connection, f: Filter, offset: int, limit: int) -> list[int] | None:
        """Ids of one page of the list in its default order (newest first), or None for "no
        filter" (SQL walks the list-order index then, which is as fast). Why: a filtered page
        in SQL reads and sorts every matching row of the wide table (~18 ms for 15k rows)."""
        mask = self.filter_mask(conn, f)
        if mask is None:
            return None
        ordered = self.announced_order[mask[self.announced_order]]
        return self.ids[ordered[offset:offset + limit]].tolist()

    def count(self, conn: Connection, f: Filter) -> int:
        mask = self.filter_mask(conn, f)
        return self.n if mask is None else int(np.count_nonzero(mask))

    def facets(self, conn: Connection, f: Filter, only: tuple[str, ...] = FACETS) -> FacetCounts:
        tags = self._tag_pairs(conn) if ("tag" in only or f.tags) else None
        base = self._base_mask(conn, f)
        sel = self._selections(conn, f, tags)
        out = FacetCounts()
        for facet in only:
            if facet not in FACETS:
                raise ValueError(f"unknown facet {facet!r}")
            mask = self._mask(base, sel, leave_out=facet)
            if facet in ("kind", "status"):
                col, values = (self.kind, self.kind_values) if facet == "kind" else (self.status, self.status_values)
                counts = np.bincount(col if mask is None else col[mask], minlength=len(values))
                out.facets[facet] = _ordered(counts, values, values)
            elif facet == "tag":
                out.facets[facet] = tags.counts(mask)
            else:
                out.facets[facet] = self.pairs[facet].counts(mask)
        return out

    def _line_selection(self, conn: Connection, f: Filter, ini: np.ndarray, bilateral: np.ndarray,
                        include_context: bool) -> np.ndarray | None:
        mask = None if f.is_empty() else self.filter_mask(conn, f)
        keep = None if mask is None else mask[ini]
        if not include_context:
            keep = bilateral if keep is None else keep & bilateral
        return keep

    def funding_totals(self, conn: Connection, f: Filter, include_context: bool = True) -> dict[str, Decimal]:
        keep = self._line_selection(conn, f, self.line_ini, self.line_bilateral, include_context)
        side, gbp = (self.line_side, self.line_gbp_p) if keep is None else (self.line_side[keep], self.line_gbp_p[keep])
        n, total = _sums(side, gbp, len(self.side_values))
        return {self.side_values[i]: from_hundredths(int(total[i]))
                for i in sorted(np.flatnonzero(n), key=lambda i: self.side_values[i])}

    def funding_by(self, conn: Connection, dimension: str, f: Filter, include_context: bool = True
                   ) -> list[tuple[str, str, Decimal]]:
        n_sides = len(self.side_values)
        if dimension == "sector":
            keep = self._line_selection(conn, f, self.ls_ini, self.ls_bilateral, include_context)
            keys, gbp = (self.ls_key, self.ls_gbp_p) if keep is None else (self.ls_key[keep], self.ls_gbp_p[keep])
            buckets = self.pairs["sector"].values
        elif dimension == "year":
            keep = self._line_selection(conn, f, self.line_ini, self.line_bilateral, include_context)
            ini = self.line_ini if keep is None else self.line_ini[keep]
            keys = self.year_code[ini] * n_sides + (self.line_side if keep is None else self.line_side[keep])
            gbp = self.line_gbp_p if keep is None else self.line_gbp_p[keep]
            buckets = self.year_buckets
        else:
            raise ValueError(f"unknown dimension {dimension!r}")
        n, total = _sums(keys, gbp, len(buckets) * n_sides)
        out = [(buckets[k // n_sides], self.side_values[k % n_sides], from_hundredths(int(total[k])))
               for k in np.flatnonzero(n)]
        if dimension == "sector":  # sector codes follow the load order, not the slugs
            out.sort(key=lambda t: (t[0], t[1]))
        # years: codes are in SQL's order (no year first, then ascending) and side codes in
        # name order, so key order is already ORDER BY bucket, side
        return out


def _positions(pos: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Snapshot indexes of initiative ids; an id the snapshot does not know means the data
    changed since it was read (a -1 would silently index the last initiative)."""
    if len(ids) == 0:
        return ids
    if ids.min() < 0 or ids.max() >= len(pos):
        raise StaleSnapshot("an initiative id unknown to the snapshot")
    idx = pos[ids]
    if (idx < 0).any():
        raise StaleSnapshot("an initiative id unknown to the snapshot")
    return idx


def _lut(values: tuple[str, ...], wanted: frozenset[str]) -> np.ndarray:
    return np.fromiter((v in wanted for v in values), dtype=bool, count=len(values))


def _fetch_ids(conn: Connection, conds) -> np.ndarray:
    """Ids of the initiatives matching ``conds``, as an int64 array."""
    if conn.dialect.name == "sqlite":
        # One string from SQLite, parsed in C: 62k ids in ~6 ms instead of ~60 ms of rows.
        text = conn.execute(select(func.group_concat(I.c.id, ",")).where(*conds)).scalar()
        if not text:
            return np.zeros(0, dtype=np.int64)
        return np.fromstring(text, dtype=np.int64, sep=",")
    ids = conn.execute(select(I.c.id).where(*conds)).scalars().all()
    return np.asarray(ids, dtype=np.int64)


def build_snapshot(engine: Engine) -> FacetSnapshot:
    """Read the facet dimensions into a new snapshot. Opens its own connection, so it can run
    in a worker thread while the UI thread keeps querying (SQLite WAL readers do not block)."""
    t0 = perf_counter()
    generation = data_version.current(engine)   # read first: a change during the load shows
    with engine.connect() as conn:
        # Only what is counted in memory. Years, amounts and the bilateral flag are filtered
        # by SQL (filtering.conditions); the year is kept for funding_by("year") buckets.
        rows = conn.execute(select(I.c.id, I.c.kind, I.c.status, I.c.announced_year)
                            .order_by(I.c.id)).all()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        kind, kind_values = _codes([r[1] for r in rows])
        status, status_values = _codes([r[2] for r in rows])
        years = sorted({r[3] for r in rows if r[3] is not None})
        year_index = {y: i + 1 for i, y in enumerate(years)}
        year_code = np.fromiter((year_index.get(r[3], 0) for r in rows), dtype=np.int64, count=len(rows))
        year_buckets = ("",) + tuple(str(y) for y in years)
        del rows
        pos = np.full(int(ids.max()) + 1 if len(ids) else 0, -1, dtype=np.int64)
        pos[ids] = np.arange(len(ids))
        announced = conn.execute(select(I.c.id).order_by(
            I.c.announced_sort.is_(None), I.c.announced_sort.desc(), I.c.id)).scalars().all()
        announced_order = _positions(pos, np.asarray(announced, dtype=np.int64))
        if len(announced_order) != len(ids):
            raise StaleSnapshot("initiatives changed during the load")

        def pairs(stmt, keyed: bool) -> _Pairs:
            # keyed: rows are (initiative id, key, value, label) with a unique key per value
            # (sector / organisation id); else (initiative id, value) with the value as label.
            got = conn.execute(stmt.distinct()).all()
            ini = _positions(pos, np.fromiter((r[0] for r in got), dtype=np.int64, count=len(got)))
            code, keys = _codes([r[1] for r in got])
            if keyed:
                first = {}
                for r in got:
                    first.setdefault(r[1], (r[2], r[3]))
                values = tuple(first[k][0] for k in keys)
                labels = tuple(first[k][1] for k in keys)
            else:
                values = labels = tuple(keys)
            return _Pairs(ini, code, values, labels)

        S = InitiativeSector
        by_pairs = {
            "sector": pairs(select(S.initiative_id, Sector.id, Sector.slug, Sector.name)
                            .join(Sector, Sector.id == S.sector_id), True),
            # organisations: one pair per initiative however many roles (SQL counts DISTINCT)
            "organisation": pairs(select(InitiativeOrganisation.initiative_id, Organisation.id,
                                         Organisation.slug, Organisation.name)
                                  .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id), True),
            "country": pairs(select(InitiativeCountry.initiative_id, InitiativeCountry.country), False),
            "side": pairs(select(FundingLine.initiative_id, FundingLine.side).where(FundingLine.counted), False),
        }
        lines = conn.execute(select(FundingLine.initiative_id, FundingLine.side, FundingLine.scope,
                                    FundingLine.gbp_p)
                             .where(FundingLine.counted, FundingLine.scope.in_(["bilateral", "context"]))
                             .order_by(FundingLine.id)).all()
    side_values = tuple(sorted({r[1] for r in lines}))
    side_code = {s: i for i, s in enumerate(side_values)}
    line_ini = _positions(pos, np.fromiter((r[0] for r in lines), dtype=np.int64, count=len(lines)))
    line_side = np.fromiter((side_code[r[1]] for r in lines), dtype=np.int64, count=len(lines))
    line_bilateral = np.fromiter((r[2] == "bilateral" for r in lines), dtype=bool, count=len(lines))
    line_gbp = np.fromiter((r[3] or 0 for r in lines), dtype=np.int64, count=len(lines))

    # Each line once per sector of its initiative (an initiative in two sectors counts in both
    # sector buckets, as the SQL join does). Sector pairs grouped by initiative, then repeated.
    sec = by_pairs["sector"]
    order = np.argsort(sec.ini, kind="stable")
    sec_ini_sorted, sec_code_sorted = sec.ini[order], sec.code[order]
    n_ini = len(ids)
    per_ini = np.bincount(sec_ini_sorted, minlength=n_ini) if n_ini else np.zeros(0, dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(per_ini)[:-1])) if n_ini else per_ini
    reps = per_ini[line_ini] if len(line_ini) else np.zeros(0, dtype=np.int64)
    ls_line = np.repeat(np.arange(len(line_ini)), reps)
    offsets = np.arange(len(ls_line)) - np.repeat(np.cumsum(reps) - reps, reps)
    ls_sector = sec_code_sorted[np.repeat(first[line_ini], reps) + offsets] if len(ls_line) else ls_line
    n_sides = max(len(side_values), 1)

    return FacetSnapshot(
        generation=generation, ids=ids, pos=pos, kind=kind, kind_values=kind_values,
        status=status, status_values=status_values, year_code=year_code, year_buckets=year_buckets,
        announced_order=announced_order, pairs=by_pairs,
        line_ini=line_ini, line_side=line_side, line_bilateral=line_bilateral, line_gbp_p=line_gbp,
        side_values=side_values,
        ls_ini=line_ini[ls_line], ls_key=ls_sector * n_sides + line_side[ls_line],
        ls_bilateral=line_bilateral[ls_line], ls_gbp_p=line_gbp[ls_line],
        load_seconds=perf_counter() - t0)
