"""A team database copied to an SQLite file (for travel), and a file copied onto a server."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations
from ukjp_desktop.store.copying import CopyError, copy_knowledge_base
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.integrity import check
from ukjp_desktop.store.userdb import open_library


def _everything(lib):
    cat = lib.catalog
    slugs = cat.slugs()
    return (slugs, [cat.detail(s) for s in slugs], cat.facets(), cat.funding_totals(),
            sorted(r.slug for r in cat.list(Filter(text="quantum OR café*"), limit=None)))


def test_a_team_database_travels_as_a_file_and_comes_back(pg_databases, dataset, tmp_path):
    name, url = pg_databases.new()
    team = open_library(url, dataset=dataset)
    slugs = team.catalog.slugs()
    annotations.set_note(team.engine, slugs[2], "Café meeting notes")
    annotations.tag(team.engine, slugs[2], "travel")
    annotations.set_star(team.engine, slugs[5], True)

    file = open_database(tmp_path / "travel.sqlite")
    counts = copy_knowledge_base(team.engine, file.engine)
    file.engine.dispose()
    assert counts["initiatives"] == len(dataset.initiatives)
    local = open_library(tmp_path / "travel.sqlite", dataset=dataset)
    assert _everything(local) == _everything(team)
    assert check(local.engine) == []
    annotations.set_note(local.engine, slugs[3], "written while travelling")  # ids continue

    name2, url2 = pg_databases.new()
    back = open_database(url2)
    copy_knowledge_base(local.engine, back.engine)
    back.engine.dispose()
    again = open_library(url2, dataset=dataset)
    assert _everything(again) == _everything(local)
    annotations.tag(again.engine, slugs[4], "after the copy")   # the server's ids continue too
    assert again.catalog.detail(slugs[4]).annotation.tags == ("after the copy",)
    for lib in (team, local, again):
        lib.engine.dispose()
    pg_databases.drop(name)
    pg_databases.drop(name2)


def test_a_copy_never_goes_into_a_database_that_has_data(db_copy, tmp_path, dataset):
    source = open_library(tmp_path / "src.sqlite", dataset=dataset)
    target = open_database(db_copy)
    with pytest.raises(CopyError, match="not empty"):
        copy_knowledge_base(source.engine, target.engine)
    source.engine.dispose()
    target.engine.dispose()
