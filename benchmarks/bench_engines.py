"""SQLite against PostgreSQL: the same scenarios, the same data, the same run.

    python benchmarks/bench_engines.py [--initiatives 100000] [--repeat 20] [--pg URL] [--only WORD]

Builds (or reuses) the demo database of bench_queries.py, copies it onto a PostgreSQL
database (``store.copying.copy_knowledge_base``): an empty one you name with ``--pg``, or else
one on a throw-away local server started for the run (tests/pg_server.py, removed at the end).
A ``--pg`` database that already holds the same demo initiatives (an earlier run's copy) is
used as it is: the copy takes minutes, the measurements do not need a new one. Then
times bench_queries' scenarios through the application's own ``Catalog`` on both engines, on
the SQL path and with the in-memory facet snapshot loaded, and prints one JSON object: medians
per engine (and of each call a scenario makes), PostgreSQL's median as a multiple of SQLite's,
and whether each stays within the issue's 1.5x.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_queries import ensure_database, measure, scenarios, time_snapshot_load  # noqa: E402

from ukjp_desktop.store.catalog import Catalog  # noqa: E402
from ukjp_desktop.store.copying import copy_knowledge_base  # noqa: E402
from ukjp_desktop.store.database import open_database  # noqa: E402

WITHIN = 1.5


def _holds_copy(pg_engine, lite_engine) -> bool:
    """Whether the PostgreSQL database already holds the demo database's dataset (same version,
    same number of initiatives): copied by an earlier run."""
    def state(engine):
        with engine.connect() as conn:
            version = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'dataset_version'").scalar()
            return version, conn.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
    return state(pg_engine) == state(lite_engine)


def run(engines: dict, repeat: int, only: str | None = None) -> dict:
    """Each scenario on every engine in turn, SQL path first, then with the snapshot loaded.
    Interleaved, not one engine after the other: on a shared machine the load changes within
    a minute, and both engines of a row should see the same load."""
    cats = {name: Catalog(engine) for name, engine in engines.items()}
    out = {name: {"sql": {}, "snapshot": {}} for name in engines}
    for path_name in ("sql", "snapshot"):
        if path_name == "snapshot":
            for name, cat in cats.items():
                out[name]["snapshot_load"] = time_snapshot_load(cat)
        per_engine = {name: scenarios(cat) for name, cat in cats.items()}
        for scenario in per_engine[next(iter(cats))]:
            if only and only not in scenario:
                continue
            for name in cats:
                out[name][path_name][scenario] = measure(per_engine[name][scenario], repeat)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--initiatives", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pg", default=None, help="a PostgreSQL database (SQLAlchemy URL): empty, "
                    "or holding this demo database from an earlier run")
    ap.add_argument("--only", default=None, help="only the scenarios whose name contains this "
                    "(e.g. 'search'), for quicker runs of the rows being worked on")
    args = ap.parse_args(argv)
    path = ROOT / "build" / f"demo-{args.initiatives}.sqlite"
    ensure_database(path, args.initiatives, args.seed)

    server = None
    url = args.pg
    if url is None:
        from pg_server import PgServer
        server = PgServer().start()
        server.psql_admin("CREATE DATABASE bench")
        url = server.url("bench")
    try:
        lite = open_database(path)
        pg = open_database(url)
        copy_s = None
        if not _holds_copy(pg.engine, lite.engine):
            t = perf_counter()
            copy_knowledge_base(lite.engine, pg.engine)
            copy_s = round(perf_counter() - t, 1)
            # fresh statistics for the planner after the bulk load
            with pg.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        results = run({"sqlite": lite.engine, "postgresql": pg.engine}, args.repeat, args.only)
        lite.engine.dispose()
        pg.engine.dispose()
    finally:
        if server is not None:
            server.stop()

    compare = {}
    for path_name in ("sql", "snapshot"):
        for scenario, s in results["sqlite"][path_name].items():
            p = results["postgresql"][path_name][scenario]
            ratio = p["median_ms"] / s["median_ms"] if s["median_ms"] else None
            compare[f"{path_name}:{scenario}"] = {
                "sqlite_ms": s["median_ms"], "postgresql_ms": p["median_ms"],
                "ratio": round(ratio, 2) if ratio else None,
                "within_1_5x": ratio is not None and ratio <= WITHIN,
                # where a row's time goes: (SQLite, PostgreSQL) median of each call
                "parts_ms": {part: (s["parts"][part]["median_ms"], p["parts"][part]["median_ms"])
                             for part in s["parts"]}}
    print(json.dumps({"initiatives": args.initiatives, "copy_to_postgresql_s": copy_s,
                      "snapshot_load_s": {k: v["snapshot_load"]["median_s"] for k, v in results.items()},
                      "median_ms": compare,
                      "all_within_1_5x_on_snapshot_path": all(
                          v["within_1_5x"] for k, v in compare.items() if k.startswith("snapshot:"))},
                     indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
