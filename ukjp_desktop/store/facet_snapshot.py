"""An immutable in-memory columnar copy of the facet dimensions, for counting at 100k rows.

Why: in SQL every facet re-runs the whole filter and looks each matching id up in the wide
``initiatives`` table (docs/performance.md); seven facets cost 150-250 ms at 100,000
initiatives. Here the same counts are ``np.bincount`` calls over small integer arrays.

What is copied (dataset data only, which changes only when a dataset is applied or a document
imported, see ``store.data_version``): per initiative its kind, status, announced year, counted
total and whether it has a date; the (initiative, value) pairs of sectors, organisations,
countries and counted funding sides; the counted funding lines (initiative, side, scope,
contributor, pence as int64 so every sum is exact, never float); and the (initiative, source)
pairs of the excerpts. The chart aggregates (``Catalog.initiative_sums`` and its neighbours)
use the last few: at 100,000 initiatives their SQL took 50-300 ms per chart against a 100 ms
redraw target.

Loading it must not freeze the window although it runs in a worker thread: Python holds the
GIL while it builds objects, so ``build_snapshot`` reads no large table row by row (see
``_int_columns``) and does the rest with numpy (about 1 s at 100k, the UI thread never kept
waiting more than ~25 ms; docs/performance.md).

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
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from time import perf_counter

import numpy as np
from sqlalchemy import Connection, Engine, case, func, literal, select

from ..core.filters import FACETS, Filter
from ..core.money import from_hundredths
from ..core.records import FacetCounts, FacetValue
from ..core.search_syntax import parse_query
from . import data_version, search
from .engines import packed_ids, unpack_ids
from .filtering import I, conditions
from .annotations import visible_marks
from .models import (AnnotationTag, Excerpt, FundingLine, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Organisation, Sector, Tag)


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
    # for the charts (store/chart_data.py): the contributor of each line (a code into
    # org_ids, organisation ids ascending, -1 for no named contributor), each initiative's counted total (initiatives.total_gbp_p, the timeline's
    # order) and whether it has any date, and the distinct (initiative, source) pairs of the
    # excerpts, for the caption's number of sources
    line_org: np.ndarray
    org_ids: np.ndarray
    ini_total_gbp_p: np.ndarray
    ini_dated: np.ndarray
    src_ini: np.ndarray
    src_code: np.ndarray
    n_sources: int                  # distinct sources of all excerpts (= number of source codes)
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
        # The text part straight from the full-text index (joining ``initiatives`` to it cost
        # ~200 ms for a common word at 100k); the rest by SQL, cached when it can be.
        text = None
        if rest.text:
            text = np.zeros(self.n, dtype=bool)
            query = parse_query(rest.text)
            # the shared index's matches and the viewer's private notes', in one statement
            text[self._index(search.matching_ids(conn, query))] = True
            rest = replace(rest, text="")
            if rest.is_empty():
                return text
        mask = self._cached_mask(conn, rest)
        return mask if text is None else mask & text

    def _cached_mask(self, conn: Connection, rest: Filter) -> np.ndarray:
        # Stars and notes change while the app runs: always ask SQL. Years, amounts and the
        # bilateral flag depend on dataset data only, as the snapshot does, so their id sets
        # can be kept (a filter change calls count, facets and aggregates in a row).
        cacheable = not (rest.starred or rest.has_note)
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

    def _tag_pairs(self, conn: Connection, whose: str) -> _Pairs:
        """Tag pairs read now: tags are user data and change while the application runs. Only
        the uses the filter counts (``whose``), each (tag, initiative) once."""
        rows = conn.execute(select(Tag.name, I.c.id).distinct()
                            .join(AnnotationTag, AnnotationTag.tag_id == Tag.id)
                            .join(I, I.c.slug == AnnotationTag.initiative_slug)
                            .where(visible_marks(AnnotationTag.owner, whose))).all()
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
                out[facet] = (tags or self._tag_pairs(conn, f.whose)).selection(wanted, self.n)
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
        tags = self._tag_pairs(conn, f.whose) if ("tag" in only or f.tags) else None
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


    # ---- the charts' questions (store/chart_data.py turns the answers into series) ---------
    # Each answers what the Catalog's SQL method of the same name (``_<name>_sql``) answers, for
    # the same lines and initiatives, so the two paths agree exactly (tests/test_facet_snapshot.py).
    # Names and slugs of the few rows drawn are read by SQL afterwards: copying 100,000 names
    # would cost memory for nothing.
    def _kept_lines(self, conn: Connection, f: Filter, include_context: bool) -> np.ndarray:
        keep = self._line_selection(conn, f, self.line_ini, self.line_bilateral, include_context)
        return np.arange(len(self.line_ini)) if keep is None else np.flatnonzero(keep)

    def _scope(self, bilateral: int) -> str:
        return "bilateral" if bilateral else "context"

    def contributor_sums(self, conn: Connection, f: Filter, include_context: bool, limit: int | None
                         ) -> tuple[list[tuple[int | None, str, str, int]], int, int]:
        """SQL's ``GROUP BY contributor, side, scope`` over the filtered lines, for the ``limit``
        largest named contributors (with any tied with the last) and the lines with no named
        contributor (None): rows of (organisation id, side, scope, pence). Also how many other
        contributors with money were left out, and their pence."""
        rows_at = self._kept_lines(conn, f, include_context)
        n_sides = len(self.side_values)
        orgs = self.org_ids
        width = n_sides * 2
        key = self.line_org[rows_at] * width + self.line_side[rows_at] * 2 + self.line_bilateral[rows_at]
        n, total = _sums(key, self.line_gbp_p[rows_at], len(orgs) * width)
        seg = total.reshape(len(orgs), width)
        # a contributor is drawn when one of its segments is not zero (bar_series drops zeros)
        drawn = np.flatnonzero((orgs >= 0) & (seg != 0).any(axis=1))
        org_total = seg.sum(axis=1)
        kept = _top(drawn, org_total[drawn], limit, ties=True)
        left_out = np.setdiff1d(drawn, kept)
        groups = np.concatenate((np.flatnonzero(orgs < 0), np.sort(kept)))
        rows = []
        for g in groups:
            for k in np.flatnonzero(n[g * width:(g + 1) * width]):
                rows.append((int(orgs[g]) if orgs[g] >= 0 else None, self.side_values[k // 2],
                             self._scope(k % 2), int(seg[g, k])))
        return rows, len(left_out), int(org_total[left_out].sum())

    def initiative_sums(self, conn: Connection, f: Filter, include_context: bool,
                               sides: tuple[str, ...], limit: int
                               ) -> tuple[list[int], list[tuple[int, str, str, int]], int, int]:
        """The ``limit`` initiatives with the most money of ``sides`` (largest first, then by
        id, as SQL's ORDER BY ... LIMIT), their (initiative id, side, scope, pence) rows, all
        the money of ``sides`` under the filter, and how many initiatives have any line."""
        rows_at = self._kept_lines(conn, f, include_context)
        codes = [i for i, s in enumerate(self.side_values) if s in sides]
        rows_at = rows_at[np.isin(self.line_side[rows_at], codes)]
        ini, gbp = self.line_ini[rows_at], self.line_gbp_p[rows_at]
        n, total = _sums(ini, gbp, self.n)
        groups = np.flatnonzero(n)
        top = _top(groups, total[groups], limit)
        chosen = np.zeros(self.n, dtype=bool)
        chosen[top] = True
        mine = rows_at[chosen[ini]]
        n_sides = len(self.side_values)
        key = (self.line_ini[mine] * n_sides + self.line_side[mine]) * 2 + self.line_bilateral[mine]
        keys, inverse = np.unique(key, return_inverse=True)
        sums = np.zeros(len(keys), dtype=np.int64)
        np.add.at(sums, inverse, self.line_gbp_p[mine])
        rows = [(int(self.ids[k // (2 * n_sides)]), self.side_values[(k // 2) % n_sides], self._scope(k % 2),
                 int(t)) for k, t in zip(keys.tolist(), sums.tolist())]
        return self.ids[top].tolist(), rows, int(gbp.sum()), len(groups)

    def timeline_ids(self, conn: Connection, f: Filter, limit: int) -> tuple[list[int], int, int]:
        """Ids of the ``limit`` dated initiatives with the largest counted total (then by id),
        the number of dated initiatives and of all initiatives under the filter."""
        mask = self.filter_mask(conn, f)
        dated = self.ini_dated if mask is None else mask & self.ini_dated
        n_all = self.n if mask is None else int(np.count_nonzero(mask))
        candidates = np.flatnonzero(dated)
        top = _top(candidates, self.ini_total_gbp_p[candidates], limit)
        return self.ids[top].tolist(), len(candidates), n_all

    def sources_count(self, conn: Connection, f: Filter) -> int:
        """Distinct sources with an excerpt of a filtered initiative (all sources: no filter)."""
        mask = None if f.is_empty() else self.filter_mask(conn, f)
        if mask is None:
            return self.n_sources
        codes = self.src_code[mask[self.src_ini]]
        return int(np.count_nonzero(np.bincount(codes, minlength=self.n_sources)))


def _top(candidates: np.ndarray, totals: np.ndarray, limit: int | None, ties: bool = False) -> np.ndarray:
    """The ``limit`` candidates with the largest totals, largest first and by candidate index
    (= id order) among equals; with ``ties``, also every candidate equal to the last one kept,
    in index order (the caller orders them by name). ``argpartition``-style selection first, so
    only the few finalists are sorted."""
    if limit is not None and len(candidates) > limit:
        if limit <= 0:
            return candidates[:0]
        kth = np.partition(totals, len(totals) - limit)[len(totals) - limit]   # limit-th largest
        finalists = totals >= kth
        candidates, totals = candidates[finalists], totals[finalists]
    if ties:
        return candidates
    order = np.lexsort((candidates, -totals))
    return candidates[order][:limit]


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
    """Ids of the initiatives matching ``conds`` (in no particular order), as an int64 array."""
    # One value from the database, parsed in C: 62k ids in ~6 ms instead of ~60 ms of rows
    # (store/engines.py: text from SQLite, binary from PostgreSQL).
    return unpack_ids(conn.execute(select(packed_ids(I.c.id)).where(*conds)).scalar())


def _int_columns(conn: Connection, stmt) -> list[np.ndarray]:
    """The rows of ``stmt`` (integer, non-NULL columns) as one int64 array per column.

    Why not fetch rows: at 100,000 initiatives, turning rows into Python tuples takes most of
    the load, and the GIL is held for it. Worse, sqlite3 releases and retakes the GIL around
    every row it steps, which wakes a waiting UI thread too often for it ever to ask for the
    GIL in earnest: the window froze for 100-180 ms at a time while rows were fetched (measured
    with a 5 ms heartbeat). On SQLite each column comes back instead as one ``group_concat``
    string: the scan runs inside one ``sqlite3_step`` with the GIL released, and numpy parses
    the string in C (about 4 ms per 200,000 numbers). On PostgreSQL each column comes back as
    one ``bytea`` of 8-byte integers (``engines.packed_ids``): no row is built on the client at
    all, where rows cost 1-2 s of a 2.5-4 s load at 100k. The aggregates of one SELECT are fed
    the same rows in the same order, so the columns stay aligned; both aggregates skip NULLs,
    hence non-NULL columns only (the lengths are checked).
    """
    sub = stmt.subquery()
    packed = list(conn.execute(select(*(packed_ids(c) for c in sub.c))).one())
    out = []
    for i, value in enumerate(packed):
        out.append(unpack_ids(value))
        packed[i] = None   # free each value once parsed
    if len({len(a) for a in out}) != 1:
        raise StaleSnapshot("a column read for the snapshot had NULLs or non-integers")
    return out


def _vocabulary(conn: Connection, column, *where) -> tuple[str, ...]:
    """The distinct values of a small text column, sorted (code = index in this tuple)."""
    return tuple(sorted(v for v in conn.execute(select(column).where(*where).distinct()).scalars()))


def _coded(column, values: tuple[str, ...]):
    """SQL for the code of ``column``'s value in ``values`` (-1 for a value not listed)."""
    if not values:
        return literal(-1)
    return case({v: i for i, v in enumerate(values)}, value=column, else_=-1)


def _keyed_pairs(pos: np.ndarray, ini_ids: np.ndarray, keys: np.ndarray,
                 labels: dict[int, tuple[str, str]]) -> _Pairs:
    """Pairs whose value is a row id (sector, organisation) with a (slug, name) per id."""
    present, code = np.unique(keys, return_inverse=True)
    if any(int(k) not in labels for k in present):
        raise StaleSnapshot("a sector or organisation was added during the load")
    values = tuple(labels[int(k)][0] for k in present)
    names = tuple(labels[int(k)][1] for k in present)
    return _Pairs(*_grouped_by_value(_positions(pos, ini_ids), code.astype(np.int64)), values, names)


def _grouped_by_value(ini: np.ndarray, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs sorted by value, then initiative, whatever order the engine returned them in.
    SQLite's ``DISTINCT`` comes in its index's order, grouped by value; PostgreSQL's is hashed,
    so its pairs came shuffled, and a filter's selection (``ini[lut[code]]``: one value's pairs
    picked out of all of them) mispredicted a branch on nearly every pair: 0.49 ms against
    0.13 ms for one sector at 100k, a third of a chart's sum for a filter (docs/performance.md,
    SQLite against PostgreSQL, fourth round)."""
    order = np.lexsort((ini, code))
    return ini[order], code[order]


def build_snapshot(engine: Engine) -> FacetSnapshot:
    """Read the facet dimensions into a new snapshot. Opens its own connection, so it can run
    in a worker thread while the UI thread keeps querying (SQLite WAL readers do not block).

    Every large read goes through ``_int_columns`` (text values are turned into small integer
    codes by SQL), so the GIL is held only for short numpy steps between SQL passes that run
    without it: the UI thread is never kept waiting long (docs/performance.md)."""
    t0 = perf_counter()
    generation = data_version.current(engine)   # read first: a change during the load shows
    with engine.connect() as conn:
        # ---- per initiative: kind, status, year (for funding_by("year") buckets; year ranges
        # themselves are filtered by SQL), the counted total (timeline order) and the rank in
        # the list's default order, given by SQL so the order is exactly SQL's own.
        kind_values = _vocabulary(conn, I.c.kind)
        status_values = _vocabulary(conn, I.c.status)
        ids, kind, status, year, total_p = _int_columns(conn, select(
            I.c.id, _coded(I.c.kind, kind_values), _coded(I.c.status, status_values),
            func.coalesce(I.c.announced_year, -1), func.coalesce(I.c.total_gbp_p, 0)))
        by_id = np.argsort(ids, kind="stable")
        ids, kind, status, year, total_p = (a[by_id] for a in (ids, kind, status, year, total_p))
        n_ini = len(ids)
        pos = np.full(int(ids.max()) + 1 if n_ini else 0, -1, dtype=np.int64)
        pos[ids] = np.arange(n_ini)
        # The default order as explicit ranks (group_concat's own order is unspecified).
        rank = func.row_number().over(order_by=(I.c.announced_sort.is_(None), I.c.announced_sort.desc(), I.c.id))
        rank_ids, ranks = _int_columns(conn, select(I.c.id, rank))
        if len(rank_ids) != n_ini:
            raise StaleSnapshot("initiatives changed during the load")
        announced_order = np.empty(n_ini, dtype=np.int64)
        announced_order[ranks - 1] = _positions(pos, rank_ids)
        years = np.unique(year[year >= 0])
        year_code = np.where(year >= 0, np.searchsorted(years, year) + 1, 0).astype(np.int64)
        year_buckets = ("",) + tuple(str(int(y)) for y in years)
        # Between stretches of numpy work: releasing the GIL while the UI thread has asked for
        # it hands it over at once, instead of at the next 5 ms switch check.
        time.sleep(0)

        # ---- pairs of the multi-valued facets (distinct, as the SQL facets count them)
        sector_labels = {i: (slug, name) for i, slug, name in conn.execute(select(Sector.id, Sector.slug, Sector.name))}
        S = InitiativeSector
        s_ini, s_key = _int_columns(conn, select(S.initiative_id, Sector.id)
                                    .join(Sector, Sector.id == S.sector_id).distinct())
        org_labels = {i: (slug, name) for i, slug, name in
                      conn.execute(select(Organisation.id, Organisation.slug, Organisation.name))}
        O = InitiativeOrganisation
        # one pair per initiative however many roles (SQL counts DISTINCT)
        o_ini, o_key = _int_columns(conn, select(O.initiative_id, Organisation.id)
                                    .join(Organisation, Organisation.id == O.organisation_id).distinct())
        countries = _vocabulary(conn, InitiativeCountry.country)
        c_ini, c_code = _int_columns(conn, select(InitiativeCountry.initiative_id,
                                                  _coded(InitiativeCountry.country, countries)).distinct())
        # one side vocabulary, sorted, for the side facet and the funding lines alike (the
        # year buckets rely on side codes being in name order)
        side_values = _vocabulary(conn, FundingLine.side, FundingLine.counted)
        # ---- every counted funding line, once: the side facet counts all of them; the sums
        # only those with scope bilateral (0) or context (1), not other scopes (2)
        scope_code = case({"bilateral": 0, "context": 1}, value=FundingLine.scope, else_=2)
        l_ini, l_side, l_scope, l_gbp, l_org = _int_columns(conn, select(
            FundingLine.initiative_id, _coded(FundingLine.side, side_values), scope_code,
            func.coalesce(FundingLine.gbp_p, 0), func.coalesce(FundingLine.contributor_id, -1))
            .where(FundingLine.counted))
        time.sleep(0)
        # ---- charts: which initiatives have a date; which sources support each initiative
        (dated_ids,) = _int_columns(conn, select(InitiativeDate.initiative_id).distinct())
        e_ini, e_src = _int_columns(conn, select(Excerpt.initiative_id, Excerpt.source_id).distinct())

    if (kind < 0).any() or (status < 0).any() or (c_code < 0).any() or (l_side < 0).any():
        raise StaleSnapshot("a value appeared during the load")   # written between two reads
    # side pairs: distinct (initiative, side) over all counted lines, as the SQL facet counts
    n_sides = max(len(side_values), 1)
    side_pairs = np.unique(l_ini * n_sides + l_side)
    p_ini, p_code = side_pairs // n_sides, side_pairs % n_sides
    summed = l_scope < 2
    l_ini, l_side, l_gbp, l_org = l_ini[summed], l_side[summed], l_gbp[summed], l_org[summed]
    line_bilateral = l_scope[summed] == 0
    by_pairs = {
        "sector": _keyed_pairs(pos, s_ini, s_key, sector_labels),
        "organisation": _keyed_pairs(pos, o_ini, o_key, org_labels),
        "country": _Pairs(*_grouped_by_value(_positions(pos, c_ini), c_code), countries, countries),
        "side": _Pairs(*_grouped_by_value(_positions(pos, p_ini), p_code), side_values, side_values),
    }
    time.sleep(0)
    line_ini = _positions(pos, l_ini)
    dated = np.zeros(n_ini, dtype=bool)
    dated[_positions(pos, dated_ids)] = True
    src_present, src_code = np.unique(e_src, return_inverse=True)
    org_ids, line_org = np.unique(l_org, return_inverse=True)      # -1 (no contributor) first

    # Each line once per sector of its initiative (an initiative in two sectors counts in both
    # sector buckets, as the SQL join does). Sector pairs grouped by initiative, then repeated.
    sec = by_pairs["sector"]
    order = np.argsort(sec.ini, kind="stable")
    sec_code_sorted = sec.code[order]
    per_ini = np.bincount(sec.ini, minlength=n_ini) if n_ini else np.zeros(0, dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(per_ini)[:-1])) if n_ini else per_ini
    reps = per_ini[line_ini] if len(line_ini) else np.zeros(0, dtype=np.int64)
    ls_line = np.repeat(np.arange(len(line_ini)), reps)
    offsets = np.arange(len(ls_line)) - np.repeat(np.cumsum(reps) - reps, reps)
    ls_sector = sec_code_sorted[np.repeat(first[line_ini], reps) + offsets] if len(ls_line) else ls_line

    return FacetSnapshot(
        generation=generation, ids=ids, pos=pos, kind=kind, kind_values=kind_values,
        status=status, status_values=status_values, year_code=year_code, year_buckets=year_buckets,
        announced_order=announced_order, pairs=by_pairs,
        line_ini=line_ini, line_side=l_side, line_bilateral=line_bilateral, line_gbp_p=l_gbp,
        side_values=side_values,
        ls_ini=line_ini[ls_line], ls_key=ls_sector * n_sides + l_side[ls_line],
        ls_bilateral=line_bilateral[ls_line], ls_gbp_p=l_gbp[ls_line],
        line_org=line_org.astype(np.int64), org_ids=org_ids, ini_total_gbp_p=total_p, ini_dated=dated,
        src_ini=_positions(pos, e_ini), src_code=src_code.astype(np.int64),
        n_sources=len(src_present),
        load_seconds=perf_counter() - t0)
