"""Facts a user imported onto curated initiatives survive dataset upgrades (migration 0004).

An upgrade rewrites the curated facts of each curated initiative. These tests import facts onto
curated initiatives, upgrade, and check that the user's rows are still there, still point at
valid rows (``PRAGMA foreign_key_check``), and that undoing the import afterwards takes away
exactly what it added.
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from decimal import Decimal

from alembic import command
import pytest
from sqlalchemy import select

from ukjp_desktop.core.extract import propose
from ukjp_desktop.store import annotations, database
from ukjp_desktop.store import importer as imp
from ukjp_desktop.store.build import apply_dataset
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.models import (Excerpt, ExchangeRate, FundingLine, Initiative, InitiativeDate,
                                       InitiativeOrganisation, InitiativeSector, Meta,
                                       Organisation, Sector)
from ukjp_desktop.store.userdb import open_library

pytestmark = pytest.mark.both_engines

QUANTUM = "uk-japan-quantum-joint-projects"
UPDATE = ("Quantum update\n\nJST is now providing £6 million to the joint quantum projects, it was "
          "announced on 12 March 2026.\n\nUKRI joins the projects as a partner; the quantum computing "
          "and quantum sensors work runs until December 2029.\n")
ORIGIN_TABLES = ("excerpts", "funding_lines", "initiative_dates", "initiative_organisations",
                 "initiative_sectors", "initiative_countries")


# --- helpers ---------------------------------------------------------------------------------

def _draft(text, title="Quantum update"):
    r = propose(text, document_date=None)
    return imp.SourceDraft(title=title, publisher="Test", text=text), r


def _rich_plan(target=QUANTUM, resolution="keep_both"):
    """A figure, a replaced date (announced), an added date (ended), a new partner and a sector."""
    draft, r = _draft(UPDATE)
    announced, ended = r.dates
    return imp.ImportPlan(
        draft, target, money=[imp.accept_money(r, "m1", resolution=resolution)],
        dates=[imp.AcceptedDate(announced, "announced"), imp.AcceptedDate(ended, "ended")],
        organisations=[imp.AcceptedOrganisation(next(o for o in r.organisations if o.slug == "ukri"),
                                                "partner")],
        sectors=["physics"])


def _upgrade(path, dataset, version="2099.1.1"):
    """What start-up does when the bundled dataset is newer."""
    lib = open_library(path, dataset=dataclasses.replace(dataset, version=version))
    assert lib.upgraded_from is not None
    return lib


def _fk_problems(engine):
    if engine.dialect.name == "postgresql":
        return []  # the server refuses a dangling reference as it is written: the upgrade raised
    with engine.connect() as c:
        return c.exec_driver_sql("PRAGMA foreign_key_check").all()


def _snapshot(engine, slug):
    """An initiative's facts with ids replaced by what they point at (ids change on upgrade)."""
    with engine.connect() as c:
        ini = c.execute(select(Initiative.__table__).where(Initiative.slug == slug)).first()
        ex = {r.id: (r.source_id, r.start, r.end, r.text, r.origin) for r in c.execute(
            select(Excerpt.__table__).where(Excerpt.initiative_id == ini.id))}

        def cite(excerpt_id):
            return ex[excerpt_id][:4] if excerpt_id is not None else None

        lines = sorted((r.amount, r.amount_max or "", r.currency, r.side, r.status, r.counted,
                        r.stated, str(cite(r.excerpt_id)), r.origin, r.contributor_id or 0)
                       for r in c.execute(select(FundingLine.__table__)
                                          .where(FundingLine.initiative_id == ini.id)))
        dates = sorted((r.label, r.value, r.precision, r.note or "", str(cite(r.excerpt_id)), r.origin)
                       for r in c.execute(select(InitiativeDate.__table__)
                                          .where(InitiativeDate.initiative_id == ini.id)))
        orgs = sorted((r.organisation_id, r.role, str(cite(r.excerpt_id)), r.origin)
                      for r in c.execute(select(InitiativeOrganisation.__table__)
                                         .where(InitiativeOrganisation.initiative_id == ini.id)))
        sectors = sorted((r.sector_id, r.origin) for r in c.execute(
            select(InitiativeSector.__table__).where(InitiativeSector.initiative_id == ini.id)))
    return {"initiative": (ini.name, ini.origin, ini.uk_gbp_p, ini.japan_gbp_p, ini.total_gbp_p,
                           ini.n_sources, ini.announced_value, ini.announced_year),
            "excerpts": sorted(ex.values()), "lines": lines, "dates": dates, "orgs": orgs,
            "sectors": sectors}


