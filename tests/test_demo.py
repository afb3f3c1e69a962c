"""The synthetic demo database (store/demo.py): small, fast builds checked row by row."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from ukjp_desktop.core.dates import PartialDate
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.money import to_hundredths
from ukjp_desktop.core.vocab import KINDS, ORG_TYPES, ROLES, SIDES, STATUSES
from ukjp_desktop.store.build import recompute_totals
from ukjp_desktop.store.catalog import Catalog
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.demo import COMMON_TERM, RATE_SOURCE, SECTORS, write_demo_database
from ukjp_desktop.store.rates import RateTable

ROOT = Path(__file__).resolve().parents[1]
N = 300

DATA_TABLES = ("sources", "organisations", "sectors", "exchange_rates", "initiatives", "excerpts",
               "initiative_dates", "initiative_sectors", "initiative_countries",
               "initiative_organisations", "funding_lines", "excluded_figures",
               "initiative_relations", "meta")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    report = write_demo_database(path, N, seed=7)
    return path, report


def _con(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _dump(path: Path) -> dict[str, list[tuple]]:
    con = _con(path)
    try:
        # the data token (store/data_version.py) is random by design: the rest must be equal
        return {t: sorted((r for r in con.execute(f"SELECT * FROM {t}").fetchall()
                           if not (t == "meta" and r[0] == "data_version")), key=repr)
                for t in DATA_TABLES} | {
            "search_index": con.execute(
                "SELECT rowid, name, summary, excerpts, notes FROM search_index ORDER BY rowid").fetchall()}
    finally:
        con.close()


def test_counts_match_report_and_shape(demo):
    path, report = demo
    con = _con(path)
    try:
        for table, n in report["counts"].items():
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
        assert report["counts"]["initiatives"] == N
        assert report["counts"]["sources"] == N // 10
        assert 8 * N <= report["counts"]["excerpts"] <= 12 * N          # about ten each
        assert 250 <= report["counts"]["organisations"] <= 350
        assert report["counts"]["exchange_rates"] == 3 * (2026 - 1975 + 1)
        assert con.execute("SELECT count(*) FROM search_index").fetchone()[0] == N
        assert con.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()[0] == f"demo-{N}"
        assert con.execute("SELECT min(slug), max(slug) FROM initiatives").fetchone() == \
            ("demo-000001", f"demo-{N:06d}")
        assert {r[0] for r in con.execute("SELECT DISTINCT origin FROM initiatives")} == {"demo"}
        # sectors: exactly the curated vocabulary; 1–3 per initiative
        with (ROOT / "db" / "sectors.toml").open("rb") as fh:
            curated = {s["slug"]: s["name"] for s in tomllib.load(fh)["sector"]}
        assert dict(con.execute("SELECT slug, name FROM sectors")) == curated
        per = [r[0] for r in con.execute("SELECT count(*) FROM initiative_sectors GROUP BY initiative_id")]
        assert len(per) == N and min(per) >= 1 and max(per) <= 3
        per = [r[0] for r in con.execute(
            "SELECT count(*) FROM initiative_organisations GROUP BY initiative_id")]
        assert len(per) == N and min(per) >= 1 and max(per) <= 4
        per = dict(con.execute("SELECT initiative_id, count(*) FROM funding_lines GROUP BY initiative_id"))
        assert max(per.values()) <= 4
        # controlled vocabularies
        assert {r[0] for r in con.execute("SELECT DISTINCT kind FROM initiatives")} <= set(KINDS)
        assert {r[0] for r in con.execute("SELECT DISTINCT status FROM initiatives")} <= set(STATUSES)
        assert {r[0] for r in con.execute("SELECT DISTINCT type FROM organisations")} <= set(ORG_TYPES)
        assert {r[0] for r in con.execute("SELECT DISTINCT role FROM initiative_organisations")} <= set(ROLES)
        assert {r[0] for r in con.execute("SELECT DISTINCT side FROM funding_lines")} <= set(SIDES)
        assert {r[0] for r in con.execute("SELECT DISTINCT source FROM exchange_rates")} == {RATE_SOURCE}
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_every_excerpt_is_an_exact_substring_of_its_source(demo):
    path, _ = demo
    con = _con(path)
    try:
        sources = {i: text for i, text, sha in con.execute("SELECT id, text, sha256 FROM sources")
                   if hashlib.sha256(text.encode("utf-8")).hexdigest() == sha}
        assert len(sources) == N // 10, "every source's sha256 matches its text"
        n = 0
        for sid, start, end, text in con.execute("SELECT source_id, start, \"end\", text FROM excerpts"):
            assert 0 <= start < end <= len(sources[sid])
            assert sources[sid][start:end] == text
            n += 1
        assert n > 0
    finally:
        con.close()


def test_derived_columns_equal_what_build_computes(demo, tmp_path):
    path, _ = demo
    cols = "id, uk_gbp_p, japan_gbp_p, total_gbp_p, n_sources"
    con = _con(path)
    try:
        written = con.execute(f"SELECT {cols} FROM initiatives ORDER BY id").fetchall()
        # announced_* as build denormalises them from the announced date
        dates = {r[0]: r[1:] for r in con.execute(
            "SELECT initiative_id, value, precision FROM initiative_dates WHERE label = 'announced'")}
        for ini_id, value, precision, sort, year, note in con.execute(
                "SELECT id, announced_value, announced_precision, announced_sort, announced_year, "
                "announced_note FROM initiatives"):
            if ini_id not in dates:
                assert (value, precision, sort, year) == (None, None, None, None)
                continue
            d = PartialDate.parse(*dates[ini_id])
            assert (value, precision, sort, year, note) == (d.value, d.precision, d.sort_key(), d.year, None)
        # funding lines: hundredths, counted flag, GBP pence with the rate recorded on the line
        lines = con.execute("SELECT amount, amount_h, currency, rate_year, rate_id, gbp_p, status, scope, "
                            "counted FROM funding_lines").fetchall()
        assert lines
    finally:
        con.close()
    scratch = tmp_path / "copy.sqlite"
    shutil.copyfile(path, scratch)
    opened = open_database(scratch)
    try:
        with opened.engine.begin() as conn:
            rates = RateTable.load(conn)
            for amount, amount_h, currency, rate_year, rate_id, gbp_p, status, scope, counted in lines:
                assert amount_h == to_hundredths(Decimal(amount))
                expect_p, rate = rates.to_gbp_pence(Decimal(amount), currency, rate_year)
                assert (gbp_p, rate_id) == (expect_p, rate.id if rate else None)
                assert bool(counted) == (status == "current" and scope != "non_funding")
            conn.exec_driver_sql("UPDATE initiatives SET uk_gbp_p = -1, japan_gbp_p = -1, "
                                 "total_gbp_p = -1, n_sources = -1")
            recompute_totals(conn, [r[0] for r in written])
            recomputed = conn.exec_driver_sql(f"SELECT {cols} FROM initiatives ORDER BY id").all()
    finally:
        opened.engine.dispose()
    assert [tuple(r) for r in recomputed] == written
    assert any(r[3] > 0 for r in written) and any(r[1] > 0 for r in written)


def test_same_seed_same_rows_other_seed_other_rows(demo, tmp_path):
    path, _ = demo
    again = tmp_path / "again.sqlite"
    write_demo_database(again, N, seed=7)
    assert _dump(again) == _dump(path)
    other = tmp_path / "other.sqlite"
    write_demo_database(other, N, seed=8)
    assert _dump(other)["excerpts"] != _dump(path)["excerpts"]


def test_refuses_an_existing_file(tmp_path):
    target = tmp_path / "precious.sqlite"
    target.write_bytes(b"not yours to overwrite")
    with pytest.raises(FileExistsError, match="already exists"):
        write_demo_database(target, 10)
    assert target.read_bytes() == b"not yours to overwrite"


def test_catalog_queries_run_on_it(demo):
    path, _ = demo
    opened = open_database(path, migrate=False)
    try:
        cat = Catalog(opened.engine)
        assert cat.count() == N
        assert len(cat.list(limit=50)) == 50
        facets = cat.facets()
        sectors = {v.value: v.count for v in facets.facets["sector"]}
        assert set(sectors) <= {slug for slug, _ in SECTORS} and len(sectors) >= 8
        assert sum(v.count for v in facets.facets["kind"]) == N
        hits = cat.count(Filter(text=COMMON_TERM))
        assert 0.03 * N <= hits <= 0.25 * N          # about 10 %
        rows = cat.list(Filter(text=COMMON_TERM), sort="relevance", limit=100)
        assert len(rows) == min(hits, 100)
        assert all(COMMON_TERM in (r.snippet or "").lower() or COMMON_TERM in r.name.lower() for r in rows)
        f = Filter(sectors={"quantum"}, year_from=2015)
        assert cat.count(f) == len(cat.slugs(f)) > 0
        assert cat.funding_by("sector", f) and cat.funding_by("year")
        totals = cat.funding_totals()
        assert totals and all(v > 0 for v in totals.values())
    finally:
        opened.engine.dispose()