def _receipt(engine, number):
    with engine.connect() as c:
        return json.loads(c.execute(select(Meta.value).where(Meta.key == f"import:{number}")).scalar())


# --- upgrades --------------------------------------------------------------------------------

def test_upgrade_keeps_every_kind_of_user_fact_and_undo_still_works(library, dataset):
    before = _snapshot(library.engine, QUANTUM)
    receipt = imp.import_document(library.engine, _rich_plan())
    imported = _snapshot(library.engine, QUANTUM)
    assert {d[0]: d[-1] for d in imported["dates"]} == {"announced": "user", "ended": "user"}
    assert sum(1 for ln in imported["lines"] if ln[-2] == "user") == 1
    assert ("user" in {o[-1] for o in imported["orgs"]}) and ("user" in {s[1] for s in imported["sectors"]})
    library.engine.dispose()

    lib = _upgrade(library.db.path, dataset)
    # the curated facts were re-created as they were, and every user fact is still there,
    # citing the same sentences, with the same totals and list date
    assert _snapshot(lib.engine, QUANTUM) == imported
    assert _fk_problems(lib.engine) == []
    d = lib.catalog.detail(QUANTUM)
    assert d.japan_gbp == Decimal("11200000")           # £5.2m curated + £6m kept as both
    assert {x.label: x.value for x in d.dates}["announced"] == "2026-03-12"
    # the receipt now remembers the curated date it displaced under that date's new excerpt
    shadow = next(e for e in _receipt(lib.engine, receipt.id)["dates_replaced"] if e["label"] == "announced")
    with lib.engine.connect() as c:
        cited = c.execute(select(Excerpt.key, Excerpt.origin).where(Excerpt.id == shadow["excerpt_id"])).first()
    assert (shadow["value"], shadow["origin"], tuple(cited)) == ("2026-02-03", "curated", ("eD", "curated"))

    imp.undo_import(lib.engine, receipt.id)
    assert _snapshot(lib.engine, QUANTUM) == before
    assert _fk_problems(lib.engine) == []
    lib.engine.dispose()


def test_upgrading_twice_keeps_the_user_facts(library, dataset):
    receipt = imp.import_document(library.engine, _rich_plan())
    imported = _snapshot(library.engine, QUANTUM)
    library.engine.dispose()
    _upgrade(library.db.path, dataset, "2099.1.1").engine.dispose()
    lib = _upgrade(library.db.path, dataset, "2099.2.0")
    assert _snapshot(lib.engine, QUANTUM) == imported
    imp.undo_import(lib.engine, receipt.id)
    with lib.engine.connect() as c:
        left = {t: c.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE origin = 'user'").scalar()
                for t in ORIGIN_TABLES}
    assert left == dict.fromkeys(ORIGIN_TABLES, 0)
    assert _fk_problems(lib.engine) == []
    lib.engine.dispose()


def test_user_line_citing_a_curated_sentence_keeps_its_citation(library, dataset):
    """Importing the curated source's own text reuses the curated excerpt (e2) for the line."""
    src = dataset.sources["uk-japan-st-package-2026"]
    r = propose(src.text, document_date=None)
    plan = imp.ImportPlan(imp.SourceDraft("again", "x", src.text), QUANTUM,
                          money=[imp.accept_money(r, "m4", resolution="add")])
    receipt = imp.import_document(library.engine, plan)
    assert receipt.excerpt_ids == [] and not receipt.source_created

    def cited(engine):
        with engine.connect() as c:
            return c.execute(select(Excerpt.id, Excerpt.key, Excerpt.origin, Excerpt.text)
                             .join(FundingLine, FundingLine.excerpt_id == Excerpt.id)
                             .where(FundingLine.id == receipt.funding_line_ids[0])).first()

    e2 = next(e for e in dataset.initiatives[QUANTUM].excerpts if e.key == "e2")
    first = cited(library.engine)
    assert (first.key, first.origin, first.text) == ("e2", "curated", e2.text)
    library.engine.dispose()

    lib = _upgrade(library.db.path, dataset)       # e2 is re-created under a new id
    again = cited(lib.engine)
    assert again.id != first.id and (again.key, again.origin, again.text) == ("e2", "curated", e2.text)
    assert _fk_problems(lib.engine) == []

    # a dataset in which the curators no longer quote that sentence: the user keeps it
    q = dataset.initiatives[QUANTUM]
    without_e2 = dataclasses.replace(q, excerpts=tuple(e for e in q.excerpts if e.key != "e2"))
    with lib.engine.begin() as conn:
        apply_dataset(conn, dataclasses.replace(dataset, initiatives={**dataset.initiatives,
                                                                      QUANTUM: without_e2}))
    kept = cited(lib.engine)
    assert (kept.key, kept.origin, kept.text) == (f"u{receipt.id}-e2", "user", e2.text)
    assert kept.id in _receipt(lib.engine, receipt.id)["excerpt_ids"]
    with lib.engine.connect() as c:
        curated_lines = c.execute(select(FundingLine.excerpt_id).join(Initiative).where(
            Initiative.slug == QUANTUM, FundingLine.origin == "curated")).scalars().all()
    assert curated_lines and set(curated_lines) == {None}      # curated facts do not cite it
    assert _fk_problems(lib.engine) == []

    imp.undo_import(lib.engine, receipt.id)
    with lib.engine.connect() as c:
        assert c.execute(select(Excerpt.id).where(Excerpt.id == kept.id)).first() is None
        assert c.exec_driver_sql("SELECT count(*) FROM excerpts WHERE origin = 'user'").scalar() == 0
    lib.engine.dispose()


def test_a_superseded_curated_line_stays_superseded(library, dataset):
    before = library.catalog.detail(QUANTUM)
    receipt = imp.import_document(library.engine, _rich_plan(resolution="supersede"))
    assert library.catalog.detail(QUANTUM).japan_gbp == Decimal(6_000_000)
    library.engine.dispose()

    lib = _upgrade(library.db.path, dataset)
    d = lib.catalog.detail(QUANTUM)
    assert d.japan_gbp == Decimal(6_000_000)
    old = next(f for f in d.funding if f.stated == "just over £5.2 million")
    assert old.status == "superseded"
    with lib.engine.connect() as c:
        line_id = c.execute(select(FundingLine.id).where(FundingLine.stated == "just over £5.2 million")).scalar()
    assert _receipt(lib.engine, receipt.id)["superseded_line_ids"] == [line_id]

    imp.undo_import(lib.engine, receipt.id)
    restored = lib.catalog.detail(QUANTUM)
    assert restored.japan_gbp == before.japan_gbp
    assert [(f.stated, f.status) for f in restored.funding] == [(f.stated, f.status) for f in before.funding]
    lib.engine.dispose()


def test_a_fact_the_dataset_now_states_becomes_curated(library, dataset):
    receipt = imp.import_document(library.engine, _rich_plan())
    q = dataset.initiatives[QUANTUM]
    richer = dataclasses.replace(q, sectors=(*q.sectors, "physics"),
                                 organisations=(*q.organisations, ("ukri", "partner", "e1")))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataclasses.replace(dataset, initiatives={**dataset.initiatives, QUANTUM: richer}))
    with library.engine.connect() as c:
        ini = c.execute(select(Initiative.id).where(Initiative.slug == QUANTUM)).scalar()
        ukri = c.execute(select(Organisation.id).where(Organisation.slug == "ukri")).scalar()
        physics = c.execute(select(Sector.id).where(Sector.slug == "physics")).scalar()
        link = c.execute(select(InitiativeOrganisation.origin, Excerpt.key).join(
            Excerpt, Excerpt.id == InitiativeOrganisation.excerpt_id).where(
            InitiativeOrganisation.initiative_id == ini, InitiativeOrganisation.organisation_id == ukri)).one()
        sector = c.execute(select(InitiativeSector.origin).where(
            InitiativeSector.initiative_id == ini, InitiativeSector.sector_id == physics)).scalar()
    assert tuple(link) == ("curated", "e1") and sector == "curated"
    imp.undo_import(library.engine, receipt.id)     # no longer the import's to take away
    detail = library.catalog.detail(QUANTUM)
    assert ("ukri", "partner") in {(o.slug, o.role) for o in detail.organisations}
    assert "physics" in detail.sectors
    assert _fk_problems(library.engine) == []


def test_a_dropped_curated_initiative_is_kept_for_the_users_facts(library, dataset):
    targets = {t for i in dataset.initiatives.values() for _type, t, _ex in i.relations}
    slug = next(s for s in sorted(dataset.initiatives) if s not in targets and s != QUANTUM)
    draft, r = _draft("Note\n\nThe Japan side will provide £2 million more.\n", "Extra money")
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, slug, money=[imp.accept_money(r, "m1", side="Japan", resolution="keep_both")]))
    annotations.set_note(library.engine, slug, "watch this")
    name = library.catalog.detail(slug).name

    dropped = dataclasses.replace(dataset, initiatives={k: v for k, v in dataset.initiatives.items()
                                                        if k != slug})
    with library.engine.begin() as conn:
        counts = apply_dataset(conn, dropped)
    assert (counts["kept"], counts["removed"]) == (1, 0)
    d = library.catalog.detail(slug)
    assert (d.name, d.origin, d.annotation.note) == (name, "user", "watch this")
    assert [(f.stated, f.side) for f in d.funding] == [("£2 million", "Japan")]
    assert d.total_gbp == Decimal(2_000_000) and all(e.text.startswith("The Japan side") for e in d.excerpts)
    assert _fk_problems(library.engine) == []
    assert _receipt(library.engine, receipt.id)["initiative_retired"] is True

    # Undo takes the last user fact away, and with it the initiative kept only for it.
    imp.undo_import(library.engine, receipt.id)
    assert slug not in library.catalog.slugs()
    assert _fk_problems(library.engine) == []
    # If the curators bring it back, it is curated again, note and all.
    with library.engine.begin() as conn:
        apply_dataset(conn, dataset)
    d = library.catalog.detail(slug)
    assert (d.origin, d.annotation.note) == ("curated", "watch this")


def test_a_returning_initiative_is_curated_again_and_keeps_the_users_facts(library, dataset):
    targets = {t for i in dataset.initiatives.values() for _type, t, _ex in i.relations}
    slug = next(s for s in sorted(dataset.initiatives) if s not in targets and s != QUANTUM)
    curated = library.catalog.detail(slug)
    draft, r = _draft("Note\n\nThe Japan side will provide £2 million more.\n", "Extra money")
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, slug, money=[imp.accept_money(r, "m1", side="Japan", resolution="keep_both")]))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataclasses.replace(dataset, initiatives={
            k: v for k, v in dataset.initiatives.items() if k != slug}))
        apply_dataset(conn, dataset)
    d = library.catalog.detail(slug)
    assert d.origin == "curated"
    assert [f.stated for f in d.funding] == [f.stated for f in curated.funding] + ["£2 million"]
    imp.undo_import(library.engine, receipt.id)
    d = library.catalog.detail(slug)
    assert d.origin == "curated" and [f.stated for f in d.funding] == [f.stated for f in curated.funding]
    assert _fk_problems(library.engine) == []


# --- migration 0004 --------------------------------------------------------------------------

def _origins(engine):
    with engine.connect() as c:
        return {t: sorted(tuple(r) for r in c.exec_driver_sql(
            f"SELECT rowid, origin FROM {t} ORDER BY rowid")) for t in ORIGIN_TABLES}


def test_migration_0004_marks_rows_of_earlier_imports_as_user(tmp_path, dataset):
    path = tmp_path / "older.sqlite"
    lib = open_library(path, dataset=dataset)
    on_curated = imp.import_document(lib.engine, _rich_plan())
    draft, r = _draft("Robotics\n\nEPSRC will provide £1 million for the robotics call.\n", "Robotics")
    imp.import_document(lib.engine, imp.ImportPlan(
        draft, imp.NewInitiative("Robotics call", countries=("GB",)), money=[imp.accept_money(r, "m1")]))
    expected = _origins(lib.engine)
    assert any(o == "user" for rows in expected.values() for _id, o in rows)
    assert all(any(o == "user" for _id, o in rows) for rows in expected.values())
    # A receipt that names a line an old upgrade had deleted, whose id a curated line now has
    # (that line's excerpt is not from the import's source): the line must stay curated.
    with lib.engine.begin() as conn:
        ini = conn.execute(select(Initiative.id).where(Initiative.slug == QUANTUM)).scalar()
        curated_line = conn.execute(select(FundingLine.id).where(
            FundingLine.initiative_id == ini, FundingLine.origin == "curated")).scalars().first()
        d = _receipt(lib.engine, on_curated.id)
        d["funding_line_ids"].append(curated_line)
        conn.execute(Meta.__table__.update().where(Meta.key == f"import:{on_curated.id}")
                     .values(value=json.dumps(d)))
    lib.engine.dispose()

    # back to schema 0003, as an older version of the application left it
    engine = database.make_engine(path)
    cfg = database._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "origin" not in {row[1] for row in con.execute("PRAGMA table_info(funding_lines)")}
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
    con.close()

    opened = open_database(path)
    assert opened.revision == "0011" and opened.backup is not None and "0003" in opened.backup.name
    assert _origins(opened.engine) == expected
    assert _fk_problems(opened.engine) == []
    opened.engine.dispose()

    # and the next dataset upgrade keeps what the earlier import attached
    imported = _snapshot(database.make_engine(path), QUANTUM)
    lib = _upgrade(path, dataset)
    assert _snapshot(lib.engine, QUANTUM) == imported
    lib.engine.dispose()


def test_undo_after_upgrade_restores_the_current_curated_date(library, dataset):
    """The user's announced date stays through an upgrade that corrects the curated one; undoing
    the import then brings back the corrected curated date, not the one the import replaced."""
    receipt = imp.import_document(library.engine, _rich_plan())
    q = dataset.initiatives[QUANTUM]
    corrected = dataclasses.replace(q, dates=tuple(
        dataclasses.replace(d, date=type(d.date)("2026-02-04", "day")) if d.label == "announced" else d
        for d in q.dates))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataclasses.replace(dataset, initiatives={**dataset.initiatives, QUANTUM: corrected}))
    assert {d.label: d.value for d in library.catalog.detail(QUANTUM).dates}["announced"] == "2026-03-12"
    imp.undo_import(library.engine, receipt.id)
    d = library.catalog.detail(QUANTUM)
    announced = next(x for x in d.dates if x.label == "announced")
    assert announced.value == "2026-02-04" and announced.excerpt is not None
    assert "ended" not in {x.label for x in d.dates}
    with library.engine.connect() as c:
        assert c.execute(select(Initiative.announced_value).where(Initiative.slug == QUANTUM)).scalar() == "2026-02-04"
        assert c.execute(select(InitiativeDate.origin).where(InitiativeDate.label == "announced").join(
            Initiative).where(Initiative.slug == QUANTUM)).scalar() == "curated"
    assert _fk_problems(library.engine) == []


def test_undo_after_an_upgrade_that_drops_the_curated_date(library, dataset):
    receipt = imp.import_document(library.engine, _rich_plan())
    q = dataset.initiatives[QUANTUM]
    undated = dataclasses.replace(q, dates=tuple(d for d in q.dates if d.label != "announced"))
    with library.engine.begin() as conn:
        apply_dataset(conn, dataclasses.replace(dataset, initiatives={**dataset.initiatives, QUANTUM: undated}))
    assert {d.label for d in library.catalog.detail(QUANTUM).dates} == {"announced", "ended"}
    imp.undo_import(library.engine, receipt.id)
    assert {d.label for d in library.catalog.detail(QUANTUM).dates} == {x.label for x in undated.dates}
    assert _fk_problems(library.engine) == []


def test_a_corrected_exchange_rate_reaches_user_lines_too(library, dataset):
    text = "Quantum update\n\nJST is now providing ¥1 billion to the joint quantum projects.\n"
    draft, r = _draft(text)
    receipt = imp.import_document(library.engine, imp.ImportPlan(
        draft, QUANTUM, money=[imp.accept_money(r, "m1", resolution="keep_both", side="Japan")]))
    with library.engine.connect() as c:
        line = c.execute(select(FundingLine).where(FundingLine.id == receipt.funding_line_ids[0])).first()
        used = c.execute(select(ExchangeRate).where(ExchangeRate.id == line.rate_id)).first()
    assert line.currency == "JPY" and line.origin == "user" and used is not None
    old = next(x for x in dataset.rates if (x.currency, x.year) == (used.currency, used.year))
    corrected = dataclasses.replace(old, units_per_gbp=old.units_per_gbp * 2)
    library.engine.dispose()

    lib = _upgrade(library.db.path, dataclasses.replace(
        dataset, rates=[corrected if x is old else x for x in dataset.rates]))
    with lib.engine.connect() as c:
        after = c.execute(select(FundingLine).where(FundingLine.id == line.id)).first()
        japan_lines = c.execute(select(FundingLine.gbp_p).where(
            FundingLine.initiative_id == line.initiative_id, FundingLine.side == "Japan",
            FundingLine.counted)).scalars().all()
        japan_total = c.execute(select(Initiative.japan_gbp_p).where(Initiative.slug == QUANTUM)).scalar()
    # twice the yen to the pound: the user's figure halves in pounds (to the penny)
    assert abs(after.gbp_p - line.gbp_p / 2) <= 1 and after.rate_id == line.rate_id
    assert japan_total == sum(japan_lines)
    lib.engine.dispose()
